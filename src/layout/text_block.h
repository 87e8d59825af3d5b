#pragma once
// A paragraph set into lines: one TextItem per run of one style on a line
// (never per character), baselines placed as CSS does (half the leading
// above the glyphs). A space or hard break at a line end is not drawn, but
// the line's text keeps one space for it, so that text extraction and
// screen readers keep the word boundary. Plain data plus the function
// that fills it.
#include <cstddef>
#include <vector>

#include "core/frame.h"
#include "layout/line_breaker.h"
#include "layout/styled_text.h"

namespace sygedok::layout {

// One line: its top and height relative to the top of the TextLines, and
// its items (a range of TextLines::items).
struct LineBox {
  double top = 0, height = 0;
  std::size_t first_item = 0, item_count = 0;
};

// Lines stacked from y = 0; item origins have absolute x and y relative to
// the top of the first line.
struct TextLines {
  std::vector<TextItem> items;
  std::vector<LineBox> lines;
  double height() const { return lines.empty() ? 0 : lines.back().top + lines.back().height; }
};

enum class Alignment { Left, Center, Right };

// Where and how a text is set.
struct TextFrame {
  double x = 0, width = 0;
  Alignment alignment = Alignment::Left;
  double line_height = 1.35;  // times the font size
  Color color;
  StructId element = kArtifact;  // the structure element the text belongs to
};

// Breaks `text` into lines and appends them below what `out` already holds.
// `ranges` is scratch space.
void set_text(const StyledText& text, const TextFrame& frame, LineBreaker& breaker, const FontMetrics& metrics,
              std::vector<LineRange>& ranges, TextLines& out);

// Distance from a line's top to its baseline, for `font_size`.
double baseline_offset(const FontMetrics& metrics, double font_size, double line_height);

}  // namespace sygedok::layout
