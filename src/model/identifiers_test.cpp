#include "model/identifiers.h"

#include <gtest/gtest.h>

namespace sygedok::model {
namespace {

TEST(Cvr, AcceptsNumbersWhoseWeightedSumIsDivisibleByEleven) {
  EXPECT_TRUE(is_valid_cvr("12345674"));  // 2+14+18+20+20+18+14+4 = 110
  EXPECT_TRUE(is_valid_cvr("10000009"));  // 2+9 = 11
}

TEST(Cvr, ExactlyTheRightLastDigitCompletesAPrefix) {
  // Each 7-digit prefix with the one last digit that makes the weighted sum divisible by 11.
  const std::pair<const char*, char> cases[] = {
      {"1234567", '4'}, {"2918963", '3'}, {"5555555", '9'}, {"1000000", '9'}, {"9876543", '3'}};
  for (const auto& [prefix, check] : cases)
    for (char last = '0'; last <= '9'; ++last)
      EXPECT_EQ(is_valid_cvr(std::string(prefix) + last), last == check) << prefix << last;
}

TEST(Cvr, RefusesWrongCheckDigitsLengthsAndCharacters) {
  EXPECT_FALSE(is_valid_cvr("12345678"));
  EXPECT_FALSE(is_valid_cvr("12345675"));
  EXPECT_FALSE(is_valid_cvr("1234567"));
  EXPECT_FALSE(is_valid_cvr("123456740"));
  EXPECT_FALSE(is_valid_cvr("1234567a"));
  EXPECT_FALSE(is_valid_cvr("00000000"));  // sum 0, but a CVR never starts with 0
  EXPECT_FALSE(is_valid_cvr(""));
}

TEST(Cpr, AcceptsWithAndWithoutDashAndResolvesTheCentury) {
  auto a = parse_cpr("010203-0000");  // 7th digit 0: 1900s
  ASSERT_TRUE(a);
  EXPECT_EQ(a->text, "010203-0000");
  EXPECT_EQ(a->birth_date, (Date{1903, 2, 1}));
  auto b = parse_cpr("0102034000");  // 7th digit 4, year 03 ≤ 36: 2000s
  ASSERT_TRUE(b);
  EXPECT_EQ(b->text, "010203-4000");
  EXPECT_EQ(b->birth_date, (Date{2003, 2, 1}));
  auto c = parse_cpr("010280-5000");  // 7th digit 5, year 80 > 57: 1800s
  ASSERT_TRUE(c);
  EXPECT_EQ(c->birth_date.year, 1880);
  auto d = parse_cpr("010240-9000");  // 7th digit 9, year 40 > 36: 1900s
  ASSERT_TRUE(d);
  EXPECT_EQ(d->birth_date.year, 1940);
}

TEST(Cpr, TheBirthDateMustExistInItsCentury) {
  EXPECT_TRUE(parse_cpr("290200-4000"));   // 29 Feb 2000
  EXPECT_FALSE(parse_cpr("290200-0000"));  // 29 Feb 1900 did not exist
  EXPECT_FALSE(parse_cpr("320101-0000"));
  EXPECT_FALSE(parse_cpr("011301-0000"));
}

TEST(Cpr, RefusesOtherShapes) {
  EXPECT_FALSE(parse_cpr("010203 0000"));
  EXPECT_FALSE(parse_cpr("010203-000"));
  EXPECT_FALSE(parse_cpr("01020-30000"));
  EXPECT_FALSE(parse_cpr("0102030000x"));
  EXPECT_FALSE(parse_cpr("ab0203-0000"));
  EXPECT_FALSE(parse_cpr(""));
}

}  // namespace
}  // namespace sygedok::model
