#pragma once
// The laid-out document: pages of items at fixed positions (text runs,
// lines, rectangles, signature fields, images), the boundary
// between layout (which knows nothing of PDF) and the PDF writer (which
// knows nothing of templates). Coordinates as in core/geometry.h: points,
// origin top-left, y downwards. Plain data; thread-compatible.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/font_metrics.h"
#include "core/geometry.h"

namespace sygedok {

// A run of text in one font and size; `origin` is the left end of its baseline.
struct TextItem {
  Point origin;
  FontStyle style = FontStyle::Regular;
  double size = 10;
  std::string text;  // UTF-8, NFC
  Color color;
};

struct LineItem {
  Point from, to;
  double width = 0.75;
  Color color;
};

struct RectItem {
  Rect rect;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double stroke_width = 0.75;
};

// Where a signer signs: an empty signature field (AcroForm /FT /Sig) is
// placed over this rectangle, named e.g. "Underskrift_leder".
struct SignatureFieldItem {
  Rect rect;
  std::string name;
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
};

using FrameItem = std::variant<TextItem, LineItem, RectItem, SignatureFieldItem, ImageItem>;

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
  std::vector<FramePage> pages;
  std::vector<AttachedFile> attachments;  // none unless the request asks (archive.embed_source)
};

}  // namespace sygedok
