#include "layout/styled_text.h"

#include <linebreak.h>
#include <utf8proc.h>

#include <algorithm>
#include <mutex>

#include "core/text.h"
#include "layout/danish_ties.h"

namespace sygedok::layout {
namespace {

void ensure_linebreak_tables() {
  // init_linebreak() fills libunibreak's static lookup index; afterwards
  // set_linebreaks_*() only reads it, so concurrent layouts are safe.
  static std::once_flag once;
  std::call_once(once, [] { init_linebreak(); });
}

char32_t as_layout_character(char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\r') return U' ';
  return c;
}

void append_character(char32_t c, FontStyle style, bool name, double advance, StyledText& out) {
  out.chars.push_back(c);
  out.styles.push_back(style);
  out.names.push_back(name ? 1 : 0);
  out.offsets.push_back(out.offsets.back() + advance);
}

// Appends a run of one style, measured by shaping it (kerning included):
// each character advances by the glyphs of the cluster it starts.
void append_utf8(std::string_view text, FontStyle style, bool name, const FontMetrics& metrics,
                 TextProblems& problems, StyledText& out) {
  thread_local std::string run;
  thread_local std::vector<std::uint32_t> run_bytes;  // byte offset in `run` of each character
  thread_local std::vector<PlacedGlyph> glyphs;
  thread_local std::vector<double> advances;
  run.clear();
  run_bytes.clear();
  for (std::size_t at = 0; at < text.size();) {
    const auto code_point = next_code_point(text, at);
    if (!code_point) {
      problems.invalid_utf8();
      break;
    }
    const char32_t c = as_layout_character(*code_point);
    if (c != kSoftHyphen && !metrics.has_glyph(style, c)) problems.missing_glyph(c);
    run_bytes.push_back(static_cast<std::uint32_t>(run.size()));
    sygedok::append_utf8(run, c);
  }
  glyphs.clear();
  metrics.shape(style, run, out.font_size, glyphs);
  advances.assign(run_bytes.size(), 0.0);
  for (const PlacedGlyph& glyph : glyphs) {
    const auto index = std::upper_bound(run_bytes.begin(), run_bytes.end(), glyph.cluster) - run_bytes.begin();
    if (index > 0) advances[static_cast<std::size_t>(index - 1)] += glyph.advance;
  }
  std::size_t index = 0;
  for (std::size_t at = 0; at < run.size(); ++index) {
    const char32_t c = *next_code_point(run, at);
    append_character(c, style, name, c == kSoftHyphen ? 0.0 : advances[index], out);
  }
}

void reset(double font_size, StyledText& out) {
  out.font_size = font_size;
  out.chars.clear();
  out.styles.clear();
  out.offsets.assign(1, 0.0);
  out.breaks.clear();
  out.names.clear();
  out.hyphenate = true;
}

void find_breaks(StyledText& out) {
  ensure_linebreak_tables();
  out.breaks.resize(out.chars.size());
  if (out.chars.empty()) return;
  static_assert(sizeof(char32_t) == sizeof(utf32_t));
  set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(out.chars.data()), out.chars.size(), "da",
                       out.breaks.data());
  tie_danish_phrases(out.chars, out.breaks);
  // A name breaks only at its spaces.
  for (std::size_t i = 0; i + 1 < out.chars.size(); ++i)
    if (out.names[i] && out.names[i + 1] && out.chars[i] != U' ' && out.breaks[i] == LINEBREAK_ALLOWBREAK)
      out.breaks[i] = LINEBREAK_NOBREAK;
}

}  // namespace

void TextProblems::missing_glyph(char32_t code_point) {
  if (!reported_.insert(code_point).second) return;
  diagnostics_.push_back(error("", "unsupported_character",
                               "Tegnet " + code_point_label(code_point) + " findes ikke i skrifttypen."));
}

void TextProblems::invalid_utf8() {
  if (reported_invalid_utf8_) return;
  reported_invalid_utf8_ = true;
  diagnostics_.push_back(error("", "invalid_utf8", "Teksten er ikke gyldig UTF-8."));
}

void build_styled_text(const Inlines& inlines, double font_size, bool force_bold, const FontMetrics& metrics,
                       TextProblems& problems, StyledText& out) {
  reset(font_size, out);
  for (const Span& span : inlines) {
    FontStyle style = make_style(span.bold || force_bold, span.italic);
    if (span.kind == Span::Kind::HardBreak)
      append_character(kHardBreak, style, false, 0.0, out);
    else
      append_utf8(span.text, style, span.name, metrics, problems, out);
  }
  find_breaks(out);
}

void build_plain_text(std::string_view utf8, FontStyle style, double font_size, const FontMetrics& metrics,
                      TextProblems& problems, StyledText& out) {
  reset(font_size, out);
  append_utf8(utf8, style, false, metrics, problems, out);
  find_breaks(out);
}

}  // namespace sygedok::layout
