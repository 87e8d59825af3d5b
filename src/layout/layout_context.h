#pragma once
// What every part of one lay_out() call shares: the fonts, the style, the
// line breaker (with the hyphenation patterns), the document's structure
// tree being built, the text problems found so far, and scratch buffers reused from paragraph to paragraph so that
// laying out a paragraph allocates little. One per lay_out() call; not
// thread-safe.
#include <vector>

#include "core/font_metrics.h"
#include "layout/layout.h"
#include "layout/line_breaker.h"
#include "layout/styled_text.h"
#include "layout/text_block.h"

namespace sygedok::layout {

struct LayoutContext {
  LayoutContext(const FontMetrics& metrics, const Hyphenator* hyphenator, const LayoutStyle& style)
      : metrics(metrics), style(style), breaker(metrics, hyphenator) {}

  const FontMetrics& metrics;
  const LayoutStyle& style;
  LineBreaker breaker;
  DocumentStructure structure;
  TextProblems problems;
  StyledText scratch_text;
  std::vector<LineRange> scratch_ranges;

  double text_left() const { return style.margin_left; }
  double text_width() const { return style.page.width - style.margin_left - style.margin_right; }

  // Sets `inlines` at `font_size` into `frame`, appending to `out`.
  void set_inlines(const Inlines& inlines, double font_size, bool force_bold, const TextFrame& frame,
                   TextLines& out) {
    build_styled_text(inlines, font_size, force_bold, metrics, problems, scratch_text);
    set_text(scratch_text, frame, breaker, metrics, scratch_ranges, out);
  }
  void set_prepared(const StyledText& text, const TextFrame& frame, TextLines& out) {
    set_text(text, frame, breaker, metrics, scratch_ranges, out);
  }
  // A new structure element, the last child of `parent`.
  StructId add_element(StructRole role, StructId parent) { return structure.add(role, parent); }

  // A frame at the body's line height whose text belongs to `element`.
  TextFrame frame(double x, double width, StructId element, Alignment alignment = Alignment::Left) const {
    return {x, width, alignment, style.line_height, style.text_color, element};
  }
};

}  // namespace sygedok::layout
