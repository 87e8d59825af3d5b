#pragma once
// The signature block (a table marked <!-- sygedok:signatures NAME ... -->):
// one column per signer, 15 mm apart; in each an empty signature field
// named after the column covering the area just above a black line, and
// under the line the label (header cell) and the name (body cells) in the
// small size. One box: the block never splits across pages. Structure: a
// Div for the block, and per signer a Div holding the field's Form element
// (described by the column's label, e.g. "Dato og underskrift, leder"),
// the label and the name as P; the line is an artifact.
#include "layout/layout_context.h"
#include "layout/vertical_list.h"
#include "markup/block.h"

namespace sygedok::layout {

void lay_out_signatures(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                        VerticalList& out);

// The space above the block so that its line sits signature_top_gap below
// the text before it (the field fills the rest of that gap).
double signature_space_above(const LayoutStyle& style);

}  // namespace sygedok::layout
