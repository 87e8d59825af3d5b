// The JSON Schema of each registered kind (templates/schemas/) and the
// kind's reader (src/model/) name the same members, both ways: every member
// the reader asks for is declared in the schema, and every member the schema
// declares is asked for by the reader; and where the reader takes one of
// fixed values (JsonReader::choice), the schema declares the same values
// (an "enum", or a "oneOf" of "const"s with their Danish titles); an object
// keyed by data (a map, "additionalProperties" with a schema) declares every
// member it may have. The reader's members are recorded
// (model::MemberRecorder) while it reads a maximal input made from the schema
// (every declared member present) and every sample of the kind. The
// Digital Post envelope's and the archive copy's members are read by later
// stages (model/envelope_members.h, model/archive_options.h), not by a kind's
// reader, so they need not be read here.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "compose/composer_test_support.h"
#include "model/archive_options.h"
#include "model/envelope_members.h"
#include "model/json_reader.h"
#include "model/json_schema.h"

namespace sygedok::compose {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;
using Paths = std::set<std::string>;
using Choices = std::map<std::string, std::set<std::string>>;

Object::Ptr schema_of(std::string_view kind) {
  auto text = model::json_schema(kind);
  if (!text) return nullptr;
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
  return parser.parse(*text).extract<Object::Ptr>();
}

// Calls `visit` with the node and every subschema that adds members to the
// same instance: the "$ref" target, allOf/anyOf/oneOf parts, then/else.
// `visit` also gets the name of the definition the part was reached through.
void for_each_part(const Object& root, const Object& node, const std::string& def,
                   const std::function<void(const Object&, const std::string&)>& visit) {
  visit(node, def);
  if (node.has("$ref")) {
    std::string ref = node.getValue<std::string>("$ref");
    std::string name = ref.substr(ref.rfind('/') + 1);
    auto target = root.getObject("$defs")->getObject(name);
    EXPECT_TRUE(target) << ref;
    if (target) for_each_part(root, *target, name, visit);
  }
  for (const char* list : {"allOf", "anyOf", "oneOf"})
    if (auto parts = node.getArray(list))
      for (std::size_t i = 0; i < parts->size(); ++i)
        if (auto part = parts->getObject(i)) for_each_part(root, *part, def, visit);
  for (const char* branch : {"then", "else"})
    if (auto part = node.getObject(branch)) for_each_part(root, *part, def, visit);
}

// The JSON paths the schema declares below `prefix`, list items as "[]",
// and the values of each member that is a choice.
struct Declared {
  Paths paths;
  Choices choices;
  Paths maps;  // objects keyed by data ("additionalProperties" with a schema): any member is declared
};

void declare(const Object& root, const Object& node, const std::string& prefix, Declared& out) {
  for_each_part(root, node, "", [&](const Object& part, const std::string&) {
    if (auto values = part.getArray("enum"))
      for (std::size_t i = 0; i < values->size(); ++i) out.choices[prefix].insert(values->getElement<std::string>(i));
    if (part.has("const")) out.choices[prefix].insert(part.getValue<std::string>("const"));
    if (auto properties = part.getObject("properties")) {
      std::vector<std::string> names;
      properties->getNames(names);
      for (const auto& name : names) {
        std::string path = prefix.empty() ? name : prefix + "." + name;
        out.paths.insert(path);
        declare(root, *properties->getObject(name), path, out);
      }
    }
    if (auto items = part.getObject("items")) declare(root, *items, prefix + "[]", out);
    if (part.getObject("additionalProperties")) out.maps.insert(prefix);
  });
}

Declared declared(const Object& schema) {
  Declared out;
  declare(schema, schema, "", out);
  return out;
}

// A value for every member the schema declares: objects with all their
// members, lists of one item, dates where a date is declared. Validity does
// not matter: a reader asks for every member even when values are wrong.
Poco::Dynamic::Var maximal(const Object& root, const Object& node) {
  Object::Ptr object;
  Object::Ptr items;
  Poco::Dynamic::Var scalar;
  for_each_part(root, node, "", [&](const Object& part, const std::string& def) {
    if (auto properties = part.getObject("properties")) {
      if (!object) object = new Object;
      std::vector<std::string> names;
      properties->getNames(names);
      for (const auto& name : names)
        if (!object->has(name)) object->set(name, maximal(root, *properties->getObject(name)));
    }
    if (auto item = part.getObject("items"); item && !items) items = item;
    if (!scalar.isEmpty()) return;
    if (auto values = part.getArray("enum")) scalar = values->get(0);
    else if (part.has("const")) scalar = part.get("const");
    else if (def == "date") scalar = std::string("2026-12-07");
    else if (def == "date_time") scalar = std::string("2026-12-07T10:00");
    else if (part.has("type")) {
      std::string type = part.getValue<std::string>("type");
      if (type == "boolean") scalar = true;
      else if (type == "number" || type == "integer") scalar = part.has("minimum") ? part.get("minimum") : Poco::Dynamic::Var(1);
      else if (type == "string") scalar = std::string("Eksempel");
    }
  });
  if (object) return object;
  if (items) {
    Array::Ptr list = new Array;
    list->add(maximal(root, *items));
    return list;
  }
  return scalar;
}

// Members read by later stages, the same for every kind.
bool read_elsewhere(const std::string& path) {
  std::string top = path.substr(0, path.find_first_of(".["));
  return model::is_envelope_member(top) || top == model::kArchiveMember;
}

// What the reader asks for while composing `input`, added to `paths` and `choices`.
void read_by_reader(std::string_view kind, const Object& input, Paths& paths, Choices& choices) {
  // Once unrecorded first: what composing loads once (the organisation profile, a policy) is no input.
  static const bool warmed_up = (compose_document(kind, input, test_support::builtin_templates()), true);
  (void)warmed_up;
  model::MemberRecorder recorder;
  (void)compose_document(kind, input, test_support::builtin_templates());
  paths.insert(recorder.paths().begin(), recorder.paths().end());
  for (const auto& [path, values] : recorder.choices()) choices[path].insert(values.begin(), values.end());
}

std::string listed(const Paths& paths) {
  std::string out;
  for (const auto& path : paths) out += "\n  " + path;
  return out;
}

class DeclaredMembers : public ::testing::TestWithParam<std::string> {};

TEST_P(DeclaredMembers, TheReaderAndTheSchemaNameTheSameMembers) {
  const std::string kind = GetParam();
  auto schema = schema_of(kind);
  ASSERT_TRUE(schema) << "templates/schemas/" << kind << ".schema.json is missing";
  const Declared in_schema = declared(*schema);

  Paths read;
  Choices read_choices;
  read_by_reader(kind, *maximal(*schema, *schema).extract<Object::Ptr>(), read, read_choices);
  auto samples = std::filesystem::path(SYGEDOK_SOURCE_DIR) / "samples" / kind;
  if (std::filesystem::is_directory(samples))
    for (const auto& entry : std::filesystem::directory_iterator(samples)) {
      if (entry.path().extension() != ".json") continue;
      auto sample = test_support::load_sample(kind, entry.path().stem().string());
      read_by_reader(kind, *sample, read, read_choices);
    }

  Paths undeclared, unread;
  for (const auto& path : read) {
    const auto dot = path.rfind('.');
    const bool in_map = dot != std::string::npos && in_schema.maps.count(path.substr(0, dot));
    if (!in_schema.paths.count(path) && !in_map) undeclared.insert(path);
  }
  for (const auto& path : in_schema.paths)
    if (!read.count(path) && !read_elsewhere(path)) unread.insert(path);
  EXPECT_TRUE(undeclared.empty()) << kind << ": read but not declared in templates/schemas/" << kind
                                  << ".schema.json (or common.defs.json):" << listed(undeclared);
  EXPECT_TRUE(unread.empty()) << kind << ": declared in the schema but never read by the reader:" << listed(unread);
  for (const auto& [path, values] : read_choices) {
    auto found = in_schema.choices.find(path);
    EXPECT_TRUE(found != in_schema.choices.end() && found->second == values)
        << kind << ": the reader takes " << path << " as one of" << listed(values)
        << "\nbut the schema declares"
        << (found == in_schema.choices.end() ? std::string(" no choice") : listed(found->second));
  }
}

INSTANTIATE_TEST_SUITE_P(EveryKind, DeclaredMembers, ::testing::ValuesIn(document_kinds()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sygedok::compose
