#include "layout/table_layout.h"

#include <algorithm>
#include <numeric>

namespace sygedok::layout {
namespace {

Alignment alignment_of(const Table& table, std::size_t column) {
  if (column >= table.align.size()) return Alignment::Left;
  switch (table.align[column]) {
    case Table::Align::Center: return Alignment::Center;
    case Table::Align::Right: return Alignment::Right;
    default: return Alignment::Left;
  }
}

// Every cell measured: the header row first (if any), then the body rows.
struct MeasuredCells {
  std::size_t columns = 0;
  std::vector<StyledText> cells;  // row-major
  std::vector<double> min_widths, max_widths;
};

MeasuredCells measure(const Table& table, std::size_t columns, LayoutContext& context) {
  MeasuredCells measured;
  measured.columns = columns;
  measured.min_widths.assign(columns, 0);
  measured.max_widths.assign(columns, 0);
  const Inlines empty;
  auto add_row = [&](const std::vector<Inlines>& row, bool header) {
    for (std::size_t c = 0; c < columns; ++c) {
      StyledText& text = measured.cells.emplace_back();
      build_styled_text(c < row.size() ? row[c] : empty, context.style.body_size, header, context.metrics,
                        context.problems, text);
      measured.min_widths[c] = std::max(measured.min_widths[c], min_content_width(text));
      measured.max_widths[c] = std::max(measured.max_widths[c], max_content_width(text));
    }
  };
  measured.cells.reserve(columns * (table.rows.size() + 1));
  if (!table.header.empty()) add_row(table.header, true);
  for (const auto& row : table.rows) add_row(row, false);
  const double padding = 2 * context.style.cell_padding;
  for (std::size_t c = 0; c < columns; ++c) {
    measured.min_widths[c] += padding;
    measured.max_widths[c] += padding;
  }
  return measured;
}

// A cell of a table without header row whose text is all bold labels its
// row ("**Medarbejder** | Tove Test").
bool is_row_label(const Inlines& cell) {
  bool any = false;
  for (const Span& span : cell) {
    if (span.kind != Span::Kind::Text) continue;
    if (!span.bold) return false;
    any = any || !span.text.empty();
  }
  return any;
}

// The structure element of a cell: TH for the header row (scope column) and
// for row labels (scope row), TD otherwise.
StructId cell_element(const Table& table, std::size_t r, std::size_t c, StructId row, DocumentStructure& structure) {
  const bool has_header = !table.header.empty();
  if (has_header && r == 0) {
    const StructId th = structure.add(StructRole::TH, row);
    structure[th].scope = HeaderScope::Column;
    return th;
  }
  const auto& cells = table.rows[r - (has_header ? 1 : 0)];
  if (!has_header && c < cells.size() && is_row_label(cells[c])) {
    const StructId th = structure.add(StructRole::TH, row);
    structure[th].scope = HeaderScope::Row;
    return th;
  }
  return structure.add(StructRole::TD, row);
}

}  // namespace

std::size_t table_column_count(const Table& table) {
  std::size_t count = table.header.size();
  for (const auto& row : table.rows) count = std::max(count, row.size());
  return count;
}

std::vector<double> column_widths(const std::vector<double>& min_widths, const std::vector<double>& max_widths,
                                  double width) {
  const std::size_t n = min_widths.size();
  std::vector<double> widths(n, n == 0 ? 0 : width / static_cast<double>(n));
  const double sum_min = std::accumulate(min_widths.begin(), min_widths.end(), 0.0);
  const double sum_max = std::accumulate(max_widths.begin(), max_widths.end(), 0.0);
  if (n == 0 || sum_max <= 0) return widths;
  if (sum_max <= width) {
    for (std::size_t i = 0; i < n; ++i) widths[i] = max_widths[i] + (width - sum_max) * max_widths[i] / sum_max;
  } else if (sum_min >= width) {
    for (std::size_t i = 0; i < n; ++i) widths[i] = min_widths[i] * width / sum_min;
  } else {
    const double share = (width - sum_min) / (sum_max - sum_min);
    for (std::size_t i = 0; i < n; ++i) widths[i] = min_widths[i] + (max_widths[i] - min_widths[i]) * share;
  }
  return widths;
}

void lay_out_table(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                   VerticalList& out) {
  const std::size_t columns = table_column_count(table);
  if (columns == 0) return;
  MeasuredCells measured = measure(table, columns, context);
  const std::vector<double> widths = column_widths(measured.min_widths, measured.max_widths, width);
  const double padding = context.style.cell_padding;
  const int table_index = out.add_table();
  const std::size_t row_count = measured.cells.size() / columns;
  const bool has_header = !table.header.empty();
  const StructId table_element = context.add_element(StructRole::Table, parent);
  for (std::size_t r = 0; r < row_count; ++r) {
    TableRow row;
    row.table = table_index;
    row.header = has_header && r == 0;
    const StructId row_element = context.add_element(StructRole::TR, table_element);
    double cell_x = x;
    for (std::size_t c = 0; c < columns; ++c) {
      RowCell& cell = row.cells.emplace_back();
      cell.x = cell_x;
      cell.width = widths[c];
      TextFrame frame = context.frame(cell_x + padding, std::max(0.0, widths[c] - 2 * padding),
                                      cell_element(table, r, c, row_element, context.structure),
                                      alignment_of(table, c));
      context.set_prepared(measured.cells[r * columns + c], frame, cell.text);
      cell.end_line = cell.text.lines.size();
      cell_x += widths[c];
    }
    const double height = row_height(row, padding);
    const bool first_body_row_after_header = has_header && r == 1;
    out.add_row(std::move(row), height, !first_body_row_after_header);
  }
}

}  // namespace sygedok::layout
