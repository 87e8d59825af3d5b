#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using namespace testing;

TEST(DumpFrame, SmallDocumentGolden) {
  LayoutStyle style = small_style();
  style.small_size = 10;
  style.h1_space_below = 5;
  style.paragraph_gap = 4;
  style.rule_width = 1;
  style.signature_top_gap = 20;
  style.signature_field_height = 15;
  style.signature_column_gap = 10;
  style.signature_label_gap = 3;
  Table key_value;
  key_value.rows = {cells({"a", "b"})};
  BlockDocument document{{
      heading(1, "Titel"),
      paragraph({text("Hej "), text("verden", true)}),
      Block{key_value},
      Block{ThematicBreak{}},
      table({"Leder", "Medarbejder"}, {{"Mette", "Søren"}}, Table::Role::Signatures,
            {"Underskrift_leder", "Underskrift_medarbejder"}),
  }};
  FakeMetrics metrics;
  auto frame = lay_out(document, metrics, nullptr, style, DocumentInfo{});
  ASSERT_TRUE(frame.ok());
  // Heading: 16 pt, line 21.6, baseline 15.6 below its top; body lines
  // 13.5 with the baseline 9.75 below; spaces collapse (the larger wins).
  // A table row draws its boxes before its text; each item names its
  // structure element, artifacts (borders, rules, the footer) none.
  const std::string expected =
      "page 1 200.00x200.00\n"
      "text 20.00,35.60 B 16 \"Titel\" [H1#1]\n"
      "text 20.00,56.35 R 10 \"Hej \" [P#2]\n"
      "text 40.00,56.35 B 10 \"verden\" [P#2]\n"
      "rect 20.00,64.10 80.00x17.50 stroke 0.60 w1.00\n"
      "rect 100.00,64.10 80.00x17.50 stroke 0.60 w1.00\n"
      "text 22.00,75.85 R 10 \"a\" [TD#5]\n"
      "text 102.00,75.85 R 10 \"b\" [TD#6]\n"
      "line 20.00,86.10 -> 180.00,86.10 w1.00\n"
      "sigfield 20.00,91.60 75.00x15.00 \"Underskrift_leder\" [Form#9]\n"
      "line 20.00,106.60 -> 95.00,106.60 w1.00\n"
      "text 20.00,119.35 R 10 \"Leder\" [P#10]\n"
      "text 20.00,132.85 R 10 \"Mette\" [P#11]\n"
      "sigfield 105.00,91.60 75.00x15.00 \"Underskrift_medarbejder\" [Form#13]\n"
      "line 105.00,106.60 -> 180.00,106.60 w1.00\n"
      "text 105.00,119.35 R 10 \"Medarbejder\" [P#14]\n"
      "text 105.00,132.85 R 10 \"Søren\" [P#15]\n"
      "text 125.00,192.00 R 10 \"Side 1 af 1\"\n"
      "structure\n"
      "Document#0\n"
      "  H1#1\n"
      "  P#2\n"
      "  Table#3\n"
      "    TR#4\n"
      "      TD#5\n"
      "      TD#6\n"
      "  Div#7\n"
      "    Div#8\n"
      "      Form#9 alt=\"Leder\"\n"
      "      P#10\n"
      "      P#11\n"
      "    Div#12\n"
      "      Form#13 alt=\"Medarbejder\"\n"
      "      P#14\n"
      "      P#15\n";
  EXPECT_EQ(dump_frame(frame.value()), expected);
}

TEST(DumpFrame, EscapesQuotesAndShowsFills) {
  FrameDocument document;
  FramePage page;
  page.size = {10, 20};
  TextItem text;
  text.origin = {1.234, -0.001};
  text.style = FontStyle::BoldItalic;
  text.size = 10.5;
  text.text = "Sagt \"ja\" \\ nej";
  page.items.emplace_back(text);
  RectItem rect;
  rect.rect = {1, 2, 3, 4};
  rect.fill = Color{0.1, 0.2, 0.3};
  page.items.emplace_back(rect);
  document.pages.push_back(page);
  EXPECT_EQ(dump_frame(document),
            "page 1 10.00x20.00\n"
            "text 1.23,0.00 BI 10.5 \"Sagt \\\"ja\\\" \\\\ nej\"\n"
            "rect 1.00,2.00 3.00x4.00 fill 0.10/0.20/0.30\n");
}

}  // namespace
}  // namespace sygedok::layout
