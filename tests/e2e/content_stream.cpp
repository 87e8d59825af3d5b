#include "content_stream.h"

#include <cctype>
#include <cstring>

namespace sygedok::e2e {

namespace {

bool is_white(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delimiter(char c) { return c != '\0' && std::strchr("()<>[]{}/%", c) != nullptr; }

// A number, true, false or null: an operand although it is a regular token.
bool is_operand_word(const std::string& token) {
  if (token == "true" || token == "false" || token == "null") return true;
  bool digit = false;
  for (char c : token) {
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (c != '+' && c != '-' && c != '.') return false;
  }
  return digit;
}

class Tokenizer {
 public:
  explicit Tokenizer(const std::string& data) : data_(data) {}

  // The next token; "" at the end.
  std::string next() {
    skip_white_and_comments();
    if (pos_ >= data_.size()) return "";
    const std::size_t start = pos_;
    const char c = data_[pos_];
    if (c == '(') return literal_string();
    if (c == '<' || c == '>') {
      if (pos_ + 1 < data_.size() && data_[pos_ + 1] == c) {
        pos_ += 2;
        return data_.substr(start, 2);
      }
      if (c == '>') return std::string(1, data_[pos_++]);
      pos_ = data_.find('>', pos_);
      pos_ = pos_ == std::string::npos ? data_.size() : pos_ + 1;
      return data_.substr(start, pos_ - start);  // <hex string>
    }
    if (c == '[' || c == ']' || c == '{' || c == '}' || c == ')') return std::string(1, data_[pos_++]);
    ++pos_;  // a name's "/" or the first regular character
    while (pos_ < data_.size() && !is_white(data_[pos_]) && !is_delimiter(data_[pos_])) ++pos_;
    return data_.substr(start, pos_ - start);
  }

  // Skips an inline image's data after "ID": up to "EI" between white space.
  void skip_inline_image_data() {
    ++pos_;  // the single white-space character after ID
    while (pos_ + 2 <= data_.size()) {
      if (data_.compare(pos_, 2, "EI") == 0 && pos_ > 0 && is_white(data_[pos_ - 1]) &&
          (pos_ + 2 == data_.size() || is_white(data_[pos_ + 2]))) {
        pos_ += 2;
        return;
      }
      ++pos_;
    }
    pos_ = data_.size();
  }

 private:
  void skip_white_and_comments() {
    while (pos_ < data_.size()) {
      if (is_white(data_[pos_])) {
        ++pos_;
      } else if (data_[pos_] == '%') {
        while (pos_ < data_.size() && data_[pos_] != '\n' && data_[pos_] != '\r') ++pos_;
      } else {
        return;
      }
    }
  }

  // "(…)" with balanced parentheses and backslash escapes.
  std::string literal_string() {
    const std::size_t start = pos_++;
    int depth = 1;
    while (pos_ < data_.size() && depth > 0) {
      const char c = data_[pos_++];
      if (c == '\\') ++pos_;
      else if (c == '(') ++depth;
      else if (c == ')') --depth;
    }
    return data_.substr(start, pos_ - start);
  }

  const std::string& data_;
  std::size_t pos_ = 0;
};

}  // namespace

std::vector<ContentOperation> parse_content_stream(const std::string& data) {
  std::vector<ContentOperation> operations;
  Tokenizer tokens(data);
  ContentOperation current;
  for (std::string token = tokens.next(); !token.empty(); token = tokens.next()) {
    const char first = token[0];
    const bool regular = first != '/' && first != '(' && first != '<' && first != '>' && first != '[' &&
                         first != ']' && first != '{' && first != '}';
    if (!regular || is_operand_word(token)) {
      current.operands.push_back(token);
      continue;
    }
    current.op = token;
    if (token == "BI") {  // the image's dictionary up to ID, then its data up to EI
      for (std::string part = tokens.next(); !part.empty() && part != "ID"; part = tokens.next())
        current.operands.push_back(part);
      tokens.skip_inline_image_data();
    }
    operations.push_back(std::move(current));
    current = ContentOperation{};
  }
  return operations;
}

}  // namespace sygedok::e2e
