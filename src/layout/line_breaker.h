#pragma once
// Breaks a paragraph into lines: greedy fill, ragged right, at the UAX #14
// opportunities of the whole paragraph (so a break is decided over runs of
// mixed bold/italic text). Trailing spaces do not count towards a line's
// width. A word that does not fit is hyphenated when it is letters only,
// starts with a small letter, is no part of a name, the text allows
// hyphenation (not a header cell) and the Hyphenator gives a point, at
// the last joint of a compound that fits, else (for a word without joints
// or wider than the line) the last point that fits; a word
// longer than a line is broken between characters and never overflows.
// Holds scratch buffers reused from paragraph to paragraph: one per
// lay_out() call, not thread-safe.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/font_metrics.h"
#include "layout/hyphenation_exceptions.h"
#include "layout/styled_text.h"

namespace sygedok::layout {

class Hyphenator;

// One line: characters [begin, end) including the spaces and the hard break
// that end it. `hyphenated`: a "-" is drawn after it (the word goes on).
struct LineRange {
  std::size_t begin = 0, end = 0;
  bool hyphenated = false;
};

class LineBreaker {
 public:
  LineBreaker(const FontMetrics& metrics, const Hyphenator* hyphenator);

  // Lines of `text` no wider than `width` points (an empty text has none).
  void break_lines(const StyledText& text, double width, std::vector<LineRange>& lines);

  // End of what is drawn of `line`: without its trailing spaces and hard break.
  static std::size_t visible_end(const StyledText& text, const LineRange& line);
  // Whether a "-" is drawn after the line (hyphenated, or broken at a soft hyphen).
  static bool shows_hyphen(const StyledText& text, const LineRange& line);
  // Width of what is drawn, including the hyphen.
  double drawn_width(const StyledText& text, const LineRange& line) const;
  // Advance of "-" in the style of character `after`.
  double hyphen_width(const StyledText& text, std::size_t after) const;

 private:
  std::optional<std::size_t> hyphenation_cut(const StyledText& text, std::size_t line_start,
                                             std::size_t segment_start, std::size_t content_end, double width);

  const FontMetrics& metrics_;
  const Hyphenator* hyphenator_;
  std::vector<HyphenPoint> hyphen_points_;
};

// CSS min-content width: the widest piece between break opportunities.
double min_content_width(const StyledText& text);
// CSS max-content width: the widest line when breaking only at hard breaks.
double max_content_width(const StyledText& text);

}  // namespace sygedok::layout
