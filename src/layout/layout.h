#pragma once
// Lays out a block document on A4 pages: page 1's logo and window-envelope
// address block (layout/first_page.h), letterhead, headings, paragraphs
// with bold/italic, lists, tables (rows break across pages, header row
// repeated), signature lines with signature-field rectangles, the running
// head of pages 2 and later and the footer "Side X af Y", and beside the pages the document's logical
// structure (core/structure.h) in reading order: every item belongs to an
// element or is an artifact. Knows nothing of PDF (never includes hpdf.h).
// lay_out() is a pure function of its arguments; safe to call concurrently.
#include <string>

#include "core/font_metrics.h"
#include "core/frame.h"
#include "core/geometry.h"
#include "core/result.h"
#include "markup/block.h"

namespace sygedok::layout {

class Hyphenator;        // layout/hyphenator.h
struct FirstPage;        // layout/first_page.h

// Sizes and spacing, defaults as in ../shared/bench-peers/referat.html.
struct LayoutStyle {
  Size page{mm(210), mm(297)};
  double margin_top = mm(25), margin_right = mm(20), margin_bottom = mm(25), margin_left = mm(25);
  double body_size = 10.5;
  double line_height = 1.35;       // times the font size
  double h1_size = 15, h2_size = 12, h3_size = 10.5;
  double small_size = 9;           // letterhead, signature labels, footer
  double paragraph_gap = mm(2.5);
  double cell_padding = mm(1.5);
  double rule_width = 0.75;
  Color rule_color = Color::gray(0.6);
  Color text_color = Color::gray(0);
  Color muted_color = Color::gray(0.2);
  double signature_top_gap = mm(18);
  double signature_column_gap = mm(15);
  double signature_field_height = mm(14);  // the field sits above the line
  // Spacing of blocks, lists, letterhead, signatures and footer.
  double h1_space_above = 0, h1_space_below = mm(4);
  double h2_space_above = mm(6), h2_space_below = mm(2);
  double h3_space_above = mm(4), h3_space_below = mm(1.5);  // h3 and deeper
  double list_indent = mm(8);        // hanging indent of list items
  double list_marker_gap = mm(2);    // between the marker's right end and the text
  double list_item_gap = mm(1);
  Color header_fill = Color::gray(0.93);
  double letterhead_rule_gap = mm(4);     // text to the grey rule
  double letterhead_space_below = mm(8);  // rule to the next block
  double signature_label_gap = mm(2);     // line to the label
  Color signature_line_color = Color::gray(0);
  double footer_baseline_from_bottom = mm(12);
  double running_head_top = mm(10);       // pages 2 and later: the running head's first line
  double running_head_rule_gap = mm(1.5);  // its last line to the grey rule under it
  // Page 1 (layout/first_page.h): the logo, and the address field of a
  // window envelope after DIN 5008 form B with the information block beside it.
  double logo_top = mm(10);
  double logo_space_below = mm(5);  // logo to the flow when there is no window address
  Rect address_field{mm(20), mm(45), mm(85), mm(45)};
  double return_zone_height = mm(17.7);  // the field's top: return address and remarks, bottom-up
  double address_inset = mm(5);          // text 25 mm from the page's left edge
  double return_address_size = 7;
  double return_address_line_height = 1.2;  // times the size
  double address_size = 10;                 // the recipient block; shrinks to address_min_size to fit the width
  double address_min_size = 8;
  double address_line_pitch = 12;  // points: six lines fit the 27.3 mm zone
  double information_left = mm(125), information_top = mm(50);
  double information_column_gap = mm(2);  // between the letterhead's columns in the block
};

// `hyphenator` may be null (no hyphenation).
Result<FrameDocument> lay_out(const BlockDocument& document, const FontMetrics& metrics,
                              const Hyphenator* hyphenator, const LayoutStyle& style,
                              DocumentInfo info);
// The same with page 1's logo and window address (layout/first_page.h).
Result<FrameDocument> lay_out(const BlockDocument& document, const FontMetrics& metrics,
                              const Hyphenator* hyphenator, const LayoutStyle& style,
                              DocumentInfo info, const FirstPage& first_page);

// A stable, line-per-item text form of a laid-out document for golden tests,
// each item with its structure element, then the structure tree:
//   page 1 595.28x841.89
//   text 70.87,80.12 B 15 "Referat af fraværssamtale" [H1#1]
//   …
//   structure
//   Document#0
//     H1#1
std::string dump_frame(const FrameDocument& document);

}  // namespace sygedok::layout
