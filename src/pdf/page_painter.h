#pragma once
// Turns the items of one laid-out page into content stream operators: text
// runs (glyph ids through the FontEmbedder), lines, rectangles and images
// (XObjects through the ImageEmbedder). Flips
// layout's top-down y into PDF's bottom-up y. One function per item kind;
// signature fields draw nothing here: they are collected, in PDF
// coordinates, for the form (pdf/signature_form.h). In a tagged document
// every item is wrapped in marked content: consecutive items of one
// structure element share one `/Role <</MCID n>> BDC … EMC` sequence,
// artifacts share `/Artifact BMC … EMC`, never nested, and always properly
// nested with BT/ET. One instance per page; not thread-safe.
#include <array>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/frame.h"
#include "pdf/content_stream.h"
#include "pdf/font_embedder.h"
#include "pdf/image_embedder.h"

namespace sygedok::pdf {

// Where a signature field's widget goes, in PDF user space (points, origin
// bottom-left). Plain data.
struct PlacedSignatureField {
  std::string name;
  double left = 0, bottom = 0, right = 0, top = 0;
  StructId element = kArtifact;  // its Form element
  std::string description;       // what readers announce (/TU), from the Form element
};

class PagePainter {
 public:
  // Without `images`, image items draw nothing. With a non-empty
  // `structure` the page is tagged (its items' elements index into it).
  PagePainter(FontEmbedder& fonts, double page_height, ImageEmbedder* images = nullptr,
              const DocumentStructure* structure = nullptr);

  void paint(const FrameItem& item);

  // The finished content stream (closes an open text object).
  std::string finish();
  // Which faces the page's text uses (they go into its /Resources).
  const std::array<bool, kFontStyleCount>& used_styles() const { return used_styles_; }
  // Characters that could not be written: code points the face lacks, and
  // whether some text was not valid UTF-8.
  const std::set<char32_t>& missing_characters() const { return missing_; }
  bool had_invalid_text() const { return invalid_text_; }
  // The image resources the page uses ("Im1", …), each once, in order of use.
  const std::vector<std::string>& used_images() const { return used_images_; }
  // The page's signature fields, in the order layout placed them.
  const std::vector<PlacedSignatureField>& signature_fields() const { return signature_fields_; }
  // The element of each marked-content id on the page (index = MCID).
  const std::vector<StructId>& marked_elements() const { return marked_elements_; }

 private:
  // Opens the marked content `element` needs unless it is open; `text`:
  // the item is drawn inside a text object.
  void mark(StructId element, bool text);
  void close_mark();
  void paint_text(const TextItem& text);
  void paint_line(const LineItem& line);
  void paint_rect(const RectItem& rect);
  void paint_signature_field(const SignatureFieldItem& field);
  void paint_image(const ImageItem& image);

  double flip(double y) const { return page_height_ - y; }

  FontEmbedder& fonts_;
  ImageEmbedder* images_;
  const DocumentStructure* structure_;  // null: untagged
  double page_height_;
  bool mark_open_ = false, mark_in_text_ = false;
  StructId open_element_ = kArtifact;
  std::vector<StructId> marked_elements_;
  ContentStream content_;
  std::array<bool, kFontStyleCount> used_styles_{};
  std::set<char32_t> missing_;
  bool invalid_text_ = false;
  std::vector<PlacedSignatureField> signature_fields_;
  std::vector<std::string> used_images_;
  // Reused between text runs to save allocations.
  std::vector<font::GlyphId> glyphs_;
  std::vector<int> adjustments_;  // TJ, per glyph
  std::vector<PlacedGlyph> shaped_;
  std::vector<char32_t> missing_in_run_;
};

}  // namespace sygedok::pdf
