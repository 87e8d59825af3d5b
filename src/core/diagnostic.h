#pragma once
// Problems found while turning input into a document. Every stage reports
// problems as values (never exceptions across stage boundaries), each with
// the JSON path of the input it concerns. Plain data; thread-compatible.
#include <string>
#include <vector>

namespace sygedok {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string path;     // JSON path into the request, e.g. "employee.name", "agreements[2].who"; "" for the whole input
  std::string code;     // stable machine code, e.g. "required", "unsupported_character"
  std::string message;  // Danish, for the person who wrote the input
};

using Diagnostics = std::vector<Diagnostic>;

inline Diagnostic error(std::string path, std::string code, std::string message) {
  return {Severity::Error, std::move(path), std::move(code), std::move(message)};
}
inline Diagnostic warning(std::string path, std::string code, std::string message) {
  return {Severity::Warning, std::move(path), std::move(code), std::move(message)};
}

// Moves every diagnostic of `from` to the end of `to`.
inline void append(Diagnostics& to, Diagnostics from) {
  for (auto& d : from) to.push_back(std::move(d));
}

inline bool has_errors(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return true;
  return false;
}

}  // namespace sygedok
