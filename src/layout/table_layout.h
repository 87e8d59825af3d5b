#pragma once
// Plain GFM tables: column widths from the cells' min- and max-content
// widths as in CSS automatic table layout, filling the text width; 0.75 pt
// grey borders, padded cells, a bold header row on a light grey fill,
// header cells never hyphenated. A row with no text is left out; an empty
// cell says "–", except in a table without header row (label | value
// pairs), where the last cell with text spans the empty cells after it. Rows
// go to the vertical list, where the paginator moves them whole and repeats
// the header row on continuation pages; the header row and the first two
// body rows stay together, and so do the last two rows. Structure: Table, a
// TR per row, TH cells with scope column in the header row and with scope
// row for the all-bold labels of a table without header row, TD cells
// otherwise (spanned ones too, empty, so that the grid stays whole);
// borders are artifacts.
#include <vector>

#include "layout/layout_context.h"
#include "layout/vertical_list.h"
#include "markup/block.h"

namespace sygedok::layout {

// Columns of the widest row (header included).
std::size_t table_column_count(const Table& table);

void lay_out_table(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                   VerticalList& out);

// Widths of columns (min/max content widths including padding) that fill
// `width`: with room to spare every column gets its max width and the rest
// in proportion to it. Otherwise, narrowest first, each column whose max
// width is within its fair share of the room left (and leaves the others
// their min widths) gets its max width, so a short date or name is not
// wrapped to give a long text a little more; the other columns share the
// rest above their min widths in proportion to (max - min), as CSS does.
// When even the min widths do not fit they are scaled down (the cells'
// words are then broken between characters).
std::vector<double> column_widths(const std::vector<double>& min_widths, const std::vector<double>& max_widths,
                                  double width);

}  // namespace sygedok::layout
