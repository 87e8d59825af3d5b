#pragma once
// Endpoints that describe the API, without authentication and without
// personal data:
//   GET /v1/schemas/{kind}  the JSON Schema (2020-12) of a kind's input
//   GET /openapi.json       OpenAPI 3.1 for every endpoint, with each kind's
//                           schema under components.schemas.<kind>
// The documents are built once, on first use; thread-safe.
#include <string>

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

// The OpenAPI document as JSON text (templates/schemas/openapi.base.json
// with the kinds and their schemas filled in).
const std::string& openapi_document();

}  // namespace sygedok::http
