#pragma once
// A parsed TrueType font (glyf outlines): character map, advance widths,
// the metrics a PDF font descriptor needs, and a subsetter that keeps glyph
// ids stable. Immutable after parse(); safe to share between threads.
#include <array>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace sygedok::font {

using GlyphId = std::uint16_t;

class TrueTypeFont {
 public:
  // Parses the font bytes (copied). Errors name what is missing or broken.
  static Result<std::shared_ptr<const TrueTypeFont>> parse(std::string_view bytes);

  // Glyph for a code point, 0 (.notdef) when the font has none.
  GlyphId glyph_for(char32_t code_point) const;
  // Advance width in font units (see units_per_em()).
  std::uint16_t advance(GlyphId glyph) const;
  std::size_t glyph_count() const;

  int units_per_em() const;
  // Line-box metrics as browsers take them: hhea ascender/descender, or
  // the OS/2 typographic ones when the font sets USE_TYPO_METRICS.
  int ascender() const;     // font units (positive)
  int descender() const;    // font units, negative below the baseline
  int cap_height() const;   // font units
  double italic_angle() const;
  std::array<int, 4> bbox() const;  // xMin, yMin, xMax, yMax in font units
  bool is_fixed_pitch() const;
  int stem_v() const;       // an estimate for the PDF FontDescriptor
  const std::string& postscript_name() const;

  // The raw glyf bytes of a glyph (empty for blank glyphs and ids out of
  // range), and the raw bytes of a table by tag, e.g. "head" (empty when
  // absent). For tests and diagnostics.
  std::string_view glyph_data(GlyphId glyph) const;
  std::string_view table(std::string_view tag) const;

  // A TrueType font program holding only `glyphs` (plus glyph 0 and the
  // components of composite glyphs), with glyph ids unchanged, suitable as
  // a PDF FontFile2 for a CIDFontType2 font with CIDToGIDMap /Identity.
  // Deterministic: same glyph set, same bytes.
  std::string subset(const std::set<GlyphId>& glyphs) const;

  struct Impl;
  explicit TrueTypeFont(std::unique_ptr<Impl> impl);
  ~TrueTypeFont();

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace sygedok::font
