#pragma once
// The ToUnicode CMap of a font written with Identity-H: for each two-byte
// glyph code the Unicode text it stands for, so that text extraction, search
// and screen readers get the characters back. Written in the form poppler,
// Acrobat and qpdf accept: one <0000> <FFFF> code space, runs of consecutive
// glyphs with consecutive BMP code points as bfrange, the rest as bfchar, at
// most 100 entries a block, targets in UTF-16BE (surrogate pairs above
// U+FFFF). Pure function; thread-safe.
#include <cstdint>
#include <map>
#include <string>

namespace sygedok::pdf {

std::string to_unicode_cmap(const std::map<std::uint16_t, char32_t>& glyph_to_code_point);

}  // namespace sygedok::pdf
