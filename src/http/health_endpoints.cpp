#include "http/health_endpoints.h"

#include "http/problem.h"

namespace sygedok::http {
namespace {

Reply json_status(std::string_view status) {
  Reply reply;
  reply.content_type = "application/json";
  reply.body = "{\"status\":\"" + std::string(status) + "\"}";
  return reply;
}

}  // namespace

Reply HealthEndpoint::handle(Poco::Net::HTTPServerRequest&, RequestContext&) const { return json_status("ok"); }

Reply ReadinessEndpoint::handle(Poco::Net::HTTPServerRequest&, RequestContext&) const {
  if (state_.draining.load()) return shutting_down(state_.settings.retry_after_seconds);
  if (!state_.engine.get()) return engine_not_ready(state_.settings.retry_after_seconds);
  return json_status("ready");
}

Reply MetricsEndpoint::handle(Poco::Net::HTTPServerRequest&, RequestContext&) const {
  Reply reply;
  reply.content_type = "text/plain; version=0.0.4; charset=utf-8";
  reply.body = state_.metrics.prometheus_text();
  return reply;
}

}  // namespace sygedok::http
