#include "pdf/pdf_strings.h"

#include "core/iso_timestamp.h"
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

void append_two_digits(std::string& out, int value) {
  out.push_back(static_cast<char>('0' + value / 10));
  out.push_back(static_cast<char>('0' + value % 10));
}

// An ISO 8601 timestamp at the precision it was written with, in the forms
// this writer has always read: 'T' or a space before the time, "Z" in upper
// case, an offset with its minutes.
std::optional<IsoTimestamp> parse_timestamp(std::string_view text) {
  auto t = parse_iso_timestamp(text);
  if (!t || t->separator == 't' || t->zone_letter == 'z' ||
      (t->zone == IsoTimestamp::Zone::Offset && !t->has_offset_minutes))
    return std::nullopt;
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
  if (!t->has_time()) return out;
  append_two_digits(out, t->hour);
  append_two_digits(out, t->minute);
  append_two_digits(out, t->second);
  if (t->zone == IsoTimestamp::Zone::None) return out;
  out.push_back(t->zone == IsoTimestamp::Zone::Utc ? '+' : t->offset_sign);
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
  if (!t->has_time()) return out;
  out.push_back('T');
  append_two_digits(out, t->hour);
  out.push_back(':');
  append_two_digits(out, t->minute);
  out.push_back(':');
  append_two_digits(out, t->second);
  if (t->zone == IsoTimestamp::Zone::None) return out;
  if (t->zone == IsoTimestamp::Zone::Utc) return out + "Z";
  out.push_back(t->offset_sign);
  append_two_digits(out, t->offset_hours);
  out.push_back(':');
  append_two_digits(out, t->offset_minutes);
  return out;
}

}  // namespace sygedok::pdf
