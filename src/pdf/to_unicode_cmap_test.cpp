#include "pdf/to_unicode_cmap.h"

#include <gtest/gtest.h>

namespace sygedok::pdf {
namespace {

const std::string kHeader =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n"
    "<0000> <FFFF>\n"
    "endcodespacerange\n";
const std::string kFooter =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

TEST(ToUnicodeCmap, MapsSingleGlyphsIncludingSurrogatePairs) {
  const std::string cmap = to_unicode_cmap({{0x0003, U' '}, {0x00A6, U'æ'}, {0x0123, U'€'}, {0x0456, U'\U0001F600'}});
  EXPECT_EQ(cmap, kHeader +
                      "4 beginbfchar\n"
                      "<0003> <0020>\n"
                      "<00A6> <00E6>\n"
                      "<0123> <20AC>\n"
                      "<0456> <D83DDE00>\n"
                      "endbfchar\n" +
                      kFooter);
}

TEST(ToUnicodeCmap, JoinsConsecutiveGlyphsAndCodePointsIntoRanges) {
  // A B C at glyphs 36-38, then "d" at 39 (not consecutive in Unicode).
  const std::string cmap = to_unicode_cmap({{36, U'A'}, {37, U'B'}, {38, U'C'}, {39, U'd'}});
  EXPECT_EQ(cmap, kHeader +
                      "1 beginbfchar\n"
                      "<0027> <0064>\n"
                      "endbfchar\n"
                      "1 beginbfrange\n"
                      "<0024> <0026> <0041>\n"
                      "endbfrange\n" +
                      kFooter);
}

TEST(ToUnicodeCmap, RangesNeverCarryIntoTheHigherByte) {
  // Glyphs 0x00FF-0x0100 cross a byte boundary; code points U+01FF-U+0200 too.
  const std::string glyph_carry = to_unicode_cmap({{0x00FF, U'a'}, {0x0100, U'b'}});
  EXPECT_EQ(glyph_carry.find("bfrange"), std::string::npos) << glyph_carry;
  const std::string code_carry = to_unicode_cmap({{10, U'\u01FF'}, {11, U'\u0200'}});
  EXPECT_EQ(code_carry.find("bfrange"), std::string::npos) << code_carry;
  const std::string astral = to_unicode_cmap({{10, U'\U0001F600'}, {11, U'\U0001F601'}});
  EXPECT_EQ(astral.find("bfrange"), std::string::npos) << astral;
}

TEST(ToUnicodeCmap, WritesAtMostOneHundredEntriesPerBlock) {
  std::map<std::uint16_t, char32_t> every_other;
  for (std::uint16_t glyph = 0; glyph < 250; ++glyph) every_other[static_cast<std::uint16_t>(glyph * 2)] = U'a';
  const std::string cmap = to_unicode_cmap(every_other);
  EXPECT_NE(cmap.find("100 beginbfchar\n"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfchar\n"), std::string::npos);
  std::size_t blocks = 0;
  for (auto at = cmap.find("endbfchar"); at != std::string::npos; at = cmap.find("endbfchar", at + 1)) ++blocks;
  EXPECT_EQ(blocks, 3u);
}

TEST(ToUnicodeCmap, EmptyMapStillHasACodeSpace) {
  EXPECT_EQ(to_unicode_cmap({}), kHeader + kFooter);
}

}  // namespace
}  // namespace sygedok::pdf
