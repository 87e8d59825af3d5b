#pragma once
// Embeds the faces of a FontFamily that a document uses as Type0 fonts with
// Identity-H encoding (two-byte codes = glyph ids): a CIDFontType2 with
// CIDToGIDMap /Identity, compact /DW and /W widths, a FontDescriptor with a
// subset font program (FontFile2) and a ToUnicode CMap. Built with libharu's
// object API instead of its own TrueType path, which parses the font per
// document, builds a full-BMP CIDToGIDMap and writes a ToUnicode CMap that
// poppler rejects.
//
// Use: font() while painting (creates the Type0 dictionary on first use so
// pages can refer to it), encode() for every text run, finish() once all
// pages are painted (the subset needs the final glyph set).
// With a FontProgramCache (and compression on), a font program made for an
// earlier document with the same glyphs is taken from it.
// One instance per document; not thread-safe. The FontFamily is only read.
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/font_metrics.h"
#include "font/font_family.h"
#include "pdf/font_program_cache.h"
#include "pdf/hpdf_document.h"

namespace sygedok::pdf {

class FontEmbedder {
 public:
  FontEmbedder(HpdfDocument& document, const font::FontFamily& fonts, FontProgramCache* programs = nullptr);

  const font::FontFamily& family() const { return fonts_; }

  // "F1".."F4": the name under which a page's /Resources /Font lists the face.
  static const char* resource_name(FontStyle style);

  // The Type0 font dictionary for `style`, created on first use; null when
  // libharu failed (the document then holds the error).
  HPDF_Dict font(FontStyle style);

  // The glyphs of a shaped text item for `style` at `size`: appends their
  // ids to `glyphs` and, per glyph, the TJ adjustment that turns the
  // font's own width (the /W entry) into the shaped advance (kerning), and
  // remembers each glyph's character (the first of its cluster in `text`)
  // for the subset and the ToUnicode map. A glyph's x offset (mark
  // placement) goes into the adjustments around it; y offsets are not drawn
  // (NFC text in the kept Latin ranges has none). The characters of glyphs
  // the face lacks are appended to `missing` instead.
  void encode(FontStyle style, std::string_view text, const std::vector<PlacedGlyph>& placed, double size,
              std::vector<font::GlyphId>& glyphs, std::vector<int>& adjustments, std::vector<char32_t>& missing);

  // Completes every font handed out by font(); false when libharu failed.
  bool finish();

 private:
  struct FaceUse {
    HPDF_Dict type0 = nullptr;
    // Indexed by glyph id: the code point first shown with it, kUnused while unused.
    static constexpr char32_t kUnused = 0xFFFFFFFF;
    std::vector<char32_t> code_point_of_glyph;
  };

  bool complete(const font::Face& face, FontStyle style, FaceUse& use);
  HPDF_Dict font_descriptor(const font::Face& face, const std::string& base_font, HPDF_Dict font_file);
  // The FontFile2 stream of the subset of `face` with `glyphs`.
  HPDF_Dict font_file(const font::Face& face, FontStyle style, const std::set<font::GlyphId>& glyphs);

  HpdfDocument& document_;
  const font::FontFamily& fonts_;
  FontProgramCache* programs_;  // null: none
  std::array<FaceUse, kFontStyleCount> uses_;
};

}  // namespace sygedok::pdf
