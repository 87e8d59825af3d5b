#include "layout/danish_ties.h"

#include <linebreak.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace sygedok::layout {
namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

char32_t lower(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + (U'a' - U'A');
  if (c == U'Æ') return U'æ';
  if (c == U'Ø') return U'ø';
  if (c == U'Å') return U'å';
  return c;
}

// `word` in lower case without the punctuation that may follow a word.
std::u32string bare(std::u32string_view word) {
  while (!word.empty() && std::u32string_view(U",;:)").find(word.back()) != std::u32string_view::npos)
    word.remove_suffix(1);
  std::u32string out;
  for (char32_t c : word) out.push_back(lower(c));
  return out;
}

template <std::size_t N>
bool one_of(const std::u32string& word, const std::array<std::u32string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

constexpr std::array<std::u32string_view, 12> kMonths = {U"januar", U"februar", U"marts",     U"april",
                                                         U"maj",    U"juni",    U"juli",      U"august",
                                                         U"september", U"oktober", U"november", U"december"};
// Abbreviations that belong to the number after them.
constexpr std::array<std::u32string_view, 8> kBeforeNumber = {U"kl.", U"nr.", U"ca.", U"tlf.",
                                                              U"cvr", U"cvr-nr.", U"sagsnr.", U"tlf"};
constexpr std::array<std::u32string_view, 22> kUnits = {
    U"time",     U"timer",     U"dag",          U"dage",          U"uge",     U"uger",
    U"måned",    U"måneder",   U"år",           U"minut",         U"minutter", U"arbejdsdag",
    U"arbejdsdage", U"fraværsdag", U"fraværsdage", U"perioder",   U"procent", U"%",
    U"kr.",      U"kr",        U"mm",           U"km"};

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
        one_of(bare(left), kMonths))
      return true;
    return false;
  }
  if (is_day(left)) return right.size() <= 10 && one_of(bare(right), kMonths);
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
