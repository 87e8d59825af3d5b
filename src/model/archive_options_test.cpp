#include "model/archive_options.h"

#include <gtest/gtest.h>

#include "model/json_input.h"
#include "model/json_reader.h"

namespace sygedok::model {
namespace {

Poco::JSON::Object::Ptr parse(const std::string& json) {
  auto parsed = parse_json_object(json);
  EXPECT_TRUE(parsed.ok()) << json;
  return parsed.ok() ? parsed.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
}

TEST(ArchiveOptions, EmbedsTheSourceOnlyWhenAskedTo) {
  Diagnostics diagnostics;
  EXPECT_FALSE(read_archive_options(*parse(R"({"employee": {"name": "Anna"}})"), diagnostics).embed_source);
  EXPECT_FALSE(read_archive_options(*parse(R"({"archive": {}})"), diagnostics).embed_source);
  EXPECT_FALSE(read_archive_options(*parse(R"({"archive": {"embed_source": false}})"), diagnostics).embed_source);
  EXPECT_TRUE(read_archive_options(*parse(R"({"archive": {"embed_source": true}})"), diagnostics).embed_source);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(ArchiveOptions, ReportsWrongTypesAndUnknownMembersWithTheirPaths) {
  Diagnostics diagnostics;
  auto options =
      read_archive_options(*parse(R"({"archive": {"embed_source": "ja", "embed_sorce": true}})"), diagnostics);
  EXPECT_FALSE(options.embed_source);
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].path, "archive.embed_source");
  EXPECT_EQ(diagnostics[0].code, "wrong_type");
  EXPECT_EQ(diagnostics[1].path, "archive.embed_sorce");
  EXPECT_EQ(diagnostics[1].code, "unknown_field");

  Diagnostics not_an_object;
  read_archive_options(*parse(R"({"archive": true})"), not_an_object);
  ASSERT_EQ(not_an_object.size(), 1u);
  EXPECT_EQ(not_an_object[0].path, "archive");
  EXPECT_EQ(not_an_object[0].code, "wrong_type");
}

TEST(ArchiveOptions, IsAKnownMemberAtTheTopLevelOnly) {
  auto request = parse(R"({"archive": {"embed_source": true}, "nested": {"archive": 1}})");
  Diagnostics diagnostics;
  JsonReader top(*request, "", diagnostics);
  auto nested = top.object("nested", "det indlejrede objekt", Presence::Optional);
  ASSERT_TRUE(nested);
  nested->warn_unknown_fields();
  top.warn_unknown_fields();
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].path, "nested.archive");
  EXPECT_EQ(diagnostics[0].code, "unknown_field");
}

}  // namespace
}  // namespace sygedok::model
