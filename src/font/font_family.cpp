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

void FontFamily::shape(FontStyle style, std::string_view utf8, double size, std::vector<PlacedGlyph>& out) const {
  const Face& font = face(style);
  const double scale = size / font.units_per_em();
  thread_local std::vector<ShapedGlyph> shaped;
  shaped.clear();
  // Word by word, each with the spaces that follow it.
  for (std::size_t start = 0; start < utf8.size();) {
    std::size_t end = utf8.find(' ', start);
    end = end == std::string_view::npos ? utf8.size() : utf8.find_first_not_of(' ', end);
    if (end == std::string_view::npos) end = utf8.size();
    shapes_.shape(font, static_cast<char>(style), utf8.substr(start, end - start), static_cast<std::uint32_t>(start),
                  shaped);
    start = end;
  }
  out.reserve(out.size() + shaped.size());
  for (const ShapedGlyph& g : shaped)
    out.push_back({g.glyph, g.cluster, g.advance * scale, g.x_offset * scale, g.y_offset * scale});
}

}  // namespace sygedok::font
