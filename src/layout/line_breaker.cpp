#include "layout/line_breaker.h"

#include <linebreak.h>
#include <utf8proc.h>

#include <algorithm>

#include "layout/hyphenator.h"

namespace sygedok::layout {
namespace {

constexpr double kEpsilon = 1e-6;
// Hyphenation policy (docs/typesetting.md). The Danish patterns of
// hyphen-da often misplace the joint of compounds ("mulighed-serklæring",
// "sygefravær-ssamtale"), so a break is taken only where it pays:
constexpr std::size_t kMinimumHyphenatedWord = 8;  // letters
constexpr std::size_t kMinimumFragment = 3;        // letters kept on each side of the hyphen
constexpr double kLooseLine = 0.75;                // hyphenate only when the line would be filled less than this
                                                   // (or the word alone is wider than the line)

bool is_trailing_space(char32_t c) { return c == U' ' || c == kHardBreak; }

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
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
  if (hyphenator_ == nullptr) return std::nullopt;
  // A tied phrase ("14. december 2026", layout/danish_ties.h) moves whole.
  for (std::size_t i = segment_start; i < content_end; ++i)
    if (text.chars[i] == U' ' && text.breaks[i] == LINEBREAK_NOBREAK) return std::nullopt;
  // The word may have begun on the previous line (after an earlier hyphen).
  std::size_t word_start = segment_start;
  while (word_start > 0 && is_letter(text.chars[word_start - 1]) && no_break_after(text, word_start - 1))
    --word_start;
  while (word_start < content_end && !is_letter(text.chars[word_start])) ++word_start;
  std::size_t word_end = word_start;
  while (word_end < content_end && is_letter(text.chars[word_end])) ++word_end;
  if (word_end - word_start < kMinimumHyphenatedWord) return std::nullopt;
  // Danish capitalises names, not nouns: "Østergaard" and "Rådhuset" stay whole.
  if (is_capital(text.chars[word_start])) return std::nullopt;

  const bool word_fits_a_line = text.width(word_start, word_end) <= width + kEpsilon;
  if (segment_start > line_start && word_fits_a_line &&
      text.width(line_start, trim_trailing_spaces(text, line_start, segment_start)) >= kLooseLine * width)
    return std::nullopt;

  std::u32string_view word(text.chars.data() + word_start, word_end - word_start);
  hyphenator_->hyphenation_points(word, hyphen_points_);
  auto is_point = [&](std::size_t at) {
    return std::find(hyphen_points_.begin(), hyphen_points_.end(), at) != hyphen_points_.end();
  };
  for (auto it = hyphen_points_.rbegin(); it != hyphen_points_.rend(); ++it) {
    // Two points around a single letter mark an uncertain compound joint
    // ("fravær-s-samtale", "ra-s-kmelding"); the later one is the joint.
    if (*it < kMinimumFragment || word.size() - *it < kMinimumFragment || is_point(*it + 1)) continue;
    std::size_t cut = word_start + *it;
    if (cut <= segment_start) break;
    if (text.width(line_start, cut) + hyphen_width(text, cut - 1) <= width + kEpsilon) return cut;
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
