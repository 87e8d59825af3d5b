#pragma once
// Helpers shared by the model's tests (included only by *_test.cpp): JSON
// input for the readers, the samples read by them, the codes of their
// diagnostics by JSON path, and the member names of a JSON Schema. Pure
// functions over files that do not change; thread-safe.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "model/json_input.h"
#include "model/warning_rules.h"

namespace sygedok::model::testing {

// A reader's input object; a parse failure fails the test and gives an empty object.
inline Poco::JSON::Object::Ptr parse(const std::string& json) {
  auto parsed = parse_json_object(json);
  EXPECT_TRUE(parsed.ok()) << json;
  return parsed.ok() ? parsed.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
}

// Any JSON value (an array or object to set() into an input).
inline Poco::Dynamic::Var json(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text);
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Reads every samples/<kind>/*.json with `read` (a model reader such as
// read_referat). A sample that is no JSON object, has an error or raises a
// warning fails the test. Returns the documents read, by file name without .json.
template <typename Read>
auto read_every_sample(const std::string& kind, Read read) {
  using Document =
      std::decay_t<decltype(read(std::declval<const Poco::JSON::Object&>(), ReadOptions{}).value())>;
  std::map<std::string, Document> documents;
  for (const auto& file : std::filesystem::directory_iterator(std::string(SYGEDOK_SOURCE_DIR) + "/samples/" + kind)) {
    if (file.path().extension() != ".json") continue;
    auto input = parse_json_object(read_file(file.path()));
    if (!input.ok()) {
      ADD_FAILURE() << file.path() << " is no JSON object";
      continue;
    }
    auto document = read(*input.value(), ReadOptions{});
    for (const auto& d : document.diagnostics())
      ADD_FAILURE() << file.path() << ": " << d.path << " [" << d.code << "] " << d.message;
    if (document.ok()) documents.emplace(file.path().stem().string(), document.value());
  }
  return documents;
}

// JSON path → code of each diagnostic with `severity`.
inline std::map<std::string, std::string> codes(const Diagnostics& diagnostics, Severity severity) {
  std::map<std::string, std::string> found;
  for (const auto& d : diagnostics)
    if (d.severity == severity) found[d.path] = d.code;
  return found;
}

inline std::map<std::string, std::string> errors(const Diagnostics& d) { return codes(d, Severity::Error); }
inline std::map<std::string, std::string> warnings(const Diagnostics& d) { return codes(d, Severity::Warning); }

// Every member name anywhere under "properties" of a schema, nested ones included.
inline void collect_member_names(const Poco::JSON::Object& schema, std::vector<std::string>& names) {
  std::vector<std::string> keys;
  schema.getNames(keys);
  for (const auto& key : keys) {
    if (key == "properties") {
      std::vector<std::string> members;
      schema.getObject(key)->getNames(members);
      names.insert(names.end(), members.begin(), members.end());
    }
    if (auto child = schema.getObject(key)) collect_member_names(*child, names);
  }
}

// No member of the schema asks about an illness (the schema must have members to look at).
inline void expect_no_member_about_health(const Poco::JSON::Object& schema) {
  std::vector<std::string> names;
  collect_member_names(schema, names);
  ASSERT_GT(names.size(), 20u);
  for (const auto& name : names)
    for (const char* word : {"diagnos", "sygdom", "illness", "disease", "helbred", "health"})
      EXPECT_EQ(name.find(word), std::string::npos) << name;
}

}  // namespace sygedok::model::testing
