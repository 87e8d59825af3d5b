#include "http/openapi_document.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <map>
#include <set>
#include <sstream>

#include "compose/document_kinds.h"
#include "core/resources.h"
#include "model/json_schema.h"

namespace sygedok::http {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr parse_object(std::string_view text) {
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
  return parser.parse(std::string(text)).extract<Object::Ptr>();
}

std::string to_text(const Poco::Dynamic::Var& value) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(value, out, 2);
  return out.str();
}

Object::Ptr reference(const std::string& target) {
  Object::Ptr object = new Object;
  object->set("$ref", target);
  return object;
}

// The kind's schema as a component of the OpenAPI document: without its
// $id and its unused $defs, and with "#/$defs/..." spelled from the document's root, so that
// tools which resolve every $ref against the document (most OpenAPI tools)
// find the definitions. Otherwise identical to GET /v1/schemas/{kind}.
void root_references(const Poco::Dynamic::Var& node, const std::string& component) {
  if (node.type() == typeid(Array::Ptr)) {
    for (const auto& item : *node.extract<Array::Ptr>()) root_references(item, component);
    return;
  }
  if (node.type() != typeid(Object::Ptr)) return;
  auto object = node.extract<Object::Ptr>();
  for (const auto& [key, value] : *object) {
    if (key == "$ref" && value.isString()) {
      const std::string target = value.toString();
      if (target.rfind("#/", 0) == 0) object->set(key, component + target.substr(1));
    } else {
      root_references(value, component);
    }
  }
}

// The names of the $defs that `node` refers to ("#/$defs/NAME...").
void referenced_defs(const Poco::Dynamic::Var& node, std::set<std::string>& names) {
  if (node.type() == typeid(Array::Ptr)) {
    for (const auto& item : *node.extract<Array::Ptr>()) referenced_defs(item, names);
  } else if (node.type() == typeid(Object::Ptr)) {
    for (const auto& [key, value] : *node.extract<Object::Ptr>()) {
      static constexpr std::string_view kDefs = "#/$defs/";
      if (key == "$ref" && value.isString() && value.toString().rfind(kDefs, 0) == 0) {
        const std::string rest = value.toString().substr(kDefs.size());
        names.insert(rest.substr(0, rest.find('/')));
      } else if (key != "$defs") {
        referenced_defs(value, names);
      }
    }
  }
}

// Drops the $defs that nothing uses (each schema carries all shared
// definitions; unused ones change no validation but look like unused
// components to OpenAPI linters).
void drop_unused_defs(Object::Ptr schema) {
  auto defs = schema->getObject("$defs");
  if (!defs) return;
  std::set<std::string> used;
  referenced_defs(Poco::Dynamic::Var(schema), used);
  for (std::set<std::string> seen; seen != used;) {  // definitions used by used definitions
    seen = used;
    for (const auto& name : seen)
      if (defs->has(name)) referenced_defs(defs->get(name), used);
  }
  std::vector<std::string> unused;
  for (const auto& [name, value] : *defs)
    if (!used.contains(name)) unused.push_back(name);
  for (const auto& name : unused) defs->remove(name);
}

Object::Ptr schema_component(const std::string& kind, std::string_view schema) {
  auto component = parse_object(schema);
  component->remove("$id");
  drop_unused_defs(component);
  root_references(Poco::Dynamic::Var(component), "#/components/schemas/" + kind);
  return component;
}

// "svar_fastholdelsesplan" → "SvarFastholdelsesplan".
std::string camel_case(std::string_view kind) {
  std::string out;
  bool upper = true;
  for (char c : kind) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

void replace_all(std::string& text, std::string_view placeholder, std::string_view by) {
  for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + by.size()))
    text.replace(at, placeholder.size(), by);
}

// `value` as it is written inside a JSON string (without the quotes).
std::string json_string_content(const std::string& value) {
  std::string quoted = to_text(Poco::Dynamic::Var(value));
  return quoted.substr(1, quoted.size() - 2);
}

// The template path item for one kind, its kind parameter dropped.
Object::Ptr path_for_kind(Object::Ptr item, const compose::DocumentKind& kind, Object::Ptr schema) {
  std::string text = to_text(Poco::Dynamic::Var(item));
  replace_all(text, "{Kind}", camel_case(kind.name));
  replace_all(text, "{kind}", kind.name);
  replace_all(text, "{title}", json_string_content(schema->optValue<std::string>("title", std::string(kind.name))));
  replace_all(text, "{description}", json_string_content(std::string(kind.description)));
  auto expanded = parse_object(text);
  expanded->remove("x-sygedok-per-kind");
  for (const auto& [method, value] : *expanded) {
    auto operation = value.extract<Object::Ptr>();
    auto parameters = operation->getArray("parameters");
    if (!parameters) continue;
    Array::Ptr kept = new Array;
    for (const auto& parameter : *parameters)
      if (parameter.extract<Object::Ptr>()->optValue<std::string>("$ref", "") != "#/components/parameters/kind")
        kept->add(parameter);
    if (kept->size() == 0)
      operation->remove("parameters");
    else
      operation->set("parameters", kept);
  }
  return expanded;
}

void add_response(Object::Ptr responses, const std::string& status, const std::string& component) {
  if (!responses->has(status)) responses->set(status, reference("#/components/responses/" + component));
}

// The 4xx answers an operation's shape implies (see the header).
void add_client_errors(const std::string& path, Object::Ptr operation) {
  auto responses = operation->getObject("responses");
  if (operation->has("requestBody")) {
    add_response(responses, "400", "BadRequest");
    add_response(responses, "413", "PayloadTooLarge");
    add_response(responses, "415", "UnsupportedMediaType");
    add_response(responses, "422", "Invalid");
  }
  if (!operation->has("security")) {  // the document's: a key when the service runs with --api-keys
    add_response(responses, "401", "Unauthorized");
    if (operation->has("requestBody")) add_response(responses, "403", "Forbidden");
  }
  if (path.find("{kind}") != std::string::npos) add_response(responses, "404", "UnknownKind");
  add_response(responses, "408", "RequestTimeout");
  add_response(responses, "429", "TooManyConnections");
}

std::string build_openapi_document() {
  auto document = parse_object(embedded_resources().at("templates/schemas/openapi.base.json"));
  auto components = document->getObject("components");
  auto schemas = components->getObject("schemas");
  Array::Ptr kinds = new Array;
  std::map<std::string, Object::Ptr> kind_schemas;
  for (const auto& kind : compose::registered_document_kinds()) {
    std::string name(kind.name);
    kinds->add(name);
    auto schema = model::json_schema(name);
    if (!schema) continue;
    kind_schemas[name] = parse_object(*schema);
    schemas->set(name, schema_component(name, *schema));
  }
  components->getObject("parameters")->getObject("kind")->getObject("schema")->set("enum", kinds);

  Object::Ptr paths = new Object(Poco::JSON_PRESERVE_KEY_ORDER);  // the base file's order, kinds in registry order
  for (const auto& [path, value] : *document->getObject("paths")) {
    auto item = value.extract<Object::Ptr>();
    const std::string per_kind = item->optValue<std::string>("x-sygedok-per-kind", "");
    if (per_kind.empty()) {
      paths->set(path, item);
      continue;
    }
    for (const auto& kind : compose::registered_document_kinds()) {
      auto schema = kind_schemas.find(std::string(kind.name));
      if (schema == kind_schemas.end() || (per_kind == "letters" && !kind.to_employee)) continue;
      std::string concrete = path;
      replace_all(concrete, "{kind}", kind.name);
      paths->set(concrete, path_for_kind(item, kind, schema->second));
    }
  }
  for (const auto& [path, value] : *paths)
    for (const auto& [method, operation] : *value.extract<Object::Ptr>())
      if (auto object = operation.extract<Object::Ptr>(); object->has("responses")) add_client_errors(path, object);
  document->set("paths", paths);
  return to_text(Poco::Dynamic::Var(document));
}

}  // namespace

const std::string& openapi_document() {
  static const std::string document = build_openapi_document();
  return document;
}

}  // namespace sygedok::http
