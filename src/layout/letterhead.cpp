#include "layout/letterhead.h"

#include <algorithm>

#include "layout/table_layout.h"

namespace sygedok::layout {
namespace {

Alignment column_alignment(std::size_t column, std::size_t columns) {
  if (column == 0) return Alignment::Left;
  return column + 1 == columns ? Alignment::Right : Alignment::Center;
}

}  // namespace

void lay_out_letterhead(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                        VerticalList& out) {
  const LayoutStyle& style = context.style;
  const std::size_t columns = table_column_count(table);
  if (columns == 0) return;
  const double column_width = width / static_cast<double>(columns);
  const double empty_row_height = style.small_size * style.line_height;
  std::vector<StructId> column_elements(columns, kArtifact);
  std::vector<std::vector<FrameItem>> column_items(columns);
  double top = 0;
  TextLines cell;
  auto add_row = [&](const std::vector<Inlines>& row) {
    double row_height = 0;
    for (std::size_t c = 0; c < row.size() && c < columns; ++c) {
      if (row[c].empty()) continue;
      if (column_elements[c] == kArtifact) column_elements[c] = context.add_element(StructRole::Div, parent);
      cell.items.clear();
      cell.lines.clear();
      TextFrame frame = context.frame(x + column_width * static_cast<double>(c), column_width,
                                      context.add_element(StructRole::P, column_elements[c]),
                                      column_alignment(c, columns));
      frame.color = style.muted_color;
      context.set_inlines(row[c], style.small_size, false, frame, cell);
      for (TextItem item : cell.items) {
        item.origin.y += top;
        column_items[c].emplace_back(std::move(item));
      }
      row_height = std::max(row_height, cell.height());
    }
    top += row_height > 0 ? row_height : empty_row_height;
  };
  if (!table.header.empty()) add_row(table.header);
  for (const auto& row : table.rows) add_row(row);

  // Column by column, so that the content reads in the structure's order.
  const std::size_t first = out.begin_box();
  for (auto& items : column_items)
    out.items.insert(out.items.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
  const double rule_y = top + style.letterhead_rule_gap;
  out.items.emplace_back(LineItem{{x, rule_y}, {x + width, rule_y}, style.rule_width, style.rule_color});
  out.end_box(first, rule_y);
}

}  // namespace sygedok::layout
