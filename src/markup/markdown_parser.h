#pragma once
// Markdown (CommonMark + GFM tables, via cmark-gfm) to the block tree of
// markup/block.h. Headings, paragraphs, lists, tables and thematic breaks
// map one to one; strong/emphasis become bold/italic spans; inline code and
// link text become plain text; soft breaks become spaces, hard breaks (and
// <br>) HardBreak spans. The HTML comments
//   <!-- sygedok:letterhead -->  and  <!-- sygedok:signatures NAME ... -->
// give the table right after them its role; all other raw HTML is dropped.
// Block quotes and code blocks keep their text as plain paragraphs.
// Text comes out in NFC.
//
// Errors: "markdown_marker" for a sygedok marker that is unknown, malformed
// or not followed by a table (a template mistake). Thread-safe: the GFM
// extensions are registered once; each call uses its own parser.
#include <string_view>

#include "core/result.h"
#include "markup/block.h"

namespace sygedok::markup {

Result<BlockDocument> parse_markdown(std::string_view markdown);

}  // namespace sygedok::markup
