#pragma once
// The timeline figure of a follow-up plan (a table marked
// <!-- sygedok:timeline START TODAY -->; markup/block.h): weeks since START
// on an axis across the top ("uge 1", "uge 2", …, thinned when there are
// many), one row per item with its title on the left, a bar from its first
// to its last day and a square on its last day (filled: overdue, due, done
// in their colours; hollow: upcoming), a vertical line at TODAY, and a
// legend under it that names the colours, so colour is never the only
// sign. One box: the figure never splits across pages. Structure: one
// Figure whose alternative text says how many items it shows in each state
// (the list after it in the document has the same items); everything drawn
// belongs to it. Rows with unreadable dates are left out. Pure function of
// its input; not thread-safe only in that it writes to `context` and `out`.
#include "layout/layout_context.h"
#include "layout/vertical_list.h"
#include "markup/block.h"

namespace sygedok::layout {

void lay_out_timeline(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                      VerticalList& out);

}  // namespace sygedok::layout
