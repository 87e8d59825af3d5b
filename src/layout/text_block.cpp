#include "layout/text_block.h"

#include <algorithm>

#include "core/text.h"

namespace sygedok::layout {
namespace {

bool is_drawn(char32_t c) { return c != kHardBreak && c != kSoftHyphen; }

// Appends one TextItem per run of one style in [begin, end).
void emit_runs(const StyledText& text, std::size_t begin, std::size_t end, bool hyphen, double x, double baseline,
               const TextFrame& frame, TextLines& out) {
  std::size_t run_start = begin;
  while (run_start < end) {
    std::size_t run_end = run_start + 1;
    while (run_end < end && text.styles[run_end] == text.styles[run_start]) ++run_end;
    TextItem item;
    item.origin = {x + text.width(begin, run_start), baseline};
    item.style = text.styles[run_start];
    item.size = text.font_size;
    item.color = frame.color;
    item.element = frame.element;
    item.text.reserve(run_end - run_start);
    for (std::size_t i = run_start; i < run_end; ++i)
      if (is_drawn(text.chars[i])) append_utf8(item.text, text.chars[i]);
    if (!item.text.empty()) out.items.push_back(std::move(item));
    // The hyphen of a divided word is drawn but not part of the text read
    // aloud or extracted ("dagtilbuds-leder" reads "dagtilbudsleder").
    if (hyphen && run_end == end) {
      TextItem mark;
      mark.origin = {x + text.width(begin, end), baseline};
      mark.style = text.styles[run_start];
      mark.size = text.font_size;
      mark.color = frame.color;
      mark.text = "-";
      out.items.push_back(std::move(mark));
    }
    run_start = run_end;
  }
}

// Whether a line's hidden tail [end, line_end) held a space or hard break,
// i.e. the line ends between two words. The last line of a text has none.
bool ends_at_space(const StyledText& text, std::size_t end, std::size_t line_end) {
  if (line_end >= text.length()) return false;
  for (std::size_t i = end; i < line_end; ++i)
    if (text.chars[i] == U' ' || text.chars[i] == kHardBreak) return true;
  return false;
}

}  // namespace

double baseline_offset(const FontMetrics& metrics, double font_size, double line_height) {
  double ascent = metrics.ascent(FontStyle::Regular, font_size);
  double descent = metrics.descent(FontStyle::Regular, font_size);
  return (font_size * line_height - (ascent + descent)) / 2 + ascent;
}

void set_text(const StyledText& text, const TextFrame& frame, LineBreaker& breaker, const FontMetrics& metrics,
              std::vector<LineRange>& ranges, TextLines& out) {
  breaker.break_lines(text, frame.width, ranges);
  const double height = text.font_size * frame.line_height;
  const double baseline = baseline_offset(metrics, text.font_size, frame.line_height);
  double top = out.height();
  for (const LineRange& range : ranges) {
    double x = frame.x;
    if (frame.alignment != Alignment::Left) {
      double slack = std::max(0.0, frame.width - breaker.drawn_width(text, range));
      x += frame.alignment == Alignment::Right ? slack : slack / 2;
    }
    LineBox line{top, height, out.items.size(), 0};
    std::size_t end = LineBreaker::visible_end(text, range);
    const bool hyphen = LineBreaker::shows_hyphen(text, range);
    emit_runs(text, range.begin, end, hyphen, x, top + baseline, frame, out);
    line.item_count = out.items.size() - line.first_item;
    if (line.item_count > 0 && !hyphen && ends_at_space(text, end, range.end))
      out.items.back().text.push_back(' ');
    out.lines.push_back(line);
    top += height;
  }
}

}  // namespace sygedok::layout
