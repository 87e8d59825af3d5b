#pragma once
// The four faces (regular, bold, italic, bold italic) of the document font,
// loaded once and shared by every render. Implements FontMetrics for layout
// and hands the faces to the PDF writer. Immutable but for its cache of
// shaped words, which is thread-safe; the family is thread-safe.
#include <array>
#include <memory>
#include <string_view>

#include "core/font_metrics.h"
#include "core/result.h"
#include "font/face.h"
#include "font/shape_cache.h"

namespace sygedok::font {

class FontFamily final : public FontMetrics {
 public:
  // Loads fonts/DejaVuSans{,-Bold,-Oblique,-BoldOblique}.ttf from the
  // resources compiled into the binary.
  static Result<std::shared_ptr<const FontFamily>> load_embedded();
  // Builds a family from four font programs, in FontStyle order.
  static Result<std::shared_ptr<const FontFamily>> from_bytes(const std::array<std::string_view, kFontStyleCount>& faces);

  const Face& face(FontStyle style) const { return *faces_[static_cast<int>(style)]; }

  bool has_glyph(FontStyle style, char32_t code_point) const override;
  double advance(FontStyle style, char32_t code_point, double size) const override;
  double ascent(FontStyle style, double size) const override;
  double descent(FontStyle style, double size) const override;
  // Shaped by HarfBuzz word by word (see ShapeCache), in points.
  void shape(FontStyle style, std::string_view utf8, double size, std::vector<PlacedGlyph>& out) const override;

  explicit FontFamily(std::array<std::shared_ptr<const Face>, kFontStyleCount> faces);

 private:
  std::array<std::shared_ptr<const Face>, kFontStyleCount> faces_;
  mutable ShapeCache shapes_;  // thread-safe
};

}  // namespace sygedok::font
