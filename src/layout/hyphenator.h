#pragma once
// Where a word may be hyphenated, from TeX patterns read by libhyphen (for
// Danish /usr/share/hyphen/hyph_da_DK.dic, Debian package hyphen-da). Loaded
// once; immutable afterwards and safe to share between threads:
// hnj_hyphen_hyphenate2() only reads the dictionary and allocates its own
// working memory per call.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sygedok::layout {

class Hyphenator {
 public:
  static constexpr std::size_t kMinimumLettersAround = 2;

  // Reads a libhyphen dictionary in UTF-8 or ISO8859-1 (its first line says which).
  static Result<std::shared_ptr<const Hyphenator>> load(const std::string& dictionary_path);

  // Positions i where `word` (letters only) may be broken into word[0, i)
  // + "-" and word[i, end), ascending, with at least two letters on each
  // side. Case does not matter. Empty when the dictionary's encoding cannot
  // spell the word. `points` is cleared first.
  void hyphenation_points(std::u32string_view word, std::vector<std::size_t>& points) const;
  std::vector<std::size_t> hyphenation_points(std::u32string_view word) const;

  // The UTF-8 word with `marker` at every hyphenation point, e.g.
  // "ar-bejds-mil-jø-re-præ-sen-tan-ten"; the word unchanged when it is not valid UTF-8.
  std::string hyphenate(std::string_view utf8_word, std::string_view marker = "-") const;

  struct Dictionary;
  explicit Hyphenator(std::unique_ptr<Dictionary> dictionary);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

 private:
  std::unique_ptr<Dictionary> dictionary_;
};

}  // namespace sygedok::layout
