#include "model/json_input.h"

#include <gtest/gtest.h>

#include "model/json_syntax.h"

namespace sygedok::model {
namespace {

TEST(JsonInput, ParsesAnObjectAndKeepsMemberOrder) {
  auto parsed = parse_json_object("\xEF\xBB\xBF{\"z\": 1, \"a\": {\"m\": \"Ærø\"}, \"b\": [true]}");
  ASSERT_TRUE(parsed.ok());
  std::vector<std::string> names;
  parsed.value()->getNames(names);
  EXPECT_EQ(names, (std::vector<std::string>{"z", "a", "b"}));
  EXPECT_EQ(parsed.value()->getObject("a")->getValue<std::string>("m"), "Ærø");
}

TEST(JsonInput, MalformedJsonNamesLineAndColumn) {
  auto parsed = parse_json_object("{\n  \"employee\": {\"name\": \"Anna\",}\n}");
  ASSERT_FALSE(parsed.ok());
  ASSERT_EQ(parsed.diagnostics().size(), 1u);
  const Diagnostic& d = parsed.diagnostics()[0];
  EXPECT_EQ(d.code, "malformed_json");
  EXPECT_EQ(d.path, "");
  EXPECT_NE(d.message.find("linje 2, kolonne 31"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("komma for meget"), std::string::npos) << d.message;
}

TEST(JsonInput, ColumnsCountCharactersNotBytes) {
  auto parsed = parse_json_object("{\"navn\": \"Søren Ærø\" x}");
  ASSERT_FALSE(parsed.ok());
  // Before x stand 21 characters (24 bytes): x is in column 22.
  EXPECT_NE(parsed.diagnostics()[0].message.find("linje 1, kolonne 22"), std::string::npos)
      << parsed.diagnostics()[0].message;
}

TEST(JsonInput, EveryKindOfBrokenTextIsAnErrorNotAThrow) {
  const char* broken[] = {"", "not json", "{", "{\"a\": }", "{\"a\" 1}", "{\"a\": tru}", "{\"a\": 01}",
                          "{\"a\": \"\\x\"}", "{\"a\": \"\xff\"}", "{\"a\": 1} {}", "{\"a\": [1,]}",
                          "{\"a\": \"line\nbreak\"}"};
  for (const char* text : broken) {
    auto parsed = parse_json_object(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_EQ(parsed.diagnostics()[0].code, "malformed_json") << text;
    EXPECT_NE(parsed.diagnostics()[0].message.find("linje "), std::string::npos) << parsed.diagnostics()[0].message;
  }
}

TEST(JsonInput, TooDeepNestingIsRefused) {
  std::string deep = "{\"a\": " + std::string(200, '[') + std::string(200, ']') + "}";
  auto parsed = parse_json_object(deep);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.diagnostics()[0].code, "malformed_json");
}

TEST(JsonInput, OtherJsonThanAnObjectIsNotAnObject) {
  for (const char* text : {"[1, 2]", "\"tekst\"", "42", "null", "true"}) {
    auto parsed = parse_json_object(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_EQ(parsed.diagnostics()[0].code, "not_object") << text;
  }
}

TEST(JsonInput, ADuplicateMemberIsAnErrorWithItsPath) {
  auto parsed = parse_json_object(R"({"sender": {"cvr": "12345674", "name": "A", "cvr": "87654321"}})");
  ASSERT_FALSE(parsed.ok());
  ASSERT_EQ(parsed.diagnostics().size(), 1u);
  EXPECT_EQ(parsed.diagnostics()[0].code, "duplicate_member");
  EXPECT_EQ(parsed.diagnostics()[0].path, "sender.cvr");
  EXPECT_NE(parsed.diagnostics()[0].message.find("»cvr«"), std::string::npos);
}

TEST(JsonInput, EveryDuplicateIsReportedWithItsPathInListsToo) {
  auto parsed = parse_json_object(
      R"({"kind": 1, "agreements": [{"what": "a"}, [1, {"x": 1, "x": 2}], {"what": "b", "what": "c"}], "kind": 2})");
  ASSERT_FALSE(parsed.ok());
  std::vector<std::string> paths;
  for (const auto& d : parsed.diagnostics()) paths.push_back(d.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"agreements[1][1].x", "agreements[2].what", "kind"}));
}

TEST(JsonInput, TheSameNameInDifferentObjectsIsNoDuplicate) {
  EXPECT_TRUE(parse_json_object(R"({"a": {"name": 1}, "b": {"name": 2}, "c": [{"name": 3}, {"name": 4}], "name": 5})").ok());
}

TEST(JsonSyntax, AcceptsWhatRfc8259Accepts) {
  for (const char* text : {"{}", "[]", "0", "-0.5e+3", "\"\\u00e6\\n\"", " { \"a\" : [ 1 , {\"b\":null} ] } ",
                           "[true,false,null]"})
    EXPECT_FALSE(find_json_syntax_error(text)) << text;
}

TEST(JsonSyntax, ExplainsTheProblemInDanish) {
  auto e = find_json_syntax_error("{\"a\": 1,\n\"b\" 2}");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line, 2u);
  EXPECT_EQ(e->column, 5u);
  EXPECT_NE(e->problem.find("kolon"), std::string::npos) << e->problem;
  auto unterminated = find_json_syntax_error("{\"a\": \"abc");
  ASSERT_TRUE(unterminated);
  EXPECT_NE(unterminated->problem.find("slutter inde i en tekst"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::model
