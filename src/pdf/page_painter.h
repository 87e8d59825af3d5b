#pragma once
// Turns the items of one laid-out page into content stream operators: text
// runs (glyph ids through the FontEmbedder), lines and rectangles. Flips
// layout's top-down y into PDF's bottom-up y. One function per item kind;
// signature fields draw nothing here: they are collected, in PDF
// coordinates, for the form (pdf/signature_form.h). One instance per page;
// not thread-safe.
#include <array>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/frame.h"
#include "pdf/content_stream.h"
#include "pdf/font_embedder.h"

namespace sygedok::pdf {

// Where a signature field's widget goes, in PDF user space (points, origin
// bottom-left). Plain data.
struct PlacedSignatureField {
  std::string name;
  double left = 0, bottom = 0, right = 0, top = 0;
};

class PagePainter {
 public:
  PagePainter(FontEmbedder& fonts, double page_height);

  void paint(const FrameItem& item);

  // The finished content stream (closes an open text object).
  std::string finish();
  // Which faces the page's text uses (they go into its /Resources).
  const std::array<bool, kFontStyleCount>& used_styles() const { return used_styles_; }
  // Characters that could not be written: code points the face lacks, and
  // whether some text was not valid UTF-8.
  const std::set<char32_t>& missing_characters() const { return missing_; }
  bool had_invalid_text() const { return invalid_text_; }
  // The page's signature fields, in the order layout placed them.
  const std::vector<PlacedSignatureField>& signature_fields() const { return signature_fields_; }

 private:
  void paint_text(const TextItem& text);
  void paint_line(const LineItem& line);
  void paint_rect(const RectItem& rect);
  void paint_signature_field(const SignatureFieldItem& field);

  double flip(double y) const { return page_height_ - y; }

  FontEmbedder& fonts_;
  double page_height_;
  ContentStream content_;
  std::array<bool, kFontStyleCount> used_styles_{};
  std::set<char32_t> missing_;
  bool invalid_text_ = false;
  std::vector<PlacedSignatureField> signature_fields_;
  // Reused between text runs to save allocations.
  std::vector<font::GlyphId> glyphs_;
  std::vector<char32_t> missing_in_run_;
};

}  // namespace sygedok::pdf
