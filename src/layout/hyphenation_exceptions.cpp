#include "layout/hyphenation_exceptions.h"

#include <utf8proc.h>

#include <array>

#include "core/text.h"

namespace sygedok::layout {
namespace {

// Inflectional endings a listed word may carry ("medarbejder" covers
// "medarbejderen", "medarbejderne", "medarbejderens", …), longest first.
constexpr std::array<std::u32string_view, 18> kEndings = {
    U"ernes", U"erne", U"rnes", U"ere", U"ens", U"ets", U"rne", U"ene", U"en",
    U"er",    U"es",   U"et",   U"ne",  U"ns",  U"e",   U"n",   U"r",   U"s"};

bool is_letter(char32_t c) {
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::u32string lower_case(std::u32string_view word) {
  std::u32string lower(word);
  for (char32_t& c : lower) c = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
  return lower;
}

}  // namespace

Diagnostics HyphenationExceptions::add(std::string_view text, const std::string& origin) {
  Diagnostics problems;
  int line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t end = text.find('\n');
    std::string_view line = trim(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (const auto comment = line.find('#'); comment != std::string_view::npos) line = trim(line.substr(0, comment));
    if (line.empty()) continue;
    auto problem = [&](const std::string& what) {
      problems.push_back(error("", "hyphenation_exceptions",
                               "Orddelingslisten »" + origin + "«, linje " + std::to_string(line_number) + ": " +
                                   what + "."));
    };
    auto decoded = decode_utf8(line);
    if (!decoded) {
      problem("ikke gyldig UTF-8");
      continue;
    }
    std::u32string word;
    std::vector<HyphenPoint> points;
    bool valid = true;
    for (char32_t c : *decoded) {
      if (c == U'-' || c == U'=') {
        const bool follows_mark = !points.empty() && points.back().at == word.size();
        valid = valid && !word.empty() && !follows_mark;
        points.push_back({word.size(), c == U'='});
      } else if (is_letter(c)) {
        word.push_back(c);
      } else {
        valid = false;
      }
    }
    if (!valid || word.empty() || (!points.empty() && points.back().at == word.size())) {
      problem("»" + std::string(line) + "« er ikke et ord med - eller = mellem bogstaverne");
      continue;
    }
    entries_[lower_case(word)] = std::move(points);
  }
  return problems;
}

const std::vector<HyphenPoint>* HyphenationExceptions::find(std::u32string_view word) const {
  if (entries_.empty()) return nullptr;
  const std::u32string lower = lower_case(word);
  if (auto it = entries_.find(lower); it != entries_.end()) return &it->second;
  for (std::u32string_view ending : kEndings) {
    if (lower.size() <= ending.size() || std::u32string_view(lower).substr(lower.size() - ending.size()) != ending)
      continue;
    if (auto it = entries_.find(std::u32string_view(lower).substr(0, lower.size() - ending.size()));
        it != entries_.end())
      return &it->second;
  }
  return nullptr;
}

}  // namespace sygedok::layout
