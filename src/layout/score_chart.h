#pragma once
// The score chart of the dialogue tool's result (a table marked
// <!-- sygedok:score-chart LOW HIGH -->; markup/block.h): the scale from
// LOW to HIGH as the axis across the top, and per row (| title | mean |
// spread | answers |, mean and spread as the document writes them, "3,4",
// and anything else, such as "–", when there are no answers) the title on the left, a horizontal bar from LOW
// to the mean with the mean written after it, and a line from mean −
// spread to mean + spread (cut at the axis' ends) with end marks; a legend
// under it says in words what bar and line mean. One box: the chart never
// splits across pages. Structure: one Figure whose alternative text gives
// every row's mean and spread in words; everything drawn belongs to it.
// Pure function of its input; writes only to `context` and `out`.
#include "layout/layout_context.h"
#include "layout/vertical_list.h"
#include "markup/block.h"

namespace sygedok::layout {

void lay_out_score_chart(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                         VerticalList& out);

}  // namespace sygedok::layout
