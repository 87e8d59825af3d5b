#pragma once
// The interface of one endpoint (one route template and method). Endpoints
// are created once per server and shared by all worker threads, so they are
// const and keep no per-request state; what belongs to one request is in
// RequestContext. An endpoint answers with a Reply value and never sends
// itself; GuardedHandler sends, logs and turns exceptions into 500s.
#include <Poco/Net/HTTPServerRequest.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "http/api_keys.h"
#include "http/reply.h"

namespace sygedok::http {

// What the router found out about one request. Owned by its handler.
struct RequestContext {
  std::string route;                         // the template, e.g. "/v1/documents/{kind}"
  std::map<std::string, std::string> params;  // {"kind": "referat"}; raw request text: never log
  std::string request_id;
  const ApiClient* client = nullptr;  // the caller, when API keys are in use
  std::shared_ptr<const ApiKeys> keys;  // the keys `client` belongs to, alive while the request is
  std::string kind;                   // a known document kind, for logs and metrics
  bool body_consumed = false;         // the whole request body was read
  std::chrono::steady_clock::time_point accepted;  // the connection's accept (the body deadline counts from it)
};

class Endpoint {
 public:
  virtual ~Endpoint() = default;

  // Checks that need only the request head, made before Poco would send
  // "100 Continue"; a reply here means the body is not wanted.
  virtual std::optional<Reply> check_head(const Poco::Net::HTTPServerRequest&, RequestContext&) const {
    return std::nullopt;
  }
  virtual Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const = 0;
};

}  // namespace sygedok::http
