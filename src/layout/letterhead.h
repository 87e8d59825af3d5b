#pragma once
// The letterhead (a table marked <!-- sygedok:letterhead -->): no borders,
// small muted text, the first column left-aligned and the last right-
// aligned (sender on the left; CVR, date and case number on the right),
// every row including the header row as plain lines, then a grey rule
// under it. One box: it never splits.
#include "layout/layout_context.h"
#include "layout/vertical_list.h"
#include "markup/block.h"

namespace sygedok::layout {

void lay_out_letterhead(const Table& table, double x, double width, LayoutContext& context, VerticalList& out);

}  // namespace sygedok::layout
