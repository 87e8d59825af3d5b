#include "core/text.h"

#include <gtest/gtest.h>

#include "core/font_metrics.h"

namespace sygedok {
namespace {

TEST(NormalizeNfc, ComposesMarksAndLeavesTextBelowU0300AsItIs) {
  EXPECT_EQ(normalize_nfc("Søren Ærø Åsgaard, Łukasz, Şükrü, ǅ ˚"), "Søren Ærø Åsgaard, Łukasz, Şükrü, ǅ ˚");
  EXPECT_EQ(normalize_nfc("e\u0301"), "\u00E9");                    // é
  EXPECT_EQ(normalize_nfc("Nguye\u0302\u0303n"), "Nguy\u1EC5n");    // ễ
  EXPECT_EQ(normalize_nfc("A\u030A"), "\u00C5");                    // Å
  EXPECT_EQ(normalize_nfc("\u212B"), "\u00C5");                     // Ångström sign → Å
  EXPECT_EQ(normalize_nfc(""), "");
}

TEST(NextCodePoint, StepsOverOneCharacterOrStopsAtInvalidUtf8) {
  std::size_t at = 0;
  EXPECT_EQ(next_code_point("øx", at), U'ø');
  EXPECT_EQ(at, 2u);
  EXPECT_EQ(next_code_point("øx", at), U'x');
  EXPECT_EQ(at, 3u);
  at = 1;
  EXPECT_FALSE(next_code_point("a\xC3", at));
  EXPECT_EQ(at, 1u);
}

// Metrics without a shaper: one glyph per character, at its byte offset.
TEST(FontMetricsShape, DefaultsToOneGlyphPerCharacterWithItsAdvance) {
  class Fixed final : public FontMetrics {
   public:
    bool has_glyph(FontStyle, char32_t) const override { return true; }
    double advance(FontStyle, char32_t c, double size) const override { return c == U'ø' ? size : size / 2; }
    double ascent(FontStyle, double size) const override { return size; }
    double descent(FontStyle, double) const override { return 0; }
  } metrics;
  std::vector<PlacedGlyph> glyphs;
  metrics.shape(FontStyle::Regular, "aøb", 10, glyphs);
  ASSERT_EQ(glyphs.size(), 3u);
  EXPECT_EQ(glyphs[1].cluster, 1u);
  EXPECT_EQ(glyphs[2].cluster, 3u);
  EXPECT_DOUBLE_EQ(glyphs[0].advance + glyphs[1].advance + glyphs[2].advance, 20.0);
}

}  // namespace
}  // namespace sygedok
