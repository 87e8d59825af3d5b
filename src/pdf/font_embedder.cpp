#include "pdf/font_embedder.h"

#include <cmath>
#include <map>
#include <set>
#include <string>

#include "core/text.h"
#include "pdf/cid_font_parts.h"
#include "pdf/to_unicode_cmap.h"

namespace sygedok::pdf {

namespace {

int to_glyph_space(const font::Face& face, int font_units) {
  return glyph_space_width(font_units, face.units_per_em());
}

}  // namespace

FontEmbedder::FontEmbedder(HpdfDocument& document, const font::FontFamily& fonts, FontProgramCache* programs)
    : document_(document), fonts_(fonts), programs_(programs) {}

HPDF_Dict FontEmbedder::font_file(const font::Face& face, FontStyle style,
                                  const std::set<font::GlyphId>& glyphs) {
  HpdfDocument& doc = document_;
  FlateCompressor* flate = doc.compressor();
  if (!programs_ || !flate) {
    const std::string program = face.subset(glyphs);
    HPDF_Dict stream = doc.new_stream(program);
    if (stream) doc.check(HPDF_Dict_AddNumber(stream, "Length1", static_cast<HPDF_INT32>(program.size())));
    return doc.ok() ? stream : nullptr;
  }
  // The key: the style, then each glyph id in two bytes.
  std::string key(1, static_cast<char>(style));
  for (font::GlyphId glyph : glyphs) {
    key.push_back(static_cast<char>(glyph >> 8));
    key.push_back(static_cast<char>(glyph & 0xFF));
  }
  auto program = programs_->find(key);
  if (!program) {
    auto made = std::make_shared<CompressedFontProgram>();
    const std::string subset = face.subset(glyphs);
    made->length = subset.size();
    if (!flate->compress(subset, made->deflated)) return nullptr;
    program = made;
    programs_->insert(key, program);
  }
  HPDF_Dict stream = doc.new_deflated_stream(program->deflated);
  if (stream) doc.check(HPDF_Dict_AddNumber(stream, "Length1", static_cast<HPDF_INT32>(program->length)));
  return doc.ok() ? stream : nullptr;
}

const char* FontEmbedder::resource_name(FontStyle style) {
  static constexpr const char* kNames[kFontStyleCount] = {"F1", "F2", "F3", "F4"};
  return kNames[static_cast<int>(style)];
}

HPDF_Dict FontEmbedder::font(FontStyle style) {
  FaceUse& use = uses_[static_cast<int>(style)];
  if (!use.type0) use.type0 = document_.new_indirect_dict();
  return use.type0;
}

void FontEmbedder::encode(FontStyle style, std::string_view text, const std::vector<PlacedGlyph>& placed, double size,
                          std::vector<font::GlyphId>& glyphs, std::vector<int>& adjustments,
                          std::vector<char32_t>& missing) {
  const font::Face& face = fonts_.face(style);
  FaceUse& use = uses_[static_cast<int>(style)];
  if (use.code_point_of_glyph.empty()) use.code_point_of_glyph.assign(face.glyph_count(), FaceUse::kUnused);
  glyphs.reserve(glyphs.size() + placed.size());
  adjustments.reserve(adjustments.size() + placed.size());
  for (const PlacedGlyph& glyph : placed) {
    std::size_t at = glyph.cluster;
    const char32_t code_point = at < text.size() ? next_code_point(text, at).value_or(U'\uFFFD') : U'\uFFFD';
    if (glyph.glyph == 0 || glyph.glyph >= use.code_point_of_glyph.size()) {
      missing.push_back(code_point);
      continue;
    }
    char32_t& known = use.code_point_of_glyph[glyph.glyph];
    if (known == FaceUse::kUnused) known = code_point;
    glyphs.push_back(glyph.glyph);
    // TJ moves the pen back by n/1000 of the size after a glyph drawn with its /W width.
    const double drawn = to_glyph_space(face, face.advance(glyph.glyph));
    adjustments.push_back(static_cast<int>(std::lround(drawn - glyph.advance * 1000.0 / size)));
    // A glyph placed off the pen (a combining mark): moved before it is drawn, moved back after.
    const int shift = static_cast<int>(std::lround(glyph.x_offset * 1000.0 / size));
    if (shift != 0 && adjustments.size() >= 2) {
      adjustments[adjustments.size() - 2] -= shift;
      adjustments.back() += shift;
    }
  }
}

bool FontEmbedder::finish() {
  for (int style = 0; style < kFontStyleCount; ++style) {
    FaceUse& use = uses_[style];
    const auto face = static_cast<FontStyle>(style);
    if (use.type0 && !complete(fonts_.face(face), face, use)) return false;
  }
  return document_.ok();
}

HPDF_Dict FontEmbedder::font_descriptor(const font::Face& face, const std::string& base_font,
                                        HPDF_Dict font_file) {
  HpdfDocument& doc = document_;
  HPDF_Dict descriptor = doc.new_indirect_dict();
  HPDF_Array bbox = doc.require(HPDF_Array_New(doc.mmgr()));
  if (!descriptor || !bbox) return nullptr;
  for (int value : face.bbox()) doc.check(HPDF_Array_AddNumber(bbox, to_glyph_space(face, value)));
  doc.check(HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor"));
  doc.check(HPDF_Dict_AddName(descriptor, "FontName", base_font.c_str()));
  doc.check(HPDF_Dict_AddNumber(descriptor, "Flags", font_descriptor_flags(face.is_fixed_pitch(), face.italic_angle())));
  doc.check(HPDF_Dict_Add(descriptor, "FontBBox", bbox));
  doc.check(HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(face.italic_angle())));
  doc.check(HPDF_Dict_AddNumber(descriptor, "Ascent", to_glyph_space(face, face.ascender())));
  doc.check(HPDF_Dict_AddNumber(descriptor, "Descent", to_glyph_space(face, face.descender())));
  doc.check(HPDF_Dict_AddNumber(descriptor, "CapHeight", to_glyph_space(face, face.cap_height())));
  doc.check(HPDF_Dict_AddNumber(descriptor, "StemV", face.stem_v()));  // already in glyph space
  doc.check(HPDF_Dict_Add(descriptor, "FontFile2", font_file));
  return doc.ok() ? descriptor : nullptr;
}

bool FontEmbedder::complete(const font::Face& face, FontStyle style, FaceUse& use) {
  HpdfDocument& doc = document_;
  std::set<font::GlyphId> glyphs;
  std::map<font::GlyphId, char32_t> to_unicode;
  std::map<font::GlyphId, int> widths;
  for (std::size_t glyph = 1; glyph < use.code_point_of_glyph.size(); ++glyph) {
    const char32_t code_point = use.code_point_of_glyph[glyph];
    if (code_point == FaceUse::kUnused) continue;
    const auto id = static_cast<font::GlyphId>(glyph);
    glyphs.insert(glyphs.end(), id);
    to_unicode.emplace_hint(to_unicode.end(), id, code_point);
    widths.emplace_hint(widths.end(), id, to_glyph_space(face, face.advance(id)));
  }

  const std::string base_font = subset_tag(glyphs, face.postscript_name()) + "+" + face.postscript_name();
  HPDF_Dict program = font_file(face, style, glyphs);
  if (!program) return false;
  HPDF_Dict descriptor = font_descriptor(face, base_font, program);
  if (!descriptor) return false;

  HPDF_Dict system_info = doc.require(HPDF_Dict_New(doc.mmgr()));
  if (!system_info) return false;
  doc.check(HPDF_Dict_Add(system_info, "Registry", doc.require(HPDF_String_New(doc.mmgr(), "Adobe", nullptr))));
  doc.check(HPDF_Dict_Add(system_info, "Ordering", doc.require(HPDF_String_New(doc.mmgr(), "Identity", nullptr))));
  doc.check(HPDF_Dict_AddNumber(system_info, "Supplement", 0));

  const CidWidths compact = compact_widths(widths);
  HPDF_Array w = doc.require(HPDF_Array_New(doc.mmgr()));
  if (!w) return false;
  for (const CidWidthRun& run : compact.runs) {
    HPDF_Array run_widths = doc.require(HPDF_Array_New(doc.mmgr()));
    if (!run_widths) return false;
    for (int width : run.widths) doc.check(HPDF_Array_AddNumber(run_widths, width));
    doc.check(HPDF_Array_AddNumber(w, run.first));
    doc.check(HPDF_Array_Add(w, run_widths));
  }

  HPDF_Dict cid_font = doc.new_indirect_dict();
  if (!cid_font) return false;
  doc.check(HPDF_Dict_AddName(cid_font, "Type", "Font"));
  doc.check(HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2"));
  doc.check(HPDF_Dict_AddName(cid_font, "BaseFont", base_font.c_str()));
  doc.check(HPDF_Dict_Add(cid_font, "CIDSystemInfo", system_info));
  doc.check(HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor));
  doc.check(HPDF_Dict_AddNumber(cid_font, "DW", compact.default_width));
  doc.check(HPDF_Dict_Add(cid_font, "W", w));
  doc.check(HPDF_Dict_AddName(cid_font, "CIDToGIDMap", "Identity"));

  HPDF_Array descendants = doc.require(HPDF_Array_New(doc.mmgr()));
  HPDF_Dict cmap = doc.new_stream(to_unicode_cmap(to_unicode));
  if (!descendants || !cmap) return false;
  doc.check(HPDF_Array_Add(descendants, cid_font));

  HPDF_Dict type0 = use.type0;
  doc.check(HPDF_Dict_AddName(type0, "Type", "Font"));
  doc.check(HPDF_Dict_AddName(type0, "Subtype", "Type0"));
  doc.check(HPDF_Dict_AddName(type0, "BaseFont", base_font.c_str()));
  doc.check(HPDF_Dict_AddName(type0, "Encoding", "Identity-H"));
  doc.check(HPDF_Dict_Add(type0, "DescendantFonts", descendants));
  doc.check(HPDF_Dict_Add(type0, "ToUnicode", cmap));
  return doc.ok();
}

}  // namespace sygedok::pdf
