#include "layout/block_layout.h"

#include <algorithm>
#include <string>

#include "layout/letterhead.h"
#include "layout/signature_block.h"
#include "layout/score_chart.h"
#include "layout/timeline.h"
#include "layout/table_layout.h"

namespace sygedok::layout {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

StructRole heading_role(int level) {
  static constexpr StructRole kRoles[] = {StructRole::H1, StructRole::H2, StructRole::H3,
                                          StructRole::H4, StructRole::H5, StructRole::H6};
  return kRoles[std::clamp(level, 1, 6) - 1];
}

}  // namespace

void BlockLayout::lay_out_sequence(const std::vector<Block>& blocks, double x, double width, bool nested,
                                   StructId parent, const Block* skip) {
  double below_previous = 0;
  bool first = true;
  const Block* previous = nullptr;
  for (const Block& block : blocks) {
    const auto* table = std::get_if<Table>(&block.node);
    if (&block == skip || (table && table->role == Table::Role::RunningHead)) continue;  // layout/running_head.h
    const Margins m = margins(block, nested);
    // A paragraph that leads into a list ("Vi aftalte, at") stays with it.
    if (previous && std::holds_alternative<Paragraph>(previous->node) && std::holds_alternative<List>(block.node))
      out_.keep_with_next();
    previous = &block;
    if (block.new_page) out_.begin_page();
    else if (!first) out_.add_space(std::max(below_previous, m.above));
    lay_out_block(block, x, width, parent);
    below_previous = m.below;
    first = false;
  }
}

BlockLayout::Margins BlockLayout::margins(const Block& block, bool nested) const {
  const LayoutStyle& s = context_.style;
  const double gap = nested ? s.list_item_gap : s.paragraph_gap;
  return std::visit(
      Overloaded{
          [&](const Heading& h) -> Margins {
            if (h.level <= 1) return {s.h1_space_above, s.h1_space_below};
            if (h.level == 2) return {s.h2_space_above, s.h2_space_below};
            return {s.h3_space_above, s.h3_space_below};
          },
          [&](const Paragraph&) -> Margins { return {gap, gap}; },
          [&](const List&) -> Margins { return nested ? Margins{} : Margins{gap, gap}; },
          [&](const Table& t) -> Margins {
            switch (t.role) {
              case Table::Role::Letterhead: return {0, s.letterhead_space_below};
              case Table::Role::Signatures: return {signature_space_above(s), 0};
              default: return {0, gap};
            }
          },
          [&](const ThematicBreak&) -> Margins { return {gap, gap}; },
      },
      block.node);
}

void BlockLayout::lay_out_block(const Block& block, double x, double width, StructId parent) {
  std::visit(Overloaded{
                 [&](const Heading& h) { heading(h, x, width, parent); },
                 [&](const Paragraph& p) { paragraph(p, x, width, parent); },
                 [&](const List& l) { list(l, x, width, parent); },
                 [&](const Table& t) {
                   if (t.role == Table::Role::Letterhead)
                     lay_out_letterhead(t, x, width, parent, context_, out_);
                   else if (t.role == Table::Role::Signatures)
                     lay_out_signatures(t, x, width, parent, context_, out_);
                   else if (t.role == Table::Role::Timeline)
                     lay_out_timeline(t, x, width, parent, context_, out_);
                   else if (t.role == Table::Role::ScoreChart)
                     lay_out_score_chart(t, x, width, parent, context_, out_);
                   else
                     lay_out_table(t, x, width, parent, context_, out_);
                 },
                 [&](const ThematicBreak&) { thematic_break(x, width); },
             },
             block.node);
}

void BlockLayout::heading(const Heading& heading, double x, double width, StructId parent) {
  const LayoutStyle& s = context_.style;
  const double size = heading.level <= 1 ? s.h1_size : heading.level == 2 ? s.h2_size : s.h3_size;
  lines_.items.clear();
  lines_.lines.clear();
  const StructId element = context_.add_element(heading_role(heading.level), parent);
  context_.set_inlines(heading.text, size, true, context_.frame(x, width, element), lines_);
  out_.add_lines(lines_, true);
  // Never the last thing on a page: what follows may not begin a page.
  out_.keep_with_next();
}

void BlockLayout::paragraph(const Paragraph& paragraph, double x, double width, StructId parent) {
  lines_.items.clear();
  lines_.lines.clear();
  const StructId element = context_.add_element(StructRole::P, parent);
  context_.set_inlines(paragraph.text, context_.style.body_size, false, context_.frame(x, width, element), lines_);
  out_.add_lines(lines_, false);
}

TextItem BlockLayout::marker(const List& list, std::size_t item, double x, StructId label) {
  const LayoutStyle& s = context_.style;
  TextItem marker;
  marker.text = list.ordered ? std::to_string(static_cast<long long>(list.start) + static_cast<long long>(item)) + "."
                             : "\u2022";
  marker.style = FontStyle::Regular;
  marker.size = s.body_size;
  marker.color = s.text_color;
  marker.element = label;
  build_plain_text(marker.text, marker.style, marker.size, context_.metrics, context_.problems, marker_text_);
  marker.origin.x = x + s.list_indent - s.list_marker_gap - marker_text_.width(0, marker_text_.length());
  return marker;
}

// L, and per item LI with the marker as Lbl and the item's blocks in LBody.
void BlockLayout::list(const List& list, double x, double width, StructId parent) {
  const LayoutStyle& s = context_.style;
  const double indent = std::min(s.list_indent, width / 2);
  const double line_height = s.body_size * s.line_height;
  const double baseline = baseline_offset(context_.metrics, s.body_size, s.line_height);
  const StructId element = context_.add_element(StructRole::L, parent);
  const std::size_t first = out_.elements.size();
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    if (i > 0) out_.add_space(s.list_item_gap);
    const StructId item = context_.add_element(StructRole::LI, element);
    out_.attach_marker(marker(list, i, x, context_.add_element(StructRole::Lbl, item)), baseline);
    lay_out_sequence(list.items[i], x + indent, width - indent, true, context_.add_element(StructRole::LBody, item));
    if (out_.has_pending_marker()) out_.end_box(out_.begin_box(), line_height);  // an empty item
  }
  // Neither the first nor the last line of a list stands alone on a page.
  out_.keep_together(first, 2, 2);
}

void BlockLayout::thematic_break(double x, double width) {
  const LayoutStyle& s = context_.style;
  const std::size_t first = out_.begin_box();
  const double y = s.rule_width / 2;
  out_.items.emplace_back(LineItem{{x, y}, {x + width, y}, s.rule_width, s.rule_color});
  out_.end_box(first, s.rule_width);
}

}  // namespace sygedok::layout
