#pragma once
// What page 1 carries besides the flowing text, placed at fixed positions:
// the organisation's logo, and for a letter that may go as physical post
// the window-envelope address block after DIN 5008 form B (docs/memo.md):
//
//   address field  85 × 45 mm, 20 mm from the left, 45 mm from the top
//     top 17.7 mm  the sender's return address in small type, bottom-up
//     then 27.3 mm the recipient's name and address, one entry a line
//   information block from 125 mm from the left, 50 mm from the top: the
//     letterhead's cells (sender; CVR, date, case number), one column
//   a rule under both, and the flowing text below it (about 100 mm).
//
// Without a window address the letterhead stays in the flow at the top
// margin as before; a logo then pushes the flow on page 1 below itself.
//
// Structure, in reading order: the logo as a Figure with its alternative
// text; the sender (the information block's first column) as a Div; the
// recipient as a Div with a P per line; the rest of the information block
// (CVR, date, case number) as a Div. The return address repeats the sender
// for the postal service and is an artifact, as is the rule.
// Plain data plus a pure function; one call per lay_out(), not thread-safe
// (it uses the LayoutContext's scratch buffers).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/frame.h"
#include "layout/layout_context.h"
#include "markup/block.h"

namespace sygedok::layout {

// The logo, in points. Plain data.
struct PageLogo {
  std::shared_ptr<const ImageData> image;
  double width = 0, height = 0;
  bool at_left = false;  // default: top right
  std::string alt;       // what the logo shows, for screen readers
};

// One line of the recipient block and the input member it comes from
// ("employee.address[1]"), for messages. Plain data.
struct WindowLine {
  std::string text;
  std::string path;
};

// What the envelope's window shows. Plain data.
struct WindowAddress {
  std::string return_address;         // the sender, one line when it fits
  std::vector<WindowLine> recipient;  // name, then the address lines
};

struct FirstPage {
  std::optional<PageLogo> logo;
  std::optional<WindowAddress> window;
};

// The fixed items of page 1 and where the flow begins there.
struct FirstPageParts {
  std::vector<FrameItem> items;
  double flow_top = 0;
};

// `letterhead`: the document's letterhead table, drawn as the information
// block when there is a window address (the caller leaves it out of the
// flow then); may be null. Problems: "too_long" for a recipient line wider
// than the window even at the smallest size, "window_overflow" for a return
// address or recipient block taller than its zone; each with the input's path.
// Its structure elements become children of `parent`.
FirstPageParts lay_out_first_page(const FirstPage& first_page, const Table* letterhead, StructId parent,
                                  LayoutContext& context, Diagnostics& problems);

}  // namespace sygedok::layout
