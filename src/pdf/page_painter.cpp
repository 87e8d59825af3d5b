#include "pdf/page_painter.h"

#include <algorithm>
#include <type_traits>

#include "core/text.h"

namespace sygedok::pdf {

PagePainter::PagePainter(FontEmbedder& fonts, double page_height, ImageEmbedder* images)
    : fonts_(fonts), images_(images), page_height_(page_height) {}

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
  content_.end_text();
  return content_.take();
}

void PagePainter::paint_text(const TextItem& text) {
  auto code_points = decode_utf8(text.text);
  if (!code_points) {
    invalid_text_ = true;
    return;
  }
  glyphs_.clear();
  missing_in_run_.clear();
  fonts_.encode(text.style, *code_points, glyphs_, missing_in_run_);
  missing_.insert(missing_in_run_.begin(), missing_in_run_.end());
  if (glyphs_.empty()) return;

  used_styles_[static_cast<int>(text.style)] = true;
  fonts_.font(text.style);
  content_.begin_text();
  content_.set_fill_color(text.color);
  content_.set_font(FontEmbedder::resource_name(text.style), text.size);
  content_.move_text_to(text.origin.x, flip(text.origin.y));
  content_.show_glyphs(glyphs_);
}

void PagePainter::paint_line(const LineItem& line) {
  content_.end_text();
  content_.set_stroke_color(line.color);
  content_.set_line_width(line.width);
  content_.move_to(line.from.x, flip(line.from.y));
  content_.line_to(line.to.x, flip(line.to.y));
  content_.stroke();
}

void PagePainter::paint_rect(const RectItem& rect) {
  if (!rect.fill && !rect.stroke) return;
  content_.end_text();
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
  signature_fields_.push_back({field.name, r.x, flip(r.y + r.height), r.x + r.width, flip(r.y)});
}

void PagePainter::paint_image(const ImageItem& image) {
  if (!images_ || !image.image) return;
  const std::string name = images_->resource_name(*image.image);
  if (name.empty()) return;
  content_.end_text();
  const Rect& r = image.rect;
  content_.draw_image(name, r.x, flip(r.y + r.height), r.width, r.height);
  if (std::find(used_images_.begin(), used_images_.end(), name) == used_images_.end()) used_images_.push_back(name);
}

}  // namespace sygedok::pdf
