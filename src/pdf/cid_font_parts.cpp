#include "pdf/cid_font_parts.h"

#include <cmath>

namespace sygedok::pdf {

CidWidths compact_widths(const std::map<std::uint16_t, int>& widths) {
  CidWidths result;
  if (widths.empty()) return result;

  std::map<int, int> frequency;
  for (const auto& [glyph, width] : widths) ++frequency[width];
  int best_count = 0;
  for (const auto& [width, count] : frequency)  // ascending widths: the smallest wins a tie
    if (count > best_count) {
      best_count = count;
      result.default_width = width;
    }

  for (const auto& [glyph, width] : widths) {
    if (width == result.default_width) continue;
    auto& runs = result.runs;
    const bool continues = !runs.empty() && runs.back().first + runs.back().widths.size() == glyph;
    if (continues)
      runs.back().widths.push_back(width);
    else
      runs.push_back({glyph, {width}});
  }
  return result;
}

int glyph_space_width(int font_units, int units_per_em) {
  if (units_per_em <= 0) return 0;
  return static_cast<int>(std::lround(font_units * 1000.0 / units_per_em));
}

std::string subset_tag(const std::set<std::uint16_t>& glyphs, std::string_view postscript_name) {
  // 64-bit FNV-1a over the name and the glyph ids (two bytes each).
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  auto mix = [&hash](unsigned char byte) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  };
  for (char c : postscript_name) mix(static_cast<unsigned char>(c));
  mix(0);
  for (std::uint16_t glyph : glyphs) {
    mix(static_cast<unsigned char>(glyph >> 8));
    mix(static_cast<unsigned char>(glyph & 0xFF));
  }
  std::string tag(6, 'A');
  for (char& letter : tag) {
    letter = static_cast<char>('A' + hash % 26);
    hash /= 26;
  }
  return tag;
}

int font_descriptor_flags(bool fixed_pitch, double italic_angle) {
  constexpr int kFixedPitch = 1 << 0, kSymbolic = 1 << 2, kItalic = 1 << 6;
  int flags = kSymbolic;
  if (fixed_pitch) flags |= kFixedPitch;
  if (italic_angle != 0) flags |= kItalic;
  return flags;
}

}  // namespace sygedok::pdf
