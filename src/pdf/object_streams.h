#pragma once
// Finishes a PDF as libharu wrote it (each object at the top level, a
// classic cross-reference table), adding the objects sygedok serialises
// itself (the structure tree, pdf/structure_tree.h). With a compressor it
// packs the file into the compact form of PDF 1.5 (ISO 32000-1,
// 7.5.7–7.5.8), which PDF/A-3 allows: every object that is not a stream —
// structure elements, page, font and annotation dictionaries, stream
// lengths — goes into one Flate-compressed object stream, and the table
// becomes a compressed cross-reference stream carrying the trailer's
// /Root, /Info and /ID. Streams (page contents, fonts, images, the XMP
// metadata, which PDF/A keeps unfiltered) stay as they are, byte for byte.
// Without one, every object stays at the top level under a classic table
// (for tests that read the file as text). Pure function of its input (plus
// the caller's compressor); thread-safe on different compressors.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/flate.h"

namespace sygedok::pdf {

// An object written as PDF text by sygedok: its number and its value
// ("<</S/P/P 12 0 R/K[0]>>", text the caller keeps). A number libharu also
// used replaces libharu's object (a placeholder libharu objects refer to).
// Plain data.
struct SerializedObject {
  std::uint32_t number = 0;
  std::string_view body;
};

// The finished file, or nullopt when `pdf` is not laid out as libharu
// writes (objects "N 0 obj" back to back, one classic cross-reference
// table, a trailer with /Root), `own` numbers leave a gap, or compression
// failed.
std::optional<std::string> finish_objects(std::string_view pdf, const std::vector<SerializedObject>& own,
                                          FlateCompressor* flate);

}  // namespace sygedok::pdf
