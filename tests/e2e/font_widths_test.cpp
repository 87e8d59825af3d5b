// The widths a PDF states for its fonts (/W of each CIDFontType2) are the
// advances of the glyphs in the font program it embeds, as fontTools reads
// that program's hmtx: a viewer that positions by /W and one that reads the
// font draw the same text at the same places; the kerning is in the
// content (TJ), not in the widths.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <sstream>

#include "pdf_objects.h"
#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

// glyph id -> advance in thousandths of an em, from the program's hmtx.
std::map<int, int> hmtx_of(const std::string& program, const TempDir& dir) {
  write_text(dir.path() / "font.ttf", program);
  write_text(dir.path() / "hmtx.py",
             "import sys\n"
             "from fontTools.ttLib import TTFont\n"
             "f = TTFont(sys.argv[1])\n"
             "upem = f['head'].unitsPerEm\n"
             "for gid, name in enumerate(f.getGlyphOrder()):\n"
             "    print(gid, round(f['hmtx'][name][0] * 1000 / upem))\n");
  auto judged = run("/usr/bin/python3 " + quote((dir.path() / "hmtx.py").string()) + " " +
                    quote((dir.path() / "font.ttf").string()));
  EXPECT_EQ(judged.exit_code, 0) << judged.err;
  std::map<int, int> advances;
  std::istringstream lines(judged.out);
  for (int gid, width; lines >> gid >> width;) advances[gid] = width;
  return advances;
}

class FontWidths : public ::testing::TestWithParam<Sample> {};

TEST_P(FontWidths, MatchTheEmbeddedProgramsAdvances) {
  PdfObjects pdf(rendered_pdf(GetParam()));
  ASSERT_TRUE(pdf.ok()) << pdf.error();
  int fonts = 0;
  pdf.for_each([&](const std::string& ref, const Poco::Dynamic::Var& value, bool) {
    auto font = pdf.dict(value);
    if (!font || !font->has("/Subtype") || string_of(font->get("/Subtype")) != "/CIDFontType2") return;
    ++fonts;
    auto descriptor = pdf.dict(font->get("/FontDescriptor"));
    ASSERT_TRUE(descriptor) << ref;
    TempDir dir;
    const std::map<int, int> hmtx = hmtx_of(pdf.stream_data(descriptor->get("/FontFile2")), dir);
    ASSERT_FALSE(hmtx.empty()) << ref;
    auto w = pdf.array(font->get("/W"));
    ASSERT_TRUE(w) << ref;
    int checked = 0;
    for (std::size_t i = 0; i + 1 < w->size(); i += 2) {
      const int first = static_cast<int>(number_of(pdf.resolve(w->get(i))));
      auto widths = pdf.array(w->get(i + 1));
      ASSERT_TRUE(widths) << ref << ": /W in the form first [w …]";
      for (std::size_t k = 0; k < widths->size(); ++k, ++checked) {
        const int gid = first + static_cast<int>(k);
        ASSERT_TRUE(hmtx.count(gid)) << ref << ": glyph " << gid << " is not in the font program";
        EXPECT_EQ(static_cast<int>(std::lround(number_of(widths->get(k)))), hmtx.at(gid)) << ref << " glyph " << gid;
      }
    }
    EXPECT_GT(checked, 10) << ref;
  });
  EXPECT_GE(fonts, 1);
}

INSTANTIATE_TEST_SUITE_P(Samples, FontWidths, ::testing::ValuesIn(all_samples()), sample_test_name);

}  // namespace
}  // namespace sygedok::e2e
