#pragma once
// Writes a laid-out document as PDF 1.7 bytes with libharu: pages, text in
// embedded subset TrueType fonts (Type0/Identity-H with a correct ToUnicode
// CMap), lines and rectangles, document info, and a /ID derived from the
// content so that the same input gives the same bytes. Knows nothing of
// templates or JSON. Stateless; each call builds its own libharu document,
// so calls may run concurrently on different threads.
#include <string>

#include "core/frame.h"
#include "core/result.h"
#include "font/font_family.h"

namespace sygedok::pdf {

struct PdfOptions {
  bool compress = true;  // off only for tests that read content streams
};

Result<std::string> write_pdf(const FrameDocument& document, const font::FontFamily& fonts,
                              const PdfOptions& options = {});

}  // namespace sygedok::pdf
