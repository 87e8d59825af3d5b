#include "model/json_schema.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

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

TEST(JsonSchema, NoMemberAsksForADiagnosis) {
  auto text = json_schema("referat");
  ASSERT_TRUE(text);
  expect_no_member_about_health(*json(*text).extract<Poco::JSON::Object::Ptr>());
}

}  // namespace
}  // namespace sygedok::model
