// FontFamily: the four embedded DejaVu Sans faces as FontMetrics.
#include "font/font_family.h"

#include <string>

#include "core/resources.h"

namespace sygedok::font {
namespace {

constexpr std::array<const char*, kFontStyleCount> kEmbeddedFaces = {
    "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/DejaVuSans-Oblique.ttf",
    "fonts/DejaVuSans-BoldOblique.ttf"};
constexpr std::array<const char*, kFontStyleCount> kStyleNames = {"normal", "fed", "kursiv", "fed kursiv"};

using FamilyResult = Result<std::shared_ptr<const FontFamily>>;

}  // namespace

FontFamily::FontFamily(std::array<std::shared_ptr<const Face>, kFontStyleCount> faces)
    : faces_(std::move(faces)) {}

FamilyResult FontFamily::load_embedded() {
  const auto& resources = embedded_resources();
  std::array<std::string_view, kFontStyleCount> faces;
  Diagnostics problems;
  for (int i = 0; i < kFontStyleCount; ++i) {
    auto it = resources.find(kEmbeddedFaces[i]);
    if (it == resources.end())
      problems.push_back(error("", "font_missing", std::string("Skrifttypen ") + kEmbeddedFaces[i] +
                                                       " mangler i programmet."));
    else
      faces[i] = it->second;
  }
  if (!problems.empty()) return FamilyResult::failure(std::move(problems));
  return from_bytes(faces);
}

FamilyResult FontFamily::from_bytes(const std::array<std::string_view, kFontStyleCount>& faces) {
  std::array<std::shared_ptr<const Face>, kFontStyleCount> parsed;
  Diagnostics problems;
  for (int i = 0; i < kFontStyleCount; ++i) {
    auto face = Face::load(faces[i]);
    if (face) {
      parsed[i] = std::move(face).take();
      continue;
    }
    for (Diagnostic d : face.diagnostics()) {
      d.message = std::string("Skriftsnittet ") + kStyleNames[i] + ": " + d.message;
      problems.push_back(std::move(d));
    }
  }
  if (!problems.empty()) return FamilyResult::failure(std::move(problems));
  return FamilyResult::success(std::make_shared<const FontFamily>(std::move(parsed)));
}

bool FontFamily::has_glyph(FontStyle style, char32_t code_point) const {
  return face(style).glyph_for(code_point) != 0;
}

double FontFamily::advance(FontStyle style, char32_t code_point, double size) const {
  const Face& font = face(style);
  return font.advance(font.glyph_for(code_point)) * size / font.units_per_em();
}

// hhea ascender/descender (see Face::ascender), as browsers use
// for line boxes with fonts like DejaVu Sans that do not set USE_TYPO_METRICS.
double FontFamily::ascent(FontStyle style, double size) const {
  const Face& font = face(style);
  return font.ascender() * size / font.units_per_em();
}

double FontFamily::descent(FontStyle style, double size) const {
  const Face& font = face(style);
  return -font.descender() * size / font.units_per_em();
}

}  // namespace sygedok::font
