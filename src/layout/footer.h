#pragma once
// The footer "Side X af Y", added to every page once the page count is
// known: small size, muted colour, right-aligned in the bottom margin.
#include <vector>

#include "core/font_metrics.h"
#include "core/frame.h"
#include "layout/layout.h"
#include "layout/styled_text.h"

namespace sygedok::layout {

void add_page_footers(std::vector<FramePage>& pages, const FontMetrics& metrics, const LayoutStyle& style,
                      TextProblems& problems);

}  // namespace sygedok::layout
