#include "pdf/to_unicode_cmap.h"

#include <algorithm>
#include <vector>

#include "pdf/pdf_strings.h"

namespace sygedok::pdf {

namespace {

constexpr std::size_t kMaxEntriesPerBlock = 100;
constexpr char kHexDigits[] = "0123456789ABCDEF";

struct Mapping {
  std::uint16_t first_glyph, last_glyph;
  char32_t first_code_point;
};

void append_hex_bytes(std::string& out, const std::string& bytes) {
  out.push_back('<');
  for (unsigned char b : bytes) {
    out.push_back(kHexDigits[b >> 4]);
    out.push_back(kHexDigits[b & 0xF]);
  }
  out.push_back('>');
}

void append_glyph(std::string& out, std::uint16_t glyph) {
  std::string bytes{static_cast<char>(glyph >> 8), static_cast<char>(glyph & 0xFF)};
  append_hex_bytes(out, bytes);
}

void append_code_point(std::string& out, char32_t code_point) {
  std::string bytes;
  append_utf16be(bytes, code_point);
  append_hex_bytes(out, bytes);
}

// A range may grow while both the glyph code and the code point step by one
// and only their last byte changes (a bfrange may not carry into the byte
// before), and the code point stays a single UTF-16 unit.
bool extends(const Mapping& range, std::uint16_t glyph, char32_t code_point) {
  const char32_t expected = range.first_code_point + (range.last_glyph - range.first_glyph) + 1;
  return glyph == range.last_glyph + 1 && code_point == expected && (glyph >> 8) == (range.first_glyph >> 8) &&
         (code_point >> 8) == (range.first_code_point >> 8) && code_point <= 0xFFFF;
}

template <typename Write>
void append_blocks(std::string& out, const std::vector<Mapping>& entries, const char* kind, Write write) {
  for (std::size_t start = 0; start < entries.size(); start += kMaxEntriesPerBlock) {
    const std::size_t end = std::min(entries.size(), start + kMaxEntriesPerBlock);
    out += std::to_string(end - start);
    out += " begin";
    out += kind;
    out += '\n';
    for (std::size_t i = start; i < end; ++i) write(entries[i]);
    out += "end";
    out += kind;
    out += '\n';
  }
}

}  // namespace

std::string to_unicode_cmap(const std::map<std::uint16_t, char32_t>& glyph_to_code_point) {
  std::vector<Mapping> runs;
  for (const auto& [glyph, code_point] : glyph_to_code_point) {
    if (!runs.empty() && extends(runs.back(), glyph, code_point))
      runs.back().last_glyph = glyph;
    else
      runs.push_back({glyph, glyph, code_point});
  }
  std::vector<Mapping> singles, ranges;
  for (const auto& run : runs) (run.first_glyph == run.last_glyph ? singles : ranges).push_back(run);

  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  out.reserve(out.size() + singles.size() * 16 + ranges.size() * 24 + 96);
  append_blocks(out, singles, "bfchar", [&out](const Mapping& m) {
    append_glyph(out, m.first_glyph);
    out.push_back(' ');
    append_code_point(out, m.first_code_point);
    out.push_back('\n');
  });
  append_blocks(out, ranges, "bfrange", [&out](const Mapping& m) {
    append_glyph(out, m.first_glyph);
    out.push_back(' ');
    append_glyph(out, m.last_glyph);
    out.push_back(' ');
    append_code_point(out, m.first_code_point);
    out.push_back('\n');
  });
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace sygedok::pdf
