#include "layout/running_head.h"

#include <algorithm>

#include "layout/table_layout.h"

namespace sygedok::layout {

const Table* running_head_table(const BlockDocument& document) {
  for (const Block& block : document.blocks)
    if (const auto* table = std::get_if<Table>(&block.node); table && table->role == Table::Role::RunningHead)
      return table;
  return nullptr;
}

std::vector<FrameItem> lay_out_running_head(const Table& head, LayoutContext& context) {
  const LayoutStyle& style = context.style;
  const std::vector<Inlines>* row = !head.header.empty() ? &head.header : head.rows.empty() ? nullptr : &head.rows[0];
  std::vector<FrameItem> items;
  if (row == nullptr || row->empty()) return items;
  const std::size_t columns = row->size();
  const double x = context.text_left();
  // Columns as wide as their text (layout/table_layout.h), a gap apart.
  std::vector<StyledText> texts(columns);
  std::vector<double> min_widths(columns), max_widths(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    build_styled_text((*row)[c], style.small_size, false, context.metrics, context.problems, texts[c]);
    min_widths[c] = min_content_width(texts[c]) + style.information_column_gap;
    max_widths[c] = max_content_width(texts[c]) + style.information_column_gap;
  }
  const std::vector<double> widths = column_widths(min_widths, max_widths, context.text_width());
  TextLines lines;
  double bottom = 0, column_x = x;
  for (std::size_t c = 0; c < columns; ++c) {
    lines.items.clear();
    lines.lines.clear();
    const Alignment alignment = c == 0                ? Alignment::Left
                                : c + 1 == columns    ? Alignment::Right
                                                      : Alignment::Center;
    const double inset = c == 0 ? 0 : c + 1 == columns ? style.information_column_gap : style.information_column_gap / 2;
    TextFrame frame = context.frame(column_x + inset, widths[c] - style.information_column_gap, kArtifact, alignment);
    frame.color = style.muted_color;
    context.set_prepared(texts[c], frame, lines);
    column_x += widths[c];
    for (TextItem item : lines.items) {
      item.origin.y += style.running_head_top;
      items.emplace_back(std::move(item));
    }
    bottom = std::max(bottom, lines.height());
  }
  if (items.empty()) return items;
  const double rule_y = style.running_head_top + bottom + style.running_head_rule_gap;
  items.emplace_back(LineItem{{x, rule_y}, {x + context.text_width(), rule_y}, style.rule_width, style.rule_color});
  return items;
}

void add_running_heads(std::vector<FramePage>& pages, const std::vector<FrameItem>& items) {
  if (items.empty()) return;
  for (std::size_t i = 1; i < pages.size(); ++i) pages[i].items.insert(pages[i].items.begin(), items.begin(), items.end());
}

}  // namespace sygedok::layout
