#pragma once
// Bounds-checked big-endian reads from a byte range (the encoding of every
// sfnt table). A read past the end yields 0 and marks the reader failed, so
// a parser reads a whole structure and checks ok() once instead of testing
// every field. A value type over borrowed bytes; not thread-safe (the failed
// flag changes on reads), cheap to copy per thread.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sygedok::font {

class ByteReader {
 public:
  ByteReader() = default;
  explicit ByteReader(std::string_view bytes)
      : data_(reinterpret_cast<const unsigned char*>(bytes.data())), size_(bytes.size()) {}

  std::size_t size() const { return size_; }
  bool ok() const { return !failed_; }
  // True when [offset, offset + count) lies inside the range.
  bool has(std::size_t offset, std::size_t count) const { return offset <= size_ && count <= size_ - offset; }

  std::uint8_t u8(std::size_t offset) {
    if (!has(offset, 1)) return fail();
    return data_[offset];
  }
  std::uint16_t u16(std::size_t offset) {
    if (!has(offset, 2)) return fail();
    return static_cast<std::uint16_t>(data_[offset] << 8 | data_[offset + 1]);
  }
  std::int16_t i16(std::size_t offset) { return static_cast<std::int16_t>(u16(offset)); }
  std::uint32_t u32(std::size_t offset) {
    if (!has(offset, 4)) return fail();
    return static_cast<std::uint32_t>(data_[offset]) << 24 | static_cast<std::uint32_t>(data_[offset + 1]) << 16 |
           static_cast<std::uint32_t>(data_[offset + 2]) << 8 | data_[offset + 3];
  }
  std::int32_t i32(std::size_t offset) { return static_cast<std::int32_t>(u32(offset)); }

  // The sub-range [offset, offset + count); an empty, failed-marking range
  // when it does not fit.
  ByteReader sub(std::size_t offset, std::size_t count) {
    if (!has(offset, count)) {
      fail();
      return {};
    }
    ByteReader inner;
    inner.data_ = data_ + offset;
    inner.size_ = count;
    return inner;
  }
  std::string_view view() const { return {reinterpret_cast<const char*>(data_), size_}; }

 private:
  std::uint8_t fail() {
    failed_ = true;
    return 0;
  }

  const unsigned char* data_ = nullptr;
  std::size_t size_ = 0;
  bool failed_ = false;
};

// The sfnt table checksum: the sum of the big-endian 32-bit words of the
// bytes, the last word padded with zeros.
inline std::uint32_t sfnt_checksum(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  std::uint32_t sum = 0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4)
    sum += static_cast<std::uint32_t>(p[i]) << 24 | static_cast<std::uint32_t>(p[i + 1]) << 16 |
           static_cast<std::uint32_t>(p[i + 2]) << 8 | p[i + 3];
  std::uint32_t last = 0;
  for (int shift = 24; i < n; ++i, shift -= 8) last |= static_cast<std::uint32_t>(p[i]) << shift;
  return sum + last;
}

// A four-character table tag as the 32-bit number stored in the font.
constexpr std::uint32_t make_tag(const char (&name)[5]) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(name[0])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(name[1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(name[2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(name[3]));
}

}  // namespace sygedok::font
