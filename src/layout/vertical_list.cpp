#include "layout/vertical_list.h"

#include <algorithm>
#include <type_traits>
#include <variant>

namespace sygedok::layout {

void shift_item(FrameItem& item, double dy) {
  std::visit(
      [dy](auto& i) {
        using T = std::decay_t<decltype(i)>;
        if constexpr (std::is_same_v<T, TextItem>) {
          i.origin.y += dy;
        } else if constexpr (std::is_same_v<T, LineItem>) {
          i.from.y += dy;
          i.to.y += dy;
        } else {
          i.rect.y += dy;
        }
      },
      item);
}

void VerticalList::push(Element element) {
  if (keep_next_) {
    element.break_before = false;
    if (element.kind != Element::Kind::Space) keep_next_ = false;
  }
  if (new_page_next_ && element.kind != Element::Kind::Space) {
    element.new_page = true;
    element.break_before = true;
    new_page_next_ = false;
  }
  elements.push_back(element);
}

void VerticalList::add_space(double height) {
  if (elements.empty() || height <= 0) return;
  Element& last = elements.back();
  if (last.kind == Element::Kind::Space) {
    last.height = std::max(last.height, height);
    return;
  }
  Element space;
  space.kind = Element::Kind::Space;
  space.height = height;
  push(space);
}

void VerticalList::end_box(std::size_t first_item, double height, bool break_before) {
  if (marker_) {
    double baseline = marker_baseline_;
    for (std::size_t i = first_item; i < items.size(); ++i) {
      if (const auto* text = std::get_if<TextItem>(&items[i])) {
        baseline = text->origin.y;
        break;
      }
    }
    marker_->origin.y = baseline;
    // First in the box, so that the label is read (and drawn) before the item.
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(first_item), std::move(*marker_));
    marker_.reset();
  }
  Element box;
  box.kind = Element::Kind::Box;
  box.break_before = break_before;
  box.height = height;
  box.first_item = first_item;
  box.item_count = items.size() - first_item;
  push(box);
}

void VerticalList::add_lines(const TextLines& text, bool keep_together) {
  const std::size_t n = text.lines.size();
  for (std::size_t i = 0; i < n; ++i) {
    const LineBox& line = text.lines[i];
    std::size_t first = begin_box();
    for (std::size_t k = 0; k < line.item_count; ++k) {
      FrameItem item = text.items[line.first_item + k];
      shift_item(item, -line.top);
      items.push_back(std::move(item));
    }
    bool may_begin_page = i == 0 || (!keep_together && i >= 2 && n - i >= 2);
    end_box(first, line.height, may_begin_page);
  }
}

int VerticalList::add_table() {
  table_header.push_back(-1);
  return static_cast<int>(table_header.size()) - 1;
}

void VerticalList::add_row(TableRow row, double height, bool break_before) {
  if (marker_) {  // a list item that starts with a table: the marker sits on its first line
    end_box(begin_box(), 0, break_before);
    break_before = false;
  }
  if (row.header) table_header[static_cast<std::size_t>(row.table)] = static_cast<int>(rows.size());
  Element element;
  element.kind = Element::Kind::Row;
  element.break_before = break_before;
  element.height = height;
  element.row = static_cast<int>(rows.size());
  rows.push_back(std::move(row));
  push(element);
}

void VerticalList::keep_together(std::size_t first, std::size_t at_start, std::size_t at_end) {
  std::vector<std::size_t> pieces;
  for (std::size_t i = first; i < elements.size(); ++i)
    if (elements[i].kind != Element::Kind::Space) pieces.push_back(i);
  auto no_page_begins_at = [&](std::size_t piece) {
    for (std::size_t i = pieces[piece] + 1; i-- > pieces[piece - 1] + 1;) elements[i].break_before = false;
  };
  for (std::size_t k = 1; k < pieces.size(); ++k)
    if (k < at_start || k + at_end > pieces.size()) no_page_begins_at(k);
}

void VerticalList::attach_marker(TextItem marker, double fallback_baseline) {
  marker_ = std::move(marker);
  marker_baseline_ = fallback_baseline;
}

}  // namespace sygedok::layout
