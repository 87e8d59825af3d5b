// Page breaks: headings keep with what follows, paragraphs keep two lines
// on each side of a break, spaces vanish at the top of a page.
#include "layout/paginator.h"

#include <gtest/gtest.h>

#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using namespace testing;

// 11 body lines fit on a page of small_style().
FrameDocument lay_out_ok(const BlockDocument& document, const LayoutStyle& style = small_style()) {
  FakeMetrics metrics;
  auto result = lay_out(document, metrics, nullptr, style, DocumentInfo{});
  EXPECT_TRUE(result.ok());
  return result.ok() ? std::move(result).take() : FrameDocument{};
}

BlockDocument single_lines(int count) {
  BlockDocument document;
  for (int i = 1; i <= count; ++i) document.blocks.push_back(paragraph("p" + std::to_string(i)));
  return document;
}

std::vector<std::string> numbered(const std::string& prefix, int count) {
  std::vector<std::string> out;
  for (int i = 1; i <= count; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

TEST(Paginator, FillsPagesAndDropsNothing) {
  auto frame = lay_out_ok(single_lines(12));
  ASSERT_EQ(frame.pages.size(), 2u);
  EXPECT_EQ(page_of(frame, "p11"), 0);
  ASSERT_EQ(page_of(frame, "p12"), 1);
  EXPECT_DOUBLE_EQ(must_find(frame.pages[1], "p12").origin.y, 20 + 9.75);
}

TEST(Paginator, ABlockMarkedNewPageBeginsOne) {
  auto document = single_lines(3);
  document.blocks.push_back(heading(1, "Bilag"));
  document.blocks.back().new_page = true;
  document.blocks.push_back(paragraph("b1"));
  auto frame = lay_out_ok(document);
  ASSERT_EQ(frame.pages.size(), 2u);
  EXPECT_EQ(page_of(frame, "p3"), 0);
  EXPECT_EQ(page_of(frame, "Bilag"), 1);
  EXPECT_EQ(page_of(frame, "b1"), 1);
}

TEST(Paginator, HeadingIsNeverLastOnAPage) {
  // Ten lines, then the heading as line 11 (it would fit), then a paragraph.
  auto document = single_lines(10);
  document.blocks.push_back(heading(2, "Aftaler"));
  document.blocks.push_back(lines({"a1", "a2"}));
  auto frame = lay_out_ok(document);
  ASSERT_EQ(frame.pages.size(), 2u);
  ASSERT_EQ(page_of(frame, "Aftaler"), 1);
  EXPECT_EQ(page_of(frame, "a1"), 1);
  const TextItem* title = find_text(frame.pages[1], "Aftaler");
  EXPECT_EQ(title->style, FontStyle::Bold);
  EXPECT_DOUBLE_EQ(title->origin.y, 20 + 9.75);  // top of page 2
}

TEST(Paginator, HeadingKeepsWithTwoLinesOfTheNextParagraph) {
  // Nine lines and the heading leave room for one line of the paragraph only.
  auto document = single_lines(9);
  document.blocks.push_back(heading(2, "Status"));
  document.blocks.push_back(lines(numbered("s", 6)));
  auto frame = lay_out_ok(document);
  EXPECT_EQ(page_of(frame, "Status"), 1);
  EXPECT_EQ(page_of(frame, "s1"), 1);
  EXPECT_EQ(page_of(frame, "p9"), 0);
}

TEST(Paginator, HeadingKeepsWithTableHeaderAndFirstRow) {
  auto document = single_lines(9);
  document.blocks.push_back(heading(2, "Aftaler"));
  document.blocks.push_back(table({"Hvad", "Hvem"}, {{"Plan", "Mette"}, {"Bord", "Jens"}}));
  auto frame = lay_out_ok(document);
  EXPECT_EQ(page_of(frame, "Aftaler"), 1);
  EXPECT_EQ(page_of(frame, "Hvad"), 1);
  EXPECT_EQ(page_of(frame, "Plan"), 1);
}

TEST(Paginator, NoOrphanLineAtThePageEnd) {
  // Room for one line of a five-line paragraph: it moves whole.
  auto document = single_lines(10);
  document.blocks.push_back(lines(numbered("x", 5)));
  auto frame = lay_out_ok(document);
  EXPECT_EQ(page_of(frame, "p10"), 0);
  for (const auto& t : numbered("x", 5)) EXPECT_EQ(page_of(frame, t), 1) << t;
}

TEST(Paginator, SplitsAParagraphLeavingTwoLinesOnEachSide) {
  auto document = single_lines(9);
  document.blocks.push_back(lines(numbered("x", 5)));
  auto frame = lay_out_ok(document);
  EXPECT_EQ(page_of(frame, "x2"), 0);
  EXPECT_EQ(page_of(frame, "x3"), 1);
}

TEST(Paginator, NoWidowLineAtThePageTop) {
  // Room for three of four lines: only two go, so that two follow.
  auto document = single_lines(8);
  document.blocks.push_back(lines(numbered("x", 4)));
  auto frame = lay_out_ok(document);
  EXPECT_EQ(page_of(frame, "x2"), 0);
  EXPECT_EQ(page_of(frame, "x3"), 1);
  EXPECT_EQ(page_of(frame, "x4"), 1);
}

TEST(Paginator, SpaceAtThePageTopIsDropped) {
  auto style = small_style();
  style.paragraph_gap = 10;
  auto frame = lay_out_ok(single_lines(12), style);
  ASSERT_EQ(frame.pages.size(), 2u);
  const TextItem* first_on_page_2 = texts_on(frame.pages[1]).front();
  EXPECT_DOUBLE_EQ(first_on_page_2->origin.y, 20 + 9.75);
}

TEST(Paginator, NothingCrossesTheBottomMargin) {
  auto document = single_lines(7);
  document.blocks.push_back(lines(numbered("x", 30)));
  auto frame = lay_out_ok(document);
  for (const auto& page : frame.pages) {
    auto texts = texts_on(page);
    texts.pop_back();  // footer
    for (const auto* t : texts) EXPECT_LE(t->origin.y, 180) << t->text;
  }
  for (const auto& t : numbered("x", 30)) EXPECT_GE(page_of(frame, t), 0) << t;
}

}  // namespace
}  // namespace sygedok::layout
