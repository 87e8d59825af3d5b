#include "layout/table_layout.h"

#include <algorithm>
#include <numeric>

namespace sygedok::layout {
namespace {

// What an empty cell says (docs/typesetting.md, "Tables").
constexpr const char* kNoValue = "\u2013";

Alignment alignment_of(const Table& table, std::size_t column) {
  if (column >= table.align.size()) return Alignment::Left;
  switch (table.align[column]) {
    case Table::Align::Center: return Alignment::Center;
    case Table::Align::Right: return Alignment::Right;
    default: return Alignment::Left;
  }
}

bool has_text(const Inlines& cell) {
  return std::any_of(cell.begin(), cell.end(),
                     [](const Span& span) { return span.kind == Span::Kind::Text && !span.text.empty(); });
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

// A row as it is drawn: every column's cell (an empty one says kNoValue),
// and how many are drawn: in a table without header row (label | value
// pairs) the last cell with text spans the empty cells after it, which
// stay in the structure as empty cells.
struct GridRow {
  bool header = false;
  std::vector<Inlines> cells;
  std::size_t drawn = 0;
};

std::vector<GridRow> grid_of(const Table& table, std::size_t columns) {
  std::vector<GridRow> grid;
  auto add = [&](const std::vector<Inlines>& source, bool header) {
    GridRow row{header, source, columns};
    row.cells.resize(columns);
    const auto last = std::find_if(row.cells.rbegin(), row.cells.rend(), has_text);
    if (last == row.cells.rend()) return;  // a row with no value is left out
    if (table.header.empty()) row.drawn = static_cast<std::size_t>(row.cells.rend() - last);
    for (std::size_t c = 0; c < row.drawn; ++c)
      if (!has_text(row.cells[c])) row.cells[c] = {Span{Span::Kind::Text, kNoValue}};
    grid.push_back(std::move(row));
  };
  if (!table.header.empty()) add(table.header, true);
  for (const auto& row : table.rows) add(row, false);
  return grid;
}

// Every drawn cell measured, row-major; a cell spanning columns counts
// towards no column's widths.
struct MeasuredCells {
  std::vector<std::vector<StyledText>> cells;
  std::vector<double> min_widths, max_widths;
};

MeasuredCells measure(const Table& table, const std::vector<GridRow>& grid, std::size_t columns,
                      LayoutContext& context) {
  MeasuredCells measured;
  measured.min_widths.assign(columns, 0);
  measured.max_widths.assign(columns, 0);
  for (const GridRow& row : grid) {
    auto& texts = measured.cells.emplace_back(row.drawn);
    for (std::size_t c = 0; c < row.drawn; ++c) {
      StyledText& text = texts[c];
      build_styled_text(row.cells[c], context.style.body_size, row.header, context.metrics, context.problems, text);
      // Header cells (the header row, row labels) are never hyphenated.
      text.hyphenate = !row.header && !(table.header.empty() && is_row_label(row.cells[c]));
      if (c + 1 == row.drawn && row.drawn < columns) continue;
      measured.min_widths[c] = std::max(measured.min_widths[c], min_content_width(text));
      measured.max_widths[c] = std::max(measured.max_widths[c], max_content_width(text));
    }
  }
  const double padding = 2 * context.style.cell_padding;
  for (std::size_t c = 0; c < columns; ++c) {
    measured.min_widths[c] += padding;
    measured.max_widths[c] += padding;
  }
  return measured;
}

// The structure element of a cell: TH for the header row (scope column) and
// for row labels (scope row), TD otherwise.
StructId cell_element(const Table& table, const GridRow& row, std::size_t c, StructId tr,
                      DocumentStructure& structure) {
  if (row.header || (table.header.empty() && is_row_label(row.cells[c]))) {
    const StructId th = structure.add(StructRole::TH, tr);
    structure[th].scope = row.header ? HeaderScope::Column : HeaderScope::Row;
    return th;
  }
  return structure.add(StructRole::TD, tr);
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
    return widths;
  }
  if (sum_min >= width) {
    for (std::size_t i = 0; i < n; ++i) widths[i] = min_widths[i] * width / sum_min;
    return widths;
  }
  // Narrowest first, a column whose max width is within its fair share of
  // the room left gets it whole (a date or a name stays on one line)...
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return max_widths[a] < max_widths[b]; });
  std::vector<bool> whole(n, false);
  double left = width, open_min = sum_min, open_max = sum_max;
  std::size_t open = n;
  for (std::size_t i : order) {
    if (max_widths[i] > left / static_cast<double>(open) || left - max_widths[i] < open_min - min_widths[i]) break;
    whole[i] = true;
    widths[i] = max_widths[i];
    left -= max_widths[i];
    open_min -= min_widths[i];
    open_max -= max_widths[i];
    --open;
  }
  // ...and the others share the rest above their min widths in proportion
  // to (max - min), as CSS does (open_max > left >= open_min here).
  const double share = (left - open_min) / (open_max - open_min);
  for (std::size_t i = 0; i < n; ++i)
    if (!whole[i]) widths[i] = min_widths[i] + (max_widths[i] - min_widths[i]) * share;
  return widths;
}

void lay_out_table(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                   VerticalList& out) {
  const std::size_t columns = table_column_count(table);
  if (columns == 0) return;
  const std::vector<GridRow> grid = grid_of(table, columns);
  if (grid.empty()) return;
  MeasuredCells measured = measure(table, grid, columns, context);
  const std::vector<double> widths = column_widths(measured.min_widths, measured.max_widths, width);
  const double padding = context.style.cell_padding;
  const int table_index = out.add_table();
  const std::size_t first_element = out.elements.size();
  const StructId table_element = context.add_element(StructRole::Table, parent);
  for (std::size_t r = 0; r < grid.size(); ++r) {
    TableRow row;
    row.table = table_index;
    row.header = grid[r].header;
    const StructId row_element = context.add_element(StructRole::TR, table_element);
    double cell_x = x;
    for (std::size_t c = 0; c < columns; ++c) {
      const StructId element = cell_element(table, grid[r], c, row_element, context.structure);
      if (c >= grid[r].drawn) continue;  // spanned: an empty cell of the structure
      const bool spans = c + 1 == grid[r].drawn;
      const double cell_width = spans ? x + width - cell_x : widths[c];
      RowCell& cell = row.cells.emplace_back();
      cell.x = cell_x;
      cell.width = cell_width;
      TextFrame frame = context.frame(cell_x + padding, std::max(0.0, cell_width - 2 * padding), element,
                                      alignment_of(table, c));
      context.set_prepared(measured.cells[r][c], frame, cell.text);
      cell.end_line = cell.text.lines.size();
      cell_x += cell_width;
    }
    const double height = row_height(row, padding);
    out.add_row(std::move(row), height, true);
  }
  // The header row and two body rows stay together, and neither a first
  // nor a last row stands alone on a page.
  const bool has_header = grid.front().header;
  out.keep_together(first_element, has_header ? 3 : 2, 2);
}

}  // namespace sygedok::layout
