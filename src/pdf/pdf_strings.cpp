#include "pdf/pdf_strings.h"

#include "core/text.h"

namespace sygedok::pdf {

bool is_plain_ascii(std::string_view text) {
  for (unsigned char c : text)
    if ((c < 0x20 && c != '\t' && c != '\n') || c > 0x7E) return false;
  return true;
}

void append_utf16be(std::string& out, char32_t code_point) {
  auto append_unit = [&out](unsigned unit) {
    out.push_back(static_cast<char>(unit >> 8));
    out.push_back(static_cast<char>(unit & 0xFF));
  };
  if (code_point > 0xFFFF) {
    const unsigned offset = static_cast<unsigned>(code_point) - 0x10000;
    append_unit(0xD800 + (offset >> 10));
    append_unit(0xDC00 + (offset & 0x3FF));
  } else {
    append_unit(static_cast<unsigned>(code_point));
  }
}

std::optional<std::string> utf16be_text_string(std::string_view utf8) {
  auto code_points = decode_utf8(utf8);
  if (!code_points) return std::nullopt;
  std::string out = "\xFE\xFF";
  out.reserve(2 + code_points->size() * 2);
  for (char32_t c : *code_points) append_utf16be(out, c);
  return out;
}

namespace {

// Reads exactly `count` digits at `at` as a number within [low, high].
bool read_field(std::string_view text, std::size_t& at, int count, int low, int high, int& value) {
  if (at + static_cast<std::size_t>(count) > text.size()) return false;
  value = 0;
  for (int i = 0; i < count; ++i) {
    const char c = text[at + static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  at += static_cast<std::size_t>(count);
  return value >= low && value <= high;
}

bool expect(std::string_view text, std::size_t& at, char c) {
  if (at >= text.size() || text[at] != c) return false;
  ++at;
  return true;
}

void append_two_digits(std::string& out, int value) {
  out.push_back(static_cast<char>('0' + value / 10));
  out.push_back(static_cast<char>('0' + value % 10));
}

}  // namespace

std::optional<std::string> pdf_date(std::string_view text) {
  std::size_t at = 0;
  int year = 0, month = 0, day = 0;
  if (!read_field(text, at, 4, 0, 9999, year) || !expect(text, at, '-') || !read_field(text, at, 2, 1, 12, month) ||
      !expect(text, at, '-') || !read_field(text, at, 2, 1, 31, day))
    return std::nullopt;
  std::string out = "D:";
  append_two_digits(out, year / 100);
  append_two_digits(out, year % 100);
  append_two_digits(out, month);
  append_two_digits(out, day);
  if (at == text.size()) return out;

  if (text[at] != 'T' && text[at] != ' ') return std::nullopt;
  ++at;
  int hour = 0, minute = 0, second = 0;
  if (!read_field(text, at, 2, 0, 23, hour) || !expect(text, at, ':') || !read_field(text, at, 2, 0, 59, minute))
    return std::nullopt;
  if (at < text.size() && text[at] == ':') {
    ++at;
    if (!read_field(text, at, 2, 0, 60, second)) return std::nullopt;
    if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
      ++at;
      const std::size_t digits_start = at;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
      if (at == digits_start) return std::nullopt;
    }
  }
  append_two_digits(out, hour);
  append_two_digits(out, minute);
  append_two_digits(out, second);
  if (at == text.size()) return out;

  if (text[at] == 'Z' && at + 1 == text.size()) return out + "+00'00'";
  const char sign = text[at];
  if (sign != '+' && sign != '-') return std::nullopt;
  ++at;
  int offset_hours = 0, offset_minutes = 0;
  if (!read_field(text, at, 2, 0, 23, offset_hours)) return std::nullopt;
  if (at < text.size() && text[at] == ':') ++at;
  if (!read_field(text, at, 2, 0, 59, offset_minutes) || at != text.size()) return std::nullopt;
  out.push_back(sign);
  append_two_digits(out, offset_hours);
  out.push_back('\'');
  append_two_digits(out, offset_minutes);
  out.push_back('\'');
  return out;
}

}  // namespace sygedok::pdf
