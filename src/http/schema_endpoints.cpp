#include "http/schema_endpoints.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "compose/document_kinds.h"
#include "core/resources.h"
#include "http/problem.h"
#include "model/json_schema.h"

namespace sygedok::http {
namespace {

Poco::JSON::Object::Ptr parse_object(std::string_view text) {
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
  return parser.parse(std::string(text)).extract<Poco::JSON::Object::Ptr>();
}

// The kind's schema as a component of the OpenAPI document: without its
// $id, and with "#/$defs/..." spelled from the document's root, so that
// tools which resolve every $ref against the document (most OpenAPI tools)
// find the definitions. Otherwise identical to GET /v1/schemas/{kind}.
void root_references(const Poco::Dynamic::Var& node, const std::string& component) {
  if (node.type() == typeid(Poco::JSON::Array::Ptr)) {
    for (const auto& item : *node.extract<Poco::JSON::Array::Ptr>()) root_references(item, component);
    return;
  }
  if (node.type() != typeid(Poco::JSON::Object::Ptr)) return;
  auto object = node.extract<Poco::JSON::Object::Ptr>();
  for (const auto& [key, value] : *object) {
    if (key == "$ref" && value.isString()) {
      const std::string target = value.toString();
      if (target.rfind("#/", 0) == 0) object->set(key, component + target.substr(1));
    } else {
      root_references(value, component);
    }
  }
}

Poco::JSON::Object::Ptr schema_component(const std::string& kind, std::string_view schema) {
  auto component = parse_object(schema);
  component->remove("$id");
  root_references(Poco::Dynamic::Var(component), "#/components/schemas/" + kind);
  return component;
}

std::string build_openapi_document() {
  auto document = parse_object(embedded_resources().at("templates/schemas/openapi.base.json"));
  auto components = document->getObject("components");
  auto schemas = components->getObject("schemas");
  Poco::JSON::Array::Ptr kinds = new Poco::JSON::Array;
  Poco::JSON::Array::Ptr inputs = new Poco::JSON::Array;
  for (const auto& kind : compose::document_kinds()) {
    kinds->add(kind);
    auto schema = model::json_schema(kind);
    if (!schema) continue;
    schemas->set(kind, schema_component(kind, *schema));
    Poco::JSON::Object::Ptr reference = new Poco::JSON::Object;
    reference->set("$ref", "#/components/schemas/" + kind);
    inputs->add(reference);
  }
  // The follow-up plan's input (POST /v1/plan) beside the documents'.
  if (auto plan = model::json_schema("plan")) schemas->set("plan", schema_component("plan", *plan));
  Poco::JSON::Object::Ptr input = new Poco::JSON::Object;
  input->set("description", "The input of the document kind named in the path");
  input->set("oneOf", inputs);
  schemas->set("DocumentInput", input);
  components->getObject("parameters")->getObject("kind")->getObject("schema")->set("enum", kinds);
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(document, out, 2);
  return out.str();
}

}  // namespace

const std::string& openapi_document() {
  static const std::string document = build_openapi_document();
  return document;
}

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
