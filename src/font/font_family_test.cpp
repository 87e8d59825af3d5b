#include "font/font_family.h"

#include <gtest/gtest.h>

#include "core/resources.h"

namespace sygedok::font {
namespace {

constexpr FontStyle kStyles[] = {FontStyle::Regular, FontStyle::Bold, FontStyle::Italic, FontStyle::BoldItalic};

std::shared_ptr<const FontFamily> family() {
  static auto loaded = FontFamily::load_embedded();
  EXPECT_TRUE(loaded.ok()) << (loaded.diagnostics().empty() ? "" : loaded.diagnostics()[0].message);
  return loaded.ok() ? loaded.value() : nullptr;
}

TEST(FontFamilyTest, LoadsFourDistinctFaces) {
  auto fonts = family();
  ASSERT_TRUE(fonts);
  EXPECT_EQ(fonts->face(FontStyle::Regular).postscript_name(), "DejaVuSans");
  EXPECT_EQ(fonts->face(FontStyle::Bold).postscript_name(), "DejaVuSans-Bold");
  EXPECT_EQ(fonts->face(FontStyle::Italic).postscript_name(), "DejaVuSans-Oblique");
  EXPECT_EQ(fonts->face(FontStyle::BoldItalic).postscript_name(), "DejaVuSans-BoldOblique");
}

TEST(FontFamilyTest, EveryStyleHasTheCharactersTheSubsetPromises) {
  auto fonts = family();
  ASSERT_TRUE(fonts);
  std::u32string promised = U"æøåÆØÅéüöäß§½«»ŁłşŞőčĆžșțǎễậữ€–—‘’“”„•…‰№™−→≤≥≈≠☐☑✓✗\u00A0\u2009\u00AD";
  for (char32_t c = 0x20; c < 0x7F; ++c) promised += c;
  for (char32_t c = 0xA0; c <= 0x24F; ++c) promised += c;  // Latin-1, Latin Extended-A and -B
  for (char32_t c = 0x1EA0; c <= 0x1EF9; ++c) promised += c;  // Vietnamese
  for (FontStyle style : kStyles)
    for (char32_t c : promised)
      EXPECT_TRUE(fonts->has_glyph(style, c)) << "style " << static_cast<int>(style) << " U+" << std::hex
                                              << static_cast<unsigned>(c);
}

TEST(FontFamilyTest, LacksWhatTheSubsetLeftOut) {
  auto fonts = family();
  ASSERT_TRUE(fonts);
  for (FontStyle style : kStyles)
    for (char32_t c : {U'😀', U'Ж', U'Ω', U'中', U'ɐ', char32_t{0x110000}}) EXPECT_FALSE(fonts->has_glyph(style, c));
}

TEST(FontFamilyTest, AdvancesScaleWithSizeAndDifferByLetterAndWeight) {
  auto fonts = family();
  ASSERT_TRUE(fonts);
  const Face& regular = fonts->face(FontStyle::Regular);
  double m = fonts->advance(FontStyle::Regular, 'M', 10);
  EXPECT_DOUBLE_EQ(m, regular.advance(regular.glyph_for('M')) * 10.0 / regular.units_per_em());
  EXPECT_GT(m, 2 * fonts->advance(FontStyle::Regular, 'i', 10));
  EXPECT_DOUBLE_EQ(fonts->advance(FontStyle::Regular, 'M', 20), 2 * m);
  EXPECT_GT(fonts->advance(FontStyle::Bold, 'M', 10), m);
  EXPECT_GT(m, 5.0);  // an em square of 10 pt: an M is most of it
  EXPECT_LT(m, 10.0);
  // Missing characters measure as .notdef.
  EXPECT_DOUBLE_EQ(fonts->advance(FontStyle::Regular, U'😀', 10),
                   regular.advance(0) * 10.0 / regular.units_per_em());
}

TEST(FontFamilyTest, LineMetricsComeFromHhea) {
  auto fonts = family();
  ASSERT_TRUE(fonts);
  const Face& regular = fonts->face(FontStyle::Regular);
  double ascent = fonts->ascent(FontStyle::Regular, 10);
  double descent = fonts->descent(FontStyle::Regular, 10);
  EXPECT_DOUBLE_EQ(ascent, regular.ascender() * 10.0 / regular.units_per_em());
  EXPECT_GT(descent, 0);
  // DejaVu Sans: hhea 1901 / -483 of 2048, a line box of about 1.16 em.
  EXPECT_NEAR(ascent + descent, 10 * (1901.0 + 483.0) / 2048.0, 1e-9);
  EXPECT_DOUBLE_EQ(fonts->ascent(FontStyle::BoldItalic, 12), 1.2 * ascent);
}

TEST(FontFamilyTest, ReportsABrokenFaceByStyle) {
  const auto& resources = embedded_resources();
  std::string_view good = resources.at("fonts/DejaVuSans.ttf");
  auto broken = FontFamily::from_bytes({good, "garbage", good, good.substr(0, 100)});
  ASSERT_FALSE(broken.ok());
  ASSERT_EQ(broken.diagnostics().size(), 2u);
  EXPECT_NE(broken.diagnostics()[0].message.find("fed"), std::string::npos);
  EXPECT_NE(broken.diagnostics()[1].message.find("fed kursiv"), std::string::npos);
  EXPECT_EQ(broken.diagnostics()[0].code, "font_invalid");

  auto fonts = family();
  ASSERT_TRUE(fonts);
  std::string without_cmap = fonts->face(FontStyle::Regular).subset({});
  auto subset = FontFamily::from_bytes({good, good, good, without_cmap});
  ASSERT_FALSE(subset.ok()) << "a font program without cmap cannot serve layout";
  EXPECT_NE(subset.diagnostics()[0].message.find("tegntabel"), std::string::npos);

  auto same_face_four_times = FontFamily::from_bytes({good, good, good, good});
  ASSERT_TRUE(same_face_four_times.ok());
  EXPECT_EQ(same_face_four_times.value()->advance(FontStyle::Bold, 'M', 10),
            same_face_four_times.value()->advance(FontStyle::Regular, 'M', 10));
}

// Shaped text in points: kerning ("Ta" narrower than T and a apart), word
// by word with clusters across the whole text, the same from the cache.
TEST(FontFamilyTest, ShapesWithKerningWordByWord) {
  auto family = FontFamily::load_embedded();
  ASSERT_TRUE(family.ok());
  const FontFamily& fonts = *family.value();
  std::vector<PlacedGlyph> ta;
  fonts.shape(FontStyle::Regular, "Ta", 10, ta);
  ASSERT_EQ(ta.size(), 2u);
  EXPECT_LT(ta[0].advance + ta[1].advance,
            fonts.advance(FontStyle::Regular, U'T', 10) + fonts.advance(FontStyle::Regular, U'a', 10) - 0.1);
  std::vector<PlacedGlyph> first, second;
  fonts.shape(FontStyle::Bold, "Ærø  Tå", 12, first);
  fonts.shape(FontStyle::Bold, "Ærø  Tå", 12, second);
  ASSERT_EQ(first.size(), 7u);
  const std::uint32_t clusters[] = {0, 2, 3, 5, 6, 7, 8};
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].cluster, clusters[i]) << i;
    EXPECT_EQ(first[i].glyph, second[i].glyph) << i;
    EXPECT_DOUBLE_EQ(first[i].advance, second[i].advance) << i;
  }
  EXPECT_EQ(first[1].glyph, fonts.face(FontStyle::Bold).glyph_for(U'r'));
}

}  // namespace
}  // namespace sygedok::font
