#pragma once
// Writes a laid-out document as PDF 1.7 bytes with libharu: tagged
// (PDF/UA-1, PDF/A-3a) when the frame has a structure, else PDF/A-3b:
// pages, text in embedded subset TrueType fonts (Type0/Identity-H with a
// correct ToUnicode CMap), lines and rectangles, images (one XObject per
// ImageData; pdf/image_check.h says which), marked content and the
// structure tree (pdf/structure_tree.h), an empty signature field per
// SignatureFieldItem, document info with the matching XMP metadata, the
// sRGB output intent, the document's attached files as associated files,
// every dictionary packed into an object stream (pdf/object_streams.h), and
// a /ID derived from the content so that the same input gives the same
// bytes (docs/pdfa.md, docs/pdf-standards.md). Knows nothing of templates
// or JSON. Each call builds its own libharu document, so calls may run
// concurrently on different threads (a shared FontProgramCache is
// thread-safe).
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
