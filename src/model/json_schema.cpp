#include "model/json_schema.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "core/resources.h"

namespace sygedok::model {
namespace {

Poco::JSON::Object::Ptr parse_resource(const std::string& name) {
  auto found = embedded_resources().find(name);
  if (found == embedded_resources().end()) return nullptr;
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));  // keep member order
  return parser.parse(std::string(found->second)).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace

std::optional<std::string> json_schema(std::string_view kind) {
  if (kind.empty() || kind.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string_view::npos)
    return std::nullopt;
  auto schema = parse_resource("templates/schemas/" + std::string(kind) + ".schema.json");
  auto common = parse_resource("templates/schemas/common.defs.json");
  if (!schema || !common) return std::nullopt;
  Poco::JSON::Object::Ptr defs = schema->getObject("$defs");
  if (!defs) {
    defs = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    schema->set("$defs", defs);
  }
  auto shared = common->getObject("$defs");
  std::vector<std::string> names;
  shared->getNames(names);
  for (const auto& name : names)
    if (!defs->has(name)) defs->set(name, shared->get(name));
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(schema, out, 2);
  return out.str();
}

}  // namespace sygedok::model
