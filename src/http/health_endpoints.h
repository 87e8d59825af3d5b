#pragma once
// Endpoints for operations, without authentication and without personal data:
//   GET /healthz  200 while the process serves at all
//   GET /readyz   200 once the render engine has loaded; 503 before, and while shutting down
//   GET /metrics  Prometheus text format (see metrics.h)
// Stateless apart from the shared ServiceState: thread-safe.
#include "http/endpoint.h"
#include "http/service_state.h"

namespace sygedok::http {

class HealthEndpoint : public Endpoint {
 public:
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

class ReadinessEndpoint : public Endpoint {
 public:
  explicit ReadinessEndpoint(ServiceState& state) : state_(state) {}
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;

 private:
  ServiceState& state_;
};

class MetricsEndpoint : public Endpoint {
 public:
  explicit MetricsEndpoint(ServiceState& state) : state_(state) {}
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;

 private:
  ServiceState& state_;
};

}  // namespace sygedok::http
