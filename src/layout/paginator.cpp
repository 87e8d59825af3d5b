#include "layout/paginator.h"

#include <algorithm>
#include <optional>

namespace sygedok::layout {
namespace {

constexpr double kEpsilon = 1e-6;

class Paginator {
 public:
  Paginator(VerticalList& list, const LayoutStyle& style, double first_page_top)
      : list_(list),
        style_(style),
        first_page_top_(first_page_top),
        row_style_{style.cell_padding, style.rule_width, style.rule_color, style.header_fill},
        page_height_(style.page.height - style.margin_top - style.margin_bottom) {}

  std::vector<FramePage> run() {
    std::vector<FramePage> pages;
    std::size_t next = 0;
    for (;;) {
      while (next < list_.elements.size() && list_.elements[next].kind == Element::Kind::Space) ++next;
      if (next >= list_.elements.size() && !pages.empty()) break;
      int header = repeated_header(next);
      double header_height = header >= 0 ? row_height(list_.rows[static_cast<std::size_t>(header)], style_.cell_padding) : 0;
      // Page 1's fixed parts count as space already used at its top.
      const double top = pages.empty() ? std::max(first_page_top_, style_.margin_top) : style_.margin_top;
      std::size_t end = page_end(next, header_height + top - style_.margin_top);
      pages.push_back(draw_page(next, end, header, header_height, top));
      next = end;
    }
    return pages;
  }

 private:
  // The header row to repeat when a page begins with element `first`.
  int repeated_header(std::size_t first) const {
    if (first >= list_.elements.size() || list_.elements[first].kind != Element::Kind::Row) return -1;
    const Element& element = list_.elements[first];
    const TableRow& row = list_.rows[static_cast<std::size_t>(element.row)];
    if (row.header) return -1;
    return list_.table_header[static_cast<std::size_t>(row.table)];
  }

  // One past the last element on the page that begins with `first`.
  std::size_t page_end(std::size_t first, double used) {
    std::optional<std::size_t> last_break;
    std::size_t end = first;
    while (end < list_.elements.size()) {
      const Element& element = list_.elements[end];
      if (end > first && element.new_page) return end;
      if (end > first && element.break_before) last_break = end;
      if (used + element.height <= page_height_ + kEpsilon) {
        used += element.height;
        ++end;
        continue;
      }
      if (end > first && element.break_before) return end;
      if (last_break) return *last_break;
      // No place on this page where the next may begin.
      if (element.kind == Element::Kind::Row && split_row_at(end, page_height_ - used, end == first)) return end + 1;
      return end == first ? end + 1 : end;  // a box taller than a page overflows; otherwise a forced break
    }
    return end;
  }

  bool split_row_at(std::size_t index, double available, bool force) {
    const auto row_index = static_cast<std::size_t>(list_.elements[index].row);
    auto rest = split_row(list_.rows[row_index], available, style_.cell_padding, force);
    if (!rest) return false;
    list_.elements[index].height = row_height(list_.rows[row_index], style_.cell_padding);
    Element continuation = list_.elements[index];
    continuation.break_before = true;
    continuation.height = row_height(*rest, style_.cell_padding);
    continuation.row = static_cast<int>(list_.rows.size());
    list_.rows.push_back(std::move(*rest));
    list_.elements.insert(list_.elements.begin() + static_cast<std::ptrdiff_t>(index) + 1, continuation);
    return true;
  }

  FramePage draw_page(std::size_t first, std::size_t end, int header, double header_height, double top) const {
    FramePage page;
    page.size = style_.page;
    double y = top;
    if (header >= 0) {
      draw_row(list_.rows[static_cast<std::size_t>(header)], y, header_height, row_style_, page.items, true);
      y += header_height;
    }
    for (std::size_t i = first; i < end; ++i) {
      const Element& element = list_.elements[i];
      if (element.kind == Element::Kind::Box) {
        for (std::size_t k = 0; k < element.item_count; ++k) {
          FrameItem item = list_.items[element.first_item + k];
          shift_item(item, y);
          page.items.push_back(std::move(item));
        }
      } else if (element.kind == Element::Kind::Row) {
        draw_row(list_.rows[static_cast<std::size_t>(element.row)], y, element.height, row_style_, page.items);
      }
      y += element.height;
    }
    return page;
  }

  VerticalList& list_;
  const LayoutStyle& style_;
  double first_page_top_;
  RowStyle row_style_;
  double page_height_;
};

}  // namespace

std::vector<FramePage> paginate(VerticalList& list, const LayoutStyle& style) {
  return Paginator(list, style, style.margin_top).run();
}

std::vector<FramePage> paginate(VerticalList& list, const LayoutStyle& style, double first_page_top) {
  return Paginator(list, style, first_page_top).run();
}

}  // namespace sygedok::layout
