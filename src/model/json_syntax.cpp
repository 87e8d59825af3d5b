#include "model/json_syntax.h"

#include <utf8proc.h>

#include "core/text.h"

namespace sygedok::model {
namespace {

constexpr std::string_view kValueExpected = "en værdi (tekst i anførselstegn, et tal, true, false, null, { eller [)";

bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Recursive descent over the JSON grammar; stops at the first problem.
// Recursion is bounded by kMaxJsonDepth.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::optional<JsonSyntaxError> run() {
    skip_whitespace();
    if (value(0)) {
      skip_whitespace();
      if (pos_ < text_.size()) fail("der står mere efter JSON-værdiens afslutning");
    }
    if (!failed_) return std::nullopt;
    return JsonSyntaxError{line_of(error_at_), column_of(error_at_), problem_};
  }

 private:
  bool fail(std::string problem) {
    if (!failed_) {
      failed_ = true;
      error_at_ = pos_;
      problem_ = std::move(problem);
    }
    return false;
  }

  // "uventet tegn »}«; her forventes <expected>", or the end of the text.
  bool unexpected(std::string_view expected) {
    if (pos_ >= text_.size()) return fail("teksten slutter for tidligt; her forventes " + std::string(expected));
    return fail("uventet " + shown_character() + "; her forventes " + std::string(expected));
  }

  std::string shown_character() const {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text_.data() + pos_),
                              static_cast<utf8proc_ssize_t>(text_.size() - pos_), &cp);
    if (n <= 0) return "byte, der ikke er gyldig UTF-8";
    if (cp < 0x20 || cp == 0x7F) return "styretegn " + code_point_label(static_cast<char32_t>(cp));
    return "tegn »" + std::string(text_.substr(pos_, static_cast<std::size_t>(n))) + "«";
  }

  void skip_whitespace() {
    while (pos_ < text_.size() && is_whitespace(text_[pos_])) ++pos_;
  }

  bool value(std::size_t depth) {
    if (pos_ >= text_.size()) return unexpected(kValueExpected);
    char c = text_[pos_];
    if (c == '{' || c == '[') {
      if (depth >= kMaxJsonDepth)
        return fail("for mange niveauer inde i hinanden (højst " + std::to_string(kMaxJsonDepth) + ")");
      return c == '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c == '"') return string();
    if (c == '-' || is_digit(c)) return number();
    if (c == 't') return literal("true");
    if (c == 'f') return literal("false");
    if (c == 'n') return literal("null");
    return unexpected(kValueExpected);
  }

  bool object(std::size_t depth) {
    ++pos_;  // {
    skip_whitespace();
    if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
    for (;;) {
      if (pos_ >= text_.size() || text_[pos_] != '"') {
        bool after_comma = pos_ < text_.size() && text_[pos_] == '}';
        return unexpected(after_comma ? "et feltnavn i anførselstegn (er der et komma for meget?)"
                                      : "et feltnavn i anførselstegn");
      }
      if (!string()) return false;
      skip_whitespace();
      if (pos_ >= text_.size() || text_[pos_] != ':') return unexpected("et kolon (:)");
      ++pos_;
      skip_whitespace();
      if (!value(depth)) return false;
      skip_whitespace();
      if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
      if (pos_ >= text_.size() || text_[pos_] != ',') return unexpected("et komma eller }");
      ++pos_;
      skip_whitespace();
    }
  }

  bool array(std::size_t depth) {
    ++pos_;  // [
    skip_whitespace();
    if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
    for (;;) {
      if (pos_ < text_.size() && text_[pos_] == ']')
        return unexpected("en værdi (er der et komma for meget?)");
      if (!value(depth)) return false;
      skip_whitespace();
      if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
      if (pos_ >= text_.size() || text_[pos_] != ',') return unexpected("et komma eller ]");
      ++pos_;
      skip_whitespace();
    }
  }

  bool string() {
    ++pos_;  // opening quote
    while (pos_ < text_.size()) {
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') return ++pos_, true;
      if (c < 0x20) return fail("linjeskift og andre styretegn i en tekst skal skrives med escape, f.eks. \\n");
      if (c == '\\') {
        if (!escape()) return false;
        continue;
      }
      utf8proc_int32_t cp = 0;
      auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text_.data() + pos_),
                                static_cast<utf8proc_ssize_t>(text_.size() - pos_), &cp);
      if (n <= 0) return fail("teksten er ikke gyldig UTF-8");
      pos_ += static_cast<std::size_t>(n);
    }
    return fail("teksten slutter inde i en tekst i anførselstegn (mangler der et \"?)");
  }

  bool escape() {
    ++pos_;  // backslash
    if (pos_ >= text_.size()) return fail("teksten slutter midt i en escape-sekvens");
    char c = text_[pos_];
    if (c == 'u') {
      for (std::size_t i = 1; i <= 4; ++i)
        if (pos_ + i >= text_.size() || !is_hex(text_[pos_ + i]))
          return fail("ugyldig \\u-sekvens; der skal stå fire hexadecimale cifre");
      pos_ += 5;
      return true;
    }
    static constexpr std::string_view kSimple = "\"\\/bfnrt";
    if (kSimple.find(c) == std::string_view::npos)
      return fail("ugyldig escape-sekvens; efter \\ må kun stå \", \\, /, b, f, n, r, t eller u");
    ++pos_;
    return true;
  }

  bool number() {
    if (text_[pos_] == '-') ++pos_;
    if (pos_ >= text_.size() || !is_digit(text_[pos_])) return unexpected("et ciffer");
    if (text_[pos_] == '0') {
      ++pos_;
    } else {
      while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
    }
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      if (pos_ >= text_.size() || !is_digit(text_[pos_])) return unexpected("et ciffer efter decimalpunktet");
      while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
      if (pos_ >= text_.size() || !is_digit(text_[pos_])) return unexpected("et ciffer i eksponenten");
      while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
    }
    return true;
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return fail("ukendt ord; brug true, false eller null");
    pos_ += word.size();
    return true;
  }

  std::size_t line_of(std::size_t at) const {
    std::size_t line = 1;
    for (std::size_t i = 0; i < at && i < text_.size(); ++i)
      if (text_[i] == '\n') ++line;
    return line;
  }

  std::size_t column_of(std::size_t at) const {
    std::size_t start = at;
    while (start > 0 && text_[start - 1] != '\n') --start;
    std::size_t column = 1;
    for (std::size_t i = start; i < at && i < text_.size(); ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // not a UTF-8 continuation byte
    return column;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  bool failed_ = false;
  std::size_t error_at_ = 0;
  std::string problem_;
};

}  // namespace

std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text) { return Scanner(text).run(); }

}  // namespace sygedok::model
