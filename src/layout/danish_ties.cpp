#include "layout/danish_ties.h"

#include <linebreak.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "core/danish_words.h"
#include "core/text.h"

namespace sygedok::layout {
namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// `word` in lower case (UTF-8) without the punctuation that may follow a word.
std::string bare(std::u32string_view word) {
  while (!word.empty() && std::u32string_view(U",;:)").find(word.back()) != std::u32string_view::npos)
    word.remove_suffix(1);
  std::string out;
  for (char32_t c : word) append_utf8(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
  return out;
}

template <std::size_t N>
bool one_of(const std::string& word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Abbreviations that belong to the number after them.
constexpr std::array<std::string_view, 8> kBeforeNumber = {"kl.", "nr.", "ca.", "tlf.",
                                                           "cvr", "cvr-nr.", "sagsnr.", "tlf"};
constexpr std::array<std::string_view, 22> kUnits = {
    "time",        "timer",      "dag",         "dage",     "uge",     "uger",     "måned",      "måneder",
    "år",          "minut",      "minutter",    "arbejdsdag", "arbejdsdage", "fraværsdag", "fraværsdage",
    "perioder",    "procent",    "%",           "kr.",      "kr",      "mm",       "km"};

bool is_day(std::u32string_view word) {  // "7." or "24."
  return (word.size() == 2 || word.size() == 3) && word.back() == U'.' &&
         std::all_of(word.begin(), word.end() - 1, is_digit);
}

bool is_number(std::u32string_view word) {  // "20", "2,5", "10.000"
  return !word.empty() && is_digit(word.front()) &&
         std::all_of(word.begin(), word.end(), [](char32_t c) { return is_digit(c) || c == U',' || c == U'.'; });
}

// Cheap tests first: most spaces join two ordinary words, and lowering a
// word (bare()) allocates.
bool ties(std::u32string_view left, std::u32string_view right) {
  if (left.empty() || right.empty()) return false;
  if (is_digit(right.front())) {
    if (left == U"§" || left == U"§§") return true;
    if (left.size() <= 8 && one_of(bare(left), kBeforeNumber)) return true;
    if (right.size() >= 4 && std::all_of(right.begin(), right.begin() + 4, is_digit) && left.size() <= 9 &&
        one_of(bare(left), kDanishMonths))
      return true;
    return false;
  }
  if (is_day(left)) return right.size() <= 10 && one_of(bare(right), kDanishMonths);
  if (is_number(left)) return right.size() <= 12 && one_of(bare(right), kUnits);
  return false;
}

}  // namespace

void tie_danish_phrases(const std::u32string& chars, std::vector<char>& breaks) {
  const std::u32string_view text(chars);
  std::size_t word_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == U'\n') word_start = i + 1;
    if (text[i] != U' ') continue;
    std::size_t next_end = text.find_first_of(U" \n", i + 1);
    if (next_end == std::u32string_view::npos) next_end = text.size();
    if (i < breaks.size() && ties(text.substr(word_start, i - word_start), text.substr(i + 1, next_end - i - 1)))
      breaks[i] = LINEBREAK_NOBREAK;
    word_start = i + 1;
  }
}

}  // namespace sygedok::layout
