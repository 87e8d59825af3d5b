#pragma once
// The laid-out document: pages of items at fixed positions (text runs,
// lines, rectangles, signature fields, images), the boundary
// between layout (which knows nothing of PDF) and the PDF writer (which
// knows nothing of templates). Beside the pages, the document's logical
// structure (core/structure.h): every item names the structure element it
// belongs to, or is an artifact (decoration, pagination). Coordinates as in
// core/geometry.h: points, origin top-left, y downwards. Plain data;
// thread-compatible.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/font_metrics.h"
#include "core/geometry.h"
#include "core/structure.h"

namespace sygedok {

// A run of text in one font and size; `origin` is the left end of its baseline.
struct TextItem {
  Point origin;
  FontStyle style = FontStyle::Regular;
  double size = 10;
  std::string text;  // UTF-8, NFC
  Color color;
  StructId element = kArtifact;
  // `text` shaped (FontMetrics::shape) as layout measured it: what the PDF
  // draws; each glyph's cluster is a byte offset in `text`, for ToUnicode.
  // Empty: the PDF writer shapes `text` itself.
  std::vector<PlacedGlyph> glyphs;
};

struct LineItem {
  Point from, to;
  double width = 0.75;
  Color color;
  StructId element = kArtifact;
};

struct RectItem {
  Rect rect;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double stroke_width = 0.75;
  StructId element = kArtifact;
};

// Where a signer signs: an empty signature field (AcroForm /FT /Sig) is
// placed over this rectangle, named e.g. "Underskrift_leder".
// `element` is its Form element, whose description (/TU) readers announce.
struct SignatureFieldItem {
  Rect rect;
  std::string name;
  StructId element = kArtifact;
};

enum class ImageFormat { Png, Jpeg };

// An image file as it is embedded: the encoded bytes, and what layout needs
// to size it without decoding (read from the PNG IHDR or the JPEG SOF
// header). Immutable once made; shared between documents.
struct ImageData {
  ImageFormat format = ImageFormat::Png;
  std::string bytes;
  std::uint32_t width_px = 0, height_px = 0;
};

// An image drawn into `rect` (stretched to it; layout keeps the aspect
// ratio). Items that share one ImageData share one image object in the PDF.
struct ImageItem {
  Rect rect;
  std::shared_ptr<const ImageData> image;
  StructId element = kArtifact;
};

using FrameItem = std::variant<TextItem, LineItem, RectItem, SignatureFieldItem, ImageItem>;

// The structure element an item belongs to.
inline StructId element_of(const FrameItem& item) {
  return std::visit([](const auto& i) { return i.element; }, item);
}

struct FramePage {
  Size size;
  std::vector<FrameItem> items;
};

struct DocumentInfo {
  std::string title;
  std::string author;    // the sending organisation
  std::string subject;
  std::string language = "da-DK";
  std::string creator = "sygedok";
  std::optional<std::string> created;  // ISO 8601; only when the input gives it (keeps output byte-stable)
};

// How an attached file relates to the document (PDF/A-3 /AFRelationship).
enum class FileRelationship { Source, Data, Alternative, Supplement, Unspecified };

// A file carried inside the PDF as an associated file of the whole document
// (PDF/A-3), e.g. the JSON request the document was made from.
struct AttachedFile {
  std::string name;         // file name readers offer, e.g. "kilde.json"
  std::string mime_type;    // e.g. "application/json"
  std::string description;  // one line shown by readers
  FileRelationship relationship = FileRelationship::Source;
  std::optional<std::string> modified;  // ISO 8601; only when known (keeps output byte-stable)
  std::string bytes;
};

struct FrameDocument {
  DocumentInfo info;
  DocumentStructure structure;  // empty: an untagged document
  std::vector<FramePage> pages;
  std::vector<AttachedFile> attachments;  // none unless the request asks (archive.embed_source)
};

}  // namespace sygedok
