// The drawing operators of a page, compared as text (as PoDoFo tests its
// painter): number formatting, state elision, relative text positioning,
// the y flip, and that write_pdf puts exactly these operators in the page.
#include "pdf/content_stream.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "pdf/page_painter.h"
#include "pdf/pdf_writer.h"

namespace sygedok::pdf {
namespace {

using namespace std::string_literals;

TEST(AppendNumber, WritesAtMostTheGivenDecimalsWithoutTrailingZeros) {
  EXPECT_EQ(format_number(12), "12");
  EXPECT_EQ(format_number(10.5), "10.5");
  EXPECT_EQ(format_number(10.50001), "10.5");
  EXPECT_EQ(format_number(595.27559), "595.28");
  EXPECT_EQ(format_number(0.05), "0.05");
  EXPECT_EQ(format_number(0.004), "0");
  EXPECT_EQ(format_number(-0.004), "0");
  EXPECT_EQ(format_number(-14.25), "-14.25");
  EXPECT_EQ(format_number(0.4, 3), "0.4");
  EXPECT_EQ(format_number(0.0625, 3), "0.063");
  EXPECT_EQ(format_number(1.0005, 3), "1.001");
  EXPECT_EQ(format_number(7.999, 2), "8");
  EXPECT_EQ(format_number(123456.789, 0), "123457");
}

TEST(AppendNumber, NeverWritesAnExponentOrNotANumber) {
  EXPECT_EQ(format_number(1e300), "1000000000");
  EXPECT_EQ(format_number(-1e300), "-1000000000");
  EXPECT_EQ(format_number(0.0 / 0.0), "0");
}

TEST(ContentStream, LeavesOutStateThatDoesNotChange) {
  ContentStream content;
  content.set_fill_color({1, 0, 0});
  content.set_fill_color({1, 0, 0});
  content.set_stroke_color(Color::gray(0.5));
  content.set_line_width(0.75);
  content.set_line_width(0.75);
  content.set_line_width(1);
  EXPECT_EQ(content.text(), "1 0 0 rg\n0.5 0.5 0.5 RG\n0.75 w\n1 w\n");
}

TEST(ContentStream, PositionsTextRelativeToThePreviousLineWithoutDrift) {
  ContentStream content;
  content.begin_text();
  content.set_font("F1", 10.5);
  content.move_text_to(70.866, 771.024);
  content.show_glyphs({0x24, 0x4B});
  content.set_font("F1", 10.5);
  content.move_text_to(70.866, 756.524);
  content.show_glyphs({0x1FF});
  content.move_text_to(85.04, 742.024);
  content.end_text();
  content.begin_text();
  content.move_text_to(10, 20);
  content.end_text();
  EXPECT_EQ(content.text(),
            "BT\n/F1 10.5 Tf\n70.87 771.02 Td\n(\0$\0K) Tj\n0 -14.5 Td\n(\1\xFF) Tj\n14.17 -14.5 Td\nET\n"
            "BT\n10 20 Td\nET\n"s);
}

TEST(ContentStream, EscapesTheGlyphBytesALiteralStringCannotHoldRaw) {
  ContentStream content;
  // ',' '(' ')' '\' LF in the low byte, '(' in the high byte.
  content.show_glyphs({0x0D, 0x28, 0x29, 0x5C, 0x0A, 0x2801});
  EXPECT_EQ(content.text(), "(\0\\r\0\\(\0\\)\0\\\\\0\n\\(\1) Tj\n"s);
  ContentStream kerned;
  kerned.show_glyphs({0x0D, 0x28}, {-15, 0});
  EXPECT_EQ(kerned.text(), "[(\0\\r)-15(\0\\()] TJ\n"s);
}

TEST(ContentStream, DrawsPaths) {
  ContentStream content;
  content.move_to(10, 20.5);
  content.line_to(30.125, 20.5);
  content.stroke();
  content.rectangle(1, 2, 3, 4);
  content.fill();
  content.rectangle(0, 0, 5, 5);
  content.fill_and_stroke();
  EXPECT_EQ(content.text(), "10 20.5 m\n30.13 20.5 l\nS\n1 2 3 4 re\nf\n0 0 5 5 re\nB\n");
}

const font::FontFamily& fonts() {
  static const auto family = font::FontFamily::load_embedded();
  if (!family) {
    ADD_FAILURE() << family.diagnostics().front().message;
    std::abort();
  }
  return *family.value();
}

// The literal string of the glyphs of `text` in `style`, looked up in the
// real font: two bytes a glyph, "\\", "(", ")" and CR escaped.
std::string glyph_string(FontStyle style, std::u32string_view text) {
  std::string bytes = "(";
  for (char32_t c : text) {
    const std::uint16_t glyph = fonts().face(style).glyph_for(c);
    for (const char byte : {static_cast<char>(glyph >> 8), static_cast<char>(glyph & 0xFF)}) {
      if (byte == '\\' || byte == '(' || byte == ')') bytes += '\\';
      bytes += byte == '\r' ? std::string("\\r") : std::string(1, byte);
    }
  }
  return bytes + ")";
}

FramePage sample_page() {
  FramePage page;
  page.size = {595.28, 841.89};
  page.items.push_back(TextItem{{72, 100}, FontStyle::Bold, 14, "Referat", {}, kArtifact, {}});
  page.items.push_back(TextItem{{72, 120}, FontStyle::Regular, 10.5, "Søren", {}, kArtifact, {}});
  page.items.push_back(TextItem{{90, 134.5}, FontStyle::Regular, 10.5, "Ærø", {0.2, 0.2, 0.2}, kArtifact, {}});
  page.items.push_back(LineItem{{72, 140}, {523.28, 140}, 0.5, Color::gray(0.4)});
  page.items.push_back(RectItem{{72, 150, 200, 30}, Color::gray(0.95), std::nullopt, 0.75});
  page.items.push_back(RectItem{{72, 150, 200, 30}, std::nullopt, Color::gray(0.4), 0.5});
  page.items.push_back(RectItem{{300, 150, 100, 20}, Color{1, 1, 1}, Color{0, 0, 0.5}, 1});
  page.items.push_back(SignatureFieldItem{{72, 700, 200, 50}, "Underskrift_leder"});
  page.items.push_back(TextItem{{72, 820}, FontStyle::Italic, 8, "Side 1", Color::gray(0.4), kArtifact, {}});
  return page;
}

std::string expected_content() {
  return "BT\n"
         "0 0 0 rg\n"
         "/F2 14 Tf\n"
         "72 741.89 Td\n" +
         glyph_string(FontStyle::Bold, U"Referat") + " Tj\n" +
         "/F1 10.5 Tf\n"
         "0 -20 Td\n" +
         // The font kerns "ø" and "r" (GPOS): 22/1000 em back, as a TJ adjustment.
         "[" + glyph_string(FontStyle::Regular, U"Sør") + "22" + glyph_string(FontStyle::Regular, U"en") + "] TJ\n" +
         "0.2 0.2 0.2 rg\n"
         "18 -14.5 Td\n" +
         glyph_string(FontStyle::Regular, U"Ærø") + " Tj\n" +
         "ET\n"
         "0.4 0.4 0.4 RG\n"
         "0.5 w\n"
         "72 701.89 m\n"
         "523.28 701.89 l\n"
         "S\n"
         "0.95 0.95 0.95 rg\n"
         "72 661.89 200 30 re\n"
         "f\n"
         "72 661.89 200 30 re\n"
         "S\n"
         "1 1 1 rg\n"
         "0 0 0.5 RG\n"
         "1 w\n"
         "300 671.89 100 20 re\n"
         "B\n"
         "BT\n"
         "0.4 0.4 0.4 rg\n"
         "/F3 8 Tf\n"
         "72 21.89 Td\n" +
         glyph_string(FontStyle::Italic, U"Side 1") + " Tj\n" +
         "ET\n";
}

TEST(PagePainter, WritesTheOperatorsOfEveryItemWithYFlipped) {
  HpdfDocument document(false);
  FontEmbedder embedder(document, fonts());
  const FramePage page = sample_page();
  PagePainter painter(embedder, page.size.height);
  for (const auto& item : page.items) painter.paint(item);
  EXPECT_EQ(painter.finish(), expected_content());
  EXPECT_TRUE(painter.used_styles()[static_cast<int>(FontStyle::Regular)]);
  EXPECT_TRUE(painter.used_styles()[static_cast<int>(FontStyle::Bold)]);
  EXPECT_TRUE(painter.used_styles()[static_cast<int>(FontStyle::Italic)]);
  EXPECT_FALSE(painter.used_styles()[static_cast<int>(FontStyle::BoldItalic)]);
  EXPECT_TRUE(painter.missing_characters().empty());
}

TEST(PagePainter, CollectsMissingCharactersAndSkipsEmptyRuns) {
  HpdfDocument document(false);
  FontEmbedder embedder(document, fonts());
  PagePainter painter(embedder, 800);
  painter.paint(TextItem{{10, 10}, FontStyle::Regular, 10, "", {}, kArtifact, {}});
  painter.paint(TextItem{{10, 20}, FontStyle::Bold, 10, "\xE4\xB8\xAD", {}, kArtifact, {}});  // U+4E2D only
  EXPECT_EQ(painter.finish(), "");
  EXPECT_EQ(painter.missing_characters(), std::set<char32_t>{U'\u4E2D'});
  EXPECT_FALSE(painter.used_styles()[static_cast<int>(FontStyle::Bold)]);
}

TEST(PdfWriterContent, PutsThePaintedOperatorsIntoThePage) {
  FrameDocument document;
  document.pages.push_back(sample_page());
  auto pdf = write_pdf(document, fonts(), {.compress = false});
  ASSERT_TRUE(pdf.ok()) << pdf.diagnostics().front().message;
  EXPECT_NE(pdf.value().find("stream\r\n" + expected_content() + "\nendstream"), std::string::npos);
  EXPECT_NE(pdf.value().find("/Font <<\n/F1 "), std::string::npos);
  EXPECT_EQ(pdf.value().find("/F4 "), std::string::npos);  // bold italic is not used
  EXPECT_EQ(pdf.value().find("/ProcSet ["), std::string::npos);  // the CMap mentions /ProcSet itself
}

}  // namespace
}  // namespace sygedok::pdf
