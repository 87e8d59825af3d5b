#pragma once
// The computed parts of an embedded CIDFontType2 subset that do not need
// libharu: the compact /DW + /W widths, the six-letter subset tag and the
// FontDescriptor flags. Pure functions; thread-safe.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sygedok::pdf {

// Consecutive glyph ids starting at `first` and their widths, written in /W
// as `first [w1 w2 ...]`.
struct CidWidthRun {
  std::uint16_t first = 0;
  std::vector<int> widths;
};

struct CidWidths {
  int default_width = 1000;  // /DW: the most frequent width (the smallest on a tie)
  std::vector<CidWidthRun> runs;  // every glyph whose width differs from default_width
};

// Widths in glyph space (1/1000 em) by glyph id -> /DW and runs for /W.
CidWidths compact_widths(const std::map<std::uint16_t, int>& widths);

// Advance in font units -> glyph space (1/1000 em), rounded to an integer.
int glyph_space_width(int font_units, int units_per_em);

// Six uppercase letters derived from the glyph set and the font's name, so
// that the same subset always gets the same tag and different subsets of
// the same font (almost always) differ: "KQXBZD" in "KQXBZD+DejaVuSans".
std::string subset_tag(const std::set<std::uint16_t>& glyphs, std::string_view postscript_name);

// FontDescriptor /Flags: Symbolic (glyphs addressed by id, not by a standard
// Latin encoding), plus FixedPitch and Italic as the font says.
int font_descriptor_flags(bool fixed_pitch, double italic_angle);

}  // namespace sygedok::pdf
