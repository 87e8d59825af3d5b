#pragma once
// The running head of pages 2 and later (a table marked
// <!-- sygedok:running-head -->, e.g. document title | employee | case
// number): small muted text in the top margin, the first column
// left-aligned, the last right-aligned, others centred, a thin grey rule
// under it. Page furniture: every item is an artifact, outside the
// structure tree, so screen readers read it once in the letterhead and
// title and not again on every page. Pure functions; thread-compatible.
#include <vector>

#include "core/frame.h"
#include "layout/layout_context.h"
#include "markup/block.h"

namespace sygedok::layout {

// The document's running head, or null.
const Table* running_head_table(const BlockDocument& document);

// The running head's items at its place on a page (the first row of
// `head` only). Empty when the row has no text.
std::vector<FrameItem> lay_out_running_head(const Table& head, LayoutContext& context);

// Puts `items` at the start of every page but the first.
void add_running_heads(std::vector<FramePage>& pages, const std::vector<FrameItem>& items);

}  // namespace sygedok::layout
