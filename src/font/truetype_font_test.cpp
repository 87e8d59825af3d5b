#include "font/truetype_font.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/resources.h"
#include "font/fonttools_judge.h"
#include "font/sfnt_inspect.h"

namespace sygedok::font {
namespace {

constexpr const char* kEmbeddedFaces[] = {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf",
                                          "fonts/DejaVuSans-Oblique.ttf", "fonts/DejaVuSans-BoldOblique.ttf"};
// The full font from Debian's fonts-dejavu-core: long loca offsets, a
// format 12 cmap with code points above U+FFFF, hinting tables, post format 2.
constexpr const char* kSystemFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

std::string_view embedded(const char* name) { return embedded_resources().at(name); }

std::shared_ptr<const TrueTypeFont> parse_ok(std::string_view bytes) {
  auto font = TrueTypeFont::parse(bytes);
  EXPECT_TRUE(font.ok()) << (font.diagnostics().empty() ? "" : font.diagnostics()[0].message);
  return font.ok() ? font.value() : nullptr;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// What fontTools reads from a font: header values by key, and the best
// Unicode cmap as code point -> (glyph id, advance).
struct FontToolsView {
  std::map<std::string, std::string> values;
  std::map<char32_t, std::pair<int, int>> cmap;
};

constexpr std::string_view kDumpScript = R"py(
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
head, hhea, post, cmap = f['head'], f['hhea'], f['post'], f.getBestCmap()
print('upem', head.unitsPerEm)
print('bbox', head.xMin, head.yMin, head.xMax, head.yMax)
print('hhea', hhea.ascent, hhea.descent)
print('italic', post.italicAngle)
print('fixed', 1 if post.isFixedPitch else 0)
print('glyphs', f['maxp'].numGlyphs)
print('psname', f['name'].getName(6, 3, 1, 0x409))
os2 = f['OS/2']
print('cap', getattr(os2, 'sCapHeight', 0) or f['glyf'][cmap[ord('H')]].yMax)
for cp, name in sorted(cmap.items()):
    print('map', cp, f.getGlyphID(name), f['hmtx'][name][0])
)py";

FontToolsView read_with_fonttools(std::string_view font) {
  FontToolsView view;
  auto python = testing::fonttools_python();
  if (!python) {
    ADD_FAILURE() << "no python3 with fontTools (apt-get install python3-fonttools)";
    return view;
  }
  auto result = testing::run_fonttools(*python, kDumpScript, font);
  EXPECT_EQ(result.exit_code, 0) << result.out;
  std::istringstream lines(result.out);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key == "map") {
      long cp = 0;
      int glyph = 0, advance = 0;
      fields >> cp >> glyph >> advance;
      view.cmap[static_cast<char32_t>(cp)] = {glyph, advance};
    } else {
      std::getline(fields >> std::ws, view.values[key]);
    }
  }
  return view;
}

void expect_same_as_fonttools(const TrueTypeFont& font, std::string_view bytes) {
  FontToolsView judge = read_with_fonttools(bytes);
  ASSERT_FALSE(judge.cmap.empty());
  EXPECT_EQ(std::to_string(font.units_per_em()), judge.values["upem"]);
  auto box = font.bbox();
  EXPECT_EQ(std::to_string(box[0]) + " " + std::to_string(box[1]) + " " + std::to_string(box[2]) + " " +
                std::to_string(box[3]),
            judge.values["bbox"]);
  EXPECT_EQ(std::to_string(font.ascender()) + " " + std::to_string(font.descender()), judge.values["hhea"]);
  EXPECT_DOUBLE_EQ(font.italic_angle(), std::stod(judge.values["italic"]));
  EXPECT_EQ(font.is_fixed_pitch() ? "1" : "0", judge.values["fixed"]);
  EXPECT_EQ(std::to_string(font.glyph_count()), judge.values["glyphs"]);
  EXPECT_EQ(font.postscript_name(), judge.values["psname"]);
  EXPECT_EQ(std::to_string(font.cap_height()), judge.values["cap"]);

  int mismatches = 0;
  for (char32_t cp = 0; cp <= 0xFFFF && mismatches < 10; ++cp) {
    auto it = judge.cmap.find(cp);
    int expected = it == judge.cmap.end() ? 0 : it->second.first;
    if (font.glyph_for(cp) != expected) {
      ++mismatches;
      ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(cp) << ": glyph " << std::dec << font.glyph_for(cp)
                    << ", fontTools " << expected;
    }
  }
  for (const auto& [cp, mapped] : judge.cmap) {
    EXPECT_EQ(font.glyph_for(cp), mapped.first) << "U+" << std::hex << static_cast<unsigned>(cp);
    EXPECT_EQ(font.advance(font.glyph_for(cp)), mapped.second) << "U+" << std::hex << static_cast<unsigned>(cp);
  }
  for (char32_t cp : {char32_t{0x1F600}, char32_t{0x10FFFF}, char32_t{0x110000}, char32_t{0xFFFFFFFF}})
    if (!judge.cmap.count(cp)) {
      EXPECT_EQ(font.glyph_for(cp), 0);
    }
}

class EmbeddedFaceTest : public ::testing::TestWithParam<const char*> {};

TEST_P(EmbeddedFaceTest, ReadsWhatFontToolsReads) {
  auto font = parse_ok(embedded(GetParam()));
  ASSERT_TRUE(font);
  expect_same_as_fonttools(*font, embedded(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(AllFaces, EmbeddedFaceTest, ::testing::ValuesIn(kEmbeddedFaces));

TEST(TrueTypeFontTest, ReadsTheFullSystemFontWithLongLocaAndFormat12) {
  if (!std::filesystem::exists(kSystemFont)) GTEST_SKIP() << kSystemFont << " absent (fonts-dejavu-core)";
  std::string bytes = read_file(kSystemFont);
  auto font = parse_ok(bytes);
  ASSERT_TRUE(font);
  EXPECT_EQ(testing::be16(font->table("head"), 50), 1u) << "expected long loca offsets";
  EXPECT_NE(font->glyph_for(0x10300), 0) << "expected a code point above U+FFFF";
  expect_same_as_fonttools(*font, bytes);
}

TEST(TrueTypeFontTest, KnowsTheCharactersDanishDocumentsUse) {
  auto font = parse_ok(embedded("fonts/DejaVuSans.ttf"));
  ASSERT_TRUE(font);
  for (char32_t c : {U'æ', U'ø', U'å', U'Æ', U'Ø', U'Å', U'Ł', U'ş', U'ễ', U'€', U'–', U'“', U'•', U'§', U'½'})
    EXPECT_NE(font->glyph_for(c), 0) << "U+" << std::hex << static_cast<unsigned>(c);
  for (char32_t c : {U'😀', U'Ж', U'α', U'中'}) EXPECT_EQ(font->glyph_for(c), 0);
  EXPECT_GT(font->advance(font->glyph_for('M')), 2 * font->advance(font->glyph_for('i')));
  EXPECT_EQ(font->advance(font->glyph_for('0')), font->advance(font->glyph_for('9')));  // tabular digits
  EXPECT_EQ(font->postscript_name(), "DejaVuSans");
  EXPECT_GT(font->cap_height(), 0);
  EXPECT_LT(font->cap_height(), font->ascender());
  EXPECT_LT(font->descender(), 0);
}

TEST(TrueTypeFontTest, FaceMetricsDifferByStyle) {
  auto regular = parse_ok(embedded("fonts/DejaVuSans.ttf"));
  auto bold = parse_ok(embedded("fonts/DejaVuSans-Bold.ttf"));
  auto oblique = parse_ok(embedded("fonts/DejaVuSans-Oblique.ttf"));
  ASSERT_TRUE(regular && bold && oblique);
  EXPECT_EQ(regular->italic_angle(), 0.0);
  EXPECT_LT(oblique->italic_angle(), -5.0);
  EXPECT_GT(bold->stem_v(), regular->stem_v());
  EXPECT_GT(bold->advance(bold->glyph_for('a')), regular->advance(regular->glyph_for('a')));
  EXPECT_EQ(bold->postscript_name(), "DejaVuSans-Bold");
}

TEST(TrueTypeFontTest, GlyphDataAndTablesAreBounded) {
  auto font = parse_ok(embedded("fonts/DejaVuSans.ttf"));
  ASSERT_TRUE(font);
  EXPECT_TRUE(font->glyph_data(font->glyph_for(' ')).empty());  // a blank glyph has no outline
  EXPECT_GE(font->glyph_data(font->glyph_for('H')).size(), 10u);
  EXPECT_TRUE(font->glyph_data(static_cast<GlyphId>(font->glyph_count())).empty());
  EXPECT_EQ(font->advance(60000), font->advance(0));
  EXPECT_EQ(font->table("head").size(), 54u);
  EXPECT_TRUE(font->table("GSUB").empty());
  EXPECT_TRUE(font->table("he").empty());
}

}  // namespace
}  // namespace sygedok::font
