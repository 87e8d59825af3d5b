// TrueTypeFont's accessors over the parsed state (see truetype_parse.cpp
// for parsing and truetype_subset.cpp for subsetting).
#include "font/truetype_font.h"

#include <algorithm>
#include <cmath>

#include "font/truetype_impl.h"

namespace sygedok::font {

TrueTypeFont::TrueTypeFont(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TrueTypeFont::~TrueTypeFont() = default;

GlyphId TrueTypeFont::glyph_for(char32_t code_point) const {
  if (code_point < impl_->bmp_glyphs.size()) return impl_->bmp_glyphs[code_point];
  const auto& ranges = impl_->supplementary;
  auto it = std::upper_bound(ranges.begin(), ranges.end(), code_point,
                             [](char32_t c, const CodeRange& range) { return c < range.first; });
  if (it == ranges.begin()) return 0;
  --it;
  if (code_point > it->last) return 0;
  std::uint32_t glyph = it->first_glyph + (code_point - it->first);
  return glyph < impl_->glyph_count ? static_cast<GlyphId>(glyph) : 0;
}

std::uint16_t TrueTypeFont::advance(GlyphId glyph) const {
  return glyph < impl_->advances.size() ? impl_->advances[glyph] : impl_->advances[0];
}

std::size_t TrueTypeFont::glyph_count() const { return impl_->glyph_count; }
int TrueTypeFont::units_per_em() const { return impl_->units_per_em; }
int TrueTypeFont::ascender() const { return impl_->ascender; }
int TrueTypeFont::descender() const { return impl_->descender; }
int TrueTypeFont::cap_height() const { return impl_->cap_height; }
double TrueTypeFont::italic_angle() const { return impl_->italic_angle; }
std::array<int, 4> TrueTypeFont::bbox() const { return impl_->bbox; }
bool TrueTypeFont::is_fixed_pitch() const { return impl_->fixed_pitch; }
const std::string& TrueTypeFont::postscript_name() const { return impl_->postscript_name; }

int TrueTypeFont::stem_v() const {
  // No font table stores the stem width; this common estimate from the
  // weight class gives 88 for regular (400) and 166 for bold (700).
  double weight = std::clamp(impl_->weight_class, 100, 900) / 65.0;
  return static_cast<int>(std::lround(50 + weight * weight));
}

std::string_view TrueTypeFont::glyph_data(GlyphId glyph) const { return impl_->glyph_bytes(glyph); }

std::string_view TrueTypeFont::table(std::string_view tag) const {
  if (tag.size() != 4) return {};
  char name[5] = {tag[0], tag[1], tag[2], tag[3], 0};
  const TableEntry* entry = impl_->find(make_tag(name));
  return entry != nullptr ? impl_->table_bytes(*entry) : std::string_view();
}

}  // namespace sygedok::font
