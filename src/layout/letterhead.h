#pragma once
// The letterhead (a table marked <!-- sygedok:letterhead -->): no borders,
// small muted text, the first column left-aligned and the last right-
// aligned (sender on the left; CVR, date and case number on the right),
// every row including the header row as plain lines, then a grey rule
// under it. One box: it never splits. Structure: a Div per column with a P
// per cell (sender first, then CVR, date and case number), drawn column by
// column in that order; the rule is an artifact.
#include "layout/layout_context.h"
#include "layout/vertical_list.h"
#include "markup/block.h"

namespace sygedok::layout {

void lay_out_letterhead(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                        VerticalList& out);

}  // namespace sygedok::layout
