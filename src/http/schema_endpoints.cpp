#include "http/schema_endpoints.h"

#include "compose/document_kinds.h"
#include "http/openapi_document.h"
#include "http/problem.h"
#include "model/json_schema.h"

namespace sygedok::http {

Reply SchemaEndpoint::handle(Poco::Net::HTTPServerRequest&, RequestContext& context) const {
  auto schema = model::json_schema(context.params["kind"]);
  if (!schema) return unknown_kind(compose::document_kinds());
  Reply reply;
  reply.content_type = "application/schema+json";
  reply.body = std::move(*schema);
  return reply;
}

Reply OpenApiEndpoint::handle(Poco::Net::HTTPServerRequest&, RequestContext&) const {
  Reply reply;
  reply.content_type = "application/json";
  reply.body = openapi_document();
  return reply;
}

}  // namespace sygedok::http
