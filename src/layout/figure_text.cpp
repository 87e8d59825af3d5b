#include "layout/figure_text.h"

#include <sstream>

#include "core/text.h"

namespace sygedok::layout {

std::string plain_text(const Inlines& inlines) {
  std::string text;
  for (const Span& span : inlines) text += span.kind == Span::Kind::HardBreak ? std::string(" ") : span.text;
  return text;
}

double text_width(const LayoutContext& context, std::string_view text, double size) {
  double width = 0;
  if (auto code_points = decode_utf8(text))
    for (char32_t c : *code_points) width += context.metrics.advance(FontStyle::Regular, c, size);
  return width;
}

std::string fitted(const LayoutContext& context, const std::string& text, double size, double width) {
  if (text_width(context, text, size) <= width) return text;
  auto code_points = decode_utf8(text);
  if (!code_points) return text;
  std::u32string kept = *code_points;
  while (!kept.empty() && text_width(context, encode_utf8(kept) + "…", size) > width) kept.pop_back();
  // Whole words only: a cut word would be read as another word.
  if (const auto space = kept.rfind(U' '); space != std::u32string::npos) kept.resize(space);
  while (!kept.empty() && (kept.back() == U' ' || kept.back() == U',')) kept.pop_back();
  return encode_utf8(kept) + "…";
}

std::vector<std::string> wrapped(const LayoutContext& context, const std::string& text, double size, double width,
                                 std::size_t max_lines) {
  std::vector<std::string> lines;
  std::istringstream words(text);
  for (std::string word; words >> word;) {
    if (!lines.empty() && text_width(context, lines.back() + " " + word, size) <= width) lines.back() += " " + word;
    else lines.push_back(word);
  }
  if (max_lines > 0 && lines.size() > max_lines) {
    std::string rest;
    for (std::size_t i = max_lines - 1; i < lines.size(); ++i) rest += (rest.empty() ? "" : " ") + lines[i];
    lines.resize(max_lines - 1);
    lines.push_back(rest);
  }
  for (auto& line : lines) line = fitted(context, line, size, width);
  return lines;
}

}  // namespace sygedok::layout
