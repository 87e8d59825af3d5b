#pragma once
// Reads what the pipeline needs to know about a PNG or JPEG file without
// decoding its pixels: the format, the pixel size, and the properties that
// decide whether the PDF writer can embed it as it is (bit depth, colour
// channels, transparency, interlacing). Checks the file's structure on the
// way (PNG: signature, every chunk's length and CRC, IHDR values, PLTE for
// palette images, IDAT, IEND; JPEG: SOI, marker segments up to the frame
// header, EOI at the end) and refuses malformed files with a Danish message,
// so a broken logo is found when the engine starts, not in a PDF. Shared by
// compose (the organisation profile's logo) and pdf (the writer's guard
// before libharu decodes a PNG). Pure functions; thread-safe.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/frame.h"
#include "core/result.h"

namespace sygedok {

// The facts of one image file. Plain data.
struct ImageHeader {
  ImageFormat format = ImageFormat::Png;
  std::uint32_t width = 0, height = 0;  // pixels
  int bits_per_component = 8;           // PNG bit depth; JPEG sample precision
  int components = 3;                   // colour channels: 1 grey or palette index, 3 RGB, 4 CMYK (JPEG)
  bool palette = false;                 // PNG colour type 3
  bool alpha = false;                   // PNG colour type 4 or 6 (an alpha channel)
  bool transparency_chunk = false;      // PNG tRNS (a transparent colour or palette entries)
  bool interlaced = false;              // PNG Adam7
  bool progressive = false;             // JPEG SOF2
};

// Errors (code "invalid_image", path ""): not a PNG or JPEG, truncated,
// a damaged chunk or segment, impossible header values.
Result<ImageHeader> read_image_header(std::string_view bytes);

// The compressed pixel data of a PNG whose header read_image_header()
// accepted: the IDAT chunks' contents, joined.
std::string png_compressed_data(std::string_view bytes);

// PNG's CRC-32 (ISO 3309, as zlib's crc32), exposed for tests that build files.
std::uint32_t png_crc32(std::string_view bytes);

}  // namespace sygedok
