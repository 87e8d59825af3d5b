#pragma once
// Writes a laid-out document as PDF/A-3b (PDF 1.7) bytes with libharu:
// pages, text in embedded subset TrueType fonts (Type0/Identity-H with a
// correct ToUnicode CMap), lines and rectangles, images (one XObject per
// ImageData; pdf/image_check.h says which), an empty signature field
// per SignatureFieldItem, document info with the matching XMP metadata, the
// sRGB output intent, the document's attached files as associated files,
// and a /ID derived from the content so that the same input gives the same
// bytes (docs/pdfa.md lists the PDF/A clauses). Knows nothing of templates
// or JSON. Stateless; each call builds its own libharu document,
// so calls may run concurrently on different threads.
#include <string>

#include "core/frame.h"
#include "core/result.h"
#include "font/font_family.h"
#include "pdf/font_program_cache.h"

namespace sygedok::pdf {

struct PdfOptions {
  bool compress = true;  // off only for tests that read content streams
  // Font programs shared between documents (render::Engine keeps one); null: none.
  FontProgramCache* font_programs = nullptr;
};

Result<std::string> write_pdf(const FrameDocument& document, const font::FontFamily& fonts,
                              const PdfOptions& options = {});

}  // namespace sygedok::pdf
