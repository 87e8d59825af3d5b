#pragma once
// The Poco request handler made for every request. It runs the endpoint (or
// sends the reply the router already decided on), and guarantees what Poco
// does not: any exception becomes a problem+json 500 instead of a silently
// closed connection; one access-log line and the metrics are written per
// request. After the answer the connection leaves Poco: a kept-alive one
// goes back to the connection gate to wait for its next head there; any
// other (Connection: close, an unread body, a pipelined request, draining)
// goes to the ConnectionCloser, so the client still reads the answer.
// One instance per request, used by one worker thread.
#include <Poco/Net/HTTPRequestHandler.h>

#include <chrono>
#include <optional>

#include "http/endpoint.h"
#include "http/service_state.h"

namespace sygedok::http {

class GuardedHandler : public Poco::Net::HTTPRequestHandler {
 public:
  GuardedHandler(ServiceState& state, RequestContext context, const Endpoint* endpoint, std::optional<Reply> decided,
                 std::chrono::steady_clock::time_point started);
  ~GuardedHandler() override;

  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

 private:
  Reply run_endpoint(Poco::Net::HTTPServerRequest& request);
  bool send(const Reply& reply, Poco::Net::HTTPServerResponse& response, bool head_only);

  ServiceState& state_;
  RequestContext context_;
  const Endpoint* endpoint_;
  std::optional<Reply> decided_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace sygedok::http
