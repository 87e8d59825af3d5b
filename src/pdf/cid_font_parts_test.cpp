#include "pdf/cid_font_parts.h"

#include <gtest/gtest.h>

#include <string>

namespace sygedok::pdf {
namespace {

TEST(CompactWidths, UsesTheMostFrequentWidthAsDefaultAndRunsForTheRest) {
  const CidWidths widths = compact_widths({{3, 318}, {36, 684}, {37, 686}, {38, 698}, {40, 632}, {68, 613},
                                           {69, 635}, {70, 550}, {71, 635}, {72, 615}, {81, 634}, {82, 612},
                                           {86, 521}, {87, 392}, {88, 634}});
  // 635 and 634 appear twice each; the smaller wins the tie.
  EXPECT_EQ(widths.default_width, 634);
  ASSERT_EQ(widths.runs.size(), 6u);
  EXPECT_EQ(widths.runs[0].first, 3);
  EXPECT_EQ(widths.runs[0].widths, std::vector<int>({318}));
  EXPECT_EQ(widths.runs[1].first, 36);
  EXPECT_EQ(widths.runs[1].widths, std::vector<int>({684, 686, 698}));
  EXPECT_EQ(widths.runs[2].first, 40);
  EXPECT_EQ(widths.runs[3].first, 68);
  EXPECT_EQ(widths.runs[3].widths, std::vector<int>({613, 635, 550, 635, 615}));
  EXPECT_EQ(widths.runs[4].first, 82);  // 81 has the default width
  EXPECT_EQ(widths.runs[4].widths, std::vector<int>({612}));
  EXPECT_EQ(widths.runs[5].first, 86);
  EXPECT_EQ(widths.runs[5].widths, std::vector<int>({521, 392}));
}

TEST(CompactWidths, EmptyAndUniform) {
  EXPECT_TRUE(compact_widths({}).runs.empty());
  const CidWidths uniform = compact_widths({{5, 600}, {9, 600}});
  EXPECT_EQ(uniform.default_width, 600);
  EXPECT_TRUE(uniform.runs.empty());
}

TEST(GlyphSpaceWidth, ScalesFontUnitsToThousandthsOfAnEm) {
  EXPECT_EQ(glyph_space_width(1255, 2048), 613);
  EXPECT_EQ(glyph_space_width(651, 2048), 318);
  EXPECT_EQ(glyph_space_width(500, 1000), 500);
  EXPECT_EQ(glyph_space_width(500, 0), 0);
}

TEST(SubsetTag, IsSixUppercaseLettersFixedByTheGlyphSetAndName) {
  const std::string tag = subset_tag({3, 36, 68}, "DejaVuSans");
  ASSERT_EQ(tag.size(), 6u);
  for (char c : tag) EXPECT_TRUE(c >= 'A' && c <= 'Z') << tag;
  EXPECT_EQ(subset_tag({3, 36, 68}, "DejaVuSans"), tag);
  EXPECT_NE(subset_tag({3, 36, 69}, "DejaVuSans"), tag);
  EXPECT_NE(subset_tag({3, 36, 68}, "DejaVuSans-Bold"), tag);
}

TEST(FontDescriptorFlags, SymbolicPlusPitchAndSlant) {
  EXPECT_EQ(font_descriptor_flags(false, 0), 4);
  EXPECT_EQ(font_descriptor_flags(false, -11), 4 | 64);
  EXPECT_EQ(font_descriptor_flags(true, 0), 4 | 1);
}

}  // namespace
}  // namespace sygedok::pdf
