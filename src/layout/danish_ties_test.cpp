#include "layout/danish_ties.h"

#include <gtest/gtest.h>
#include <linebreak.h>

#include "core/text.h"

namespace sygedok::layout {
namespace {

// The text with "~" for each space that may not break and " " for the rest.
std::string tied(const std::string& utf8) {
  const std::u32string chars = *decode_utf8(utf8);
  std::vector<char> breaks(chars.size(), LINEBREAK_ALLOWBREAK);
  tie_danish_phrases(chars, breaks);
  std::u32string shown = chars;
  for (std::size_t i = 0; i < shown.size(); ++i)
    if (shown[i] == U' ' && breaks[i] == LINEBREAK_NOBREAK) shown[i] = U'~';
  return encode_utf8(shown);
}

TEST(DanishTies, KeepADateTogether) {
  EXPECT_EQ(tied("mandag den 7. december 2026 kl. 10.00"), "mandag den 7.~december~2026 kl.~10.00");
  EXPECT_EQ(tied("Senest 14. December 2026."), "Senest 14.~December~2026.");
  EXPECT_EQ(tied("fra 1. maj, og"), "fra 1.~maj, og");
}

TEST(DanishTies, KeepAnAbbreviationOrSectionSignWithItsNumber) {
  EXPECT_EQ(tied("efter § 56 og §§ 7 a"), "efter §~56 og §§~7 a");
  EXPECT_EQ(tied("CVR-nr. 12345674, Sagsnr. 2026-1, ca. 3"), "CVR-nr.~12345674, Sagsnr.~2026-1, ca.~3");
  EXPECT_EQ(tied("CVR 12345674"), "CVR~12345674");
}

TEST(DanishTies, KeepANumberWithItsUnit) {
  EXPECT_EQ(tied("20 timer om ugen i 4 uger, 6 arbejdsdage"), "20~timer om ugen i 4~uger, 6~arbejdsdage");
}

TEST(DanishTies, LeaveOrdinaryWordsFree) {
  EXPECT_EQ(tied("Vi har 3 ting at tale om i maj 2 gange"), "Vi har 3 ting at tale om i maj 2 gange");
  EXPECT_EQ(tied("kl. otte, 7. sal, maj måned"), "kl. otte, 7. sal, maj måned");
  EXPECT_EQ(tied("Side 1\n2. december"), "Side 1\n2.~december");
}

}  // namespace
}  // namespace sygedok::layout
