#pragma once
// Base64 (RFC 4648, standard alphabet, with padding) for MeMo file contents
// (xs:base64Binary). Encoding writes one unbroken line; decoding is strict
// about the alphabet and padding but ignores ASCII whitespace, as
// xs:base64Binary does. Pure functions; thread-safe.
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::digitalpost {

std::string base64_encode(std::string_view bytes);
// nullopt when `text` is not base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace sygedok::digitalpost
