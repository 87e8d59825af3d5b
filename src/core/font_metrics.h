#pragma once
// What layout needs to know about fonts: which characters exist and how wide
// they are. Implemented by font::FontFamily (real TrueType metrics) and by
// fixed-width fakes in layout tests. Implementations must be immutable after
// construction and therefore safe to share between threads.
#include <cstdint>

namespace sygedok {

enum class FontStyle : std::uint8_t { Regular = 0, Bold = 1, Italic = 2, BoldItalic = 3 };
constexpr int kFontStyleCount = 4;

inline FontStyle make_style(bool bold, bool italic) {
  return static_cast<FontStyle>((bold ? 1 : 0) | (italic ? 2 : 0));
}

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  // True when the font for `style` has a glyph for the code point.
  virtual bool has_glyph(FontStyle style, char32_t code_point) const = 0;
  // Advance width in points at `size` points. Characters without a glyph
  // measure as the font's .notdef glyph; layout refuses them earlier.
  virtual double advance(FontStyle style, char32_t code_point, double size) const = 0;
  // Distance from the baseline up to the top of the tallest glyphs, and down
  // to the bottom of the deepest (positive), in points at `size`.
  virtual double ascent(FontStyle style, double size) const = 0;
  virtual double descent(FontStyle style, double size) const = 0;
};

}  // namespace sygedok
