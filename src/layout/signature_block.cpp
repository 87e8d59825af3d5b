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

// The cell's text as one line ("Dato og underskrift, leder").
std::string plain_text(const Inlines& inlines) {
  std::string text;
  for (const Span& span : inlines) text += span.kind == Span::Kind::HardBreak ? std::string(" ") : span.text;
  return text;
}

double field_height(const LayoutStyle& style) {
  return std::clamp(style.signature_field_height, 0.0, std::max(style.signature_top_gap, 0.0));
}

}  // namespace

double signature_space_above(const LayoutStyle& style) { return style.signature_top_gap - field_height(style); }

void lay_out_signatures(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                        VerticalList& out) {
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
  const StructId block = context.add_element(StructRole::Div, parent);
  for (std::size_t c = 0; c < columns; ++c) {
    const double column_x = x + (column_width + gap) * static_cast<double>(c);
    const StructId signer = context.add_element(StructRole::Div, block);
    const StructId form = context.add_element(StructRole::Form, signer);
    context.structure[form].alt = c < table.header.size() ? plain_text(table.header[c]) : std::string();
    if (context.structure[form].alt.empty()) context.structure[form].alt = "Underskrift";
    out.items.emplace_back(SignatureFieldItem{{column_x, 0, column_width, line_y}, field_name(table, c), form});
    out.items.emplace_back(LineItem{{column_x, line_y},
                                    {column_x + column_width, line_y},
                                    style.rule_width,
                                    style.signature_line_color});
    lines.items.clear();
    lines.lines.clear();
    auto set_cell = [&](const Inlines& cell) {
      if (cell.empty()) return;
      context.set_inlines(cell, style.small_size, false,
                          context.frame(column_x, column_width, context.add_element(StructRole::P, signer)), lines);
    };
    if (c < table.header.size()) set_cell(table.header[c]);
    for (const auto& row : table.rows)
      if (c < row.size()) set_cell(row[c]);
    for (TextItem item : lines.items) {
      item.origin.y += text_top;
      out.items.emplace_back(std::move(item));
    }
    height = std::max(height, lines.lines.empty() ? line_y : text_top + lines.height());
  }
  out.end_box(first, height);
}

}  // namespace sygedok::layout
