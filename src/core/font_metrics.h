#pragma once
// What layout needs to know about fonts: which characters exist and how wide
// they are. Implemented by font::FontFamily (real TrueType metrics) and by
// fixed-width fakes in layout tests. Implementations must be immutable after
// construction and therefore safe to share between threads.
#include <cstdint>
#include <string_view>
#include <vector>

namespace sygedok {

enum class FontStyle : std::uint8_t { Regular = 0, Bold = 1, Italic = 2, BoldItalic = 3 };
constexpr int kFontStyleCount = 4;

inline FontStyle make_style(bool bold, bool italic) {
  return static_cast<FontStyle>((bold ? 1 : 0) | (italic ? 2 : 0));
}

// One glyph of shaped text, in points at the text's size: the glyph id in
// the face, the byte offset in the UTF-8 text of the first character it
// shows (its cluster), how far it moves the pen, and where it sits relative
// to the pen (y up). Plain data.
struct PlacedGlyph {
  std::uint16_t glyph = 0;
  std::uint32_t cluster = 0;
  double advance = 0;
  double x_offset = 0;
  double y_offset = 0;
};

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
  // Appends `utf8` shaped in `style` at `size` to `out` (clusters relative
  // to `utf8`). The default: one glyph (id 0) per code point with its
  // advance(), for metrics without a shaper; font::FontFamily shapes with
  // HarfBuzz (kerning, mark positioning).
  virtual void shape(FontStyle style, std::string_view utf8, double size, std::vector<PlacedGlyph>& out) const;
};

}  // namespace sygedok
