// TrueTypeFont::parse: reads the table directory and the tables sygedok
// needs, checking every offset and length against the bytes it was given.
#include <algorithm>

#include "font/truetype_impl.h"

namespace sygedok::font {
namespace {

using Impl = TrueTypeFont::Impl;

constexpr std::uint32_t kHeadMagic = 0x5F0F3CF5;
constexpr std::uint16_t kUseTypoMetrics = 1u << 7;  // OS/2 fsSelection bit 7

std::string tag_name(std::uint32_t tag) {
  std::string name(4, ' ');
  for (int i = 0; i < 4; ++i) name[i] = static_cast<char>((tag >> (24 - 8 * i)) & 0xFF);
  return name;
}

ParseProblem parse_directory(Impl& impl) {
  ByteReader file(impl.bytes);
  std::uint32_t version = file.u32(0);
  std::uint16_t count = file.u16(4);
  if (!file.ok()) return "filen er for kort til at være en skrifttype";
  if (version == make_tag("OTTO")) return "CFF-baserede OpenType-skrifter understøttes ikke, kun TrueType";
  if (version == make_tag("ttcf")) return "skriftsamlinger (TTC) understøttes ikke";
  if (version != 0x00010000 && version != make_tag("true")) return "filen er ikke en TrueType-skrifttype";
  if (!file.has(12, std::size_t{16} * count)) return "tabeloversigten er afkortet";
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t at = 12 + 16 * i;
    TableEntry entry{file.u32(at), file.u32(at + 4), file.u32(at + 8), file.u32(at + 12)};
    if (!file.has(entry.offset, entry.length))
      return "tabellen '" + tag_name(entry.tag) + "' ligger uden for filen";
    impl.tables.push_back(entry);
  }
  std::sort(impl.tables.begin(), impl.tables.end(),
            [](const TableEntry& a, const TableEntry& b) { return a.tag < b.tag; });
  for (std::size_t i = 1; i < impl.tables.size(); ++i)
    if (impl.tables[i].tag == impl.tables[i - 1].tag)
      return "tabellen '" + tag_name(impl.tables[i].tag) + "' findes to gange";
  return std::nullopt;
}

// The table with `tag` as a reader, or a problem when it is absent or
// shorter than `minimum` bytes.
ParseProblem require(const Impl& impl, const char (&tag)[5], std::size_t minimum, ByteReader& out) {
  const TableEntry* entry = impl.find(make_tag(tag));
  if (entry == nullptr) return std::string("tabellen '") + tag + "' mangler";
  if (entry->length < minimum) return std::string("tabellen '") + tag + "' er afkortet";
  out = ByteReader(impl.table_bytes(*entry));
  return std::nullopt;
}

ParseProblem parse_head_hhea_maxp(Impl& impl, std::size_t& hmetric_count) {
  ByteReader head, hhea, maxp;
  if (auto p = require(impl, "head", 54, head)) return p;
  if (auto p = require(impl, "hhea", 36, hhea)) return p;
  if (auto p = require(impl, "maxp", 6, maxp)) return p;
  if (head.u32(12) != kHeadMagic) return "tabellen 'head' er ødelagt";
  impl.units_per_em = head.u16(18);
  if (impl.units_per_em < 16 || impl.units_per_em > 16384) return "tabellen 'head' har en ugyldig unitsPerEm";
  impl.bbox = {head.i16(36), head.i16(38), head.i16(40), head.i16(42)};
  std::int16_t loca_format = head.i16(50);
  if (loca_format != 0 && loca_format != 1) return "tabellen 'head' har et ukendt loca-format";
  impl.long_loca = loca_format == 1;

  impl.hhea_ascender = hhea.i16(4);
  impl.hhea_descender = hhea.i16(6);
  hmetric_count = hhea.u16(34);
  impl.glyph_count = maxp.u16(4);
  if (impl.glyph_count == 0) return "skrifttypen har ingen glyffer";
  if (hmetric_count == 0 || hmetric_count > impl.glyph_count) return "tabellen 'hhea' har et ugyldigt antal metrikker";
  return std::nullopt;
}

ParseProblem parse_hmtx(Impl& impl, std::size_t hmetric_count) {
  ByteReader hmtx;
  if (auto p = require(impl, "hmtx", 4 * hmetric_count, hmtx)) return p;
  impl.advances.resize(impl.glyph_count);
  for (std::size_t g = 0; g < hmetric_count; ++g) impl.advances[g] = hmtx.u16(4 * g);
  std::fill(impl.advances.begin() + static_cast<std::ptrdiff_t>(hmetric_count), impl.advances.end(),
            impl.advances[hmetric_count - 1]);
  return std::nullopt;
}

ParseProblem parse_loca(Impl& impl) {
  ByteReader loca, glyf;
  std::size_t entry_size = impl.long_loca ? 4 : 2;
  if (auto p = require(impl, "loca", entry_size * (impl.glyph_count + 1), loca)) return p;
  if (auto p = require(impl, "glyf", 0, glyf)) return p;
  impl.glyf_offset = impl.find(make_tag("glyf"))->offset;
  impl.glyph_offsets.resize(impl.glyph_count + 1);
  for (std::size_t g = 0; g <= impl.glyph_count; ++g) {
    std::uint32_t offset = impl.long_loca ? loca.u32(4 * g) : 2u * loca.u16(2 * g);
    if (offset > glyf.size() || (g > 0 && offset < impl.glyph_offsets[g - 1]))
      return "tabellen 'loca' er ødelagt";
    impl.glyph_offsets[g] = offset;
  }
  return std::nullopt;
}

// Records the components of every composite glyph, so that the subsetter
// can keep them without reading glyph data again.
ParseProblem parse_composites(Impl& impl) {
  constexpr std::uint16_t kArgsAreWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                          kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080;
  impl.component_start.assign(impl.glyph_count + 1, 0);
  for (std::size_t g = 0; g < impl.glyph_count; ++g) {
    impl.component_start[g] = static_cast<std::uint32_t>(impl.components.size());
    ByteReader glyph(impl.glyph_bytes(static_cast<GlyphId>(g)));
    if (glyph.size() == 0) continue;
    if (glyph.size() < 10) return "glyffen " + std::to_string(g) + " er afkortet";
    if (glyph.i16(0) >= 0) continue;  // a simple outline
    std::size_t at = 10;
    std::uint16_t flags;
    do {
      flags = glyph.u16(at);
      std::uint16_t component = glyph.u16(at + 2);
      if (!glyph.ok() || component >= impl.glyph_count)
        return "den sammensatte glyf " + std::to_string(g) + " er ødelagt";
      impl.components.push_back(component);
      at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
      if (flags & kHaveScale) at += 2;
      else if (flags & kHaveXYScale) at += 4;
      else if (flags & kHaveTwoByTwo) at += 8;
    } while (flags & kMoreComponents);
    if (at > glyph.size()) return "den sammensatte glyf " + std::to_string(g) + " er afkortet";
  }
  impl.component_start[impl.glyph_count] = static_cast<std::uint32_t>(impl.components.size());
  return std::nullopt;
}

ParseProblem parse_post_os2(Impl& impl) {
  ByteReader post;
  if (auto p = require(impl, "post", 32, post)) return p;
  impl.italic_angle = post.i32(4) / 65536.0;
  impl.fixed_pitch = post.u32(12) != 0;

  if (const TableEntry* entry = impl.find(make_tag("OS/2")); entry != nullptr && entry->length >= 78) {
    ByteReader os2(impl.table_bytes(*entry));
    impl.has_os2 = true;
    impl.weight_class = os2.u16(4);
    impl.use_typo_metrics = (os2.u16(62) & kUseTypoMetrics) != 0;
    impl.typo_ascender = os2.i16(68);
    impl.typo_descender = os2.i16(70);
    if (os2.u16(0) >= 2 && entry->length >= 90) impl.os2_cap_height = os2.i16(88);
  }
  return std::nullopt;
}

// PostScript names may hold only printable ASCII without PDF delimiters.
std::string clean_postscript_name(const std::string& raw) {
  std::string name;
  for (char c : raw)
    if (c > 32 && c < 127 && std::string_view("[](){}<>/%").find(c) == std::string_view::npos) name += c;
  return name.substr(0, 63);
}

void parse_name(Impl& impl) {
  const TableEntry* entry = impl.find(make_tag("name"));
  if (entry == nullptr) return;
  ByteReader name(impl.table_bytes(*entry));
  std::uint16_t count = name.u16(2);
  std::uint16_t strings = name.u16(4);
  std::string windows, mac;
  for (std::size_t i = 0; i < count && name.ok(); ++i) {
    std::size_t at = 6 + 12 * i;
    std::uint16_t platform = name.u16(at), encoding = name.u16(at + 2), id = name.u16(at + 6);
    std::uint16_t length = name.u16(at + 8), offset = name.u16(at + 10);
    if (id != 6 || !name.has(std::size_t{strings} + offset, length)) continue;
    std::string_view text = name.view().substr(std::size_t{strings} + offset, length);
    if (platform == 3 && (encoding == 1 || encoding == 0) && windows.empty()) {
      for (std::size_t k = 0; k + 1 < text.size(); k += 2)
        if (text[k] == 0) windows += text[k + 1];  // UTF-16BE; PostScript names are ASCII
    } else if (platform == 1 && encoding == 0 && mac.empty()) {
      mac = text;
    }
  }
  impl.postscript_name = clean_postscript_name(windows.empty() ? mac : windows);
}

void derive_metrics(Impl& impl) {
  // Line boxes follow browsers: hhea, unless the font asks for its
  // typographic metrics (USE_TYPO_METRICS), or hhea is empty.
  bool typo = impl.has_os2 && (impl.use_typo_metrics || (impl.hhea_ascender == 0 && impl.hhea_descender == 0));
  impl.ascender = typo ? impl.typo_ascender : impl.hhea_ascender;
  impl.descender = typo ? impl.typo_descender : impl.hhea_descender;
  if (impl.descender > 0) impl.descender = -impl.descender;

  impl.cap_height = impl.os2_cap_height;
  if (impl.cap_height <= 0) {  // measure the letter H
    GlyphId letter_h = impl.bmp_glyphs.empty() ? 0 : impl.bmp_glyphs['H'];
    ByteReader h(letter_h != 0 ? impl.glyph_bytes(letter_h) : std::string_view());
    impl.cap_height = h.size() >= 10 ? h.i16(8) : impl.ascender * 7 / 10;
  }
  if (impl.postscript_name.empty()) impl.postscript_name = "SygedokFont";
}

}  // namespace

const TableEntry* TrueTypeFont::Impl::find(std::uint32_t tag) const {
  auto it = std::lower_bound(tables.begin(), tables.end(), tag,
                             [](const TableEntry& entry, std::uint32_t t) { return entry.tag < t; });
  return it != tables.end() && it->tag == tag ? &*it : nullptr;
}

Result<std::shared_ptr<const TrueTypeFont>> TrueTypeFont::parse(std::string_view bytes) {
  auto impl = std::make_unique<Impl>();
  impl->bytes.assign(bytes);
  std::size_t hmetric_count = 0;
  ParseProblem problem = parse_directory(*impl);
  if (!problem) problem = parse_head_hhea_maxp(*impl, hmetric_count);
  if (!problem) problem = parse_hmtx(*impl, hmetric_count);
  if (!problem) problem = parse_loca(*impl);
  if (!problem) problem = parse_composites(*impl);
  if (!problem) problem = parse_post_os2(*impl);
  // A font without cmap (such as our own subsets, which a PDF addresses by
  // glyph id) parses, but maps no characters.
  if (const TableEntry* cmap = impl->find(make_tag("cmap")); !problem && cmap != nullptr)
    problem = parse_cmap(ByteReader(impl->table_bytes(*cmap)), *impl);
  if (problem)
    return Result<std::shared_ptr<const TrueTypeFont>>::failure(
        error("", "font_invalid", "Skrifttypen kan ikke læses: " + *problem + "."));
  parse_name(*impl);
  derive_metrics(*impl);
  return Result<std::shared_ptr<const TrueTypeFont>>::success(std::make_shared<const TrueTypeFont>(std::move(impl)));
}

}  // namespace sygedok::font
