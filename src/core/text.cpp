#include "core/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace sygedok {

std::optional<std::u32string> decode_utf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes, remaining, &cp);
    if (n <= 0 || cp < 0) return std::nullopt;
    out.push_back(static_cast<char32_t>(cp));
    bytes += n;
    remaining -= n;
  }
  return out;
}

std::optional<char32_t> next_code_point(std::string_view text, std::size_t& at) {
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + at,
                                              static_cast<utf8proc_ssize_t>(text.size() - at), &cp);
  if (n <= 0 || cp < 0) return std::nullopt;
  at += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

void append_utf8(std::string& out, char32_t code_point) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

std::string normalize_nfc(std::string_view text) {
  // Code points below U+0300 (ASCII, Latin-1 with æ ø å, Latin Extended,
  // spacing modifiers) are NFC as they stand: no combining mark can follow.
  // Their UTF-8 bytes are all below 0xCC, the lead byte of U+0300.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0xCC; }))
    return std::string(text);
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &result,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return std::string(text);
  std::string out(reinterpret_cast<const char*>(result), static_cast<std::size_t>(n));
  std::free(result);
  return out;
}

std::string code_point_label(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

}  // namespace sygedok
