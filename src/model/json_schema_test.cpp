#include "model/json_schema.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace sygedok::model {
namespace {

TEST(JsonSchema, ReferatSchemaIsJsonWithTheSharedDefinitionsMergedIn) {
  auto text = json_schema("referat");
  ASSERT_TRUE(text);
  Poco::JSON::Parser parser;
  auto schema = parser.parse(*text).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(schema->getValue<std::string>("$schema"), "https://json-schema.org/draft/2020-12/schema");
  auto defs = schema->getObject("$defs");
  ASSERT_TRUE(defs);
  for (const char* name : {"sender", "document", "employee", "manager", "participant", "date_time", "cvr"})
    EXPECT_TRUE(defs->has(name)) << name;
  auto required = schema->getArray("required");
  ASSERT_TRUE(required);
  std::vector<std::string> names;
  for (std::size_t i = 0; i < required->size(); ++i) names.push_back(required->getElement<std::string>(i));
  EXPECT_NE(std::find(names.begin(), names.end(), "employee"), names.end());
}

TEST(JsonSchema, NoSchemaForAnUnknownKind) {
  EXPECT_FALSE(json_schema("kaffeaftale"));
  EXPECT_FALSE(json_schema("../schemas/common"));
}

// Every member name anywhere under "properties", lower-cased.
void collect_member_names(const Poco::JSON::Object& schema, std::vector<std::string>& names) {
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

TEST(JsonSchema, NoMemberAsksForADiagnosis) {
  auto text = json_schema("referat");
  ASSERT_TRUE(text);
  Poco::JSON::Parser parser;
  std::vector<std::string> names;
  collect_member_names(*parser.parse(*text).extract<Poco::JSON::Object::Ptr>(), names);
  ASSERT_GT(names.size(), 20u);
  for (const auto& name : names)
    for (const char* word : {"diagnos", "sygdom", "illness", "disease", "helbred", "health"})
      EXPECT_EQ(name.find(word), std::string::npos) << name;
}

}  // namespace
}  // namespace sygedok::model
