#include "render/input_text_check.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace sygedok::render {
namespace {

// Latin letters and spaces only; no glyph for anything above U+024F.
class LatinOnlyMetrics : public FontMetrics {
 public:
  bool has_glyph(FontStyle, char32_t c) const override { return c >= 0x20 && c <= 0x24F; }
  double advance(FontStyle, char32_t, double size) const override { return size / 2; }
  double ascent(FontStyle, double size) const override { return size * 0.8; }
  double descent(FontStyle, double size) const override { return size * 0.2; }
};

Poco::JSON::Object::Ptr parse(const std::string& json) {
  Poco::JSON::Parser parser;
  return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

TEST(InputTextCheck, ComposesDecomposedLettersInPlace) {
  auto input = parse(R"({"employee": {"name": "A\u030angstr\u00f6m"}, "tags": ["e\u0301t"]})");
  Diagnostics problems = normalize_and_check_text(*input, LatinOnlyMetrics());
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(input->getObject("employee")->getValue<std::string>("name"), "Ångström");
  EXPECT_EQ(input->getArray("tags")->getElement<std::string>(0), "ét");
}

TEST(InputTextCheck, NamesThePathAndCodePointOfEveryMissingCharacter) {
  auto input = parse(R"({"employee": {"name": "Anna \ud83d\ude00"},
                        "agreements": [{"what": "ok"}, {"what": "\u4e2d\u4e2d"}]})");
  Diagnostics problems = normalize_and_check_text(*input, LatinOnlyMetrics());
  ASSERT_EQ(problems.size(), 2u);  // the repeated 中 is reported once
  std::sort(problems.begin(), problems.end(), [](auto& a, auto& b) { return a.path < b.path; });
  EXPECT_EQ(problems[0].path, "agreements[1].what");
  EXPECT_NE(problems[0].message.find("U+4E2D"), std::string::npos);
  EXPECT_EQ(problems[1].path, "employee.name");
  EXPECT_EQ(problems[1].code, "unsupported_character");
  EXPECT_NE(problems[1].message.find("U+1F600"), std::string::npos);
}

TEST(InputTextCheck, RefusesControlCharactersButKeepsLineBreaks) {
  auto input = parse(R"({"status": "linje 1\nlinje 2\ttab", "bad": "a\u0007b"})");
  Diagnostics problems = normalize_and_check_text(*input, LatinOnlyMetrics());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "bad");
  EXPECT_NE(problems[0].message.find("U+0007"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::render
