#pragma once
// Where a word may be hyphenated: from the exception list
// (layout/hyphenation_exceptions.h) when it lists the word, otherwise from
// TeX patterns read by libhyphen (for Danish
// /usr/share/hyphen/hyph_da_DK.dic, Debian package hyphen-da) under the
// policy of docs/typesetting.md. Loaded once; immutable afterwards and safe
// to share between threads: hnj_hyphen_hyphenate2() only reads the
// dictionary and allocates its own working memory per call.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "layout/hyphenation_exceptions.h"

namespace sygedok::layout {

class Hyphenator {
 public:
  // Letters kept on each side of a hyphen: a listed point, a pattern's point.
  static constexpr std::size_t kMinimumListedFragment = 2;
  static constexpr std::size_t kMinimumPatternFragment = 3;
  // The patterns divide only words at least this long: they often misplace
  // the joint of shorter compounds.
  static constexpr std::size_t kMinimumPatternWord = 8;

  // Reads a libhyphen dictionary in UTF-8 or ISO8859-1 (its first line
  // says which); `exceptions` take precedence over its patterns.
  static Result<std::shared_ptr<const Hyphenator>> load(const std::string& dictionary_path,
                                                        HyphenationExceptions exceptions = {});

  // Where `word` (letters only, any case) may be divided, ascending. A
  // listed word: its listed points, kMinimumListedFragment letters from
  // either end. Otherwise the patterns' points for a word of at least
  // kMinimumPatternWord letters, kMinimumPatternFragment letters from
  // either end, except that where they put points on both sides of one
  // letter ("fravær-s-samtale") only the later one counts, as a compound
  // joint. Empty when the dictionary's encoding cannot spell the
  // word. `points` is cleared first.
  void hyphen_points(std::u32string_view word, std::vector<HyphenPoint>& points) const;
  std::vector<HyphenPoint> hyphen_points(std::u32string_view word) const;

  // The UTF-8 word with `marker` at every point and `joint_marker` at every
  // joint, in the exception list's notation: "sy-ge=fra-værs=sam-ta-le"; the
  // word unchanged when it is not valid UTF-8.
  std::string hyphenate(std::string_view utf8_word, std::string_view marker = "-",
                        std::string_view joint_marker = "=") const;

  struct Dictionary;
  Hyphenator(std::unique_ptr<Dictionary> dictionary, HyphenationExceptions exceptions);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

 private:
  // The patterns' points, ascending.
  void pattern_points(std::u32string_view word, std::vector<std::size_t>& points) const;

  std::unique_ptr<Dictionary> dictionary_;
  HyphenationExceptions exceptions_;
};

}  // namespace sygedok::layout
