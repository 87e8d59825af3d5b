// Reads the Unicode character map of a font (cmap formats 4 and 12) into a
// flat BMP table and a sorted list of ranges above U+FFFF.
#include <algorithm>

#include "font/truetype_impl.h"

namespace sygedok::font {
namespace {

constexpr char32_t kLastBmp = 0xFFFF;
constexpr char32_t kLastCodePoint = 0x10FFFF;

struct Subtable {
  std::uint16_t platform = 0;
  std::uint16_t encoding = 0;
  std::uint16_t format = 0;
  std::uint32_t offset = 0;
};

// Lower is better; -1 for subtables we do not read.
int preference(const Subtable& s) {
  if (s.format == 12 && s.platform == 3 && s.encoding == 10) return 0;
  if (s.format == 12 && s.platform == 0) return 1;
  if (s.format == 4 && s.platform == 3 && s.encoding == 1) return 2;
  if (s.format == 4 && s.platform == 0) return 3;
  return -1;
}

GlyphId checked_glyph(std::uint32_t glyph, std::size_t glyph_count) {
  return glyph < glyph_count ? static_cast<GlyphId>(glyph) : 0;
}

ParseProblem read_format4(ByteReader table, TrueTypeFont::Impl& impl) {
  std::uint16_t seg_count = table.u16(6) / 2;
  if (!table.ok()) return "cmap-formatet 4 er afkortet";
  // Bounded by the end of the cmap table: the subtable's own 16-bit
  // length field overflows in large fonts.
  const std::size_t ends = 14;
  const std::size_t starts = ends + 2u * seg_count + 2;
  const std::size_t deltas = starts + 2u * seg_count;
  const std::size_t range_offsets = deltas + 2u * seg_count;
  if (!table.has(range_offsets, 2u * seg_count)) return "cmap-formatet 4 er afkortet";

  char32_t next_free = 0;  // segments must not overlap; this bounds the work
  for (std::size_t i = 0; i < seg_count; ++i) {
    char32_t end = table.u16(ends + 2 * i);
    char32_t start = std::max<char32_t>(table.u16(starts + 2 * i), next_free);
    std::uint16_t delta = table.u16(deltas + 2 * i);
    std::size_t range_offset_at = range_offsets + 2 * i;
    std::uint16_t range_offset = table.u16(range_offset_at);
    if (start > end) continue;
    for (char32_t c = start; c <= end; ++c) {
      std::uint32_t glyph;
      if (range_offset == 0) {
        glyph = (c + delta) & 0xFFFFu;
      } else {
        std::size_t at = range_offset_at + range_offset + 2 * (c - table.u16(starts + 2 * i));
        if (!table.has(at, 2)) break;  // a broken segment maps nothing further
        glyph = table.u16(at);
        if (glyph != 0) glyph = (glyph + delta) & 0xFFFFu;
      }
      impl.bmp_glyphs[c] = checked_glyph(glyph, impl.glyph_count);
    }
    next_free = end + 1;
  }
  return std::nullopt;
}

ParseProblem read_format12(ByteReader table, TrueTypeFont::Impl& impl) {
  std::uint32_t group_count = table.u32(12);
  if (!table.ok()) return "cmap-formatet 12 er afkortet";
  if (!table.has(16, std::size_t{12} * group_count)) return "cmap-formatet 12 er afkortet";

  char32_t next_free = 0;
  for (std::size_t i = 0; i < group_count; ++i) {
    std::size_t at = 16 + 12 * i;
    char32_t first = table.u32(at);
    char32_t last = std::min<char32_t>(table.u32(at + 4), kLastCodePoint);
    std::uint32_t first_glyph = table.u32(at + 8);
    if (first < next_free || first > last) continue;  // unsorted or overlapping: ignored
    next_free = last + 1;
    for (char32_t c = first; c <= std::min(last, kLastBmp); ++c)
      impl.bmp_glyphs[c] = checked_glyph(first_glyph + (c - first), impl.glyph_count);
    if (last > kLastBmp) {
      char32_t from = std::max<char32_t>(first, kLastBmp + 1);
      impl.supplementary.push_back({from, last, first_glyph + (from - first)});
    }
  }
  return std::nullopt;
}

}  // namespace

ParseProblem parse_cmap(ByteReader cmap, TrueTypeFont::Impl& impl) {
  std::uint16_t count = cmap.u16(2);
  if (!cmap.ok() || !cmap.has(4, std::size_t{8} * count)) return "tabellen 'cmap' er afkortet";
  std::optional<Subtable> best;
  for (std::size_t i = 0; i < count; ++i) {
    Subtable s;
    s.platform = cmap.u16(4 + 8 * i);
    s.encoding = cmap.u16(6 + 8 * i);
    s.offset = cmap.u32(8 + 8 * i);
    if (!cmap.has(s.offset, 2)) continue;
    s.format = cmap.u16(s.offset);
    int rank = preference(s);
    if (rank >= 0 && (!best || rank < preference(*best))) best = s;
  }
  if (!best) return "tabellen 'cmap' har ingen Unicode-tegntabel (format 4 eller 12)";

  impl.bmp_glyphs.assign(kLastBmp + 1, 0);
  ByteReader table = cmap.sub(best->offset, cmap.size() - best->offset);
  return best->format == 4 ? read_format4(table, impl) : read_format12(table, impl);
}

}  // namespace sygedok::font
