#pragma once
// Routes requests to endpoints. A route is a path template whose segments
// in braces match one path segment ("/v1/documents/{kind}"); each route has
// one endpoint per method. The router answers by itself: 404 for an unknown
// path, 405 with Allow for a known path and another method, 401 when the
// route needs an API key and none or an unknown one is given. It then runs
// the endpoint's head checks. When the request is answered before its body
// is read, the response status is set at once, so Poco sends no
// "100 Continue".
// Add routes before the server starts; afterwards the router is read-only
// and createRequestHandler() is safe from any worker thread.
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/endpoint.h"
#include "http/service_state.h"

namespace sygedok::http {

enum class Access { Public, ApiKey };

class Router : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Router(ServiceState& state) : state_(state) {}

  void add(const std::string& method, const std::string& route_template, std::shared_ptr<const Endpoint> endpoint,
           Access access);

  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

  // The route template matching `path` and its parameters (for tests).
  struct Match {
    std::string route;
    std::map<std::string, std::string> params;
  };
  std::optional<Match> match(std::string_view path) const;

  // Every route and method with its endpoint (for the test that the OpenAPI document names each).
  struct Listed {
    std::string method;
    std::string route_template;
    const Endpoint* endpoint;
    Access access;
  };
  std::vector<Listed> listed() const;

 private:
  struct Route {
    std::string route_template;
    std::vector<std::string> segments;  // "{kind}" marks a parameter
    std::map<std::string, std::shared_ptr<const Endpoint>> by_method;
    Access access = Access::Public;
  };

  const Route* find(std::string_view path, std::map<std::string, std::string>& params) const;
  std::optional<Reply> authenticate(const Poco::Net::HTTPServerRequest& request, const Route& route,
                                    RequestContext& context) const;

  ServiceState& state_;
  std::vector<Route> routes_;
};

}  // namespace sygedok::http
