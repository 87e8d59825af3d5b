#pragma once
// Builds the text of a PDF page content stream: path, colour, image and
// text operators with compactly written numbers (at most 2-3 decimals, no
// trailing zeros). Coordinates are PDF user space (origin bottom-left, y up);
// the caller flips layout coordinates. Operators that would not change the
// graphics state (same colour, line width or font again) are left out.
// One instance per page; not thread-safe.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.h"

namespace sygedok::pdf {

// Appends `value` in decimal ("-12").
void append_integer(std::string& out, std::int64_t value);

// Appends `value` rounded to `decimals` places (0..4) without trailing zeros,
// "-0" or exponent: 12 -> "12", 10.50 -> "10.5", -0.001 -> "0".
void append_number(std::string& out, double value, int decimals = 2);
std::string format_number(double value, int decimals = 2);

class ContentStream {
 public:
  // Graphics state (each is elided when unchanged).
  void set_fill_color(const Color& color);    // rg
  void set_stroke_color(const Color& color);  // RG
  void set_line_width(double width);          // w

  // Paths.
  void move_to(double x, double y);                                 // m
  void line_to(double x, double y);                                 // l
  void rectangle(double x, double y, double width, double height);  // re, (x, y) bottom-left
  void stroke();                                                     // S
  void fill();                                                       // f
  void fill_and_stroke();                                            // B

  // Images: `q width 0 0 height x y cm /name Do Q`, (x, y) the bottom-left
  // corner; the graphics state is saved and restored around it.
  void draw_image(std::string_view resource_name, double x, double y, double width, double height);

  // Marked content (tagged PDF, 14.6): `/Tag <</MCID n>> BDC` opens the
  // content of a structure element, `/Artifact BMC` decoration; `EMC`
  // closes either. The caller keeps them properly nested with BT/ET.
  void begin_marked_content(std::string_view tag, int mcid);  // BDC
  void begin_artifact();                                      // BMC
  void end_marked_content();                                  // EMC

  // Text. Inside one text object each text position is written relative to
  // the previous one (Td), computed from rounded values so nothing drifts.
  void begin_text();                                      // BT
  void end_text();                                        // ET
  bool in_text() const { return in_text_; }
  void set_font(std::string_view resource_name, double size);  // Tf
  void move_text_to(double x, double y);                  // Td to the absolute point (x, y)
  void show_glyphs(const std::vector<std::uint16_t>& glyphs);  // (..) Tj, two bytes a glyph
  // [(..) n (..) …] TJ: after glyph i the pen moves back by
  // adjustments[i] thousandths of the font size (kerning); one Tj without any.
  void show_glyphs(const std::vector<std::uint16_t>& glyphs, const std::vector<int>& adjustments);

  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void append_point(double x, double y);
  void append_color(const Color& color);

  std::string out_;
  bool in_text_ = false;
  bool has_fill_ = false, has_stroke_ = false, has_width_ = false, has_font_ = false;
  Color fill_, stroke_;
  double line_width_ = 0;
  std::string font_name_;
  double font_size_ = 0;
  std::int64_t text_x_ = 0, text_y_ = 0;  // current line start in hundredths of a point
};

}  // namespace sygedok::pdf
