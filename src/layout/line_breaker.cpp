#include "layout/line_breaker.h"

#include <linebreak.h>
#include <utf8proc.h>

#include <algorithm>

#include "layout/hyphenator.h"

namespace sygedok::layout {
namespace {

constexpr double kEpsilon = 1e-6;
// Hyphenation pays only when the line would otherwise be filled less than
// this (or the word alone is wider than the line); docs/typesetting.md.
constexpr double kLooseLine = 0.75;

bool is_trailing_space(char32_t c) { return c == U' ' || c == kHardBreak; }

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

// Punctuation around a word: brackets, quotes, full stops, commas; not a
// dash (a word with a hyphen is not divided).
bool is_punctuation_around(char32_t c) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO: return true;
    default: return false;
  }
}

bool is_capital(char32_t c) {
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool no_break_after(const StyledText& text, std::size_t i) {
  return text.breaks[i] == LINEBREAK_NOBREAK || text.breaks[i] == LINEBREAK_INSIDEACHAR;
}

// End of the piece that starts at `start`: just after the next break opportunity.
std::size_t segment_end(const StyledText& text, std::size_t start) {
  std::size_t i = start;
  while (i + 1 < text.length() && no_break_after(text, i)) ++i;
  return i + 1;
}

std::size_t trim_trailing_spaces(const StyledText& text, std::size_t begin, std::size_t end) {
  while (end > begin && is_trailing_space(text.chars[end - 1])) --end;
  return end;
}

// Characters from `start` that fit in `width`, at least one.
std::size_t emergency_cut(const StyledText& text, std::size_t start, std::size_t content_end, double width) {
  std::size_t cut = start + 1;
  while (cut < content_end && text.width(start, cut + 1) <= width + kEpsilon) ++cut;
  return cut;
}

}  // namespace

LineBreaker::LineBreaker(const FontMetrics& metrics, const Hyphenator* hyphenator)
    : metrics_(metrics), hyphenator_(hyphenator) {}

void LineBreaker::break_lines(const StyledText& text, double width, std::vector<LineRange>& lines) {
  lines.clear();
  const std::size_t n = text.length();
  std::size_t pos = 0;
  while (pos < n) {
    const std::size_t line_start = pos;
    for (;;) {
      const std::size_t end = segment_end(text, pos);
      const std::size_t content_end = trim_trailing_spaces(text, pos, end);
      double needed = text.width(line_start, content_end);
      if (content_end > line_start && text.chars[content_end - 1] == kSoftHyphen)
        needed += hyphen_width(text, content_end - 1);
      if (needed <= width + kEpsilon) {
        pos = end;
        if (text.breaks[end - 1] == LINEBREAK_MUSTBREAK || pos >= n) {
          lines.push_back({line_start, pos, false});
          break;
        }
        continue;
      }
      if (auto cut = hyphenation_cut(text, line_start, pos, content_end, width)) {
        lines.push_back({line_start, *cut, true});
        pos = *cut;
        break;
      }
      if (pos > line_start) {  // the piece starts the next line
        lines.push_back({line_start, pos, false});
        break;
      }
      pos = emergency_cut(text, line_start, content_end, width);
      lines.push_back({line_start, pos, false});
      break;
    }
  }
}

std::optional<std::size_t> LineBreaker::hyphenation_cut(const StyledText& text, std::size_t line_start,
                                                        std::size_t segment_start, std::size_t content_end,
                                                        double width) {
  if (hyphenator_ == nullptr || !text.hyphenate) return std::nullopt;
  // A tied phrase ("14. december 2026", layout/danish_ties.h) moves whole.
  for (std::size_t i = segment_start; i < content_end; ++i)
    if (text.chars[i] == U' ' && text.breaks[i] == LINEBREAK_NOBREAK) return std::nullopt;
  // The whole word between spaces (it may have begun on the previous line,
  // after an earlier hyphen), without punctuation around it. Only letters
  // are divided: not "HR-konsulent" (it breaks after its hyphen), an e-mail
  // or web address, or a case number.
  std::size_t word_start = segment_start;
  while (word_start > 0 && !is_trailing_space(text.chars[word_start - 1])) --word_start;
  std::size_t word_end = content_end;
  while (word_end < text.length() && !is_trailing_space(text.chars[word_end])) ++word_end;
  while (word_start < word_end && is_punctuation_around(text.chars[word_start])) ++word_start;
  while (word_end > word_start && is_punctuation_around(text.chars[word_end - 1])) --word_end;
  for (std::size_t i = word_start; i < word_end; ++i)
    if (!is_letter(text.chars[i]) || text.names[i]) return std::nullopt;  // names: see text.names
  // Danish capitalises names, not nouns: "Østergaard" and "Rådhuset" stay whole.
  if (word_start == word_end || is_capital(text.chars[word_start])) return std::nullopt;

  const bool word_fits_a_line = text.width(word_start, word_end) <= width + kEpsilon;
  if (segment_start > line_start && word_fits_a_line &&
      text.width(line_start, trim_trailing_spaces(text, line_start, segment_start)) >= kLooseLine * width)
    return std::nullopt;

  hyphenator_->hyphen_points(std::u32string_view(text.chars.data() + word_start, word_end - word_start),
                             hyphen_points_);
  // The last joint of a compound that fits. Another point only for a word
  // without joints or wider than the line: "biblio-teksleder" never, the
  // whole word moves to the next line instead.
  const bool has_joint = std::any_of(hyphen_points_.begin(), hyphen_points_.end(),
                                     [](const HyphenPoint& point) { return point.joint; });
  for (const bool joints_only : {true, false}) {
    if (!joints_only && has_joint && word_fits_a_line) break;
    for (auto it = hyphen_points_.rbegin(); it != hyphen_points_.rend(); ++it) {
      if (joints_only && !it->joint) continue;
      const std::size_t cut = word_start + it->at;
      if (cut <= segment_start) break;
      if (text.width(line_start, cut) + hyphen_width(text, cut - 1) <= width + kEpsilon) return cut;
    }
  }
  return std::nullopt;
}

std::size_t LineBreaker::visible_end(const StyledText& text, const LineRange& line) {
  return trim_trailing_spaces(text, line.begin, line.end);
}

bool LineBreaker::shows_hyphen(const StyledText& text, const LineRange& line) {
  if (line.hyphenated) return true;
  std::size_t end = visible_end(text, line);
  return end > line.begin && text.chars[end - 1] == kSoftHyphen;
}

double LineBreaker::drawn_width(const StyledText& text, const LineRange& line) const {
  std::size_t end = visible_end(text, line);
  double width = text.width(line.begin, end);
  if (shows_hyphen(text, line) && end > line.begin) width += hyphen_width(text, end - 1);
  return width;
}

double LineBreaker::hyphen_width(const StyledText& text, std::size_t after) const {
  return metrics_.advance(text.styles[after], U'-', text.font_size);
}

double min_content_width(const StyledText& text) {
  double widest = 0;
  for (std::size_t pos = 0; pos < text.length();) {
    std::size_t end = segment_end(text, pos);
    widest = std::max(widest, text.width(pos, trim_trailing_spaces(text, pos, end)));
    pos = end;
  }
  return widest;
}

double max_content_width(const StyledText& text) {
  double widest = 0;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.length(); ++i) {
    if (text.chars[i] != kHardBreak && i + 1 < text.length()) continue;
    std::size_t end = i + 1;
    widest = std::max(widest, text.width(line_start, trim_trailing_spaces(text, line_start, end)));
    line_start = end;
  }
  return widest;
}

}  // namespace sygedok::layout
