#include "core/json_writer.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

namespace sygedok {
namespace {

TEST(JsonString, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(json_string("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
}

TEST(JsonString, KeepsDanishLettersAsUtf8) { EXPECT_EQ(json_string("Søren Ærø"), "\"Søren Ærø\""); }

TEST(JsonString, ReplacesInvalidUtf8) {
  EXPECT_EQ(json_string("a\xC3"), "\"a\xEF\xBF\xBD\"");            // truncated sequence
  EXPECT_EQ(json_string("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate
  EXPECT_EQ(json_string("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // overlong '/'
}

TEST(JsonWriter, BuildsNestedDocumentsThatParse) {
  JsonWriter json;
  json.begin_object();
  json.key("valid").boolean(false);
  json.key("count").number(-3);
  json.key("items").begin_array();
  json.value("x").begin_object().key("path").value("employee.name").end_object().raw("[1,2]");
  json.end_array();
  json.end_object();
  EXPECT_EQ(json.text(), R"({"valid":false,"count":-3,"items":["x",{"path":"employee.name"},[1,2]]})");
  Poco::JSON::Parser parser;
  auto parsed = parser.parse(json.text()).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(parsed->getArray("items")->size(), 3u);
}

}  // namespace
}  // namespace sygedok
