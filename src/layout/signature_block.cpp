#include "layout/signature_block.h"

#include <algorithm>
#include <string>

#include "layout/table_layout.h"

namespace sygedok::layout {
namespace {

std::string field_name(const Table& table, std::size_t column) {
  if (column < table.field_names.size() && !table.field_names[column].empty()) return table.field_names[column];
  return "Underskrift_" + std::to_string(column + 1);
}

double field_height(const LayoutStyle& style) {
  return std::clamp(style.signature_field_height, 0.0, std::max(style.signature_top_gap, 0.0));
}

}  // namespace

double signature_space_above(const LayoutStyle& style) { return style.signature_top_gap - field_height(style); }

void lay_out_signatures(const Table& table, double x, double width, LayoutContext& context, VerticalList& out) {
  const LayoutStyle& style = context.style;
  const std::size_t columns = table_column_count(table);
  if (columns == 0) return;
  const double gap = style.signature_column_gap;
  const double column_width = (width - gap * static_cast<double>(columns - 1)) / static_cast<double>(columns);
  const double line_y = field_height(style);
  const double text_top = line_y + style.signature_label_gap;
  const std::size_t first = out.begin_box();
  double height = line_y;
  TextLines lines;
  for (std::size_t c = 0; c < columns; ++c) {
    const double column_x = x + (column_width + gap) * static_cast<double>(c);
    out.items.emplace_back(SignatureFieldItem{{column_x, 0, column_width, line_y}, field_name(table, c)});
    out.items.emplace_back(LineItem{{column_x, line_y},
                                    {column_x + column_width, line_y},
                                    style.rule_width,
                                    style.signature_line_color});
    lines.items.clear();
    lines.lines.clear();
    const TextFrame frame = context.frame(column_x, column_width);
    if (c < table.header.size()) context.set_inlines(table.header[c], style.small_size, false, frame, lines);
    for (const auto& row : table.rows)
      if (c < row.size()) context.set_inlines(row[c], style.small_size, false, frame, lines);
    for (TextItem item : lines.items) {
      item.origin.y += text_top;
      out.items.emplace_back(std::move(item));
    }
    height = std::max(height, lines.lines.empty() ? line_y : text_top + lines.height());
  }
  out.end_box(first, height);
}

}  // namespace sygedok::layout
