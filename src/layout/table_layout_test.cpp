// Tables: automatic column widths, borders and header fill, rows moving
// whole to the next page with the header row repeated, oversized rows split.
#include "layout/table_layout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using namespace testing;

FrameDocument lay_out_ok(const BlockDocument& document, const LayoutStyle& style = small_style()) {
  FakeMetrics metrics;
  auto result = lay_out(document, metrics, nullptr, style, DocumentInfo{});
  EXPECT_TRUE(result.ok());
  return result.ok() ? std::move(result).take() : FrameDocument{};
}

std::vector<const RectItem*> rects_on(const FramePage& page) {
  std::vector<const RectItem*> out;
  for (const auto& item : page.items)
    if (const auto* r = std::get_if<RectItem>(&item)) out.push_back(r);
  return out;
}

TEST(ColumnWidths, FollowCssAutomaticTableLayout) {
  auto roomy = column_widths({10, 20}, {30, 50}, 100);  // max widths fit: the rest shared like max
  EXPECT_DOUBLE_EQ(roomy[0], 37.5);
  EXPECT_DOUBLE_EQ(roomy[1], 62.5);
  // Between min and max: the narrow column fits its fair share (30 of 60)
  // whole; the other gets the rest.
  auto tight = column_widths({10, 20}, {30, 50}, 60);
  EXPECT_DOUBLE_EQ(tight[0], 30);
  EXPECT_DOUBLE_EQ(tight[1], 30);
  // Neither fits its share: the room above the min widths is shared in
  // proportion to (max - min), as in CSS.
  auto shared = column_widths({10, 20}, {100, 200}, 90);
  EXPECT_DOUBLE_EQ(shared[0], 10 + 90 * 60.0 / 270);
  EXPECT_DOUBLE_EQ(shared[1], 20 + 180 * 60.0 / 270);
  auto cramped = column_widths({10, 20}, {30, 50}, 15);  // not even min fits: scaled, never wider
  EXPECT_DOUBLE_EQ(cramped[0] + cramped[1], 15);
  EXPECT_DOUBLE_EQ(cramped[1], 2 * cramped[0]);
}

TEST(TableLayout, HeaderRowIsBoldOnGreyAndColumnsFillTheWidth) {
  auto frame = lay_out_ok({{table({"Hvad", "Hvem"}, {{"Plan for delvis raskmelding udarbejdes", "Søren"}})}});
  const auto& page = frame.pages[0];
  auto rects = rects_on(page);
  ASSERT_EQ(rects.size(), 4u);
  const LayoutStyle style = small_style();
  for (std::size_t i = 0; i < 4; ++i) {
    ASSERT_TRUE(rects[i]->stroke.has_value());
    EXPECT_EQ(*rects[i]->stroke, style.rule_color);
    EXPECT_DOUBLE_EQ(rects[i]->stroke_width, 0.75);
    EXPECT_EQ(rects[i]->fill.has_value(), i < 2) << i;  // only the header row is filled
  }
  EXPECT_EQ(*rects[0]->fill, style.header_fill);
  EXPECT_DOUBLE_EQ(rects[0]->rect.x, 20);
  EXPECT_DOUBLE_EQ(rects[0]->rect.width + rects[1]->rect.width, 160);
  EXPECT_GT(rects[0]->rect.width, rects[1]->rect.width);  // the long text gets the room
  const TextItem* hvad = find_text(page, "Hvad");
  ASSERT_NE(hvad, nullptr);
  EXPECT_EQ(hvad->style, FontStyle::Bold);
  EXPECT_DOUBLE_EQ(hvad->origin.x, 20 + 2);  // inside the padding
  ASSERT_NE(find_text(page, "Søren"), nullptr);
  EXPECT_EQ(must_find(page, "Søren").style, FontStyle::Regular);
  EXPECT_DOUBLE_EQ(must_find(page, "Søren").origin.x, rects[1]->rect.x + 2);
}

TEST(TableLayout, KeyValueTableWithoutHeaderRendersSpansAsGiven) {
  Table t;
  t.rows.push_back({{text("Medarbejder", true)}, {text("Søren")}, {text("Leder", true)}, {text("Mette")}});
  auto frame = lay_out_ok({{Block{t}}});
  const auto& page = frame.pages[0];
  for (const char* expected : {"Medarbejder", "Søren", "Leder", "Mette"}) ASSERT_NE(find_text(page, expected), nullptr);
  for (const auto* r : rects_on(page)) EXPECT_FALSE(r->fill.has_value());
  EXPECT_EQ(rects_on(page).size(), 4u);
  EXPECT_EQ(must_find(page, "Medarbejder").style, FontStyle::Bold);
  EXPECT_EQ(must_find(page, "Søren").style, FontStyle::Regular);
  EXPECT_EQ(must_find(page, "Leder").style, FontStyle::Bold);
}

TEST(TableLayout, RowsMoveWholeAndTheHeaderRepeatsOnEveryPage) {
  std::vector<std::vector<std::string>> rows;
  for (int i = 1; i <= 20; ++i) rows.push_back({"Opgave " + std::to_string(i), "Person"});
  auto frame = lay_out_ok({{table({"Hvad", "Hvem"}, rows)}});
  ASSERT_EQ(frame.pages.size(), 3u);  // rows of 17.5 pt: header + 8 rows a page
  for (const auto& page : frame.pages) {
    const TextItem* header = find_text(page, "Hvad");
    ASSERT_NE(header, nullptr);
    EXPECT_EQ(header->style, FontStyle::Bold);
    EXPECT_DOUBLE_EQ(header->origin.y, 20 + 2 + 9.75);  // first thing on the page
    auto rects = rects_on(page);
    ASSERT_FALSE(rects.empty());
    EXPECT_TRUE(rects[0]->fill.has_value());
    EXPECT_DOUBLE_EQ(rects[0]->rect.y, 20);
    for (const auto* r : rects) EXPECT_LE(r->rect.y + r->rect.height, 180 + 1e-9);
  }
  std::map<std::string, int> seen;
  for (const auto& page : frame.pages)
    for (const auto* t : texts_on(page)) ++seen[t->text];
  for (int i = 1; i <= 20; ++i) EXPECT_EQ(seen["Opgave " + std::to_string(i)], 1) << i;
  EXPECT_EQ(page_of(frame, "Opgave 8"), 0);
  EXPECT_EQ(page_of(frame, "Opgave 9"), 1);
}

TEST(TableLayout, ARowTallerThanAPageIsSplitBetweenLines) {
  Table t;
  t.header = cells({"Hvad", "Noter"});
  Inlines notes;
  for (int i = 1; i <= 30; ++i) {
    if (i > 1) notes.push_back(hard_break());
    notes.push_back(text("note " + std::to_string(i)));
  }
  t.rows.push_back({{text("Lang")}, notes});
  t.rows.push_back(cells({"Kort", "slut"}));
  auto frame = lay_out_ok({{Block{t}}});
  ASSERT_GE(frame.pages.size(), 3u);
  std::map<std::string, int> seen;
  for (const auto& page : frame.pages) {
    for (const auto* r : rects_on(page)) EXPECT_LE(r->rect.y + r->rect.height, 180 + 1e-9);
    auto texts = texts_on(page);
    texts.pop_back();  // the footer
    for (const auto* t : texts) {
      ++seen[visible(*t)];
      EXPECT_LE(t->origin.y, 180);
    }
    EXPECT_NE(find_text(page, "Hvad"), nullptr);  // header repeated
  }
  for (int i = 1; i <= 30; ++i) EXPECT_EQ(seen["note " + std::to_string(i)], 1) << i;
  EXPECT_EQ(seen["Lang"], 1);
  EXPECT_EQ(page_of(frame, "note 1"), 0);
}

std::vector<const RectItem*> rects_in_row(const FramePage& page, double top) {
  std::vector<const RectItem*> out;
  for (const auto* r : rects_on(page))
    if (std::abs(r->rect.y - top) < 1e-6) out.push_back(r);
  return out;
}

TEST(TableLayout, NoEmptyBorderedCells) {
  // With a header row: an empty cell says "–", a row without text is left out.
  auto frame = lay_out_ok({{table({"Hvad", "Hvem", "Hvornår"}, {{"Plan", "Mette", ""}, {"", "", ""}})}});
  const auto& page = frame.pages[0];
  EXPECT_EQ(rects_on(page).size(), 6u);
  EXPECT_EQ(must_find(page, "\u2013").origin.x, must_find(page, "Hvornår").origin.x);

  // Label | value pairs: the last cell with text spans the empty ones after it.
  Table facts;
  facts.rows.push_back({{text("Medarbejder", true)}, {text("Søren")}, {text("Leder", true)}, {text("Mette")}});
  facts.rows.push_back({{text("Øvrige", true)}, {text("Anna og Bo")}, {}, {}});
  auto spanned = lay_out_ok({{Block{facts}}});
  const auto& second = spanned.pages[0];
  const double top = must_find(second, "Øvrige").origin.y - 2 - 9.75;
  auto row = rects_in_row(second, top);
  ASSERT_EQ(row.size(), 2u);
  EXPECT_DOUBLE_EQ(row[1]->rect.x + row[1]->rect.width, 180);
  EXPECT_EQ(find_text(second, "\u2013"), nullptr);
  // The structure keeps four cells a row.
  for (const auto& element : spanned.structure.elements)
    if (element.role == StructRole::TR) EXPECT_EQ(element.children.size(), 4u);
}

TEST(TableLayout, AShortDateOrNameIsNotWrappedToWidenALongText) {
  LayoutStyle wide = small_style();
  wide.page = {400, 200};  // 360 pt of text: the min widths fit, the max widths do not
  Table facts;
  facts.rows.push_back({{text("Dato", true)},
                        {text("Mandag den 14. december 2026")},
                        {text("Noter", true)},
                        {text("Vi talte om arbejdstiden og om hvordan opgaverne kan fordeles i de kommende uger")}});
  auto frame = lay_out_ok({{Block{facts}}}, wide);
  EXPECT_NE(find_text(frame.pages[0], "Mandag den 14. december 2026"), nullptr);  // one line
}

TEST(TableLayout, TheLastRowNeverStandsAloneOnAPage) {
  // Five lines (67.5 pt) and a header with five rows (105 pt) on a 160 pt
  // page: only the last row would not fit, so the last two move.
  auto frame = lay_out_ok({{lines({"a", "b", "c", "d", "e"}),
                            table({"Hvad", "Hvem"}, {{"Opgave 1", "A"}, {"Opgave 2", "B"}, {"Opgave 3", "C"},
                                                     {"Opgave 4", "D"}, {"Opgave 5", "E"}})}});
  EXPECT_EQ(page_of(frame, "Opgave 3"), 0);
  EXPECT_EQ(page_of(frame, "Opgave 4"), 1);
  EXPECT_EQ(page_of(frame, "Opgave 5"), 1);
}

TEST(TableLayout, TheHeaderRowKeepsTwoBodyRows) {
  // Eight lines (108 pt) leave room for the header and one row only.
  auto frame = lay_out_ok({{lines({"a", "b", "c", "d", "e", "f", "g", "h"}),
                            table({"Hvad", "Hvem"}, {{"Opgave 1", "A"}, {"Opgave 2", "B"}, {"Opgave 3", "C"},
                                                     {"Opgave 4", "D"}, {"Opgave 5", "E"}})}});
  EXPECT_EQ(page_of(frame, "Hvad"), 1);
  EXPECT_EQ(page_of(frame, "Opgave 1"), 1);
}

}  // namespace
}  // namespace sygedok::layout
