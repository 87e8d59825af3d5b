#pragma once
// A paragraph as layout measures it: its characters, each with a font style
// and its x offset along one unbroken line, and the UAX #14 break
// opportunities between them (libunibreak, computed once per paragraph).
// The input of line breaking and of table column measuring. Plain data.
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/font_metrics.h"
#include "markup/block.h"

namespace sygedok::layout {

constexpr char32_t kHardBreak = U'\n';
constexpr char32_t kSoftHyphen = U'\u00AD';

struct StyledText {
  double font_size = 10;
  std::u32string chars;           // kHardBreak marks a hard line break
  std::vector<FontStyle> styles;  // one per character
  std::vector<double> offsets;    // x of each character on one unbroken line, plus the end: length() + 1 entries
  std::vector<char> breaks;       // LINEBREAK_* for the position after each character
  // Per character: part of a name (Span::name), never hyphenated and
  // broken only at its spaces, not after a hyphen ("Ångström-Müller").
  std::vector<char> names;
  bool hyphenate = true;  // false: no word of the text is hyphenated (header cells)

  std::size_t length() const { return chars.size(); }
  double width(std::size_t begin, std::size_t end) const { return offsets[end] - offsets[begin]; }
};

// Text the fonts cannot draw, each character reported once per document.
// Not thread-safe; one per lay_out() call.
class TextProblems {
 public:
  void missing_glyph(char32_t code_point);
  void invalid_utf8();
  bool any() const { return !diagnostics_.empty(); }
  Diagnostics take() { return std::move(diagnostics_); }

 private:
  std::set<char32_t> reported_;
  bool reported_invalid_utf8_ = false;
  Diagnostics diagnostics_;
};

// Fills `out` (its buffers are reused) from `inlines` at `font_size`:
// HardBreak spans become kHardBreak, tabs and newlines inside text become
// spaces, `force_bold` makes every span bold (table header cells). Characters
// without a glyph are reported to `problems`. `out.hyphenate` is true.
void build_styled_text(const Inlines& inlines, double font_size, bool force_bold, const FontMetrics& metrics,
                       TextProblems& problems, StyledText& out);

// The same for one plain string in one style (list markers, footer).
void build_plain_text(std::string_view utf8, FontStyle style, double font_size, const FontMetrics& metrics,
                      TextProblems& problems, StyledText& out);

}  // namespace sygedok::layout
