#include "model/danish_number.h"

#include <gtest/gtest.h>

#include <limits>

namespace sygedok::model {
namespace {

TEST(DanishNumber, UsesADecimalCommaWithoutTrailingZeros) {
  EXPECT_EQ(format_danish_number(15), "15");
  EXPECT_EQ(format_danish_number(18.5), "18,5");
  EXPECT_EQ(format_danish_number(7.25), "7,25");
  EXPECT_EQ(format_danish_number(7.256), "7,26");
  EXPECT_EQ(format_danish_number(0), "0");
  EXPECT_EQ(format_danish_number(-0.001), "0");
  EXPECT_EQ(format_danish_number(-3.5), "-3,5");
  EXPECT_EQ(format_danish_number(100), "100");
  EXPECT_EQ(format_danish_number(1e20), "1e+20");
  EXPECT_EQ(format_danish_number(std::numeric_limits<double>::quiet_NaN()), "?");
}

TEST(DanishNumber, CountsInWordsTheWayDanishSaysThem) {
  EXPECT_EQ(count_in_words(1), "en");
  EXPECT_EQ(count_in_words(2), "to");
  EXPECT_EQ(count_in_words(7), "syv");
  EXPECT_EQ(count_in_words(12), "tolv");
  EXPECT_EQ(count_in_words(19), "nitten");
  EXPECT_EQ(count_in_words(20), "tyve");
  EXPECT_EQ(count_in_words(21), "enogtyve");
  EXPECT_EQ(count_in_words(34), "fireogtredive");
  EXPECT_EQ(count_in_words(40), "fyrre");
  EXPECT_EQ(count_in_words(52), "tooghalvtreds");
  EXPECT_EQ(count_in_words(66), "seksogtres");
  EXPECT_EQ(count_in_words(75), "femoghalvfjerds");
  EXPECT_EQ(count_in_words(88), "otteogfirs");
  EXPECT_EQ(count_in_words(99), "nioghalvfems");
  EXPECT_EQ(count_in_words(0), "0");
  EXPECT_EQ(count_in_words(100), "100");
}

TEST(DanishNumber, WeeksInWordsForEveryWeekOfAYear) {
  EXPECT_EQ(weeks_in_words(1), "en uge");
  EXPECT_EQ(weeks_in_words(2), "to uger");
  EXPECT_EQ(weeks_in_words(7), "syv uger");
  EXPECT_EQ(weeks_in_words(52), "tooghalvtreds uger");
  for (int weeks = 1; weeks <= 52; ++weeks) {
    const std::string words = weeks_in_words(weeks);
    EXPECT_EQ(words.find_first_of("0123456789"), std::string::npos) << weeks;
    EXPECT_TRUE(words.ends_with(weeks == 1 ? " uge" : " uger")) << words;
  }
}

}  // namespace
}  // namespace sygedok::model
