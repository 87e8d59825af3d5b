#pragma once
// The words whose division sygedok knows better than the hyphenation
// patterns: templates/hyphenation-da.txt, to which an organisation's
// templates directory may add its own hyphenation-da.txt
// (docs/typesetting.md). One word a line, lower case, "-" where it may be
// divided and "=" where it may be divided at the joint of a compound
// ("dag=til-buds=le-der"); a word written without marks is never divided;
// "#" starts a comment. A listed word also covers its inflected forms: the
// word followed by one of a few Danish endings ("-en", "-erne", "-s", …),
// which are never divided from it. Filled once at start-up, immutable
// afterwards and safe to share between threads.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace sygedok::layout {

// A place where a word may be divided: word[0, at) + "-" and word[at, end).
// `joint`: between the parts of a compound, where Danish prefers the division.
struct HyphenPoint {
  std::size_t at = 0;
  bool joint = false;
  bool operator==(const HyphenPoint&) const = default;
};

class HyphenationExceptions {
 public:
  // Reads a list (`origin` names it in messages); a word listed again
  // replaces its earlier entry, so a later list overrides an earlier one.
  // Errors "hyphenation_exceptions", one per bad line.
  Diagnostics add(std::string_view text, const std::string& origin);

  // The points of `word` (any case) when it or its stem is listed; null otherwise.
  const std::vector<HyphenPoint>* find(std::u32string_view word) const;

 private:
  std::map<std::u32string, std::vector<HyphenPoint>, std::less<>> entries_;
};

}  // namespace sygedok::layout
