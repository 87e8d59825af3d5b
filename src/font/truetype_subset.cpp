// TrueTypeFont::subset: a font program with the outlines of the requested
// glyphs only. Glyph ids stay the same (the PDF uses CIDToGIDMap /Identity):
// glyphs between kept ones get empty outlines, glyphs above the highest kept
// one are cut off (maxp, loca and hmtx end there). The name table keeps only
// the copyright, family, style, PostScript name and licence URL records.
#include <algorithm>
#include <cstring>

#include "font/truetype_impl.h"

namespace sygedok::font {
namespace {

using Impl = TrueTypeFont::Impl;

// Tables copied into the subset besides the rebuilt glyf, loca and post.
// cmap is left out: a CIDFontType2 font program is addressed by glyph id.
constexpr std::uint32_t kCopiedTables[] = {make_tag("OS/2"), make_tag("cvt "), make_tag("fpgm"),
                                           make_tag("prep")};
constexpr std::uint16_t kKeptNameIds[] = {0, 1, 2, 6, 14};  // copyright, family, style, PostScript, licence URL
constexpr std::size_t kMaxpNumGlyphs = 4;
constexpr std::size_t kHheaNumberOfHMetrics = 34;
constexpr std::uint32_t kChecksumMagic = 0xB1B0AFBA;
constexpr std::size_t kHeadChecksumAdjustment = 8;
constexpr std::size_t kPostHeaderSize = 32;

void put_u16(char* out, std::uint16_t value) {
  out[0] = static_cast<char>(value >> 8);
  out[1] = static_cast<char>(value);
}
void put_u32(char* out, std::uint32_t value) {
  put_u16(out, static_cast<std::uint16_t>(value >> 16));
  put_u16(out + 2, static_cast<std::uint16_t>(value));
}

// Glyph 0, the requested glyphs, and the components of composite glyphs,
// recursively; as one flag per glyph.
std::vector<std::uint8_t> closure(const Impl& font, const std::set<GlyphId>& glyphs) {
  std::vector<std::uint8_t> keep(font.glyph_count, 0);
  std::vector<GlyphId> pending;
  auto mark = [&](GlyphId g) {
    if (g < font.glyph_count && keep[g] == 0) {
      keep[g] = 1;
      pending.push_back(g);
    }
  };
  mark(0);
  for (GlyphId g : glyphs) mark(g);
  while (!pending.empty()) {
    GlyphId g = pending.back();
    pending.pop_back();
    for (std::uint32_t i = font.component_start[g]; i < font.component_start[g + 1]; ++i) mark(font.components[i]);
  }
  return keep;
}

// A name table (format 0) with only the records of kKeptNameIds; an empty
// string when the table is missing or malformed.
std::string compact_name_table(std::string_view name) {
  ByteReader in(name);
  std::uint16_t count = in.u16(2), storage = in.u16(4);
  if (!in.ok() || in.u16(0) != 0) return {};
  std::string records, strings;
  std::uint16_t kept = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t at = 6 + 12 * i;
    std::uint16_t id = in.u16(at + 6), length = in.u16(at + 8), offset = in.u16(at + 10);
    if (!in.ok() || !in.has(storage + std::size_t{offset}, length)) return {};
    if (std::find(std::begin(kKeptNameIds), std::end(kKeptNameIds), id) == std::end(kKeptNameIds)) continue;
    std::string record(name.substr(at, 12));
    put_u16(&record[10], static_cast<std::uint16_t>(strings.size()));
    records += record;
    strings.append(name.substr(storage + std::size_t{offset}, length));
    ++kept;
  }
  std::string out(6, '\0');
  put_u16(&out[2], kept);
  put_u16(&out[4], static_cast<std::uint16_t>(6 + records.size()));
  return out + records + strings;
}

std::uint16_t get_u16(std::string_view bytes, std::size_t offset) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(bytes[offset]) << 8) |
                                    static_cast<unsigned char>(bytes[offset + 1]));
}

struct OutputTable {
  std::uint32_t tag;
  std::string_view data;
};

}  // namespace

std::string TrueTypeFont::subset(const std::set<GlyphId>& glyphs) const {
  const Impl& font = *impl_;
  std::vector<std::uint8_t> keep = closure(font, glyphs);
  std::size_t kept_count = font.glyph_count;  // glyph ids 0 .. kept_count - 1 remain
  while (kept_count > 1 && !keep[kept_count - 1]) --kept_count;

  // glyf and loca, in the font's own loca format.
  std::size_t glyf_size = 0;
  for (std::size_t g = 0; g < kept_count; ++g)
    if (keep[g]) glyf_size += font.glyph_offsets[g + 1] - font.glyph_offsets[g] + 1;
  std::string glyf;
  glyf.reserve(glyf_size);
  std::string loca((kept_count + 1) * (font.long_loca ? 4 : 2), '\0');
  auto write_loca = [&](std::size_t g) {
    if (font.long_loca) put_u32(&loca[4 * g], static_cast<std::uint32_t>(glyf.size()));
    else put_u16(&loca[2 * g], static_cast<std::uint16_t>(glyf.size() / 2));
  };
  for (std::size_t g = 0; g < kept_count; ++g) {
    write_loca(g);
    if (!keep[g]) continue;
    glyf.append(font.glyph_bytes(static_cast<GlyphId>(g)));
    if (!font.long_loca && glyf.size() % 2 != 0) glyf.push_back('\0');  // short offsets count words
  }
  write_loca(kept_count);

  // maxp, hhea and hmtx end at the last kept glyph. hmtx holds long
  // metrics first, then left side bearings; the entries of dropped glyphs
  // are zeroed (the PDF's /W gives the widths), which compresses well.
  std::string maxp(table(std::string_view("maxp")));
  std::string hhea(table(std::string_view("hhea")));
  std::string hmtx(table(std::string_view("hmtx")));
  if (maxp.size() >= kMaxpNumGlyphs + 2 && hhea.size() >= kHheaNumberOfHMetrics + 2) {
    put_u16(&maxp[kMaxpNumGlyphs], static_cast<std::uint16_t>(kept_count));
    std::size_t long_metrics = std::min<std::size_t>(get_u16(hhea, kHheaNumberOfHMetrics), kept_count);
    put_u16(&hhea[kHheaNumberOfHMetrics], static_cast<std::uint16_t>(long_metrics));
    hmtx.resize(std::min(hmtx.size(), long_metrics * 4 + (kept_count - long_metrics) * 2));
    for (std::size_t g = 0; g < kept_count; ++g) {
      std::size_t at = g < long_metrics ? 4 * g : 4 * long_metrics + 2 * (g - long_metrics);
      std::size_t width = g < long_metrics ? 4 : 2;
      if (!keep[g] && at + width <= hmtx.size()) std::memset(&hmtx[at], 0, width);
    }
  }
  std::string name = compact_name_table(table(std::string_view("name")));

  // head with checkSumAdjustment cleared (set last), post as format 3.
  std::string head(table(std::string_view("head")));
  put_u32(&head[kHeadChecksumAdjustment], 0);
  std::string post(table(std::string_view("post")).substr(0, kPostHeaderSize));
  put_u32(&post[0], 0x00030000);

  std::vector<OutputTable> tables;
  for (std::uint32_t tag : kCopiedTables)
    if (const TableEntry* entry = font.find(tag)) tables.push_back({tag, font.table_bytes(*entry)});
  tables.push_back({make_tag("glyf"), glyf});
  tables.push_back({make_tag("head"), head});
  tables.push_back({make_tag("hhea"), hhea});
  tables.push_back({make_tag("hmtx"), hmtx});
  tables.push_back({make_tag("loca"), loca});
  tables.push_back({make_tag("maxp"), maxp});
  if (!name.empty()) tables.push_back({make_tag("name"), name});
  tables.push_back({make_tag("post"), post});
  std::sort(tables.begin(), tables.end(), [](const OutputTable& a, const OutputTable& b) { return a.tag < b.tag; });

  const std::size_t count = tables.size();
  std::size_t size = 12 + 16 * count;
  for (const auto& t : tables) size += (t.data.size() + 3) & ~std::size_t{3};
  std::string out(size, '\0');

  std::uint16_t power = 1, log2 = 0;
  while (power * 2u <= count) {
    power = static_cast<std::uint16_t>(power * 2);
    ++log2;
  }
  put_u32(&out[0], 0x00010000);
  put_u16(&out[4], static_cast<std::uint16_t>(count));
  put_u16(&out[6], static_cast<std::uint16_t>(power * 16));
  put_u16(&out[8], log2);
  put_u16(&out[10], static_cast<std::uint16_t>(count * 16 - power * 16));

  std::uint32_t file_sum = 0;
  std::size_t offset = 12 + 16 * count;
  std::size_t head_offset = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const OutputTable& t = tables[i];
    std::uint32_t checksum = sfnt_checksum(t.data);
    char* entry = &out[12 + 16 * i];
    put_u32(entry, t.tag);
    put_u32(entry + 4, checksum);
    put_u32(entry + 8, static_cast<std::uint32_t>(offset));
    put_u32(entry + 12, static_cast<std::uint32_t>(t.data.size()));
    if (!t.data.empty()) std::memcpy(&out[offset], t.data.data(), t.data.size());
    if (t.tag == make_tag("head")) head_offset = offset;
    file_sum += checksum;
    offset += (t.data.size() + 3) & ~std::size_t{3};  // padding stays zero
  }
  // Tables are 4-byte aligned and zero padded, so the file's checksum is
  // the directory's plus the tables'.
  file_sum += sfnt_checksum(std::string_view(out).substr(0, 12 + 16 * count));
  put_u32(&out[head_offset + kHeadChecksumAdjustment], kChecksumMagic - file_sum);
  return out;
}

}  // namespace sygedok::font
