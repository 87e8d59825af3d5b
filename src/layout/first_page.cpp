#include "layout/first_page.h"

#include <algorithm>

#include "layout/table_layout.h"

namespace sygedok::layout {
namespace {

// Moves the items of `lines` by `dy` into `out`.
void move_into(const TextLines& lines, double dy, std::vector<FrameItem>& out) {
  for (TextItem item : lines.items) {
    item.origin.y += dy;
    out.emplace_back(std::move(item));
  }
}

ImageItem logo_item(const PageLogo& logo, const LayoutStyle& style, StructId figure) {
  const double x = logo.at_left ? style.margin_left : style.page.width - style.margin_right - logo.width;
  return ImageItem{{x, style.logo_top, logo.width, logo.height}, logo.image, figure};
}

// Sets the parts of the window field and the information block beside it,
// reporting what does not fit. One per lay_out_first_page() call; not
// thread-safe (it uses the context's scratch buffers).
class WindowLayout {
 public:
  WindowLayout(LayoutContext& context, Diagnostics& problems)
      : context_(context), style_(context.style), problems_(problems) {}

  // The return address, bottom-up in the top zone of the field.
  void return_address(const std::string& text, std::vector<FrameItem>& out) {
    const Rect& field = style_.address_field;
    TextLines lines;
    build_plain_text(text, FontStyle::Regular, style_.return_address_size, context_.metrics, context_.problems,
                     context_.scratch_text);
    TextFrame frame{text_left(), text_width(), Alignment::Left, style_.return_address_line_height,
                    style_.muted_color};
    context_.set_prepared(context_.scratch_text, frame, lines);
    if (lines.height() > style_.return_zone_height) {
      problems_.push_back(error("sender", "window_overflow",
                                "Afsenderens navn og adresse er for lange til returadressen øverst i rudefeltet. "
                                "Forkort afsenderens navn eller adresse."));
      return;
    }
    move_into(lines, field.y + style_.return_zone_height - lines.height(), out);
  }

  // The recipient's lines from the top of the address zone, each on one
  // line, at the largest size (address_size down to address_min_size) at
  // which every line fits the field's width.
  void recipient(const std::vector<WindowLine>& lines, StructId parent, std::vector<FrameItem>& out) {
    const double zone_top = style_.address_field.y + style_.return_zone_height;
    const double zone_height = style_.address_field.height - style_.return_zone_height;
    if (static_cast<double>(lines.size()) * style_.address_line_pitch > zone_height + 1e-6) {
      problems_.push_back(error("employee.address", "window_overflow",
                                "Modtagerens navn og adresse fylder mere end " +
                                    std::to_string(static_cast<int>(zone_height / style_.address_line_pitch)) +
                                    " linjer og kan ikke stå i rudefeltet."));
      return;
    }
    const double size = fitting_size(lines);
    if (size <= 0) return;
    const double baseline = baseline_offset(context_.metrics, size, style_.address_line_pitch / size);
    const StructId block = context_.add_element(StructRole::Div, parent);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      TextItem item;
      item.origin = {text_left(), zone_top + static_cast<double>(i) * style_.address_line_pitch + baseline};
      item.style = FontStyle::Regular;
      item.size = size;
      item.color = style_.text_color;
      item.text = lines[i].text;
      item.element = context_.add_element(StructRole::P, block);
      out.emplace_back(std::move(item));
    }
  }

  // Column `c` of the letterhead's cells from `top`, left-aligned, as a Div
  // with a P per cell; returns its bottom (`top` when the column is empty).
  double information_column(const Table& letterhead, std::size_t c, double top, StructId parent,
                            std::vector<FrameItem>& out) {
    const double x = style_.information_left;
    const double width = style_.page.width - style_.margin_right - x;
    TextLines column;
    StructId block = kArtifact;
    auto add_cell = [&](const std::vector<Inlines>& row) {
      if (c >= row.size() || row[c].empty()) return;
      if (block == kArtifact) block = context_.add_element(StructRole::Div, parent);
      TextFrame frame = context_.frame(x, width, context_.add_element(StructRole::P, block));
      frame.color = style_.muted_color;
      context_.set_inlines(row[c], style_.small_size, false, frame, column);
    };
    add_cell(letterhead.header);
    for (const auto& row : letterhead.rows) add_cell(row);
    if (column.lines.empty()) return top;
    if (top > style_.information_top) top += style_.information_column_gap;
    move_into(column, top, out);
    return top + column.height();
  }

 private:
  double text_left() const { return style_.address_field.x + style_.address_inset; }
  double text_width() const { return style_.address_field.width - style_.address_inset; }

  double width_of(const std::string& text, double size) {
    build_plain_text(text, FontStyle::Regular, size, context_.metrics, context_.problems, context_.scratch_text);
    return context_.scratch_text.width(0, context_.scratch_text.length());
  }

  double fitting_size(const std::vector<WindowLine>& lines) {
    for (double size = style_.address_size; size >= style_.address_min_size - 1e-6; size -= 0.5) {
      bool fits = true;
      for (const auto& line : lines) fits = fits && width_of(line.text, size) <= text_width() + 1e-6;
      if (fits) return size;
    }
    for (const auto& line : lines)
      if (width_of(line.text, style_.address_min_size) > text_width() + 1e-6)
        problems_.push_back(error(line.path, "too_long",
                                  "»" + line.text + "« er for lang til at stå på én linje i rudefeltet på en "
                                  "rudekuvert. Del den på to linjer, eller forkort den."));
    return 0;
  }

  LayoutContext& context_;
  const LayoutStyle& style_;
  Diagnostics& problems_;
};

}  // namespace

FirstPageParts lay_out_first_page(const FirstPage& first_page, const Table* letterhead, StructId parent,
                                  LayoutContext& context, Diagnostics& problems) {
  const LayoutStyle& style = context.style;
  FirstPageParts parts;
  parts.flow_top = style.margin_top;
  double logo_bottom = 0;
  if (first_page.logo && first_page.logo->image) {
    const StructId figure = context.add_element(StructRole::Figure, parent);
    context.structure[figure].alt = first_page.logo->alt;
    parts.items.emplace_back(logo_item(*first_page.logo, style, figure));
    logo_bottom = style.logo_top + first_page.logo->height;
    parts.flow_top = std::max(parts.flow_top, logo_bottom + style.logo_space_below);
  }
  if (!first_page.window) return parts;

  // In reading order: sender, recipient, then CVR, date and case number.
  WindowLayout window(context, problems);
  window.return_address(first_page.window->return_address, parts.items);
  const std::size_t columns = letterhead ? table_column_count(*letterhead) : 0;
  double information_bottom = style.information_top;
  if (columns > 0)
    information_bottom = window.information_column(*letterhead, 0, information_bottom, parent, parts.items);
  window.recipient(first_page.window->recipient, parent, parts.items);
  for (std::size_t c = 1; c < columns; ++c)
    information_bottom = window.information_column(*letterhead, c, information_bottom, parent, parts.items);
  const double bottom =
      std::max({style.address_field.y + style.address_field.height, logo_bottom, information_bottom});
  const double rule_y = bottom + style.letterhead_rule_gap;
  parts.items.emplace_back(LineItem{{style.margin_left, rule_y},
                                    {style.page.width - style.margin_right, rule_y},
                                    style.rule_width,
                                    style.rule_color});
  parts.flow_top = rule_y + style.letterhead_space_below;
  return parts;
}

}  // namespace sygedok::layout
