#include "pdf/content_stream.h"

#include <algorithm>

#include <charconv>
#include <cmath>

namespace sygedok::pdf {

namespace {

constexpr std::int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000};
// Larger coordinates than this are nonsense for a page; clamping keeps llround defined.
constexpr double kLargest = 1e9;

std::int64_t hundredths(double value) {
  if (!std::isfinite(value)) return 0;
  if (value > kLargest) value = kLargest;
  if (value < -kLargest) value = -kLargest;
  return std::llround(value * 100);
}

void append_hundredths(std::string& out, std::int64_t value) {
  if (value < 0) {
    out.push_back('-');
    value = -value;
  }
  append_integer(out, value / 100);
  int fraction = static_cast<int>(value % 100);
  if (fraction == 0) return;
  out.push_back('.');
  out.push_back(static_cast<char>('0' + fraction / 10));
  if (fraction % 10 != 0) out.push_back(static_cast<char>('0' + fraction % 10));
}

}  // namespace

void append_integer(std::string& out, std::int64_t value) {
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  (void)ec;  // 24 characters hold every int64
  out.append(buffer, end);
}

void append_number(std::string& out, double value, int decimals) {
  if (decimals < 0) decimals = 0;
  if (decimals > 4) decimals = 4;
  if (!std::isfinite(value)) value = 0;
  if (value > kLargest) value = kLargest;
  if (value < -kLargest) value = -kLargest;
  const std::int64_t scale = kPowersOfTen[decimals];
  std::int64_t scaled = std::llround(value * static_cast<double>(scale));
  if (scaled < 0) {
    out.push_back('-');
    scaled = -scaled;
  }
  append_integer(out, scaled / scale);
  std::int64_t fraction = scaled % scale;
  if (fraction == 0) return;
  out.push_back('.');
  // Leading zeros of the fraction, then its digits without trailing zeros.
  for (std::int64_t digit_value = scale / 10; digit_value > 0 && fraction != 0; digit_value /= 10) {
    out.push_back(static_cast<char>('0' + fraction / digit_value));
    fraction %= digit_value;
  }
}

std::string format_number(double value, int decimals) {
  std::string out;
  append_number(out, value, decimals);
  return out;
}

void ContentStream::append_point(double x, double y) {
  append_number(out_, x);
  out_.push_back(' ');
  append_number(out_, y);
  out_.push_back(' ');
}

void ContentStream::append_color(const Color& color) {
  append_number(out_, color.r, 3);
  out_.push_back(' ');
  append_number(out_, color.g, 3);
  out_.push_back(' ');
  append_number(out_, color.b, 3);
}

void ContentStream::set_fill_color(const Color& color) {
  if (has_fill_ && fill_ == color) return;
  append_color(color);
  out_ += " rg\n";
  fill_ = color;
  has_fill_ = true;
}

void ContentStream::set_stroke_color(const Color& color) {
  if (has_stroke_ && stroke_ == color) return;
  append_color(color);
  out_ += " RG\n";
  stroke_ = color;
  has_stroke_ = true;
}

void ContentStream::set_line_width(double width) {
  if (has_width_ && line_width_ == width) return;
  append_number(out_, width);
  out_ += " w\n";
  line_width_ = width;
  has_width_ = true;
}

void ContentStream::move_to(double x, double y) {
  append_point(x, y);
  out_ += "m\n";
}

void ContentStream::line_to(double x, double y) {
  append_point(x, y);
  out_ += "l\n";
}

void ContentStream::rectangle(double x, double y, double width, double height) {
  append_point(x, y);
  append_point(width, height);
  out_ += "re\n";
}

void ContentStream::stroke() { out_ += "S\n"; }
void ContentStream::fill() { out_ += "f\n"; }
void ContentStream::fill_and_stroke() { out_ += "B\n"; }

void ContentStream::draw_image(std::string_view resource_name, double x, double y, double width, double height) {
  out_ += "q\n";
  append_number(out_, width, 3);
  out_ += " 0 0 ";
  append_number(out_, height, 3);
  out_.push_back(' ');
  append_point(x, y);
  out_ += "cm\n/";
  out_ += resource_name;
  out_ += " Do\nQ\n";
}

void ContentStream::begin_marked_content(std::string_view tag, int mcid) {
  out_.push_back('/');
  out_ += tag;
  out_ += "<</MCID ";
  append_integer(out_, mcid);
  out_ += ">>BDC\n";
}

void ContentStream::begin_artifact() { out_ += "/Artifact BMC\n"; }

void ContentStream::end_marked_content() { out_ += "EMC\n"; }

void ContentStream::begin_text() {
  if (in_text_) return;
  out_ += "BT\n";
  in_text_ = true;
  text_x_ = text_y_ = 0;  // BT resets the text line matrix to the identity
}

void ContentStream::end_text() {
  if (!in_text_) return;
  out_ += "ET\n";
  in_text_ = false;
}

void ContentStream::set_font(std::string_view resource_name, double size) {
  if (has_font_ && font_name_ == resource_name && font_size_ == size) return;
  out_.push_back('/');
  out_ += resource_name;
  out_.push_back(' ');
  append_number(out_, size);
  out_ += " Tf\n";
  font_name_.assign(resource_name);
  font_size_ = size;
  has_font_ = true;
}

void ContentStream::move_text_to(double x, double y) {
  const std::int64_t target_x = hundredths(x), target_y = hundredths(y);
  append_hundredths(out_, target_x - text_x_);
  out_.push_back(' ');
  append_hundredths(out_, target_y - text_y_);
  out_ += " Td\n";
  text_x_ = target_x;
  text_y_ = target_y;
}

namespace {

// A glyph id as the two bytes of a literal string (Identity-H). Raw bytes
// compress better than hex digits (the referat: 500 bytes less); "\\", "("
// and ")" are escaped, and CR too, since a reader would turn a raw one into LF.
void append_glyph(std::string& out, std::uint16_t glyph) {
  for (const auto byte : {static_cast<char>(glyph >> 8), static_cast<char>(glyph & 0xFF)}) {
    if (byte == '\\' || byte == '(' || byte == ')') {
      out.push_back('\\');
      out.push_back(byte);
    } else if (byte == '\r') {
      out += "\\r";
    } else {
      out.push_back(byte);
    }
  }
}

}  // namespace

void ContentStream::show_glyphs(const std::vector<std::uint16_t>& glyphs) {
  out_.reserve(out_.size() + glyphs.size() * 2 + 6);
  out_.push_back('(');
  for (std::uint16_t glyph : glyphs) append_glyph(out_, glyph);
  out_ += ") Tj\n";
}

void ContentStream::show_glyphs(const std::vector<std::uint16_t>& glyphs, const std::vector<int>& adjustments) {
  if (std::all_of(adjustments.begin(), adjustments.end(), [](int n) { return n == 0; })) return show_glyphs(glyphs);
  out_.reserve(out_.size() + glyphs.size() * 3 + 8);
  out_ += "[(";
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    append_glyph(out_, glyphs[i]);
    if (i < adjustments.size() && adjustments[i] != 0 && i + 1 < glyphs.size()) {
      out_.push_back(')');
      append_integer(out_, adjustments[i]);
      out_.push_back('(');
    }
  }
  out_ += ")] TJ\n";
}

}  // namespace sygedok::pdf
