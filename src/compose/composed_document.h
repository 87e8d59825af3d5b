#pragma once
// What composing a request yields: the document as Markdown (CommonMark +
// GFM tables, with the sygedok table markers of markup/block.h), the PDF
// metadata, and warnings about the input that did not stop it. Plain data.
#include <string>

#include "core/diagnostic.h"
#include "core/frame.h"

namespace sygedok::compose {

struct ComposedDocument {
  std::string markdown;
  DocumentInfo info;
  Diagnostics warnings;
};

}  // namespace sygedok::compose
