#include "compose/markdown_escape.h"

#include "core/text.h"

namespace sygedok::compose {
namespace {

constexpr std::string_view kAlwaysEscaped = "\\`*_[]<>&~|#";
constexpr std::string_view kEscapedAtStart = "-+=";

bool is_space_or_control(unsigned char c) { return c <= 0x20 || c == 0x7F; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8 + 4);
  bool at_start = true;        // no visible character written yet
  bool pending_space = false;  // a whitespace run waiting to be written as one space
  bool in_leading_digits = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (const std::string_view rest = text.substr(i); rest.starts_with(kNameStart) || rest.starts_with(kNameEnd)) {
      // A space before a name stays outside it; one at its end moves after it.
      if (rest.starts_with(kNameStart) && pending_space && !at_start) {
        out += ' ';
        pending_space = false;
      }
      out += rest.substr(0, kNameStart.size());
      i += kNameStart.size() - 1;
      continue;
    }
    const char c = text[i];
    if (is_space_or_control(static_cast<unsigned char>(c))) {
      pending_space = true;
      in_leading_digits = false;
      continue;
    }
    if (pending_space && !at_start) out += ' ';
    pending_space = false;
    bool escape = kAlwaysEscaped.find(c) != std::string_view::npos;
    if (at_start) {
      escape = escape || kEscapedAtStart.find(c) != std::string_view::npos;
      in_leading_digits = is_digit(c);
    } else if (in_leading_digits) {
      if ((c == '.' || c == ')')) escape = true;
      in_leading_digits = is_digit(c);
    }
    if (escape) out += '\\';
    out += c;
    at_start = false;
  }
  return out;
}

std::string name_field(std::string_view name) {
  std::string out(kNameStart);
  out += name;
  out += kNameEnd;
  return out;
}

std::string collapse_blank_lines(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  bool blank_pending = false;
  std::size_t start = 0;
  while (start < markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      blank_pending = !out.empty();
    } else {
      if (blank_pending) out += '\n';
      blank_pending = false;
      out += line;
      out += '\n';
    }
    start = end + 1;
  }
  return out;
}

}  // namespace sygedok::compose
