#pragma once
// Packs a PDF as libharu wrote it (each object at the top level, a classic
// cross-reference table) into the compact form of PDF 1.5 (ISO 32000-1,
// 7.5.7–7.5.8), which PDF/A-3 allows: every object that is not a stream —
// the structure tree's elements, page, font and annotation dictionaries,
// stream lengths — moves into one Flate-compressed object stream, and the
// table becomes a compressed cross-reference stream carrying the trailer's
// /Root, /Info and /ID. Streams (page contents, fonts, images, the XMP
// metadata, which PDF/A keeps unfiltered) stay as they are, byte for byte.
// A tagged document has a dictionary per structure element; packed, they
// cost a few bytes each instead of ~80. Pure function of its input (plus
// the caller's compressor); thread-safe on different compressors.
#include <optional>
#include <string>
#include <string_view>

#include "pdf/flate.h"

namespace sygedok::pdf {

// The packed file, or nullopt when `pdf` is not laid out as libharu writes
// (objects "N 0 obj" back to back, one classic cross-reference table, a
// trailer with /Root) or compression failed.
std::optional<std::string> pack_object_streams(std::string_view pdf, FlateCompressor& flate);

}  // namespace sygedok::pdf
