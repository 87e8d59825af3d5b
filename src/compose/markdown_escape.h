#pragma once
// Markdown-safe text for Mustache values: what a person typed comes out of
// the Markdown parser exactly as typed, never as formatting. "*Anna* [x] <b>",
// "1. maj", "# 3", "a | b" and "&amp;" all print literally, wherever the
// template places them (paragraph, list item, heading, table cell, bold).
//
// Rules: every run of whitespace (newlines, tabs, spaces) becomes one space,
// since a value is inline text; other control characters count as spaces;
// whitespace at either end is dropped (it would break **bold** around it).
// The characters that CommonMark/GFM give meaning anywhere in a line are
// backslash-escaped: \ ` * _ [ ] < > & ~ | #. At the start of the value
// (which may be the start of a line) also - + = and the . or ) after
// leading digits ("1. maj" would otherwise start a numbered list).
// The name marks of core/text.h (kNameStart, kNameEnd) pass unchanged and
// count as neither text nor space.
// Pure functions; thread-safe.
#include <string>
#include <string_view>

namespace sygedok::compose {

std::string escape_markdown(std::string_view text);

// The value of a name field (a person, the organisation) between the name
// marks, for the template data: layout never hyphenates it.
std::string name_field(std::string_view name);

// The Markdown with no leading blank lines, runs of blank lines reduced to
// one, and exactly one newline at the end: Mustache sections leave empty
// lines behind, which mean nothing in Markdown but clutter a preview.
std::string collapse_blank_lines(std::string_view markdown);

}  // namespace sygedok::compose
