#include "content_stream.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <set>

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

MarkedContent judge_marked_content(const std::string& content) {
  static const std::set<std::string> painting = {"Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B",
                                                 "B*", "b", "b*", "sh", "Do", "BI"};
  MarkedContent result;
  int depth = 0;
  std::string open_tag;
  auto problem = [&](std::size_t index, const ContentOperation& op, const std::string& what) {
    if (result.problems.size() < 12)
      result.problems.push_back("operation " + std::to_string(index) + " (" + op.op + "): " + what);
  };
  const auto operations = parse_content_stream(content);
  for (std::size_t i = 0; i < operations.size(); ++i) {
    const ContentOperation& op = operations[i];
    if (op.op == "BDC" || op.op == "BMC" || op.op == "MP" || op.op == "DP") {
      const std::string tag = op.operands.empty() ? "" : op.operands.front();
      if (op.op == "MP" || op.op == "DP") continue;  // marked points mark nothing
      if (depth > 0) problem(i, op, "marked content " + tag + " inside " + open_tag);
      ++depth;
      open_tag = tag;
      auto mcid = std::find(op.operands.begin(), op.operands.end(), "/MCID");
      if (tag == "/Artifact") {
        if (mcid != op.operands.end()) problem(i, op, "an artifact with an MCID");
      } else if (op.op == "BMC") {
        problem(i, op, tag + " BMC is neither an artifact nor real content with an MCID");
      } else if (op.operands.size() < 2 || op.operands[1] != "<<") {
        problem(i, op, tag + " BDC without an inline property list with /MCID");
      } else if (mcid == op.operands.end() || mcid + 1 == op.operands.end()) {
        problem(i, op, tag + " BDC without /MCID");
      } else {
        const int number = std::atoi((mcid + 1)->c_str());
        if (std::count(result.mcids.begin(), result.mcids.end(), number))
          problem(i, op, "MCID " + std::to_string(number) + " used twice");
        result.mcids.push_back(number);
      }
    } else if (op.op == "EMC") {
      if (depth == 0) problem(i, op, "EMC without a sequence to end");
      else --depth;
    } else if (painting.count(op.op)) {
      ++result.painting_operators;
      if (depth == 0) {
        std::string shown;
        for (const auto& operand : op.operands) shown += operand.substr(0, 40) + " ";
        problem(i, op, "outside marked content: " + shown);
      }
    }
  }
  if (depth != 0) result.problems.push_back("the page ends inside a marked-content sequence");
  return result;
}

}  // namespace sygedok::e2e
