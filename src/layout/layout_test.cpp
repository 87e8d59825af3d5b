// lay_out() as a whole: paragraphs, lists, footers and refused characters.
#include "layout/layout.h"

#include <gtest/gtest.h>

#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using namespace testing;

FrameDocument lay_out_ok(const BlockDocument& document, const LayoutStyle& style = small_style()) {
  FakeMetrics metrics;
  auto result = lay_out(document, metrics, nullptr, style, DocumentInfo{});
  EXPECT_TRUE(result.ok()) << (result.diagnostics().empty() ? "" : result.diagnostics().front().message);
  return result.ok() ? std::move(result).take() : FrameDocument{};
}

// Text items of page `page` other than the footer.
std::vector<const TextItem*> body_texts(const FrameDocument& document, std::size_t page) {
  auto texts = texts_on(document.pages.at(page));
  texts.pop_back();  // the footer comes last
  return texts;
}

TEST(LayOut, ParagraphWrapsIntoLines) {
  // 160 pt of text width = 32 characters of 5 pt.
  auto document = lay_out_ok({{paragraph("Vi har i dag en dialog, da du har været sygemeldt i to uger.")}});
  ASSERT_EQ(document.pages.size(), 1u);
  auto texts = body_texts(document, 0);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0]->text, "Vi har i dag en dialog, da du ");  // the space broken at stays in the text
  EXPECT_EQ(texts[1]->text, "har været sygemeldt i to uger.");
  EXPECT_DOUBLE_EQ(texts[0]->origin.x, 20);
  EXPECT_DOUBLE_EQ(texts[0]->origin.y, 20 + 9.75);  // half the leading, then the ascent
  EXPECT_DOUBLE_EQ(texts[1]->origin.y - texts[0]->origin.y, 13.5);
  EXPECT_EQ(texts[0]->style, FontStyle::Regular);
  EXPECT_DOUBLE_EQ(texts[0]->size, 10);
}

TEST(LayOut, OneTextItemPerStyledRun) {
  auto document = lay_out_ok(
      {{paragraph({text("Dette er "), text("fed", true), text(" og "), text("kursiv", false, true), text(".")})}});
  auto texts = body_texts(document, 0);
  ASSERT_EQ(texts.size(), 5u);
  const std::vector<std::pair<std::string, double>> expected{
      {"Dette er ", 20}, {"fed", 65}, {" og ", 80}, {"kursiv", 100}, {".", 130}};
  const std::vector<FontStyle> styles{FontStyle::Regular, FontStyle::Bold, FontStyle::Regular, FontStyle::Italic,
                                      FontStyle::Regular};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(texts[i]->text, expected[i].first);
    EXPECT_DOUBLE_EQ(texts[i]->origin.x, expected[i].second);
    EXPECT_EQ(texts[i]->style, styles[i]);
  }
}

TEST(LayOut, ALineBrokenAtSpacesKeepsOneForReadersAndTheLastLineNone) {
  // Screen readers and text extraction join the lines of a paragraph; the
  // kept space is where the line broke, drawn past the line's end.
  auto document = lay_out_ok({{paragraph("aaaaaaaaaa bbbbbbbbbb   cccccccccc dddd")}});
  auto texts = body_texts(document, 0);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0]->text, "aaaaaaaaaa bbbbbbbbbb ");
  EXPECT_EQ(texts[1]->text, "cccccccccc dddd");
}

TEST(LayOut, ALineBrokenInsideAWordGetsNoSpace) {
  // A hyphenated or emergency break joins the halves of one word.
  auto document = lay_out_ok({{paragraph("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")}});
  auto texts = body_texts(document, 0);
  ASSERT_GE(texts.size(), 2u);
  for (const auto* t : texts) EXPECT_NE(t->text.back(), ' ') << t->text;
}

TEST(LayOut, BulletAndOrderedListsWithHangingIndent) {
  List bullets;
  bullets.items = {{paragraph("en")}, {paragraph("to")}};
  List ordered;
  ordered.ordered = true;
  ordered.start = 3;
  ordered.items = {{paragraph("tre")}, {paragraph("fire")}};
  auto document = lay_out_ok({{Block{bullets}, Block{ordered}}});
  const auto& page = document.pages[0];
  auto texts = texts_on(page);
  const TextItem* en = find_text(page, "en");
  const TextItem* tre = find_text(page, "tre");
  ASSERT_TRUE(en && tre && find_text(page, "fire"));
  EXPECT_DOUBLE_EQ(en->origin.x, 40);  // margin 20 + indent 20
  EXPECT_DOUBLE_EQ(tre->origin.x, 40);
  int bullets_seen = 0;
  for (const auto* t : texts) {
    if (t->text != "\u2022") continue;
    ++bullets_seen;
    EXPECT_DOUBLE_EQ(t->origin.x, 30);  // 40 - gap 5 - width 5
  }
  EXPECT_EQ(bullets_seen, 2);
  const TextItem* three = find_text(page, "3.");
  const TextItem* four = find_text(page, "4.");
  ASSERT_TRUE(three && four);
  EXPECT_DOUBLE_EQ(three->origin.x, 25);
  EXPECT_DOUBLE_EQ(three->origin.y, tre->origin.y);  // on the first baseline of its item
  EXPECT_DOUBLE_EQ(four->origin.y, must_find(page, "fire").origin.y);
  EXPECT_EQ(find_text(page, "1."), nullptr);
}

TEST(LayOut, NestedListsIndentFurther) {
  List inner;
  inner.items = {{paragraph("indre")}};
  List outer;
  outer.items = {{paragraph("ydre"), Block{inner}}, {paragraph("wrapped text that is longer than the line here")}};
  auto document = lay_out_ok({{Block{outer}}});
  const auto& page = document.pages[0];
  EXPECT_DOUBLE_EQ(must_find(page, "ydre").origin.x, 40);
  EXPECT_DOUBLE_EQ(must_find(page, "indre").origin.x, 60);
  EXPECT_GT(must_find(page, "indre").origin.y, must_find(page, "ydre").origin.y);
  // Continuation lines of an item align with its text, not with the marker.
  int continuation_lines = 0;
  for (const auto* t : texts_on(page)) {
    if (t->text.rfind("wrapped", 0) != 0 && t->text.find("here") == std::string::npos) continue;
    ++continuation_lines;
    EXPECT_DOUBLE_EQ(t->origin.x, 40) << t->text;
  }
  EXPECT_EQ(continuation_lines, 2);
}

Block bullets(const std::vector<std::string>& items) {
  List list;
  for (const auto& item : items) list.items.push_back({paragraph(item)});
  return Block{std::move(list)};
}

TEST(LayOut, TheLastLineOfAListNeverStandsAloneOnAPage) {
  // Seven lines (94.5 pt) and five one-line items (67.5 pt) on a 160 pt
  // page: only the last item would not fit, so the last two move.
  auto document = lay_out_ok(
      {{lines({"a", "b", "c", "d", "e", "f", "g"}), bullets({"punkt 1", "punkt 2", "punkt 3", "punkt 4", "punkt 5"})}});
  EXPECT_EQ(page_of(document, "punkt 3"), 0);
  EXPECT_EQ(page_of(document, "punkt 4"), 1);
  EXPECT_EQ(page_of(document, "punkt 5"), 1);
}

TEST(LayOut, TheFirstLineOfAListNeverStandsAloneOnAPage) {
  // Ten lines leave room for one item only: the list begins on page 2.
  auto document = lay_out_ok({{lines({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}),
                               bullets({"punkt 1", "punkt 2", "punkt 3"})}});
  EXPECT_EQ(page_of(document, "punkt 1"), 1);
}

TEST(LayOut, PagesAfterTheFirstCarryTheRunningHeadAsAnArtifact) {
  LayoutStyle style = small_style();
  style.running_head_top = 4;
  Table head;
  head.role = Table::Role::RunningHead;
  head.rows.push_back({{text("Referat")}, {text("Søren")}, {text("Sagsnr. 7")}});
  std::vector<std::string> many;
  for (int i = 0; i < 20; ++i) many.push_back("linje " + std::to_string(i));
  auto document = lay_out_ok({{Block{head}, lines(many)}}, style);
  ASSERT_EQ(document.pages.size(), 2u);
  EXPECT_EQ(find_text(document.pages[0], "Referat"), nullptr);  // not in the flow, not on page 1
  const TextItem& title = must_find(document.pages[1], "Referat");
  EXPECT_EQ(title.element, kArtifact);
  EXPECT_EQ(title.size, style.small_size);
  EXPECT_DOUBLE_EQ(title.origin.x, 20);
  EXPECT_LT(title.origin.y, style.margin_top);
  const TextItem& number = must_find(document.pages[1], "Sagsnr. 7");
  EXPECT_EQ(number.element, kArtifact);
  EXPECT_GT(number.origin.x, title.origin.x);
  EXPECT_EQ(must_find(document.pages[1], "Søren").element, kArtifact);
  // No structure element holds it.
  for (const auto& element : document.structure.elements) EXPECT_NE(element.role, StructRole::Table);
}

TEST(LayOut, FooterShowsPageOfPages) {
  BlockDocument document;
  for (int i = 1; i <= 25; ++i) document.blocks.push_back(paragraph("linje " + std::to_string(i)));  // 11 a page
  auto frame = lay_out_ok(document);
  ASSERT_EQ(frame.pages.size(), 3u);
  const TextItem* footer = find_text(frame.pages[1], "Side 2 af 3");
  ASSERT_NE(footer, nullptr);
  EXPECT_DOUBLE_EQ(footer->size, 9);
  EXPECT_EQ(footer->color, small_style().muted_color);
  EXPECT_DOUBLE_EQ(footer->origin.x + 11 * 4.5, 180);  // right-aligned at the right margin
  EXPECT_DOUBLE_EQ(footer->origin.y, 192);             // in the bottom margin
  EXPECT_NE(find_text(frame.pages[0], "Side 1 af 3"), nullptr);
  EXPECT_NE(find_text(frame.pages[2], "Side 3 af 3"), nullptr);
}

TEST(LayOut, EmptyDocumentHasOnePageWithFooter) {
  auto frame = lay_out_ok({});
  ASSERT_EQ(frame.pages.size(), 1u);
  EXPECT_NE(find_text(frame.pages[0], "Side 1 af 1"), nullptr);
}

TEST(LayOut, RefusesCharactersWithoutGlyph) {
  FakeMetrics metrics;
  BlockDocument document{{paragraph("Godt \U0001F600 og igen \U0001F600"), heading(2, "Også \U0001F600")}};
  auto result = lay_out(document, metrics, nullptr, small_style(), DocumentInfo{});
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics().size(), 1u);  // each character once
  const Diagnostic& d = result.diagnostics().front();
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.code, "unsupported_character");
  EXPECT_EQ(d.message, "Tegnet U+1F600 findes ikke i skrifttypen.");
  EXPECT_EQ(d.path, "");
}

TEST(LayOut, RefusesCharactersWithoutGlyphInTables) {
  FakeMetrics metrics;
  BlockDocument document{{table({"a"}, {{"b \U0001F600"}})}};
  auto result = lay_out(document, metrics, nullptr, small_style(), DocumentInfo{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics().front().code, "unsupported_character");
}

TEST(LayOut, KeepsDocumentInfo) {
  DocumentInfo info;
  info.title = "Referat af fraværssamtale";
  FakeMetrics metrics;
  auto result = lay_out({{paragraph("x")}}, metrics, nullptr, small_style(), info);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().info.title, "Referat af fraværssamtale");
  EXPECT_DOUBLE_EQ(result.value().pages[0].size.width, 200);
}

}  // namespace
}  // namespace sygedok::layout
