// Broken font bytes must give an error Result (or a usable font), never a
// crash or a read outside the bytes. Run under -fsanitize=address to see
// out-of-bounds reads as failures.
#include <gtest/gtest.h>

#include <random>

#include "core/resources.h"
#include "font/sfnt_inspect.h"
#include "font/truetype_font.h"

namespace sygedok::font {
namespace {

std::string regular_bytes() { return std::string(embedded_resources().at("fonts/DejaVuSans.ttf")); }

std::string parse_error(std::string_view bytes) {
  auto font = TrueTypeFont::parse(bytes);
  if (font.ok()) return "";
  EXPECT_EQ(font.diagnostics().at(0).code, "font_invalid");
  return font.diagnostics().at(0).message;
}

// Uses everything a parsed font offers, so that a broken font that parsed
// shows its damage here (under a sanitizer) rather than in a document.
void exercise(const TrueTypeFont& font) {
  std::set<GlyphId> glyphs;
  for (char32_t c = 0; c < 0x3000; c += 7) {
    GlyphId g = font.glyph_for(c);
    (void)font.advance(g);
    glyphs.insert(g);
  }
  (void)font.glyph_for(0x1F600);
  std::string subset = font.subset(glyphs);
  auto again = TrueTypeFont::parse(subset);
  EXPECT_TRUE(again.ok()) << "the subset of a parsed font must parse";
}

TEST(TrueTypeCorruptTest, RejectsEmptyAndGarbage) {
  EXPECT_NE(parse_error(""), "");
  EXPECT_NE(parse_error("not a font at all, just some text"), "");
  EXPECT_NE(parse_error(std::string(4096, '\0')), "");
  EXPECT_NE(parse_error(std::string(4096, '\xff')), "");
  EXPECT_NE(parse_error(std::string("OTTO") + std::string(200, '\0')).find("CFF"), std::string::npos);
  EXPECT_NE(parse_error(std::string("ttcf") + std::string(200, '\0')).find("TTC"), std::string::npos);
}

TEST(TrueTypeCorruptTest, RejectsEveryTruncation) {
  std::string bytes = regular_bytes();
  // The last table may end in up to 3 bytes of padding that no table needs.
  const std::size_t needed = bytes.size() - 3;
  for (std::size_t length = 0; length < needed; length += (length < 2048 ? 1 : 61))
    ASSERT_NE(parse_error(std::string_view(bytes).substr(0, length)), "") << "truncated to " << length;
}

TEST(TrueTypeCorruptTest, NamesTheBrokenTable) {
  const std::string good = regular_bytes();
  auto entry = [&](const char* tag) {
    auto found = testing::find_table(good, tag);
    EXPECT_TRUE(found.has_value()) << tag;
    return found.value_or(testing::DirectoryEntry{});
  };

  std::string bad_magic = good;
  bad_magic[entry("head").offset + 12] ^= 0x55;
  EXPECT_NE(parse_error(bad_magic).find("'head'"), std::string::npos);

  std::string no_subtables = good;
  testing::put_be16(no_subtables, entry("cmap").offset + 2, 0);
  EXPECT_NE(parse_error(no_subtables).find("'cmap'"), std::string::npos);

  std::string no_cmap = good;
  no_cmap[entry("cmap").entry_at + 3] = 'q';  // "cmaq": the table is gone
  auto unmapped = TrueTypeFont::parse(no_cmap);
  ASSERT_TRUE(unmapped.ok()) << "a font program without cmap (a PDF subset) is valid";
  EXPECT_EQ(unmapped.value()->glyph_for('a'), 0);
  EXPECT_GT(unmapped.value()->cap_height(), 0);

  std::string outside = good;
  testing::put_be16(outside, entry("glyf").entry_at + 12, 0xFFFF);  // length far past the end
  EXPECT_NE(parse_error(outside).find("'glyf'"), std::string::npos);

  std::string backwards_loca = good;
  std::size_t loca = entry("loca").offset;
  testing::put_be16(backwards_loca, loca + 2 * 40, testing::be16(good, loca + 2 * 41) + 1);
  testing::put_be16(backwards_loca, loca + 2 * 41, 0);
  EXPECT_NE(parse_error(backwards_loca).find("'loca'"), std::string::npos);

  std::string no_metrics = good;
  testing::put_be16(no_metrics, entry("hhea").offset + 34, 0);
  EXPECT_NE(parse_error(no_metrics).find("'hhea'"), std::string::npos);

  std::string too_many_glyphs = good;
  testing::put_be16(too_many_glyphs, entry("maxp").offset + 4, 0xFFFF);  // loca is too short for that
  EXPECT_NE(parse_error(too_many_glyphs), "");
}

TEST(TrueTypeCorruptTest, SurvivesRandomDamage) {
  const std::string good = regular_bytes();
  // Aim most damage at the structures the parser reads field by field.
  std::vector<std::pair<std::size_t, std::size_t>> regions = {{0, 12 + 16 * testing::read_directory(good).size()}};
  for (const char* tag : {"head", "hhea", "maxp", "cmap", "loca", "post", "name", "OS/2"}) {
    auto entry = testing::find_table(good, tag);
    ASSERT_TRUE(entry) << tag;
    regions.emplace_back(entry->offset, entry->length);
  }
  regions.emplace_back(0, good.size());

  std::mt19937 random(20240611);
  int parsed = 0, rejected = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string bytes = good;
    const auto& [start, length] = regions[random() % regions.size()];
    int damage = 1 + static_cast<int>(random() % 8);
    for (int i = 0; i < damage; ++i) bytes[start + random() % length] = static_cast<char>(random());
    auto font = TrueTypeFont::parse(bytes);
    if (font.ok()) {
      ++parsed;
      exercise(*font.value());
    } else {
      ++rejected;
    }
  }
  // Both outcomes must occur, or the damage missed the parser entirely.
  EXPECT_GT(parsed, 0);
  EXPECT_GT(rejected, 0);
}

}  // namespace
}  // namespace sygedok::font
