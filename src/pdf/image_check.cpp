#include "pdf/image_check.h"

#include <zlib.h>

#include <array>
#include <cstdint>
#include <string>

#include "core/image_header.h"

namespace sygedok::pdf {
namespace {

Diagnostics unsupported(const std::string& message) { return {error("", "unsupported_image", message)}; }
Diagnostics damaged(const std::string& message) { return {error("", "invalid_image", message)}; }

// Bytes of one row of `width` pixels, without the filter byte.
std::uint64_t row_bytes(std::uint64_t width, const ImageHeader& header) {
  return (width * static_cast<std::uint64_t>(header.components) * static_cast<std::uint64_t>(header.bits_per_component) +
          7) / 8;
}

// Inflates `compressed` and checks that it is exactly `height` rows of
// (filter byte ≤ 4, row_bytes) and that the zlib stream ends there, with
// nothing after it.
bool pixel_data_is_whole(const std::string& compressed, const ImageHeader& header) {
  const std::uint64_t row = row_bytes(header.width, header) + 1;
  const std::uint64_t expected = row * header.height;
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) return false;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::array<unsigned char, 16384> buffer;
  std::uint64_t produced = 0;
  bool filters_ok = true;
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = buffer.data();
    stream.avail_out = static_cast<uInt>(buffer.size());
    status = inflate(&stream, Z_NO_FLUSH);
    const std::size_t got = buffer.size() - stream.avail_out;
    for (std::size_t i = 0; i < got; ++i) {
      const std::uint64_t offset = produced + i;
      if (offset % row == 0 && buffer[i] > 4) filters_ok = false;
    }
    produced += got;
    if (produced > expected) break;
  }
  const bool nothing_after = stream.avail_in == 0;
  inflateEnd(&stream);
  return status == Z_STREAM_END && nothing_after && produced == expected && filters_ok;
}

Diagnostics check_png(const ImageData& image, const ImageHeader& header) {
  if (header.bits_per_component > 8) return unsupported("Billedet er en PNG-fil med 16 bit pr. farvekanal; gem den med 8 bit.");
  if (header.interlaced) return unsupported("Billedet er en PNG-fil med interlacing (Adam7); gem den uden.");
  if (header.alpha || header.transparency_chunk)
    return unsupported("Billedet er en PNG-fil med gennemsigtige områder (alfakanal eller tRNS). PDF-filerne holdes fri "
                       "for gennemsigtighed (PDF/A), så gem billedet med hvid baggrund og uden alfakanal.");
  if (!pixel_data_is_whole(png_compressed_data(image.bytes), header))
    return damaged("PNG-filens billeddata er beskadiget eller ufuldstændige (de svarer ikke til billedets størrelse).");
  return {};
}

Diagnostics check_jpeg(const ImageHeader& header) {
  if (header.bits_per_component != 8)
    return unsupported("Billedet er en JPEG-fil med " + std::to_string(header.bits_per_component) +
                       " bit pr. farvekanal; gem den med 8 bit.");
  if (header.components == 4) return unsupported("Billedet er en JPEG-fil i CMYK; gem den i RGB (sRGB).");
  return {};
}

}  // namespace

Diagnostics check_image(const ImageData& image) {
  auto header = read_image_header(image.bytes);
  if (!header) return header.diagnostics();
  const ImageHeader& h = header.value();
  if (h.format != image.format || h.width != image.width_px || h.height != image.height_px)
    return damaged("Billedets oplyste format eller størrelse passer ikke med filen.");
  return h.format == ImageFormat::Png ? check_png(image, h) : check_jpeg(h);
}

}  // namespace sygedok::pdf
