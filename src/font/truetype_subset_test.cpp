#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/resources.h"
#include "font/fonttools_judge.h"
#include "font/sfnt_inspect.h"
#include "font/truetype_font.h"

namespace sygedok::font {
namespace {

constexpr const char* kSystemFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr std::u32string_view kSampleText = U"Indkaldelse til samtale om sygefravær – Søren Ærø, Łódź, Việt, 1.250 € “ok”";

std::shared_ptr<const TrueTypeFont> load(std::string_view bytes) {
  auto font = TrueTypeFont::parse(bytes);
  EXPECT_TRUE(font.ok()) << (font.diagnostics().empty() ? "" : font.diagnostics()[0].message);
  return font.ok() ? font.value() : nullptr;
}

std::shared_ptr<const TrueTypeFont> regular() { return load(embedded_resources().at("fonts/DejaVuSans.ttf")); }

std::set<GlyphId> glyphs_for(const TrueTypeFont& font, std::u32string_view text) {
  std::set<GlyphId> glyphs;
  for (char32_t c : text) glyphs.insert(font.glyph_for(c));
  return glyphs;
}

// One glyph as fontTools reads it.
struct JudgedGlyph {
  int contours = 0;  // -1 for composites, 0 for blank glyphs
  int advance = 0;
  std::vector<int> components;
};

struct JudgedFont {
  std::uint32_t file_sum = 0;
  std::string tables;
  std::vector<JudgedGlyph> glyphs;
};

constexpr std::string_view kGlyphScript = R"py(
import struct, sys
from fontTools.ttLib import TTFont
data = open(sys.argv[1], 'rb').read()
data += b'\0' * (-len(data) % 4)
print('filesum', sum(struct.unpack('>%dI' % (len(data) // 4), data)) & 0xFFFFFFFF)
f = TTFont(sys.argv[1], checkChecksums=2)  # raises on a wrong table checksum
print('tables', ' '.join(sorted(f.reader.keys())))
glyf, hmtx = f['glyf'], f['hmtx']
for gid, name in enumerate(f.getGlyphOrder()):
    g = glyf[name]
    components = [f.getGlyphID(c.glyphName) for c in g.components] if g.isComposite() else []
    print('glyph', gid, g.numberOfContours, hmtx[name][0], *components)
)py";

JudgedFont judge(std::string_view font) {
  JudgedFont judged;
  auto python = testing::fonttools_python();
  if (!python) {
    ADD_FAILURE() << "no python3 with fontTools (apt-get install python3-fonttools)";
    return judged;
  }
  auto result = testing::run_fonttools(*python, kGlyphScript, font);
  EXPECT_EQ(result.exit_code, 0) << result.out.substr(0, 2000);
  std::istringstream lines(result.out);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key == "filesum") {
      fields >> judged.file_sum;
    } else if (key == "tables") {
      std::getline(fields >> std::ws, judged.tables);
    } else if (key == "glyph") {
      int id;
      JudgedGlyph glyph;
      fields >> id >> glyph.contours >> glyph.advance;
      for (int component; fields >> component;) glyph.components.push_back(component);
      EXPECT_EQ(id, static_cast<int>(judged.glyphs.size()));
      judged.glyphs.push_back(glyph);
    }
  }
  return judged;
}

// Glyph 0, `requested`, and their components, recursively, from fontTools' view.
std::set<int> expected_closure(const JudgedFont& original, const std::set<GlyphId>& requested) {
  std::set<int> kept{0};
  std::vector<int> pending(requested.begin(), requested.end());
  while (!pending.empty()) {
    int g = pending.back();
    pending.pop_back();
    if (!kept.insert(g).second && g != 0) continue;
    for (int c : original.glyphs.at(g).components) pending.push_back(c);
  }
  return kept;
}

void expect_faithful_subset(const TrueTypeFont& font, std::string_view font_bytes, const std::set<GlyphId>& requested) {
  std::string subset = font.subset(requested);
  auto reparsed = load(subset);
  ASSERT_TRUE(reparsed);
  JudgedFont original = judge(font_bytes);
  std::set<int> kept = expected_closure(original, requested);
  // Glyph ids are kept; the font ends at the highest kept glyph.
  const std::size_t count = static_cast<std::size_t>(*kept.rbegin()) + 1;
  ASSERT_EQ(reparsed->glyph_count(), count);
  EXPECT_EQ(reparsed->units_per_em(), font.units_per_em());
  EXPECT_EQ(reparsed->bbox(), font.bbox());
  EXPECT_EQ(reparsed->ascender(), font.ascender());
  EXPECT_EQ(reparsed->italic_angle(), font.italic_angle());
  EXPECT_EQ(reparsed->postscript_name(), font.postscript_name());

  JudgedFont judged = judge(subset);
  ASSERT_EQ(judged.glyphs.size(), count);
  EXPECT_EQ(judged.file_sum, 0xB1B0AFBAu) << "head.checkSumAdjustment";
  EXPECT_EQ(judged.tables.find("cmap"), std::string::npos);

  int composites = 0;
  for (std::size_t g = 0; g < count; ++g) {
    auto id = static_cast<GlyphId>(g);
    if (kept.count(static_cast<int>(g))) {
      ASSERT_EQ(reparsed->advance(id), font.advance(id)) << "glyph " << g;
      EXPECT_EQ(judged.glyphs[g].advance, font.advance(id)) << "glyph " << g;
      ASSERT_EQ(reparsed->glyph_data(id), font.glyph_data(id)) << "glyph " << g;
      EXPECT_EQ(judged.glyphs[g].contours, original.glyphs[g].contours) << "glyph " << g;
      composites += judged.glyphs[g].contours < 0;
    } else {
      ASSERT_TRUE(reparsed->glyph_data(id).empty()) << "glyph " << g << " should have been dropped";
      EXPECT_EQ(reparsed->advance(id), 0) << "metrics of dropped glyph " << g << " should be zeroed";
      EXPECT_EQ(judged.glyphs[g].contours, 0) << "glyph " << g;
    }
  }
  EXPECT_GT(composites, 0) << "the sample should exercise composite glyphs";
  EXPECT_GT(kept.size(), requested.size()) << "components should have been added";
}

TEST(TrueTypeSubsetTest, KeepsIdsAdvancesAndOutlinesOfTheEmbeddedFont) {
  auto font = regular();
  ASSERT_TRUE(font);
  expect_faithful_subset(*font, embedded_resources().at("fonts/DejaVuSans.ttf"), glyphs_for(*font, kSampleText));
}

TEST(TrueTypeSubsetTest, KeepsIdsAdvancesAndOutlinesOfTheFullSystemFont) {
  if (!std::filesystem::exists(kSystemFont)) GTEST_SKIP() << kSystemFont << " absent (fonts-dejavu-core)";
  std::ifstream in(kSystemFont, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto font = load(bytes);
  ASSERT_TRUE(font);
  auto glyphs = glyphs_for(*font, kSampleText);
  expect_faithful_subset(*font, bytes, glyphs);

  std::string subset = font->subset(glyphs);
  EXPECT_EQ(testing::be16(subset, testing::find_table(subset, "head")->offset + 50), 1u) << "long loca kept";
  for (const char* hinting : {"cvt ", "fpgm", "prep"}) EXPECT_TRUE(testing::find_table(subset, hinting)) << hinting;
  EXPECT_LT(subset.size(), bytes.size() / 4);
}

TEST(TrueTypeSubsetTest, WritesAWellFormedTableDirectory) {
  auto font = regular();
  ASSERT_TRUE(font);
  std::string subset = font->subset(glyphs_for(*font, kSampleText));
  auto directory = testing::read_directory(subset);

  std::string tags;
  for (const auto& entry : directory) tags += entry.tag + ",";
  EXPECT_EQ(tags, "OS/2,glyf,head,hhea,hmtx,loca,maxp,name,post,");  // sorted by tag, no cmap
  unsigned count = static_cast<unsigned>(directory.size()), power = 1, log2 = 0;
  while (power * 2 <= count) power *= 2, ++log2;
  EXPECT_EQ(testing::be32(subset, 0), 0x00010000u);
  EXPECT_EQ(testing::be16(subset, 6), power * 16);
  EXPECT_EQ(testing::be16(subset, 8), log2);
  EXPECT_EQ(testing::be16(subset, 10), count * 16 - power * 16);

  for (const auto& entry : directory) {
    EXPECT_EQ(entry.offset % 4, 0u) << entry.tag;
    ASSERT_LE(entry.offset + entry.length, subset.size()) << entry.tag;
    std::string table = subset.substr(entry.offset, entry.length);
    if (entry.tag == "head") table.replace(8, 4, 4, '\0');  // checkSumAdjustment is left out of head's sum
    EXPECT_EQ(testing::word_sum(table), entry.checksum) << entry.tag;
  }
  EXPECT_EQ(subset.size() % 4, 0u);
  EXPECT_EQ(testing::word_sum(subset), 0xB1B0AFBAu);
  EXPECT_EQ(testing::be32(subset, testing::find_table(subset, "post")->offset), 0x00030000u);
}

TEST(TrueTypeSubsetTest, IsDeterministicAndIdempotent) {
  auto font = regular();
  ASSERT_TRUE(font);
  auto glyphs = glyphs_for(*font, kSampleText);
  std::string first = font->subset(glyphs);
  EXPECT_EQ(font->subset(glyphs), first);
  auto reparsed = load(first);
  ASSERT_TRUE(reparsed);
  EXPECT_EQ(reparsed->subset(glyphs), first) << "the subset of a subset with the same glyphs is the same font";
  EXPECT_NE(font->subset(glyphs_for(*font, U"Andet indhold")), first);
}

TEST(TrueTypeSubsetTest, KeepsComponentsOfACompositeGlyph) {
  auto font = regular();
  ASSERT_TRUE(font);
  GlyphId a_grave = font->glyph_for(U'À');
  std::string_view outline = font->glyph_data(a_grave);
  ASSERT_GE(outline.size(), 14u);
  ASSERT_LT(static_cast<std::int16_t>(testing::be16(outline, 0)), 0) << "À is expected to be composite";
  auto first_component = static_cast<GlyphId>(testing::be16(outline, 12));
  ASSERT_NE(first_component, a_grave);

  auto subset = load(font->subset({a_grave}));
  ASSERT_TRUE(subset);
  EXPECT_EQ(subset->glyph_data(a_grave), outline);
  EXPECT_EQ(subset->glyph_data(first_component), font->glyph_data(first_component));
  EXPECT_FALSE(subset->glyph_data(first_component).empty());
  EXPECT_FALSE(subset->glyph_data(0).empty()) << ".notdef is always kept";
  EXPECT_TRUE(subset->glyph_data(font->glyph_for('B')).empty());
}

TEST(TrueTypeSubsetTest, IgnoresGlyphIdsTheFontDoesNotHave) {
  auto font = regular();
  ASSERT_TRUE(font);
  std::string only_notdef = font->subset({});
  EXPECT_EQ(font->subset({60000, 65535}), only_notdef);
  auto parsed = load(only_notdef);
  ASSERT_TRUE(parsed);
  std::size_t outlines = 0;
  for (std::size_t g = 0; g < parsed->glyph_count(); ++g) outlines += !parsed->glyph_data(static_cast<GlyphId>(g)).empty();
  EXPECT_EQ(outlines, 1u);
}

}  // namespace
}  // namespace sygedok::font
