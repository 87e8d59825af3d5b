// Face as an independent reader sees it: fontTools reads the same character
// map, advances and metrics from the font, and the same glyphs, advances,
// outlines and components from each subset; shaping kerns and keeps every
// character's cluster.
#include "font/face.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/resources.h"
#include "font/fonttools_judge.h"

namespace sygedok::font {
namespace {

constexpr const char* kEmbeddedFaces[] = {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf",
                                          "fonts/DejaVuSans-Oblique.ttf", "fonts/DejaVuSans-BoldOblique.ttf"};
// The full font from Debian's fonts-dejavu-core: a format 12 cmap with code
// points above U+FFFF, hinting tables, GSUB/GPOS.
constexpr const char* kSystemFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr std::u32string_view kSampleText = U"Indkaldelse til samtale om sygefravær – Søren Ærø, Łódź, Việt, 1.250 € “ok”";

std::string_view embedded(const char* name) { return embedded_resources().at(name); }

std::shared_ptr<const Face> load_ok(std::string_view bytes) {
  auto face = Face::load(bytes);
  EXPECT_TRUE(face.ok()) << (face.diagnostics().empty() ? "" : face.diagnostics()[0].message);
  return face.ok() ? face.value() : nullptr;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Lines "key values…" that a fontTools script printed, by key; "map" and
// "glyph" lines are kept in order.
struct Judged {
  std::map<std::string, std::string> values;
  std::vector<std::string> maps, glyphs;
};

Judged judge(std::string_view script, std::string_view font) {
  Judged judged;
  auto python = testing::fonttools_python();
  if (!python) {
    ADD_FAILURE() << "no python3 with fontTools (apt-get install python3-fonttools)";
    return judged;
  }
  auto result = testing::run_fonttools(*python, script, font);
  EXPECT_EQ(result.exit_code, 0) << result.out.substr(0, 2000);
  std::istringstream lines(result.out);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string key, rest;
    fields >> key;
    std::getline(fields >> std::ws, rest);
    if (key == "map") judged.maps.push_back(rest);
    else if (key == "glyph") judged.glyphs.push_back(rest);
    else judged.values[key] = rest;
  }
  return judged;
}

constexpr std::string_view kFontScript = R"py(
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

void expect_same_as_fonttools(const Face& face, std::string_view bytes) {
  Judged judged = judge(kFontScript, bytes);
  ASSERT_FALSE(judged.maps.empty());
  EXPECT_EQ(std::to_string(face.units_per_em()), judged.values["upem"]);
  const auto box = face.bbox();
  EXPECT_EQ(std::to_string(box[0]) + " " + std::to_string(box[1]) + " " + std::to_string(box[2]) + " " +
                std::to_string(box[3]),
            judged.values["bbox"]);
  EXPECT_EQ(std::to_string(face.ascender()) + " " + std::to_string(face.descender()), judged.values["hhea"]);
  EXPECT_DOUBLE_EQ(face.italic_angle(), std::stod(judged.values["italic"]));
  EXPECT_EQ(face.is_fixed_pitch() ? "1" : "0", judged.values["fixed"]);
  EXPECT_EQ(std::to_string(face.glyph_count()), judged.values["glyphs"]);
  EXPECT_EQ(face.postscript_name(), judged.values["psname"]);
  EXPECT_EQ(std::to_string(face.cap_height()), judged.values["cap"]);
  std::map<char32_t, int> cmap;
  for (const auto& line : judged.maps) {
    std::istringstream fields(line);
    long cp = 0;
    int glyph = 0, advance = 0;
    fields >> cp >> glyph >> advance;
    cmap[static_cast<char32_t>(cp)] = glyph;
    EXPECT_EQ(face.glyph_for(static_cast<char32_t>(cp)), glyph) << "U+" << std::hex << cp;
    EXPECT_EQ(face.advance(static_cast<GlyphId>(glyph)), advance) << "glyph " << glyph;
  }
  int unexpected = 0;
  for (char32_t cp = 0; cp <= 0xFFFF && unexpected < 10; ++cp)
    if (!cmap.count(cp) && face.glyph_for(cp) != 0) ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(cp) << (++unexpected, "");
  for (char32_t cp : {char32_t{0x1F600}, char32_t{0x10FFFF}, char32_t{0x110000}, char32_t{0xFFFFFFFF}})
    if (!cmap.count(cp)) EXPECT_EQ(face.glyph_for(cp), 0);
}

class EmbeddedFace : public ::testing::TestWithParam<const char*> {};

TEST_P(EmbeddedFace, ReadsWhatFontToolsReads) {
  auto face = load_ok(embedded(GetParam()));
  ASSERT_TRUE(face);
  expect_same_as_fonttools(*face, embedded(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(AllFaces, EmbeddedFace, ::testing::ValuesIn(kEmbeddedFaces));

TEST(Face, ReadsTheFullSystemFontWithCodePointsAboveTheBmp) {
  if (!std::filesystem::exists(kSystemFont)) GTEST_SKIP() << kSystemFont << " absent (fonts-dejavu-core)";
  std::string bytes = read_file(kSystemFont);
  auto face = load_ok(bytes);
  ASSERT_TRUE(face);
  EXPECT_NE(face->glyph_for(0x10300), 0) << "expected a code point above U+FFFF";
  expect_same_as_fonttools(*face, bytes);
}

TEST(Face, KnowsTheCharactersDanishDocumentsUse) {
  auto face = load_ok(embedded("fonts/DejaVuSans.ttf"));
  ASSERT_TRUE(face);
  for (char32_t c : {U'æ', U'ø', U'å', U'Æ', U'Ø', U'Å', U'Ł', U'ş', U'ễ', U'€', U'–', U'“', U'•', U'§', U'½'})
    EXPECT_NE(face->glyph_for(c), 0) << "U+" << std::hex << static_cast<unsigned>(c);
  for (char32_t c : {U'😀', U'Ж', U'α', U'中'}) EXPECT_EQ(face->glyph_for(c), 0);
  EXPECT_GT(face->advance(face->glyph_for('M')), 2 * face->advance(face->glyph_for('i')));
  EXPECT_EQ(face->advance(face->glyph_for('0')), face->advance(face->glyph_for('9')));  // tabular digits
  EXPECT_EQ(face->advance(60000), 0);
  EXPECT_EQ(face->postscript_name(), "DejaVuSans");
  EXPECT_GT(face->cap_height(), 0);
  EXPECT_LT(face->cap_height(), face->ascender());
  EXPECT_LT(face->descender(), 0);
}

TEST(Face, MetricsDifferByStyle) {
  auto regular = load_ok(embedded("fonts/DejaVuSans.ttf"));
  auto bold = load_ok(embedded("fonts/DejaVuSans-Bold.ttf"));
  auto oblique = load_ok(embedded("fonts/DejaVuSans-Oblique.ttf"));
  ASSERT_TRUE(regular && bold && oblique);
  EXPECT_EQ(regular->italic_angle(), 0.0);
  EXPECT_LT(oblique->italic_angle(), -5.0);
  EXPECT_GT(bold->stem_v(), regular->stem_v());
  EXPECT_GT(bold->advance(bold->glyph_for('a')), regular->advance(regular->glyph_for('a')));
  EXPECT_EQ(bold->postscript_name(), "DejaVuSans-Bold");
}

TEST(Face, RefusesWhatIsNoFont) {
  for (std::string_view bytes : {std::string_view(), std::string_view("not a font at all"),
                                 embedded("fonts/DejaVuSans.ttf").substr(0, 12)}) {
    auto face = Face::load(bytes);
    ASSERT_FALSE(face.ok());
    EXPECT_EQ(face.diagnostics().front().code, "font_invalid");
  }
}

std::set<GlyphId> glyphs_for(const Face& face, std::u32string_view text) {
  std::set<GlyphId> glyphs;
  for (char32_t c : text) glyphs.insert(face.glyph_for(c));
  return glyphs;
}

constexpr std::string_view kGlyphScript = R"py(
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], checkChecksums=2)  # raises on a wrong table checksum
print('tables', ' '.join(sorted(f.reader.keys())))
glyf, hmtx = f['glyf'], f['hmtx']
for gid, name in enumerate(f.getGlyphOrder()):
    g = glyf[name]
    components = [f.getGlyphID(c.glyphName) for c in g.components] if g.isComposite() else []
    print('glyph', gid, g.numberOfContours, hmtx[name][0], *components)
)py";

// One glyph as fontTools reads it: contours (-1 composite, 0 blank), advance, components.
struct JudgedGlyph {
  int contours = 0, advance = 0;
  std::vector<int> components;
};

std::vector<JudgedGlyph> glyphs_of(const Judged& judged) {
  std::vector<JudgedGlyph> glyphs;
  for (const auto& line : judged.glyphs) {
    std::istringstream fields(line);
    int id;
    JudgedGlyph glyph;
    fields >> id >> glyph.contours >> glyph.advance;
    for (int component; fields >> component;) glyph.components.push_back(component);
    glyphs.push_back(glyph);
  }
  return glyphs;
}

void expect_faithful_subset(const Face& face, std::string_view bytes, const std::set<GlyphId>& requested) {
  const std::string subset = face.subset(requested);
  ASSERT_FALSE(subset.empty());
  const auto original = glyphs_of(judge(kGlyphScript, bytes));
  const Judged judged = judge(kGlyphScript, subset);
  const auto kept_glyphs = glyphs_of(judged);
  // Glyph 0, the requested glyphs and their components keep their ids, outlines and advances.
  std::set<int> kept{0};
  std::vector<int> pending(requested.begin(), requested.end());
  while (!pending.empty()) {
    const int g = pending.back();
    pending.pop_back();
    if (kept.insert(g).second || g == 0)
      for (int c : original.at(g).components) pending.push_back(c);
  }
  ASSERT_GE(kept_glyphs.size(), static_cast<std::size_t>(*kept.rbegin()) + 1);
  int composites = 0;
  for (std::size_t g = 0; g < kept_glyphs.size(); ++g) {
    if (kept.count(static_cast<int>(g))) {
      EXPECT_EQ(kept_glyphs[g].advance, face.advance(static_cast<GlyphId>(g))) << "glyph " << g;
      EXPECT_EQ(kept_glyphs[g].contours, original[g].contours) << "glyph " << g;
      EXPECT_EQ(kept_glyphs[g].components, original[g].components) << "glyph " << g;
      composites += kept_glyphs[g].contours < 0;
    } else {
      EXPECT_EQ(kept_glyphs[g].contours, 0) << "glyph " << g << " should have been dropped (fontTools: " << judged.glyphs[g] << ")";
    }
  }
  EXPECT_GT(composites, 0) << "the sample should exercise composite glyphs";
  EXPECT_GT(kept.size(), requested.size()) << "components should have been added";
  for (const char* table : {"cmap", "GSUB", "GPOS", "GDEF", "kern"})
    EXPECT_EQ(judged.values.at("tables").find(table), std::string::npos) << table;
  for (const char* table : {"glyf", "head", "hhea", "hmtx", "loca", "maxp"})
    EXPECT_NE(judged.values.at("tables").find(table), std::string::npos) << table;
  auto reloaded = Face::load(subset);  // no cmap: a font program, not a font to set text with
  EXPECT_FALSE(reloaded.ok());
}

TEST(FaceSubset, KeepsIdsAdvancesAndOutlinesOfTheEmbeddedFont) {
  auto face = load_ok(embedded("fonts/DejaVuSans.ttf"));
  ASSERT_TRUE(face);
  expect_faithful_subset(*face, embedded("fonts/DejaVuSans.ttf"), glyphs_for(*face, kSampleText));
}

TEST(FaceSubset, KeepsIdsAdvancesAndOutlinesOfTheFullSystemFont) {
  if (!std::filesystem::exists(kSystemFont)) GTEST_SKIP() << kSystemFont << " absent (fonts-dejavu-core)";
  std::string bytes = read_file(kSystemFont);
  auto face = load_ok(bytes);
  ASSERT_TRUE(face);
  auto glyphs = glyphs_for(*face, kSampleText);
  expect_faithful_subset(*face, bytes, glyphs);
  EXPECT_LT(face->subset(glyphs).size(), bytes.size() / 4);
}

TEST(FaceSubset, IsDeterministicAndIgnoresIdsTheFontDoesNotHave) {
  auto face = load_ok(embedded("fonts/DejaVuSans.ttf"));
  ASSERT_TRUE(face);
  auto glyphs = glyphs_for(*face, kSampleText);
  const std::string first = face->subset(glyphs);
  EXPECT_EQ(face->subset(glyphs), first);
  EXPECT_NE(face->subset(glyphs_for(*face, U"Andet indhold")), first);
  EXPECT_EQ(face->subset({60000, 65535}), face->subset({}));
}

// Shaping: kerning pulls "T" and "a" together, each glyph names the byte
// offset of its character, and the advances of unkerned text are the
// font's own.
TEST(FaceShape, KernsAndKeepsEveryCharactersCluster) {
  auto face = load_ok(embedded("fonts/DejaVuSans.ttf"));
  ASSERT_TRUE(face);
  const auto ta = face->shape("Ta");
  ASSERT_EQ(ta.size(), 2u);
  EXPECT_LT(ta[0].advance + ta[1].advance, face->advance(face->glyph_for('T')) + face->advance(face->glyph_for('a')))
      << "GPOS kerning should pull T and a together";
  const auto word = face->shape("Søren Ærø");
  ASSERT_EQ(word.size(), 9u);
  const std::uint32_t clusters[] = {0, 1, 3, 4, 5, 6, 7, 9, 10};  // byte offsets (ø and Æ take two bytes)
  for (std::size_t i = 0; i < word.size(); ++i) EXPECT_EQ(word[i].cluster, clusters[i]) << i;
  EXPECT_EQ(word[1].glyph, face->glyph_for(U'ø'));
  EXPECT_EQ(face->shape("fi").size(), 2u) << "no ligatures";
  const auto missing = face->shape("中");
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].glyph, 0);
}

}  // namespace
}  // namespace sygedok::font
