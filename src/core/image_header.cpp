#include "core/image_header.h"

#include <array>
#include <string>

namespace sygedok {
namespace {

using HeaderResult = Result<ImageHeader>;

HeaderResult invalid(const std::string& message) { return HeaderResult::failure(error("", "invalid_image", message)); }

std::uint32_t big_endian32(std::string_view bytes, std::size_t at) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

unsigned big_endian16(std::string_view bytes, std::size_t at) {
  return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 8) |
         static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1]));
}

unsigned byte_at(std::string_view bytes, std::size_t at) { return static_cast<unsigned char>(bytes[at]); }

constexpr std::string_view kPngSignature{"\x89PNG\r\n\x1a\n", 8};
constexpr std::uint32_t kMaxPngLength = 0x7FFFFFFFu;  // PNG's limit for lengths and dimensions

// Colour channels of a PNG colour type, 0 for an invalid type.
int png_channels(unsigned colour_type) {
  switch (colour_type) {
    case 0: return 1;  // grey
    case 2: return 3;  // RGB
    case 3: return 1;  // palette index
    case 4: return 2;  // grey + alpha
    case 6: return 4;  // RGB + alpha
    default: return 0;
  }
}

bool valid_png_depth(unsigned colour_type, unsigned depth) {
  switch (colour_type) {
    case 0: return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3: return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    default: return depth == 8 || depth == 16;
  }
}

HeaderResult read_png(std::string_view bytes) {
  ImageHeader header;
  header.format = ImageFormat::Png;
  bool seen_header = false, seen_palette = false, seen_data = false;
  std::size_t at = kPngSignature.size();
  for (;;) {
    if (bytes.size() - at < 12) return invalid("PNG-filen er afkortet (den slutter uden IEND-blokken).");
    const std::uint32_t length = big_endian32(bytes, at);
    const std::string_view type = bytes.substr(at + 4, 4);
    if (length > kMaxPngLength || bytes.size() - at - 12 < length)
      return invalid("PNG-filen er afkortet eller beskadiget (blokken »" + std::string(type) +
                     "« er længere end resten af filen).");
    const std::string_view data = bytes.substr(at + 8, length);
    if (png_crc32(bytes.substr(at + 4, 4 + length)) != big_endian32(bytes, at + 8 + length))
      return invalid("PNG-filen er beskadiget (kontrolsummen for blokken »" + std::string(type) + "« passer ikke).");
    at += 12 + length;

    if (!seen_header) {
      if (type != "IHDR" || length != 13) return invalid("PNG-filen er beskadiget (den begynder ikke med IHDR-blokken).");
      seen_header = true;
      header.width = big_endian32(data, 0);
      header.height = big_endian32(data, 4);
      const unsigned depth = byte_at(data, 8), colour_type = byte_at(data, 9);
      if (header.width == 0 || header.height == 0 || header.width > kMaxPngLength || header.height > kMaxPngLength)
        return invalid("PNG-filen har en ugyldig størrelse (" + std::to_string(header.width) + " × " +
                       std::to_string(header.height) + " punkter).");
      const int channels = png_channels(colour_type);
      if (channels == 0 || !valid_png_depth(colour_type, depth))
        return invalid("PNG-filen er beskadiget (farvetype " + std::to_string(colour_type) + " med bitdybde " +
                       std::to_string(depth) + " findes ikke).");
      if (byte_at(data, 10) != 0 || byte_at(data, 11) != 0 || byte_at(data, 12) > 1)
        return invalid("PNG-filen er beskadiget (ukendt komprimering, filtrering eller interlacing i IHDR).");
      header.bits_per_component = static_cast<int>(depth);
      header.palette = colour_type == 3;
      header.alpha = colour_type == 4 || colour_type == 6;
      header.components = header.alpha ? channels - 1 : channels;
      header.interlaced = byte_at(data, 12) == 1;
      continue;
    }
    if (type == "IHDR") return invalid("PNG-filen er beskadiget (den har mere end én IHDR-blok).");
    if (type == "PLTE") {
      if (seen_data || length == 0 || length % 3 != 0 || length > 3 * 256)
        return invalid("PNG-filen er beskadiget (PLTE-blokken er ugyldig).");
      seen_palette = true;
    } else if (type == "tRNS") {
      if (seen_data) return invalid("PNG-filen er beskadiget (tRNS-blokken står efter billeddata).");
      header.transparency_chunk = true;
    } else if (type == "IDAT") {
      if (header.palette && !seen_palette) return invalid("PNG-filen er beskadiget (paletbilledet mangler sin palet).");
      seen_data = true;
    } else if (type == "IEND") {
      if (!seen_data) return invalid("PNG-filen indeholder ingen billeddata (IDAT).");
      return HeaderResult::success(header);
    }
  }
}

bool is_frame_marker(unsigned marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

HeaderResult read_jpeg(std::string_view bytes) {
  ImageHeader header;
  header.format = ImageFormat::Jpeg;
  std::size_t at = 2;  // after SOI
  // libharu reads the segments as (marker, length) pairs up to the frame
  // header, with no fill bytes and no stand-alone markers; so does this.
  for (;;) {
    if (bytes.size() - at < 4) return invalid("JPEG-filen er afkortet (billedets hoved mangler).");
    if (byte_at(bytes, at) != 0xFF) return invalid("JPEG-filen er beskadiget (en markør mangler).");
    const unsigned marker = byte_at(bytes, at + 1);
    if (marker == 0xD9 || marker == 0xDA || marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
      return invalid("JPEG-filen er beskadiget eller har et usædvanligt hoved (ingen SOF-markør før billeddata).");
    const unsigned length = big_endian16(bytes, at + 2);
    if (length < 2 || bytes.size() - at - 2 < length)
      return invalid("JPEG-filen er afkortet eller beskadiget (et afsnit er længere end resten af filen).");
    if (is_frame_marker(marker)) {
      if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2)
        return invalid("JPEG-filen bruger en variant (aritmetisk, tabsfri eller hierarkisk kodning), som PDF-filer "
                       "ikke kan vise overalt. Gem den som almindelig (baseline) JPEG eller som PNG.");
      if (length < 8) return invalid("JPEG-filen er beskadiget (SOF-afsnittet er for kort).");
      header.progressive = marker == 0xC2;
      header.bits_per_component = static_cast<int>(byte_at(bytes, at + 4));
      header.height = big_endian16(bytes, at + 5);
      header.width = big_endian16(bytes, at + 7);
      header.components = static_cast<int>(byte_at(bytes, at + 9));
      if (length != 8 + 3 * static_cast<unsigned>(header.components))
        return invalid("JPEG-filen er beskadiget (SOF-afsnittets længde passer ikke med antallet af farvekanaler).");
      if (header.width == 0 || header.height == 0)
        return invalid("JPEG-filen angiver ikke sin størrelse i hovedet (" + std::to_string(header.width) + " × " +
                       std::to_string(header.height) + " punkter).");
      if (header.components != 1 && header.components != 3 && header.components != 4)
        return invalid("JPEG-filen har " + std::to_string(header.components) + " farvekanaler; kun 1, 3 eller 4 findes.");
      break;
    }
    at += 2 + length;
  }
  if (bytes.size() < 4 || bytes.substr(bytes.size() - 2) != std::string_view("\xFF\xD9", 2))
    return invalid("JPEG-filen er afkortet (den slutter ikke med EOI-markøren).");
  return HeaderResult::success(header);
}

std::array<std::uint32_t, 256> make_crc_table() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t n = 0; n < 256; ++n) {
    std::uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

}  // namespace

std::uint32_t png_crc32(std::string_view bytes) {
  static const std::array<std::uint32_t, 256> table = make_crc_table();
  std::uint32_t c = 0xFFFFFFFFu;
  for (char ch : bytes) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::string png_compressed_data(std::string_view bytes) {
  std::string data;
  std::size_t at = kPngSignature.size();
  while (bytes.size() >= at + 12) {
    const std::uint32_t length = big_endian32(bytes, at);
    if (length > bytes.size() - at - 12) break;
    const std::string_view type = bytes.substr(at + 4, 4);
    if (type == "IDAT") data.append(bytes.substr(at + 8, length));
    if (type == "IEND") break;
    at += 12 + length;
  }
  return data;
}

Result<ImageHeader> read_image_header(std::string_view bytes) {
  if (bytes.substr(0, kPngSignature.size()) == kPngSignature) return read_png(bytes);
  if (bytes.size() >= 2 && byte_at(bytes, 0) == 0xFF && byte_at(bytes, 1) == 0xD8) return read_jpeg(bytes);
  return invalid("Filen er hverken en PNG- eller en JPEG-fil.");
}

}  // namespace sygedok
