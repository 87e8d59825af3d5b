#pragma once
// Lays out a sequence of blocks (the document, or the blocks of a list
// item) into the vertical list: headings, paragraphs, lists with hanging
// indents, tables, the letterhead, the signature block and rules, with the
// space between blocks collapsed as CSS margins are (the larger wins).
// Each block becomes a structure element (H1–H6, P, L, Table, …) under the
// given parent, in document order. Holds scratch buffers; one per
// lay_out() call, not thread-safe.
#include <vector>

#include "layout/layout_context.h"
#include "layout/vertical_list.h"
#include "markup/block.h"

namespace sygedok::layout {

class BlockLayout {
 public:
  BlockLayout(LayoutContext& context, VerticalList& out) : context_(context), out_(out) {}

  // `nested`: inside a list item (tighter spacing). `skip`, when one of
  // `blocks`, is left out (the letterhead drawn beside a window address),
  // and so is the running head (drawn on pages 2 and later).
  // The blocks' elements become children of `parent`.
  void lay_out_sequence(const std::vector<Block>& blocks, double x, double width, bool nested, StructId parent,
                        const Block* skip = nullptr);

 private:
  struct Margins {
    double above = 0, below = 0;
  };
  Margins margins(const Block& block, bool nested) const;
  void lay_out_block(const Block& block, double x, double width, StructId parent);
  void heading(const Heading& heading, double x, double width, StructId parent);
  void paragraph(const Paragraph& paragraph, double x, double width, StructId parent);
  void list(const List& list, double x, double width, StructId parent);
  void thematic_break(double x, double width);
  TextItem marker(const List& list, std::size_t item, double x, StructId label);

  LayoutContext& context_;
  VerticalList& out_;
  TextLines lines_;
  StyledText marker_text_;
};

}  // namespace sygedok::layout
