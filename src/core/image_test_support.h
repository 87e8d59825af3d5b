#pragma once
// Helpers for tests only (included by *_test.cpp of core, compose, pdf and
// render): small PNG and JPEG files built byte by byte, so that a test
// states exactly which header it feeds the readers. Pure functions.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/image_header.h"

namespace sygedok::test_images {

inline std::string big_endian32(std::uint32_t value) {
  return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
          static_cast<char>(value)};
}

// A PNG chunk with its length and a correct CRC.
inline std::string png_chunk(std::string_view type, std::string_view data) {
  std::string body = std::string(type) + std::string(data);
  return big_endian32(static_cast<std::uint32_t>(data.size())) + body + big_endian32(png_crc32(body));
}

inline std::string png_ihdr(std::uint32_t width, std::uint32_t height, int depth, int colour_type, int interlace = 0) {
  std::string data = big_endian32(width) + big_endian32(height);
  data += static_cast<char>(depth);
  data += static_cast<char>(colour_type);
  data += '\0';  // compression
  data += '\0';  // filter
  data += static_cast<char>(interlace);
  return png_chunk("IHDR", data);
}

// Signature, IHDR, the `middle` chunks (PLTE, tRNS, …), one IDAT holding
// `idat` (the caller's zlib data, or any bytes for header tests), IEND.
inline std::string png_file(std::uint32_t width, std::uint32_t height, int depth, int colour_type,
                            std::string_view idat, const std::vector<std::string>& middle = {}, int interlace = 0) {
  std::string file("\x89PNG\r\n\x1a\n", 8);
  file += png_ihdr(width, height, depth, colour_type, interlace);
  for (const auto& chunk : middle) file += chunk;
  file += png_chunk("IDAT", idat);
  file += png_chunk("IEND", "");
  return file;
}

// A JPEG file's markers up to the frame header, a scan marker, some bytes
// and EOI: enough for header readers (nothing here is decodable).
inline std::string jpeg_file(std::uint16_t width, std::uint16_t height, int components, unsigned sof = 0xC0,
                             int precision = 8) {
  std::string file("\xFF\xD8", 2);
  const std::string app0("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
  file += app0;
  const auto length = static_cast<std::uint16_t>(8 + 3 * components);
  file += '\xFF';
  file += static_cast<char>(sof);
  file += static_cast<char>(length >> 8);
  file += static_cast<char>(length & 0xFF);
  file += static_cast<char>(precision);
  file += static_cast<char>(height >> 8);
  file += static_cast<char>(height & 0xFF);
  file += static_cast<char>(width >> 8);
  file += static_cast<char>(width & 0xFF);
  file += static_cast<char>(components);
  for (int c = 0; c < components; ++c) {
    file += static_cast<char>(c + 1);
    file += '\x11';
    file += '\x00';
  }
  file += std::string("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10);
  file += std::string("\x12\x34\x56", 3);
  file += std::string("\xFF\xD9", 2);
  return file;
}

}  // namespace sygedok::test_images
