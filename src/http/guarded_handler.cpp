#include "http/guarded_handler.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/HTTPServerSession.h>

#include "http/connection_gate.h"
#include "http/problem.h"
#include "http/request_body.h"
#include "http/tls_context.h"

namespace sygedok::http {
namespace {

// Bytes Poco has already read past this request: a pipelined request.
struct SessionBuffer : Poco::Net::HTTPSession {
  static int bytes(const Poco::Net::HTTPSession& session) { return (session.*&SessionBuffer::buffered)(); }
};

}  // namespace

GuardedHandler::GuardedHandler(ServiceState& state, RequestContext context, const Endpoint* endpoint,
                               std::optional<Reply> decided, std::chrono::steady_clock::time_point started)
    : state_(state), context_(std::move(context)), endpoint_(endpoint), decided_(std::move(decided)),
      started_(started) {
  state_.metrics.request_started();
}

GuardedHandler::~GuardedHandler() { state_.metrics.request_ended(); }

Reply GuardedHandler::run_endpoint(Poco::Net::HTTPServerRequest& request) {
  if (decided_) return *decided_;
  try {
    return endpoint_->handle(request, context_);
  } catch (...) {  // a failure of ours, never of the input: answer, do not drop the connection
    state_.log.event("error", "handler_exception", {{"route", context_.route}, {"request_id", context_.request_id}});
    return internal_error();
  }
}

bool GuardedHandler::send(const Reply& reply, Poco::Net::HTTPServerResponse& response, bool head_only) {
  try {
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status),
                                std::string(reason_phrase(reply.status)));
    for (const auto& [name, value] : reply.headers) response.set(name, value);
    response.set("X-Request-Id", context_.request_id);
    if (state_.settings.strict_transport_security) response.set("Strict-Transport-Security", kStrictTransportSecurity);
    if (!response.has("Cache-Control")) response.set("Cache-Control", "no-store");  // unless the endpoint chose
    if (reply.close_connection) response.setKeepAlive(false);
    if (!reply.content_type.empty()) response.setContentType(reply.content_type);
    if (reply.status != 304) response.setContentLength64(static_cast<Poco::Int64>(reply.body.size()));
    std::ostream& out = response.send();
    if (!head_only) out.write(reply.body.data(), static_cast<std::streamsize>(reply.body.size()));
    out.flush();  // on the socket now: it may be handed to the closer next
    return !out.bad();
  } catch (const Poco::Exception&) {  // the client went away
    return false;
  }
}

void GuardedHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
  auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
  context_.accepted = started_;
  if (impl && state_.gate) context_.accepted = state_.gate->accepted_at(impl->socket().impl()->sockfd());

  Reply reply = run_endpoint(request);
  bool unread_body = has_body(request) && !context_.body_consumed;
  bool pipelined = impl && SessionBuffer::bytes(impl->session()) > 0;  // served one at a time: the client resends
  if (unread_body || pipelined || state_.draining.load()) reply.close_connection = true;

  bool sent = send(reply, response, request.getMethod() == Poco::Net::HTTPRequest::HTTP_HEAD);
  if (impl) {
    bool keep_alive = sent && response.getKeepAlive();
    response.setKeepAlive(false);  // Poco's connection loop ends with this request
    try {
      Poco::Net::StreamSocket socket = impl->detachSocket();
      if (keep_alive && state_.gate)
        state_.gate->give_back(socket);
      else
        state_.closer.hand_over(socket);  // may still be sending: read the rest away, then close
    } catch (const Poco::Exception&) {
    }
  }

  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  state_.metrics.request_finished(context_.route, reply.status, seconds);
  state_.log.request({.method = safe_method(request.getMethod()),
                      .route = context_.route,
                      .kind = context_.kind,
                      .status = reply.status,
                      .bytes = sent ? reply.body.size() : 0,
                      .milliseconds = seconds * 1000.0,
                      .request_id = context_.request_id,
                      .client = context_.client ? std::string_view(context_.client->name) : std::string_view()});
}

}  // namespace sygedok::http
