#include "layout/table_row.h"

#include <algorithm>

namespace sygedok::layout {
namespace {

double lines_height(const RowCell& cell) {
  if (cell.first_line >= cell.end_line) return 0;
  const auto& first = cell.text.lines[cell.first_line];
  const auto& last = cell.text.lines[cell.end_line - 1];
  return last.top + last.height - first.top;
}

// How many of the cell's lines fit in `content_height`.
std::size_t lines_fitting(const RowCell& cell, double content_height) {
  std::size_t end = cell.first_line;
  double top = cell.first_line < cell.end_line ? cell.text.lines[cell.first_line].top : 0;
  while (end < cell.end_line) {
    const auto& line = cell.text.lines[end];
    if (line.top + line.height - top > content_height + 1e-6) break;
    ++end;
  }
  return end - cell.first_line;
}

}  // namespace

double row_height(const TableRow& row, double padding) {
  double content = 0;
  for (const auto& cell : row.cells) content = std::max(content, lines_height(cell));
  return content + 2 * padding;
}

void draw_row(const TableRow& row, double top, double height, const RowStyle& style, std::vector<FrameItem>& out,
              bool repeated) {
  // The boxes first, then the text: one artifact sequence for the borders
  // and fills of the row instead of one between every two cells.
  for (const auto& cell : row.cells) {
    RectItem box;
    box.rect = {cell.x, top, cell.width, height};
    if (row.header) box.fill = style.header_fill;
    box.stroke = style.border_color;
    box.stroke_width = style.border_width;
    out.emplace_back(box);
  }
  for (const auto& cell : row.cells) {
    if (cell.first_line >= cell.end_line) continue;
    const double shift = top + style.padding - cell.text.lines[cell.first_line].top;
    const auto& first = cell.text.lines[cell.first_line];
    const auto& last = cell.text.lines[cell.end_line - 1];
    for (std::size_t i = first.first_item; i < last.first_item + last.item_count; ++i) {
      TextItem item = cell.text.items[i];
      item.origin.y += shift;
      if (repeated) item.element = kArtifact;
      out.emplace_back(std::move(item));
    }
  }
}

std::optional<TableRow> split_row(TableRow& row, double available, double padding, bool force) {
  const double content = available - 2 * padding;
  std::vector<std::size_t> keep(row.cells.size());
  bool any = false;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    keep[c] = lines_fitting(row.cells[c], content);
    any = any || keep[c] > 0;
  }
  if (!any) {
    if (!force) return std::nullopt;
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      keep[c] = row.cells[c].first_line < row.cells[c].end_line ? 1 : 0;
  }
  TableRow rest = row;
  bool rest_has_lines = false;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    std::size_t cut = row.cells[c].first_line + keep[c];
    rest.cells[c].first_line = cut;
    row.cells[c].end_line = cut;
    rest_has_lines = rest_has_lines || cut < rest.cells[c].end_line;
  }
  if (!rest_has_lines) return std::nullopt;
  return rest;
}

}  // namespace sygedok::layout
