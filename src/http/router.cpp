#include "http/router.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "http/guarded_handler.h"
#include "http/problem.h"
#include "http/request_id.h"
#include "http/tls_socket.h"

namespace sygedok::http {
namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 1;  // after the leading '/'
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    segments.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

bool is_parameter(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::string_view path_of(const std::string& uri) {
  std::string_view path(uri);
  return path.substr(0, path.find_first_of("?#"));
}

// The certificate the client presented in the TLS handshake, if any.
const PeerCertificate* client_certificate(const Poco::Net::HTTPServerRequest& request) {
  auto* impl = dynamic_cast<const Poco::Net::HTTPServerRequestImpl*>(&request);
  auto* tls = impl ? dynamic_cast<TlsSocketImpl*>(const_cast<Poco::Net::HTTPServerRequestImpl*>(impl)->socket().impl()) : nullptr;
  return tls && tls->peer_certificate() ? &*tls->peer_certificate() : nullptr;
}

}  // namespace

void Router::add(const std::string& method, const std::string& route_template, std::shared_ptr<const Endpoint> endpoint,
                 Access access) {
  for (auto& route : routes_) {
    if (route.route_template == route_template) {
      route.by_method[method] = std::move(endpoint);
      return;
    }
  }
  Route route;
  route.route_template = route_template;
  route.segments = split_path(route_template);
  route.by_method[method] = std::move(endpoint);
  route.access = access;
  routes_.push_back(std::move(route));
}

const Router::Route* Router::find(std::string_view path, std::map<std::string, std::string>& params) const {
  if (path.empty() || path.front() != '/') return nullptr;
  std::vector<std::string> segments = split_path(path);
  for (const auto& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    std::map<std::string, std::string> found;
    bool matches = true;
    for (std::size_t i = 0; matches && i < segments.size(); ++i) {
      const std::string& expected = route.segments[i];
      if (is_parameter(expected) && !segments[i].empty())
        found[expected.substr(1, expected.size() - 2)] = segments[i];
      else
        matches = expected == segments[i];
    }
    if (matches) {
      params = std::move(found);
      return &route;
    }
  }
  return nullptr;
}

std::vector<Router::Listed> Router::listed() const {
  std::vector<Listed> all;
  for (const auto& route : routes_)
    for (const auto& [method, endpoint] : route.by_method)
      all.push_back({method, route.route_template, endpoint.get(), route.access});
  return all;
}

std::optional<Router::Match> Router::match(std::string_view path) const {
  Match result;
  const Route* route = find(path, result.params);
  if (!route) return std::nullopt;
  result.route = route->route_template;
  return result;
}

std::optional<Reply> Router::authenticate(const Poco::Net::HTTPServerRequest& request, const Route& route,
                                          RequestContext& context) const {
  if (route.access == Access::Public) return std::nullopt;
  context.keys = state_.keys.get();
  if (!context.keys) return std::nullopt;
  if (const PeerCertificate* certificate = client_certificate(request)) {  // presented: it decides
    if (certificate->verified)
      context.client = context.keys->find_certificate(certificate->sha256, certificate->subject_serial);
    if (!context.client) return unknown_client_certificate();
    return std::nullopt;
  }
  auto key = presented_key(request);
  if (!key) return missing_api_key();
  context.client = context.keys->find(*key);
  if (!context.client) return unknown_api_key();
  return std::nullopt;
}

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(const Poco::Net::HTTPServerRequest& request) {
  auto started = std::chrono::steady_clock::now();
  RequestContext context;
  context.route = "unmatched";
  std::optional<Reply> decided;
  const Endpoint* endpoint = nullptr;
  try {
    context.request_id = request_id_for(request);
    const Route* route = find(path_of(request.getURI()), context.params);
    if (!route) {
      decided = route_not_found();
    } else {
      context.route = route->route_template;
      auto it = route->by_method.find(request.getMethod());
      if (it == route->by_method.end()) {
        std::vector<std::string> allowed;
        for (const auto& [method, unused] : route->by_method) allowed.push_back(method);
        decided = method_not_allowed(allowed);
      } else if (auto refused = authenticate(request, *route, context)) {
        decided = std::move(refused);
      } else {
        endpoint = it->second.get();
        decided = endpoint->check_head(request, context);
      }
    }
  } catch (...) {
    decided = internal_error();
  }
  if (decided) request.response().setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(decided->status));
  return new GuardedHandler(state_, std::move(context), endpoint, std::move(decided), started);
}

}  // namespace sygedok::http
