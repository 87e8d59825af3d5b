#pragma once
// Whether the writer can embed an image with libharu 2.3.0, and keep the
// file PDF/A-3 as docs/pdfa.md describes it. Asked by the writer before
// every image it loads and by the engine at start for the organisation's
// logo. Refused, each with a Danish sentence:
//   - anything core/image_header.h finds malformed ("invalid_image");
//   - PNG with 16 bits a channel (libharu keeps /BitsPerComponent 16 but
//     writes 8-bit samples), Adam7 interlacing, an alpha channel or tRNS
//     (a soft mask; the documents stay free of transparency), and PNG
//     pixel data that does not inflate to exactly the rows the header
//     promises: libharu decodes PNGs with libpng, whose errors abort the
//     whole process (libharu's error callback returns instead of jumping),
//     so damaged data must never reach it ("unsupported_image" /
//     "invalid_image");
//   - JPEG other than 8-bit grey or RGB (CMYK would need a CMYK output
//     intent) ("unsupported_image").
// `image`'s width and height must be the file's. Pure function; thread-safe.
#include "core/diagnostic.h"
#include "core/frame.h"

namespace sygedok::pdf {

Diagnostics check_image(const ImageData& image);

}  // namespace sygedok::pdf
