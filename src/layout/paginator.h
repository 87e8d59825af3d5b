#pragma once
// Cuts the vertical list into pages: fills each page greedily and, when a
// piece does not fit, ends the page at the last place a page may begin (so
// headings stay with what follows and paragraphs keep two lines on each
// side). Spaces at the top of a page are dropped, a table continued on a
// new page gets its header row again (as an artifact), and a row taller than a page is split
// between lines. Pure function of its input; thread-compatible.
#include <vector>

#include "core/frame.h"
#include "layout/layout.h"
#include "layout/vertical_list.h"

namespace sygedok::layout {

// May split rows of `list` (hence non-const). The flow on page 1 begins at
// `first_page_top` (below page 1's fixed parts), on later pages at the top margin.
std::vector<FramePage> paginate(VerticalList& list, const LayoutStyle& style);
std::vector<FramePage> paginate(VerticalList& list, const LayoutStyle& style, double first_page_top);

}  // namespace sygedok::layout
