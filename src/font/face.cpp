// Face: a font face read, shaped and subset by HarfBuzz.
#include "font/face.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cmath>

namespace sygedok::font {
namespace {

// Code points below this get their glyph from a table made at load (every
// character sygedok's fonts keep is below U+3000); others ask HarfBuzz.
constexpr char32_t kDenseCodePoints = 0x3000;

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* object) const { Destroy(object); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using FontPtr = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using BufferPtr = std::unique_ptr<hb_buffer_t, HbDeleter<hb_buffer_t, hb_buffer_destroy>>;
using SubsetInputPtr = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

// Ligatures off: one glyph never shows the characters of two clusters.
constexpr std::array<hb_feature_t, 2> kFeatures = {{
    {HB_TAG('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
}};

// Tables a PDF FontFile2 does without: the character map (Identity CIDs
// are glyph ids), the layout tables (the PDF carries positioned glyphs)
// and hinting ranges.
constexpr std::array<hb_tag_t, 7> kDroppedTables = {HB_TAG('c', 'm', 'a', 'p'), HB_TAG('G', 'S', 'U', 'B'),
                                                    HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
                                                    HB_TAG('k', 'e', 'r', 'n'), HB_TAG('g', 'a', 's', 'p'),
                                                    HB_TAG('D', 'S', 'I', 'G')};

constexpr std::array<hb_codepoint_t, 2> kKeptNameIds = {HB_OT_NAME_ID_COPYRIGHT, HB_OT_NAME_ID_LICENSE_URL};

// One shaping buffer per thread, reused (creating one costs an allocation).
hb_buffer_t* thread_buffer() {
  thread_local BufferPtr buffer{hb_buffer_create()};
  hb_buffer_clear_contents(buffer.get());
  return buffer.get();
}

}  // namespace

struct Face::HarfBuzz {
  std::string bytes;
  BlobPtr blob;
  FacePtr face;
  FontPtr font;
};

// The font's bounding box as its head table states it (xMin, yMin, xMax,
// yMax: four big-endian int16 at offset 36), which HarfBuzz has no call for.
std::array<int, 4> head_bbox(hb_face_t* face) {
  BlobPtr head{hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'))};
  unsigned length = 0;
  const char* data = hb_blob_get_data(head.get(), &length);
  std::array<int, 4> box{};
  if (!data || length < 44) return box;
  for (int i = 0; i < 4; ++i) {
    const auto high = static_cast<unsigned char>(data[36 + 2 * i]), low = static_cast<unsigned char>(data[37 + 2 * i]);
    box[i] = static_cast<std::int16_t>(high << 8 | low);
  }
  return box;
}

// Fills a Face's tables and metrics from its HarfBuzz font (once, at load).
class FaceLoader {
 public:
  static void fill(Face& face) {
    hb_font_t* font = face.hb_->font.get();
    hb_face_t* hb_face = face.hb_->face.get();
    face.units_per_em_ = static_cast<int>(hb_face_get_upem(hb_face));
    const unsigned glyphs = hb_face_get_glyph_count(hb_face);

    face.advances_.resize(glyphs);
    for (unsigned g = 0; g < glyphs; ++g) face.advances_[g] = hb_font_get_glyph_h_advance(font, g);

    face.glyph_below_.assign(kDenseCodePoints, 0);
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(hb_face, unicodes);
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &cp) && cp < kDenseCodePoints;) {
      hb_codepoint_t glyph = 0;
      if (hb_font_get_nominal_glyph(font, cp, &glyph) && glyph < glyphs) face.glyph_below_[cp] = static_cast<GlyphId>(glyph);
    }
    hb_set_destroy(unicodes);

    hb_position_t value = 0;
    if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value)) face.ascender_ = value;
    if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value)) face.descender_ = value;
    hb_glyph_extents_t extents{};
    if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &value) && value > 0)
      face.cap_height_ = value;
    else if (hb_font_get_glyph_extents(font, face.glyph_for('H'), &extents))
      face.cap_height_ = extents.y_bearing;
    face.italic_angle_ = hb_style_get_value(font, HB_STYLE_TAG_SLANT_ANGLE);
    // No font table stores the stem width; this common estimate from the
    // weight class gives 88 for regular (400) and 166 for bold (700).
    const double weight = std::clamp(static_cast<double>(hb_style_get_value(font, HB_STYLE_TAG_WEIGHT)), 100.0, 900.0) / 65.0;
    face.stem_v_ = static_cast<int>(std::lround(50 + weight * weight));

    std::int32_t common_advance = -1;
    face.fixed_pitch_ = true;
    for (std::int32_t advance : face.advances_)
      if (advance != 0) {
        if (common_advance < 0) common_advance = advance;
        face.fixed_pitch_ = face.fixed_pitch_ && advance == common_advance;
      }
    face.bbox_ = head_bbox(hb_face);

    char name[128];
    unsigned length = sizeof name;
    if (hb_ot_name_get_utf8(hb_face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, name) > 0)
      face.postscript_name_.assign(name, length);
  }
};

Face::Face(std::unique_ptr<HarfBuzz> harfbuzz) : hb_(std::move(harfbuzz)) {}
Face::~Face() = default;

Result<std::shared_ptr<const Face>> Face::load(std::string_view bytes) {
  auto hb = std::make_unique<HarfBuzz>();
  hb->bytes.assign(bytes);
  hb->blob.reset(hb_blob_create_or_fail(hb->bytes.data(), static_cast<unsigned>(hb->bytes.size()),
                                        HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  if (hb->blob) hb->face.reset(hb_face_create(hb->blob.get(), 0));
  if (hb->face) hb->font.reset(hb_font_create(hb->face.get()));
  if (!hb->font || hb_face_get_glyph_count(hb->face.get()) == 0)
    return Result<std::shared_ptr<const Face>>::failure(
        error("", "font_invalid", "Skriftfilen er ikke en TrueType- eller OpenType-skrift med tegn."));
  hb_font_make_immutable(hb->font.get());
  auto face = std::make_shared<Face>(std::move(hb));
  FaceLoader::fill(*face);
  if (face->glyph_for('a') == 0)
    return Result<std::shared_ptr<const Face>>::failure(
        error("", "font_invalid", "Skrifttypen har ingen tegntabel for latinske bogstaver."));
  return Result<std::shared_ptr<const Face>>::success(std::move(face));
}

GlyphId Face::glyph_for(char32_t code_point) const {
  if (code_point < kDenseCodePoints) return glyph_below_[code_point];
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(hb_->font.get(), code_point, &glyph) || glyph >= advances_.size()) return 0;
  return static_cast<GlyphId>(glyph);
}

std::int32_t Face::advance(GlyphId glyph) const { return glyph < advances_.size() ? advances_[glyph] : 0; }

std::vector<ShapedGlyph> Face::shape(std::string_view utf8) const {
  hb_buffer_t* buffer = thread_buffer();
  hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
  hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer, HB_SCRIPT_LATIN);
  static const hb_language_t danish = hb_language_from_string("da", -1);
  hb_buffer_set_language(buffer, danish);
  hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_shape(hb_->font.get(), buffer, kFeatures.data(), static_cast<unsigned>(kFeatures.size()));
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  std::vector<ShapedGlyph> glyphs(count);
  for (unsigned i = 0; i < count; ++i) {
    const bool known = infos[i].codepoint < advances_.size();
    glyphs[i] = {known ? static_cast<GlyphId>(infos[i].codepoint) : GlyphId{0}, infos[i].cluster,
                 positions[i].x_advance, positions[i].x_offset, positions[i].y_offset};
  }
  return glyphs;
}

std::string Face::subset(const std::set<GlyphId>& glyphs) const {
  SubsetInputPtr input{hb_subset_input_create_or_fail()};
  if (!input) return {};
  hb_set_t* glyph_set = hb_subset_input_glyph_set(input.get());
  for (GlyphId glyph : glyphs)
    if (glyph < advances_.size()) hb_set_add(glyph_set, glyph);
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : kDroppedTables) hb_set_add(dropped, tag);
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
  // Of the names, the copyright notice and the licence's address, which the
  // font's licence asks every copy to keep; the PDF names the font itself.
  hb_set_t* names = hb_subset_input_set(input.get(), HB_SUBSET_SETS_NAME_ID);
  hb_set_clear(names);
  for (hb_codepoint_t id : kKeptNameIds) hb_set_add(names, id);
  FacePtr subset{hb_subset_or_fail(hb_->face.get(), input.get())};
  if (!subset) return {};
  BlobPtr blob{hb_face_reference_blob(subset.get())};
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob.get(), &length);
  return data ? std::string(data, length) : std::string();
}

}  // namespace sygedok::font
