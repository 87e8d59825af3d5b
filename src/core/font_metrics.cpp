#include "core/font_metrics.h"

#include "core/text.h"

namespace sygedok {

void FontMetrics::shape(FontStyle style, std::string_view utf8, double size, std::vector<PlacedGlyph>& out) const {
  std::size_t at = 0;
  while (at < utf8.size()) {
    const std::size_t start = at;
    const auto code_point = next_code_point(utf8, at);
    if (!code_point) return;
    out.push_back({0, static_cast<std::uint32_t>(start), advance(style, *code_point, size), 0, 0});
  }
}

}  // namespace sygedok
