#pragma once
// One face of the document font, read by HarfBuzz: its character map,
// advance widths, the metrics a PDF font descriptor needs, shaping (kerning
// and mark placement, Danish language tag) and subsetting (hb-subset).
// sygedok parses no font bytes itself.
//
// Immutable after load(); the HarfBuzz font is made immutable, so shape()
// and subset() are safe to call from many threads at once.
#include <array>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sygedok::font {

using GlyphId = std::uint16_t;

// One glyph of a shaped run, in font units: the glyph, the byte offset in
// the run's UTF-8 text of the first character it shows (its cluster), how
// far it moves the pen, and where it sits relative to the pen.
struct ShapedGlyph {
  GlyphId glyph = 0;
  std::uint32_t cluster = 0;
  std::int32_t advance = 0;
  std::int32_t x_offset = 0;
  std::int32_t y_offset = 0;
};

class Face {
 public:
  // Reads the font (the bytes are copied). Errors: "font_invalid" when
  // HarfBuzz finds no glyphs or no character map for Latin letters.
  static Result<std::shared_ptr<const Face>> load(std::string_view bytes);

  // Glyph for a code point, 0 (.notdef) when the font has none.
  GlyphId glyph_for(char32_t code_point) const;
  // Advance width in font units (see units_per_em()), 0 for ids out of range.
  std::int32_t advance(GlyphId glyph) const;
  std::size_t glyph_count() const { return advances_.size(); }

  // `utf8` shaped left to right with the font's kerning and mark
  // positioning and the Danish language tag; ligatures are off, so every
  // glyph shows the characters of its own cluster and text extraction stays
  // exact. Characters the font lacks come out as glyph 0.
  std::vector<ShapedGlyph> shape(std::string_view utf8) const;

  int units_per_em() const { return units_per_em_; }
  // Line-box metrics as browsers take them: hhea ascender/descender, or the
  // OS/2 typographic ones when the font sets USE_TYPO_METRICS.
  int ascender() const { return ascender_; }    // font units (positive)
  int descender() const { return descender_; }  // font units, negative below the baseline
  int cap_height() const { return cap_height_; }
  double italic_angle() const { return italic_angle_; }
  std::array<int, 4> bbox() const { return bbox_; }  // xMin, yMin, xMax, yMax of all glyphs
  bool is_fixed_pitch() const { return fixed_pitch_; }
  int stem_v() const { return stem_v_; }  // an estimate for the PDF FontDescriptor
  const std::string& postscript_name() const { return postscript_name_; }

  // A TrueType font program holding only `glyphs` (plus glyph 0 and the
  // components of composite glyphs), with glyph ids unchanged, suitable as
  // a PDF FontFile2 for a CIDFontType2 font with CIDToGIDMap /Identity; no
  // cmap and no layout tables (the PDF names glyphs by id). Deterministic:
  // same glyph set, same bytes. Empty when HarfBuzz fails.
  std::string subset(const std::set<GlyphId>& glyphs) const;

  struct HarfBuzz;  // the blob, face and font (face.cpp)
  explicit Face(std::unique_ptr<HarfBuzz> harfbuzz);
  ~Face();

 private:
  std::unique_ptr<HarfBuzz> hb_;
  std::vector<GlyphId> glyph_below_;   // glyph for each code point below kDenseCodePoints
  std::vector<std::int32_t> advances_;  // per glyph
  int units_per_em_ = 1000;
  int ascender_ = 0, descender_ = 0, cap_height_ = 0, stem_v_ = 0;
  double italic_angle_ = 0;
  std::array<int, 4> bbox_{};
  bool fixed_pitch_ = false;
  std::string postscript_name_;

  friend class FaceLoader;
};

}  // namespace sygedok::font
