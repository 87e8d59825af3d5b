// The letterhead and the signature block.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using namespace testing;

FrameDocument lay_out_ok(const BlockDocument& document, const LayoutStyle& style) {
  FakeMetrics metrics;
  auto result = lay_out(document, metrics, nullptr, style, DocumentInfo{});
  EXPECT_TRUE(result.ok());
  return result.ok() ? std::move(result).take() : FrameDocument{};
}

template <class T>
std::vector<const T*> items_on(const FramePage& page) {
  std::vector<const T*> out;
  for (const auto& item : page.items)
    if (const auto* i = std::get_if<T>(&item)) out.push_back(i);
  return out;
}

LayoutStyle signature_style() {
  LayoutStyle s = small_style();
  s.signature_top_gap = 20;
  s.signature_field_height = 15;
  s.signature_column_gap = 10;
  s.signature_label_gap = 3;
  return s;
}

Block signatures() {
  return table({"Leder", "Medarbejder"}, {{"Mette Kjærgård", "Søren Ærø"}}, Table::Role::Signatures,
               {"Underskrift_leder", "Underskrift_medarbejder"});
}

TEST(SignatureBlock, TwoFieldsAboveTwoLinesWithLabelsAndNames) {
  BlockDocument document;
  for (int i = 1; i <= 5; ++i) document.blocks.push_back(paragraph("p" + std::to_string(i)));
  document.blocks.push_back(signatures());
  auto frame = lay_out_ok(document, signature_style());
  ASSERT_EQ(frame.pages.size(), 1u);
  const auto& page = frame.pages[0];
  auto fields = items_on<SignatureFieldItem>(page);
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields[0]->name, "Underskrift_leder");
  EXPECT_EQ(fields[1]->name, "Underskrift_medarbejder");
  const double text_bottom = 20 + 5 * 13.5;
  const double line_y = text_bottom + 20;  // signature_top_gap below the text
  EXPECT_DOUBLE_EQ(fields[0]->rect.x, 20);
  EXPECT_DOUBLE_EQ(fields[1]->rect.x, 20 + 75 + 10);
  for (const auto* field : fields) {
    EXPECT_DOUBLE_EQ(field->rect.width, 75);  // (160 - 10) / 2
    EXPECT_DOUBLE_EQ(field->rect.height, 15);
    EXPECT_DOUBLE_EQ(field->rect.y + field->rect.height, line_y);  // just above the line
  }
  auto lines = items_on<LineItem>(page);
  ASSERT_EQ(lines.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_DOUBLE_EQ(lines[i]->from.y, line_y);
    EXPECT_DOUBLE_EQ(lines[i]->to.y, line_y);
    EXPECT_DOUBLE_EQ(lines[i]->from.x, fields[i]->rect.x);
    EXPECT_DOUBLE_EQ(lines[i]->to.x, fields[i]->rect.x + 75);
    EXPECT_DOUBLE_EQ(lines[i]->width, 0.75);
    EXPECT_EQ(lines[i]->color, Color::gray(0));
  }
  const TextItem* label = find_text(page, "Medarbejder");
  const TextItem* name = find_text(page, "Søren Ærø");
  ASSERT_TRUE(label && name && find_text(page, "Leder") && find_text(page, "Mette Kjærgård"));
  EXPECT_DOUBLE_EQ(label->size, 9);
  EXPECT_DOUBLE_EQ(name->size, 9);
  EXPECT_DOUBLE_EQ(label->origin.x, 105);
  EXPECT_DOUBLE_EQ(label->origin.y, line_y + 3 + (9 * 1.35 - 9) / 2 + 9 * 0.8);
  EXPECT_DOUBLE_EQ(name->origin.y - label->origin.y, 9 * 1.35);  // the name under the label
}

TEST(SignatureBlock, NeverSplitsAcrossPages) {
  // Ten lines leave 25 pt; the block needs 5 + 15 + 3 + 2 * 12.15.
  BlockDocument document;
  for (int i = 1; i <= 10; ++i) document.blocks.push_back(paragraph("p" + std::to_string(i)));
  document.blocks.push_back(signatures());
  auto frame = lay_out_ok(document, signature_style());
  ASSERT_EQ(frame.pages.size(), 2u);
  EXPECT_TRUE(items_on<SignatureFieldItem>(frame.pages[0]).empty());
  EXPECT_TRUE(items_on<LineItem>(frame.pages[0]).empty());
  auto fields = items_on<SignatureFieldItem>(frame.pages[1]);
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_DOUBLE_EQ(fields[0]->rect.y, 20);  // at the top of the page
  EXPECT_EQ(page_of(frame, "Mette Kjærgård"), 1);
  EXPECT_EQ(page_of(frame, "Medarbejder"), 1);
}

TEST(Letterhead, SenderLeftDetailsRightRuleUnder) {
  const LayoutStyle style;  // A4 as in the HTML peer
  Table letterhead;
  letterhead.role = Table::Role::Letterhead;
  letterhead.header = {{text("Køge Kommune", true)}, {text("CVR 29189633")}};
  letterhead.rows = {cells({"Center for Dagtilbud", "Dato: 22. november 2026"})};
  auto frame = lay_out_ok({{Block{letterhead}, heading(1, "Referat af fraværssamtale")}}, style);
  const auto& page = frame.pages[0];
  EXPECT_TRUE(items_on<RectItem>(page).empty());  // no borders
  const TextItem* sender = find_text(page, "Køge Kommune");
  const TextItem* cvr = find_text(page, "CVR 29189633");
  const TextItem* date = find_text(page, "Dato: 22. november 2026");
  ASSERT_TRUE(sender && cvr && date && find_text(page, "Center for Dagtilbud"));
  const double right = style.page.width - style.margin_right;
  EXPECT_DOUBLE_EQ(sender->origin.x, style.margin_left);
  EXPECT_EQ(sender->style, FontStyle::Bold);
  EXPECT_DOUBLE_EQ(sender->size, 9);
  EXPECT_EQ(sender->color, style.muted_color);
  EXPECT_NEAR(cvr->origin.x + 12 * 4.5, right, 1e-9);
  EXPECT_NEAR(date->origin.x + 23 * 4.5, right, 1e-9);
  EXPECT_DOUBLE_EQ(cvr->origin.y, sender->origin.y);
  EXPECT_NEAR(date->origin.y - cvr->origin.y, 9 * 1.35, 1e-9);

  auto rules = items_on<LineItem>(page);
  ASSERT_EQ(rules.size(), 1u);
  const double rule_y = style.margin_top + 2 * 9 * 1.35 + style.letterhead_rule_gap;
  EXPECT_NEAR(rules[0]->from.y, rule_y, 1e-9);
  EXPECT_NEAR(rules[0]->from.x, style.margin_left, 1e-9);
  EXPECT_NEAR(rules[0]->to.x, right, 1e-9);
  EXPECT_EQ(rules[0]->color, style.rule_color);
  const TextItem* title = find_text(page, "Referat af fraværssamtale");
  ASSERT_NE(title, nullptr);
  EXPECT_NEAR(title->origin.y, rule_y + style.letterhead_space_below + (15 * 1.35 - 15) / 2 + 15 * 0.8, 1e-9);
}

}  // namespace
}  // namespace sygedok::layout
