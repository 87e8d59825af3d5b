#pragma once
// Test support (used only by the font stage's *_test.cpp): a plain reading
// of an sfnt table directory, written apart from the parser under test, to
// check subset structure and to aim corruption at particular tables.
// Pure functions; thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sygedok::font::testing {

inline std::uint32_t be16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes.at(at))) << 8 |
         static_cast<unsigned char>(bytes.at(at + 1));
}
inline std::uint32_t be32(std::string_view bytes, std::size_t at) { return be16(bytes, at) << 16 | be16(bytes, at + 2); }

inline void put_be16(std::string& bytes, std::size_t at, std::uint32_t value) {
  bytes.at(at) = static_cast<char>(value >> 8);
  bytes.at(at + 1) = static_cast<char>(value);
}

struct DirectoryEntry {
  std::string tag;
  std::uint32_t checksum = 0;
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
  std::size_t entry_at = 0;  // where the directory entry itself starts
};

// The table directory in file order.
inline std::vector<DirectoryEntry> read_directory(std::string_view font) {
  std::vector<DirectoryEntry> entries;
  std::uint32_t count = be16(font, 4);
  for (std::uint32_t i = 0; i < count; ++i) {
    std::size_t at = 12 + 16 * i;
    entries.push_back({std::string(font.substr(at, 4)), be32(font, at + 4), be32(font, at + 8), be32(font, at + 12), at});
  }
  return entries;
}

inline std::optional<DirectoryEntry> find_table(std::string_view font, std::string_view tag) {
  for (const auto& entry : read_directory(font))
    if (entry.tag == tag) return entry;
  return std::nullopt;
}

// Sum of big-endian 32-bit words, the tail padded with zeros.
inline std::uint32_t word_sum(std::string_view bytes) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < bytes.size(); i += 4) {
    std::uint32_t word = 0;
    for (std::size_t k = 0; k < 4; ++k)
      word = word << 8 | (i + k < bytes.size() ? static_cast<unsigned char>(bytes[i + k]) : 0u);
    sum += word;
  }
  return sum;
}

}  // namespace sygedok::font::testing
