#pragma once
// Helpers for the layout tests only: a fixed-width FontMetrics (every glyph
// half an em wide, none for U+1F600) and builders for small block trees.
// Immutable; thread-safe.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/font_metrics.h"
#include "core/frame.h"
#include "layout/layout.h"
#include "markup/block.h"

namespace sygedok::layout::testing {

class FakeMetrics final : public FontMetrics {
 public:
  static constexpr char32_t kMissing = U'\U0001F600';
  bool has_glyph(FontStyle, char32_t c) const override { return c != kMissing; }
  double advance(FontStyle, char32_t, double size) const override { return size * 0.5; }
  double ascent(FontStyle, double size) const override { return size * 0.8; }
  double descent(FontStyle, double size) const override { return size * 0.2; }
};

inline Span text(std::string t, bool bold = false, bool italic = false) {
  return Span{Span::Kind::Text, std::move(t), bold, italic};
}
inline Span hard_break() { return Span{Span::Kind::HardBreak, "", false, false}; }

inline Block paragraph(Inlines inlines) { return Block{Paragraph{std::move(inlines)}}; }
inline Block paragraph(std::string t) { return paragraph(Inlines{text(std::move(t))}); }
inline Block heading(int level, std::string t) { return Block{Heading{level, {text(std::move(t))}}}; }

// A paragraph of one line per entry, separated by hard breaks.
inline Block lines(const std::vector<std::string>& texts) {
  Inlines inlines;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) inlines.push_back(hard_break());
    inlines.push_back(text(texts[i]));
  }
  return paragraph(std::move(inlines));
}

inline std::vector<Inlines> cells(const std::vector<std::string>& texts) {
  std::vector<Inlines> out;
  for (const auto& t : texts) out.push_back(t.empty() ? Inlines{} : Inlines{text(t)});
  return out;
}

inline Block table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                   Table::Role role = Table::Role::Plain, std::vector<std::string> field_names = {}) {
  Table t;
  t.role = role;
  t.field_names = std::move(field_names);
  t.header = cells(header);
  for (const auto& row : rows) t.rows.push_back(cells(row));
  t.align.assign(std::max(header.size(), rows.empty() ? 0 : rows.front().size()), Table::Align::Default);
  return Block{std::move(t)};
}

// A 200 x 200 pt page with 20 pt margins and round numbers: body 10 pt
// (5 pt a character with FakeMetrics), lines 13.5 pt, no paragraph gaps;
// 11 body lines fit on a page.
inline LayoutStyle small_style() {
  LayoutStyle s;
  s.page = {200, 200};
  s.margin_top = s.margin_right = s.margin_bottom = s.margin_left = 20;
  s.body_size = 10;
  s.h1_size = 16;
  s.h2_size = s.h3_size = 10;
  s.small_size = 9;
  s.paragraph_gap = 0;
  s.h1_space_above = s.h2_space_above = s.h3_space_above = 0;
  s.h1_space_below = s.h2_space_below = s.h3_space_below = 0;
  s.cell_padding = 2;
  s.list_indent = 20;
  s.list_marker_gap = 5;
  s.list_item_gap = 0;
  s.footer_baseline_from_bottom = 8;
  return s;
}

// Every text item of a page, in order.
inline std::vector<const TextItem*> texts_on(const FramePage& page) {
  std::vector<const TextItem*> out;
  for (const auto& item : page.items)
    if (const auto* t = std::get_if<TextItem>(&item)) out.push_back(t);
  return out;
}

// The drawn text of an item: without the one space a line ending between
// two words keeps for text extraction (layout/text_block.h).
inline std::string visible(const TextItem& item) {
  if (!item.text.empty() && item.text.back() == ' ') return item.text.substr(0, item.text.size() - 1);
  return item.text;
}

// The text item whose drawn text is `t`.
inline const TextItem* find_text(const FramePage& page, const std::string& t) {
  for (const auto* item : texts_on(page))
    if (visible(*item) == t) return item;
  return nullptr;
}

// The text item `t` of a page; a test failure (and an item with NaN
// coordinates) when there is none, so that a test fails instead of crashing.
inline const TextItem& must_find(const FramePage& page, const std::string& t) {
  if (const TextItem* item = find_text(page, t)) return *item;
  ADD_FAILURE() << "no text item \"" << t << "\" on the page";
  static const TextItem missing{{std::nan(""), std::nan("")}, FontStyle::Regular, std::nan(""), "", {}};
  return missing;
}

// Index of the first page holding a text item `t`, or -1.
inline int page_of(const FrameDocument& document, const std::string& t) {
  for (std::size_t i = 0; i < document.pages.size(); ++i)
    if (find_text(document.pages[i], t) != nullptr) return static_cast<int>(i);
  return -1;
}

}  // namespace sygedok::layout::testing
