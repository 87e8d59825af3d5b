#pragma once
// UTF-8 helpers shared by the stages. Pure functions; thread-safe.
#include <optional>
#include <string>
#include <string_view>

namespace sygedok {

// Decodes UTF-8; nullopt when the bytes are not valid UTF-8.
std::optional<std::u32string> decode_utf8(std::string_view text);
std::string encode_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t code_point);
// The code point at byte `at` of `text`, advancing `at` past it; nullopt
// (and `at` unchanged) at invalid UTF-8.
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& at);

// Canonical composition (NFC), so that "e" + U+0302 + U+0301 becomes "ế" and
// measures and renders as one glyph. Input must be valid UTF-8. Text made
// only of code points below U+0300 (most Danish text) is returned as it is,
// without a utf8proc pass.
std::string normalize_nfc(std::string_view text);

// The marks around the value of a name field in composed Markdown (U+2068
// FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, Unicode's marks
// for an inserted value): compose writes them, markup turns them into
// Span::name, so that layout never hyphenates a name (docs/typesetting.md).
inline constexpr std::string_view kNameStart = "\u2068";
inline constexpr std::string_view kNameEnd = "\u2069";

// "U+1F600" for diagnostics.
std::string code_point_label(char32_t code_point);

}  // namespace sygedok
