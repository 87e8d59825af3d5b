#pragma once
// The OpenAPI 3.1 document of the service, built once from
// templates/schemas/openapi.base.json and the registry of document kinds:
//  - each kind's JSON Schema under components.schemas.<kind>;
//  - a path item marked "x-sygedok-per-kind" is a template: it becomes one
//    path per kind ("all") or per letter to the employee ("letters"), with
//    {kind}, {Kind} (camel case, for operationIds), {title} (the schema's
//    title) and {description} (the registry's line) filled in;
//  - every operation gets the 4xx answers its shape implies (a body: 400,
//    413, 415, 422; a key: 401, 403; a {kind}: 404; every one: 408, 429), so
//    a route declared once in the base file is complete.
// Thread-safe (a function-local static).
#include <string>

namespace sygedok::http {

// The document as JSON text.
const std::string& openapi_document();

}  // namespace sygedok::http
