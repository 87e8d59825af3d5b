#pragma once
// The document as a column of pieces before it is cut into pages (TeX's
// vertical list): spaces (dropped at the top of a page), boxes (never
// split: one line of a paragraph, the letterhead, the signature block) and
// table rows (moved whole, split between lines only when taller than a
// page). Each piece says whether a page may begin with it; that is how
// headings keep with what follows and paragraphs avoid widows and orphans.
// Built by the block layouts, consumed by the paginator. Plain data plus
// builder methods; not thread-safe.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/frame.h"
#include "layout/table_row.h"
#include "layout/text_block.h"

namespace sygedok::layout {

struct Element {
  enum class Kind : std::uint8_t { Space, Box, Row };
  Kind kind = Kind::Space;
  bool break_before = true;  // a page may begin with this element
  bool new_page = false;     // a page must begin with this element
  double height = 0;
  std::size_t first_item = 0, item_count = 0;  // Box: its items in VerticalList::items
  int row = -1;                                // Row: index into VerticalList::rows
};

struct VerticalList {
  std::vector<Element> elements;
  std::vector<FrameItem> items;   // of the boxes; y from the top of their box
  std::vector<TableRow> rows;
  std::vector<int> table_header;  // per table: index of its header row in `rows`, or -1

  // Vertical space; next to another space the larger of the two wins (CSS
  // margin collapsing). Ignored at the very start.
  void add_space(double height);

  // A box: the items pushed to `items` since begin_box() belong to it.
  std::size_t begin_box() const { return items.size(); }
  void end_box(std::size_t first_item, double height, bool break_before = true);

  // Every line of `text` as a box. Unless `keep_together`, a page may
  // begin at line i only when at least two lines stay on each side (no
  // widows or orphans; paragraphs under four lines move whole).
  void add_lines(const TextLines& text, bool keep_together);

  // Tables: register one, then add its rows in order.
  int add_table();
  void add_row(TableRow row, double height, bool break_before);

  // The next piece of content (and any space before it) may not begin a
  // page: a heading keeps with what follows it.
  void keep_with_next() { keep_next_ = true; }

  // The next piece of content begins a new page (an appendix).
  void begin_page() { new_page_next_ = true; }

  // Of the pieces added since element `first` (spaces aside), the first
  // `at_start` stay on one page, and so do the last `at_end`: no page
  // begins with the 2nd to the at_start-th piece or with one of the last
  // at_end - 1 (rows of a table, lines of a list).
  void keep_together(std::size_t first, std::size_t at_start, std::size_t at_end);

  // A list marker to put on the first baseline of the next box (or at
  // `fallback_baseline` below its top when it has no text).
  void attach_marker(TextItem marker, double fallback_baseline);
  bool has_pending_marker() const { return marker_.has_value(); }

 private:
  void push(Element element);

  bool keep_next_ = false;
  bool new_page_next_ = false;
  std::optional<TextItem> marker_;
  double marker_baseline_ = 0;
};

// `item` moved down by `dy`.
void shift_item(FrameItem& item, double dy);

}  // namespace sygedok::layout
