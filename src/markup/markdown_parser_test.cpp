#include "markup/markdown_parser.h"

#include <gtest/gtest.h>

#include <thread>

namespace sygedok::markup {
namespace {

BlockDocument parse_ok(std::string_view markdown) {
  auto parsed = parse_markdown(markdown);
  EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.diagnostics()[0].message);
  return parsed.ok() ? parsed.value() : BlockDocument{};
}

// The spans as "text" with markers: *bold*, _italic_, | for a hard break.
std::string show(const Inlines& spans) {
  std::string out;
  for (const auto& span : spans) {
    if (span.kind == Span::Kind::HardBreak) {
      out += "|";
      continue;
    }
    std::string text = span.text;
    if (span.italic) text = "_" + text + "_";
    if (span.bold) text = "*" + text + "*";
    out += text;
  }
  return out;
}

template <typename T>
const T& as(const Block& block) {
  EXPECT_TRUE(std::holds_alternative<T>(block.node));
  static const T empty{};
  return std::holds_alternative<T>(block.node) ? std::get<T>(block.node) : empty;
}

TEST(MarkdownParser, HeadingsParagraphsAndInlineStyles) {
  auto doc = parse_ok(
      "# Referat af fraværssamtale\n\n## Formål\n\nVi har **fed *og kursiv*** tekst, `kode`\n"
      "og en blød linje.  \nHård linje\\\nog &amp; &#230; &oslash;.\n\n---\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(as<Heading>(doc.blocks[0]).level, 1);
  EXPECT_EQ(show(as<Heading>(doc.blocks[0]).text), "Referat af fraværssamtale");
  EXPECT_EQ(as<Heading>(doc.blocks[1]).level, 2);
  EXPECT_EQ(show(as<Paragraph>(doc.blocks[2]).text),
            "Vi har *fed **_og kursiv_* tekst, kode og en blød linje.|Hård linje|og & æ ø.");
  EXPECT_TRUE(std::holds_alternative<ThematicBreak>(doc.blocks[3].node));
}

TEST(MarkdownParser, TheNewPageMarkerMarksTheNextBlock) {
  auto doc = parse_ok("Brevet.\n\n<!-- sygedok:new-page -->\n\n# Bilag\n\nTekst.\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_FALSE(doc.blocks[0].new_page);
  EXPECT_TRUE(doc.blocks[1].new_page);
  EXPECT_TRUE(std::holds_alternative<Heading>(doc.blocks[1].node));
  EXPECT_FALSE(doc.blocks[2].new_page);
}

TEST(MarkdownParser, AdjacentTextWithTheSameStyleIsOneSpan) {
  auto doc = parse_ok("1\\. maj \\*ikke fed\\* \\[x\\]\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& text = as<Paragraph>(doc.blocks[0]).text;
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0].text, "1. maj *ikke fed* [x]");
}

TEST(MarkdownParser, ListsOrderedWithStartAndNested) {
  auto doc = parse_ok("3. tre\n4. fire\n\n- a\n- b\n  - b1\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const auto& ordered = as<List>(doc.blocks[0]);
  EXPECT_TRUE(ordered.ordered);
  EXPECT_EQ(ordered.start, 3);
  ASSERT_EQ(ordered.items.size(), 2u);
  EXPECT_EQ(show(as<Paragraph>(ordered.items[1][0]).text), "fire");
  const auto& bullets = as<List>(doc.blocks[1]);
  EXPECT_FALSE(bullets.ordered);
  ASSERT_EQ(bullets.items.size(), 2u);
  ASSERT_EQ(bullets.items[1].size(), 2u);
  EXPECT_EQ(show(as<Paragraph>(bullets.items[1][0]).text), "b");
  EXPECT_EQ(show(as<Paragraph>(as<List>(bullets.items[1][1]).items[0][0]).text), "b1");
}

TEST(MarkdownParser, TablesWithHeaderAndAlignment) {
  auto doc = parse_ok("| Hvad | Hvem | Hvornår |\n|:---|:-:|--:|\n| Plan | **Mette** | Uge 50 |\n| Bord | Jens |\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& table = as<Table>(doc.blocks[0]);
  EXPECT_EQ(table.role, Table::Role::Plain);
  EXPECT_EQ(table.align, (std::vector<Table::Align>{Table::Align::Left, Table::Align::Center, Table::Align::Right}));
  ASSERT_EQ(table.header.size(), 3u);
  EXPECT_EQ(show(table.header[2]), "Hvornår");
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(show(table.rows[0][1]), "*Mette*");
  ASSERT_EQ(table.rows[1].size(), 3u);  // a short row is padded
  EXPECT_TRUE(table.rows[1][2].empty());
}

TEST(MarkdownParser, AHeaderOfEmptyCellsMeansNoHeader) {
  auto doc = parse_ok("| | | | |\n|---|---|---|---|\n| **Medarbejder** | Søren | **Leder** | Mette |\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& table = as<Table>(doc.blocks[0]);
  EXPECT_TRUE(table.header.empty());
  ASSERT_EQ(table.rows.size(), 1u);
  ASSERT_EQ(table.rows[0].size(), 4u);
  EXPECT_EQ(show(table.rows[0][0]), "*Medarbejder*");
  EXPECT_EQ(show(table.rows[0][3]), "Mette");
}

TEST(MarkdownParser, EscapedPipesStayInTheirCell) {
  auto doc = parse_ok("| a | b |\n|---|---|\n| x \\| y | z |\n");
  const auto& table = as<Table>(doc.blocks[0]);
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(show(table.rows[0][0]), "x | y");
  EXPECT_EQ(show(table.rows[0][1]), "z");
}

TEST(MarkdownParser, MarkersGiveTheNextTableItsRole) {
  auto doc = parse_ok(
      "<!-- sygedok:letterhead -->\n| | |\n|---|---|\n| **Eksempel Kommune** | CVR 12345674 |\n\n"
      "Tekst <b>uden</b> html<br>ny linje <!-- en kommentar -->\n\n"
      "<!-- en almindelig kommentar -->\n\n"
      "<!-- sygedok:signatures Underskrift_leder Underskrift_medarbejder -->\n"
      "| Dato og underskrift, leder | Dato og underskrift, medarbejder |\n|---|---|\n| Mette | Søren |\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  const auto& letterhead = as<Table>(doc.blocks[0]);
  EXPECT_EQ(letterhead.role, Table::Role::Letterhead);
  EXPECT_TRUE(letterhead.header.empty());
  EXPECT_EQ(show(letterhead.rows[0][0]), "*Eksempel Kommune*");
  EXPECT_EQ(show(as<Paragraph>(doc.blocks[1]).text), "Tekst uden html|ny linje ");
  const auto& signatures = as<Table>(doc.blocks[2]);
  EXPECT_EQ(signatures.role, Table::Role::Signatures);
  EXPECT_EQ(signatures.field_names, (std::vector<std::string>{"Underskrift_leder", "Underskrift_medarbejder"}));
  EXPECT_EQ(show(signatures.header[0]), "Dato og underskrift, leder");
  EXPECT_EQ(show(signatures.rows[0][1]), "Søren");
}

TEST(MarkdownParser, TheRunningHeadMarkerGivesItsRole) {
  auto doc = parse_ok("<!-- sygedok:running-head -->\n| | | |\n|---|---|---|\n| Referat | Søren | Sagsnr. 1 |\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(as<Table>(doc.blocks[0]).role, Table::Role::RunningHead);
}

TEST(MarkdownParser, NameMarksMakeNameSpans) {
  auto doc = parse_ok("Til \u2068Anna \\*Holm\u2069 (TR) og **\u2068Bo\u2069**\n\n| \u2068Eva\u2069 |\n|---|\n| x |\n");
  const auto& text = as<Paragraph>(doc.blocks[0]).text;
  ASSERT_EQ(text.size(), 4u);
  EXPECT_EQ(text[0].text, "Til ");
  EXPECT_FALSE(text[0].name);
  EXPECT_EQ(text[1].text, "Anna *Holm");  // one span, the escape read
  EXPECT_TRUE(text[1].name);
  EXPECT_EQ(text[2].text, " (TR) og ");
  EXPECT_FALSE(text[2].name);
  EXPECT_EQ(text[3].text, "Bo");
  EXPECT_TRUE(text[3].name && text[3].bold);
  const auto& header = as<Table>(doc.blocks[1]).header[0];
  ASSERT_EQ(header.size(), 1u);
  EXPECT_EQ(header[0].text, "Eva");
  EXPECT_TRUE(header[0].name);
}

TEST(MarkdownParser, TemplateMistakesWithMarkersAreErrors) {
  const char* broken[] = {
      "<!-- sygedok:letterhead -->\n\nEt afsnit, ikke en tabel.\n",
      "<!-- sygedok:letterhead -->\n",
      "<!-- sygedok:signatures A -->\n| x | y |\n|---|---|\n| 1 | 2 |\n",
      "<!-- sygedok:signatures A A -->\n| x | y |\n|---|---|\n| 1 | 2 |\n",
      "<!-- sygedok:signatures -->\n| x |\n|---|\n| 1 |\n",
      "<!-- sygedok:logo -->\n| x |\n|---|\n| 1 |\n",
  };
  for (const char* markdown : broken) {
    auto parsed = parse_markdown(markdown);
    ASSERT_FALSE(parsed.ok()) << markdown;
    EXPECT_EQ(parsed.diagnostics()[0].code, "markdown_marker") << markdown;
  }
}

TEST(MarkdownParser, TextComesOutComposed) {
  auto doc = parse_ok("Nguye\xCC\x82\xCC\x83n Thi\xCC\xA3 Tra\xCC\x82m og A\xCC\x8A\n");  // NFD
  EXPECT_EQ(as<Paragraph>(doc.blocks[0]).text[0].text, "Nguyễn Thị Trâm og Å");
}

TEST(MarkdownParser, QuotesAndCodeBlocksKeepTheirText) {
  auto doc = parse_ok("> citat\n\n```\nlinje 1\nlinje 2\n```\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(show(as<Paragraph>(doc.blocks[0]).text), "citat");
  EXPECT_EQ(show(as<Paragraph>(doc.blocks[1]).text), "linje 1|linje 2");
}

TEST(MarkdownParser, ManyThreadsParseAtOnceWithTheSameResult) {
  const std::string markdown = "| a | b |\n|---|---|\n| **x** | y |\n\n- en\n- to\n";
  std::vector<std::thread> threads;
  std::vector<int> good(8, 0);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        auto parsed = parse_markdown(markdown);
        if (parsed.ok() && parsed.value().blocks.size() == 2 &&
            std::holds_alternative<Table>(parsed.value().blocks[0].node))
          ++good[static_cast<std::size_t>(t)];
      }
    });
  for (auto& thread : threads) thread.join();
  for (int count : good) EXPECT_EQ(count, 200);
}

}  // namespace
}  // namespace sygedok::markup
