#pragma once
// PDF text strings and dates: UTF-16BE (with surrogate pairs) for strings
// that are not plain ASCII, and ISO 8601 timestamps turned into PDF dates
// and into the matching XMP dates.
// Pure functions; thread-safe.
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::pdf {

// True when every byte is printable ASCII (or tab/newline), so the text can
// be written as a literal string in PDFDocEncoding unchanged.
bool is_plain_ascii(std::string_view text);

// Appends the UTF-16BE bytes of one code point (a surrogate pair above U+FFFF).
void append_utf16be(std::string& out, char32_t code_point);

// The bytes of a PDF text string for `utf8`: the BOM FE FF, then UTF-16BE.
// nullopt when `utf8` is not valid UTF-8.
std::optional<std::string> utf16be_text_string(std::string_view utf8);

// Appends `utf8` as a PDF text string object: a literal "(…)" for plain
// ASCII (with \, ( and ) escaped), otherwise UTF-16BE with a byte order
// mark as a hex string "<FEFF…>". Invalid UTF-8 becomes an empty string.
void append_text_string(std::string& out, std::string_view utf8);

// "2026-03-15T09:30:00+01:00" -> "D:20260315093000+01'00'". Accepts a date
// alone ("2026-03-15" -> "D:20260315"), minutes without seconds, fractions
// of a second (dropped), "Z" and offsets with or without a colon.
// nullopt when the text is not such a timestamp.
std::optional<std::string> pdf_date(std::string_view iso8601);

// The same instant, at the same precision, as an XMP date (what PDF/A
// requires beside the PDF date of the Info dictionary):
// "2026-03-15T09:30+0100" -> "2026-03-15T09:30:00+01:00", "…Z" stays "Z",
// "2026-03-15" -> "2026-03-15". nullopt exactly when pdf_date() is.
std::optional<std::string> xmp_date(std::string_view iso8601);

}  // namespace sygedok::pdf
