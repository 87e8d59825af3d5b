#pragma once
// Endpoints that describe the API, without authentication and without
// personal data:
//   GET /v1/schemas/{kind}  the JSON Schema (2020-12) of a kind's input
//   GET /openapi.json       OpenAPI 3.1 for every endpoint (openapi_document.h)
// Thread-safe.
#include "http/endpoint.h"

namespace sygedok::http {

class SchemaEndpoint : public Endpoint {
 public:
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

class OpenApiEndpoint : public Endpoint {
 public:
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

}  // namespace sygedok::http
