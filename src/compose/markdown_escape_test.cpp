#include "compose/markdown_escape.h"

#include <gtest/gtest.h>

#include "compose/template_data.h"
#include "markup/markdown_parser.h"

namespace sygedok::compose {
namespace {

// Text that means something in Markdown, as a person might type it.
const std::vector<std::string> kTrickyValues = {
    "*Anna* [x] <b>",
    "1. maj",
    "12) tolv",
    "# Ikke en overskrift #",
    "- ikke et punkt",
    "+ heller ikke",
    "> ikke et citat",
    "a | b | c",
    "&amp; &#230; &oslash;",
    "_understreget_ og __fed__",
    "`kode` og ``mere``",
    "~~gennemstreget~~",
    "[link](http://eksempel.example) ![billede](x.png)",
    "<!-- sygedok:signatures A B -->",
    "<http://eksempel.example>",
    "bag\\skråstreg\\",
    "---",
    "===",
    "***",
    "2026-12-07",
    "Søren Ærø Åsgaard",
    "O'Connor \"citat\" 100 % $5 {x} (y) @z ^ = ! ? ; :",
    "    indrykket som kode",
    "[^1] fodnote",
};

std::string collapse_spaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// All text of the blocks, with spans joined.
std::string plain(const Inlines& spans) {
  std::string out;
  for (const auto& span : spans) out += span.kind == Span::Kind::HardBreak ? "\n" : span.text;
  return out;
}

TEST(MarkdownEscape, EscapesWhatMarkdownWouldInterpret) {
  EXPECT_EQ(escape_markdown("*Anna* [x] <b>"), "\\*Anna\\* \\[x\\] \\<b\\>");
  EXPECT_EQ(escape_markdown("1. maj"), "1\\. maj");
  EXPECT_EQ(escape_markdown("- punkt"), "\\- punkt");
  EXPECT_EQ(escape_markdown("a-b 1. c"), "a-b 1. c");  // only at the start of the value
  EXPECT_EQ(escape_markdown("a | b"), "a \\| b");
  EXPECT_EQ(escape_markdown("Søren Ærø, Rådhuset 2."), "Søren Ærø, Rådhuset 2.");
}

TEST(MarkdownEscape, WhitespaceRunsBecomeOneSpace) {
  EXPECT_EQ(escape_markdown("linje 1\nlinje 2\r\n\tlinje 3"), "linje 1 linje 2 linje 3");
  EXPECT_EQ(escape_markdown("to  mellemrum"), "to mellemrum");
  EXPECT_EQ(escape_markdown("slut  \n"), "slut");  // never a hard line break
  EXPECT_EQ(escape_markdown("  - indrykket"), "\\- indrykket");
}

// Each value placed where templates place values must come back as typed.
TEST(MarkdownEscape, RoundTripsThroughTheMarkdownParserInEveryPlace) {
  for (const auto& value : kTrickyValues) {
    const std::string v = escape_markdown(value);
    const std::string markdown = "Før\n" + v + "\n\n" +      // a paragraph line of its own
                                 v + "\n\n" +                // a paragraph
                                 "- " + v + "\n\n" +         // a list item
                                 "## " + v + "\n\n" +        // a heading
                                 "**" + v + "**\n\n" +       // bold
                                 "*" + v + "*\n\n" +         // italic
                                 "| a | b |\n|---|---|\n| " + v + " | x |\n";  // a table cell
    auto parsed = markup::parse_markdown(markdown);
    ASSERT_TRUE(parsed.ok()) << value;
    const auto& blocks = parsed.value().blocks;
    ASSERT_EQ(blocks.size(), 7u) << value << "\n" << markdown;
    const std::string expected = collapse_spaces(value);
    EXPECT_EQ(plain(std::get<Paragraph>(blocks[0].node).text), "Før " + expected) << markdown;
    EXPECT_EQ(plain(std::get<Paragraph>(blocks[1].node).text), expected) << markdown;
    const auto& list = std::get<List>(blocks[2].node);
    ASSERT_EQ(list.items.size(), 1u) << markdown;
    EXPECT_EQ(plain(std::get<Paragraph>(list.items[0][0].node).text), expected) << markdown;
    EXPECT_EQ(plain(std::get<Heading>(blocks[3].node).text), expected) << markdown;
    const auto& bold = std::get<Paragraph>(blocks[4].node).text;
    EXPECT_EQ(plain(bold), expected) << markdown;
    for (const auto& span : bold) EXPECT_TRUE(span.bold) << markdown;
    const auto& italic = std::get<Paragraph>(blocks[5].node).text;
    EXPECT_EQ(plain(italic), expected) << markdown;
    for (const auto& span : italic) EXPECT_TRUE(span.italic && !span.bold) << markdown;
    const auto& table = std::get<Table>(blocks[6].node);
    ASSERT_EQ(table.rows.size(), 1u) << markdown;
    EXPECT_EQ(plain(table.rows[0][0]), expected) << markdown;
    EXPECT_EQ(plain(table.rows[0][1]), "x") << markdown;
    EXPECT_EQ(table.role, Table::Role::Plain) << markdown;
  }
}

TEST(MarkdownEscape, CollapsesBlankLines) {
  EXPECT_EQ(collapse_blank_lines("\n\n# A\n\n\n  \nB  \nC\n\n\n"), "# A\n\nB  \nC\n");
  EXPECT_EQ(collapse_blank_lines("x"), "x\n");
  EXPECT_EQ(collapse_blank_lines(""), "");
}

TEST(TemplateData, SplitsParagraphsAtBlankLines) {
  EXPECT_EQ(split_paragraphs("Et.\nTo.\n\n  \nTre.\n"), (std::vector<std::string>{"Et.\nTo.", "Tre."}));
  EXPECT_EQ(split_paragraphs("  Kun ét  "), (std::vector<std::string>{"Kun ét"}));
  EXPECT_TRUE(split_paragraphs(" \n\n ").empty());
}

TEST(NameField, MarksPassTheEscapingAsNeitherTextNorSpace) {
  EXPECT_EQ(name_field("Søren"), "\u2068Søren\u2069");
  EXPECT_EQ(escape_markdown(name_field(" - Anna *B* ")), "\u2068\\- Anna \\*B\\*\u2069");
  EXPECT_EQ(escape_markdown("Til " + name_field("Bo") + " (TR)"), "Til \u2068Bo\u2069 (TR)");
}

}  // namespace
}  // namespace sygedok::compose
