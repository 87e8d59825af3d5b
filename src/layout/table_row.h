#pragma once
// A table row ready to be placed: its cells with their text set, drawn as
// bordered boxes at a given top; and split between lines when a single row
// is taller than a page. Plain data and pure functions.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/frame.h"
#include "layout/text_block.h"

namespace sygedok::layout {

struct RowCell {
  double x = 0, width = 0;                    // the cell's border box
  TextLines text;                             // y from the top of the cell's content
  std::size_t first_line = 0, end_line = 0;   // the lines of `text` in this (part of the) row
};

struct TableRow {
  int table = -1;       // index of the table it belongs to
  bool header = false;  // the header row, repeated on continuation pages
  std::vector<RowCell> cells;
};

// How rows look.
struct RowStyle {
  double padding = 0;
  double border_width = 0.75;
  Color border_color;
  Color header_fill;
};

// Tallest cell content plus the padding above and below.
double row_height(const TableRow& row, double padding);

// Appends the row's cell boxes (artifacts) and text, its top at `top`,
// `height` tall. A `repeated` header row, drawn again on a continuation
// page, is all artifact: readers have read it once already.
void draw_row(const TableRow& row, double top, double height, const RowStyle& style, std::vector<FrameItem>& out,
              bool repeated = false);

// Keeps in `row` the lines that fit in `available` points and returns the
// rest as a new row, or nullopt when no line fits. With `force`, at least
// one line stays (a line taller than a page).
std::optional<TableRow> split_row(TableRow& row, double available, double padding, bool force);

}  // namespace sygedok::layout
