#pragma once
// Finds where JSON text first breaks the grammar of RFC 8259, so that a
// malformed request can be answered with a line, a column and a Danish
// explanation (Poco's parser says neither). Pure function; thread-safe.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::model {

struct JsonSyntaxError {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, counted in characters (not bytes)
  std::string problem;     // Danish, e.g. "uventet tegn »}«"
};

// Containers nested deeper than this are refused (also by the parser).
constexpr std::size_t kMaxJsonDepth = 64;

// nullopt when the text is one well-formed JSON value (surrounded by optional whitespace).
std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text);

}  // namespace sygedok::model
