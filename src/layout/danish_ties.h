#pragma once
// Danish typography's ties: the spaces a line must not break at, because
// the words on each side are read as one (Retskrivningsordbogen, §§ on
// numbers and abbreviations; Danish municipal letters keep them together):
//   "7. december 2026"   a day, its month and its year
//   "kl. 10.00"          "kl.", "nr.", "ca.", "tlf.", "CVR", "CVR-nr.",
//                        "Sagsnr." before a number
//   "§ 56", "§§ 7 a"     the section sign before its number
//   "20 timer"           a number before its unit (timer, dage, uger, …)
// The text keeps its ordinary spaces (copying and screen readers see them
// as they are); only the break opportunity after the space is removed.
// Pure function; thread-safe.
#include <string>
#include <vector>

namespace sygedok::layout {

// Sets breaks[i] to LINEBREAK_NOBREAK for each space at `i` in `chars`
// that ties two words as above. `breaks` has one entry per character.
void tie_danish_phrases(const std::u32string& chars, std::vector<char>& breaks);

}  // namespace sygedok::layout
