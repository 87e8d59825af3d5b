#pragma once
// The parsed state behind TrueTypeFont, shared by the parser, the accessors
// and the subsetter (internal to the font stage). Filled once by parse(),
// read-only afterwards; safe to read from any thread.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "font/byte_reader.h"
#include "font/truetype_font.h"

namespace sygedok::font {

// One entry of the sfnt table directory.
struct TableEntry {
  std::uint32_t tag = 0;
  std::uint32_t checksum = 0;  // as stored in the font
  std::uint32_t offset = 0;    // from the start of the file
  std::uint32_t length = 0;
};

// Code points first..last map to first_glyph, first_glyph + 1, ...
struct CodeRange {
  char32_t first = 0;
  char32_t last = 0;
  std::uint32_t first_glyph = 0;
};

// Why a font could not be parsed (a Danish phrase), or nothing.
using ParseProblem = std::optional<std::string>;

struct TrueTypeFont::Impl {
  std::string bytes;               // the whole font file
  std::vector<TableEntry> tables;  // sorted by tag

  // head / hhea / maxp
  int units_per_em = 0;
  std::array<int, 4> bbox{};
  bool long_loca = false;
  std::size_t glyph_count = 0;
  int hhea_ascender = 0;
  int hhea_descender = 0;

  // OS/2 (optional)
  bool has_os2 = false;
  bool use_typo_metrics = false;
  int typo_ascender = 0;
  int typo_descender = 0;
  int os2_cap_height = 0;  // 0 when OS/2 is older than version 2
  int weight_class = 400;

  // post / name
  double italic_angle = 0;
  bool fixed_pitch = false;
  std::string postscript_name;

  // Derived
  int ascender = 0;
  int descender = 0;
  int cap_height = 0;

  std::vector<std::uint16_t> advances;       // one per glyph
  std::vector<std::uint32_t> glyph_offsets;  // glyph_count + 1 offsets into glyf
  std::uint32_t glyf_offset = 0;             // file offset of glyf
  // Components of composite glyphs: the components of glyph g are
  // components[component_start[g] .. component_start[g + 1]).
  std::vector<std::uint32_t> component_start;
  std::vector<GlyphId> components;

  std::vector<GlyphId> bmp_glyphs;           // 0x10000 entries (none without cmap), 0 = none
  std::vector<CodeRange> supplementary;      // code points above U+FFFF, sorted

  const TableEntry* find(std::uint32_t tag) const;
  std::string_view table_bytes(const TableEntry& entry) const {
    return std::string_view(bytes).substr(entry.offset, entry.length);
  }
  std::string_view glyph_bytes(GlyphId glyph) const {
    if (glyph >= glyph_count) return {};
    return std::string_view(bytes).substr(glyf_offset + glyph_offsets[glyph],
                                          glyph_offsets[glyph + 1] - glyph_offsets[glyph]);
  }
};

// Parses the cmap table into impl.bmp_glyphs and impl.supplementary.
ParseProblem parse_cmap(ByteReader cmap, TrueTypeFont::Impl& impl);

}  // namespace sygedok::font
