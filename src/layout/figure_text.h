#pragma once
// Text inside figures drawn by layout (the timeline, the score chart):
// the plain text of a table cell, the width of a line of text, and a text
// cut after a whole word with "…" or wrapped to lines to fit a width.
// Figures draw single lines without hyphenation or the paragraph breaker.
// Pure functions; thread-safe.
#include <string>
#include <string_view>
#include <vector>

#include "layout/layout_context.h"
#include "markup/block.h"

namespace sygedok::layout {

std::string plain_text(const Inlines& inlines);
double text_width(const LayoutContext& context, std::string_view text, double size);
// `text` cut after a whole word with "…" to fit `width`.
std::string fitted(const LayoutContext& context, const std::string& text, double size, double width);
// `text` wrapped at spaces into at most `max_lines` lines of `width`; the
// last line is cut with "…" when the text does not fit.
std::vector<std::string> wrapped(const LayoutContext& context, const std::string& text, double size, double width,
                                 std::size_t max_lines);

}  // namespace sygedok::layout
