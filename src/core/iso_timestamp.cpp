#include "core/iso_timestamp.h"

#include <chrono>
#include <cstddef>

namespace sygedok {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads `count` digits at `at` into a number between `low` and `high`, and moves past them.
bool read_number(std::string_view text, std::size_t& at, std::size_t count, int low, int high, int& value) {
  if (at + count > text.size()) return false;
  value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!is_digit(text[i])) return false;
    value = value * 10 + (text[i] - '0');
  }
  at += count;
  return value >= low && value <= high;
}

bool read_char(std::string_view text, std::size_t& at, char c) {
  if (at >= text.size() || text[at] != c) return false;
  ++at;
  return true;
}

}  // namespace

std::optional<IsoTimestamp> parse_iso_timestamp(std::string_view text) {
  IsoTimestamp t;
  std::size_t at = 0;
  if (!read_number(text, at, 4, 0, 9999, t.year) || !read_char(text, at, '-') ||
      !read_number(text, at, 2, 1, 12, t.month) || !read_char(text, at, '-') || !read_number(text, at, 2, 1, 31, t.day) ||
      !(std::chrono::year{t.year} / t.month / t.day).ok())
    return std::nullopt;
  if (at == text.size()) return t;

  if (text[at] != 'T' && text[at] != 't' && text[at] != ' ') return std::nullopt;
  t.separator = text[at++];
  if (!read_number(text, at, 2, 0, 23, t.hour) || !read_char(text, at, ':') || !read_number(text, at, 2, 0, 59, t.minute))
    return std::nullopt;
  if (read_char(text, at, ':')) {
    if (!read_number(text, at, 2, 0, 60, t.second)) return std::nullopt;
    t.has_seconds = true;
    if (read_char(text, at, '.') || read_char(text, at, ',')) {
      const std::size_t digits_start = at;
      while (at < text.size() && is_digit(text[at])) ++at;
      if (at == digits_start) return std::nullopt;
      t.has_fraction = true;
    }
  }
  if (at == text.size()) return t;

  if ((text[at] == 'Z' || text[at] == 'z') && at + 1 == text.size()) {
    t.zone = IsoTimestamp::Zone::Utc;
    t.zone_letter = text[at];
    return t;
  }
  if (text[at] != '+' && text[at] != '-') return std::nullopt;
  t.offset_sign = text[at++];
  if (!read_number(text, at, 2, 0, 23, t.offset_hours)) return std::nullopt;
  if (at < text.size()) {
    read_char(text, at, ':');
    if (!read_number(text, at, 2, 0, 59, t.offset_minutes)) return std::nullopt;
    t.has_offset_minutes = true;
  }
  if (at != text.size()) return std::nullopt;
  t.zone = IsoTimestamp::Zone::Offset;
  return t;
}

}  // namespace sygedok
