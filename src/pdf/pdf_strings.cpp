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

// An ISO 8601 timestamp at the precision it was written with.
struct Timestamp {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  enum class Zone { None, Utc, Offset } zone = Zone::None;
  char sign = '+';
  int offset_hours = 0, offset_minutes = 0;
};

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  Timestamp t;
  std::size_t at = 0;
  if (!read_field(text, at, 4, 0, 9999, t.year) || !expect(text, at, '-') || !read_field(text, at, 2, 1, 12, t.month) ||
      !expect(text, at, '-') || !read_field(text, at, 2, 1, 31, t.day))
    return std::nullopt;
  if (at == text.size()) return t;

  if (text[at] != 'T' && text[at] != ' ') return std::nullopt;
  ++at;
  t.has_time = true;
  if (!read_field(text, at, 2, 0, 23, t.hour) || !expect(text, at, ':') || !read_field(text, at, 2, 0, 59, t.minute))
    return std::nullopt;
  if (at < text.size() && text[at] == ':') {
    ++at;
    if (!read_field(text, at, 2, 0, 60, t.second)) return std::nullopt;
    if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
      ++at;
      const std::size_t digits_start = at;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
      if (at == digits_start) return std::nullopt;
    }
  }
  if (at == text.size()) return t;

  if (text[at] == 'Z' && at + 1 == text.size()) {
    t.zone = Timestamp::Zone::Utc;
    return t;
  }
  t.sign = text[at];
  if (t.sign != '+' && t.sign != '-') return std::nullopt;
  ++at;
  if (!read_field(text, at, 2, 0, 23, t.offset_hours)) return std::nullopt;
  if (at < text.size() && text[at] == ':') ++at;
  if (!read_field(text, at, 2, 0, 59, t.offset_minutes) || at != text.size()) return std::nullopt;
  t.zone = Timestamp::Zone::Offset;
  return t;
}

}  // namespace

void append_text_string(std::string& out, std::string_view utf8) {
  if (is_plain_ascii(utf8)) {
    out.push_back('(');
    for (char c : utf8) {
      if (c == '\\' || c == '(' || c == ')') out.push_back('\\');
      out.push_back(c == '\n' ? ' ' : c);
    }
    out.push_back(')');
    return;
  }
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto bytes = utf16be_text_string(utf8);
  out.push_back('<');
  if (bytes)
    for (unsigned char b : *bytes) {
      out.push_back(kHex[b >> 4]);
      out.push_back(kHex[b & 0xF]);
    }
  out.push_back('>');
}

std::optional<std::string> pdf_date(std::string_view text) {
  const auto t = parse_timestamp(text);
  if (!t) return std::nullopt;
  std::string out = "D:";
  append_two_digits(out, t->year / 100);
  append_two_digits(out, t->year % 100);
  append_two_digits(out, t->month);
  append_two_digits(out, t->day);
  if (!t->has_time) return out;
  append_two_digits(out, t->hour);
  append_two_digits(out, t->minute);
  append_two_digits(out, t->second);
  if (t->zone == Timestamp::Zone::None) return out;
  out.push_back(t->zone == Timestamp::Zone::Utc ? '+' : t->sign);
  append_two_digits(out, t->offset_hours);
  out.push_back('\'');
  append_two_digits(out, t->offset_minutes);
  out.push_back('\'');
  return out;
}

std::optional<std::string> xmp_date(std::string_view text) {
  const auto t = parse_timestamp(text);
  if (!t) return std::nullopt;
  std::string out;
  append_two_digits(out, t->year / 100);
  append_two_digits(out, t->year % 100);
  out.push_back('-');
  append_two_digits(out, t->month);
  out.push_back('-');
  append_two_digits(out, t->day);
  if (!t->has_time) return out;
  out.push_back('T');
  append_two_digits(out, t->hour);
  out.push_back(':');
  append_two_digits(out, t->minute);
  out.push_back(':');
  append_two_digits(out, t->second);
  if (t->zone == Timestamp::Zone::None) return out;
  if (t->zone == Timestamp::Zone::Utc) return out + "Z";
  out.push_back(t->sign);
  append_two_digits(out, t->offset_hours);
  out.push_back(':');
  append_two_digits(out, t->offset_minutes);
  return out;
}

}  // namespace sygedok::pdf
