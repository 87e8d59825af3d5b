#include "pdf/page_painter.h"

#include <algorithm>
#include <type_traits>

#include "core/text.h"

namespace sygedok::pdf {

PagePainter::PagePainter(FontEmbedder& fonts, double page_height, ImageEmbedder* images,
                         const DocumentStructure* structure)
    : fonts_(fonts),
      images_(images),
      structure_(structure && !structure->empty() ? structure : nullptr),
      page_height_(page_height) {}

void PagePainter::mark(StructId element, bool text) {
  // A sequence opened inside a text object must end before its ET, so
  // drawing outside text ends it first. Text opens its sequences inside
  // the text object, so that one BT … ET holds a run of paragraphs.
  if (mark_open_ && (element != open_element_ || (!text && mark_in_text_))) close_mark();
  if (text)
    content_.begin_text();
  else
    content_.end_text();
  if (!structure_ || mark_open_) return;
  if (element == kArtifact) {
    content_.begin_artifact();
  } else {
    // An element the structure does not have is refused by the structure
    // writer; it is marked as a Span here only to keep the stream well-formed.
    const bool known = static_cast<std::size_t>(element) < structure_->elements.size();
    content_.begin_marked_content(known ? role_name((*structure_)[element].role) : "Span",
                                  static_cast<int>(marked_elements_.size()));
    marked_elements_.push_back(element);
  }
  mark_open_ = true;
  mark_in_text_ = content_.in_text();
  open_element_ = element;
}

void PagePainter::close_mark() {
  if (!mark_open_) return;
  // A sequence opened outside a text object contains the whole of it.
  if (!mark_in_text_) content_.end_text();
  content_.end_marked_content();
  mark_open_ = false;
}

void PagePainter::paint(const FrameItem& item) {
  std::visit(
      [this](const auto& concrete) {
        using Item = std::decay_t<decltype(concrete)>;
        if constexpr (std::is_same_v<Item, TextItem>)
          paint_text(concrete);
        else if constexpr (std::is_same_v<Item, LineItem>)
          paint_line(concrete);
        else if constexpr (std::is_same_v<Item, RectItem>)
          paint_rect(concrete);
        else if constexpr (std::is_same_v<Item, SignatureFieldItem>)
          paint_signature_field(concrete);
        else
          paint_image(concrete);
      },
      item);
}

std::string PagePainter::finish() {
  close_mark();
  content_.end_text();
  return content_.take();
}

void PagePainter::paint_text(const TextItem& text) {
  if (!decode_utf8(text.text)) {
    invalid_text_ = true;
    return;
  }
  glyphs_.clear();
  adjustments_.clear();
  missing_in_run_.clear();
  const std::vector<PlacedGlyph>* placed = &text.glyphs;
  if (placed->empty()) {  // a frame not made by layout
    shaped_.clear();
    fonts_.family().shape(text.style, text.text, text.size, shaped_);
    placed = &shaped_;
  }
  fonts_.encode(text.style, text.text, *placed, text.size, glyphs_, adjustments_, missing_in_run_);
  missing_.insert(missing_in_run_.begin(), missing_in_run_.end());
  if (glyphs_.empty()) return;

  used_styles_[static_cast<int>(text.style)] = true;
  fonts_.font(text.style);
  mark(text.element, true);
  content_.set_fill_color(text.color);
  content_.set_font(FontEmbedder::resource_name(text.style), text.size);
  content_.move_text_to(text.origin.x, flip(text.origin.y));
  content_.show_glyphs(glyphs_, adjustments_);
}

void PagePainter::paint_line(const LineItem& line) {
  mark(line.element, false);
  content_.set_stroke_color(line.color);
  content_.set_line_width(line.width);
  content_.move_to(line.from.x, flip(line.from.y));
  content_.line_to(line.to.x, flip(line.to.y));
  content_.stroke();
}

void PagePainter::paint_rect(const RectItem& rect) {
  if (!rect.fill && !rect.stroke) return;
  mark(rect.element, false);
  if (rect.fill) content_.set_fill_color(*rect.fill);
  if (rect.stroke) {
    content_.set_stroke_color(*rect.stroke);
    content_.set_line_width(rect.stroke_width);
  }
  const Rect& r = rect.rect;
  content_.rectangle(r.x, flip(r.y + r.height), r.width, r.height);
  if (rect.fill && rect.stroke)
    content_.fill_and_stroke();
  else if (rect.fill)
    content_.fill();
  else
    content_.stroke();
}

void PagePainter::paint_signature_field(const SignatureFieldItem& field) {
  // Not page content: an AcroForm widget in the page's /Annots, placed by
  // the writer (the signature line under it is a LineItem of its own).
  const Rect& r = field.rect;
  std::string description;
  if (structure_ && field.element >= 0 && static_cast<std::size_t>(field.element) < structure_->elements.size())
    description = (*structure_)[field.element].alt;
  signature_fields_.push_back(
      {field.name, r.x, flip(r.y + r.height), r.x + r.width, flip(r.y), field.element, std::move(description)});
}

void PagePainter::paint_image(const ImageItem& image) {
  if (!images_ || !image.image) return;
  const std::string name = images_->resource_name(*image.image);
  if (name.empty()) return;
  mark(image.element, false);
  const Rect& r = image.rect;
  content_.draw_image(name, r.x, flip(r.y + r.height), r.width, r.height);
  if (std::find(used_images_.begin(), used_images_.end(), name) == used_images_.end()) used_images_.push_back(name);
}

}  // namespace sygedok::pdf
