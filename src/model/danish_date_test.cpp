#include "model/danish_date.h"

#include <gtest/gtest.h>

namespace sygedok::model {
namespace {

TEST(DanishDate, WeekdaysOfKnownDates) {
  // Checked against a printed calendar.
  EXPECT_EQ(weekday_name(weekday({2026, 12, 7})), "mandag");
  EXPECT_EQ(weekday_name(weekday({2027, 1, 4})), "mandag");
  EXPECT_EQ(weekday_name(weekday({1970, 1, 1})), "torsdag");
  EXPECT_EQ(weekday_name(weekday({2000, 2, 29})), "tirsdag");
  EXPECT_EQ(weekday_name(weekday({1969, 12, 31})), "onsdag");
  EXPECT_EQ(weekday_name(weekday({2024, 3, 31})), "søndag");
  EXPECT_EQ(weekday_name(weekday({1900, 1, 1})), "mandag");
  EXPECT_EQ(weekday_name(weekday({2026, 11, 21})), "lørdag");
  EXPECT_EQ(weekday_name(weekday({2026, 11, 27})), "fredag");
}

TEST(DanishDate, ConsecutiveDaysHaveConsecutiveWeekdays) {
  Date day{2023, 12, 25};
  int previous = weekday(day);
  for (int i = 0; i < 800; ++i) {
    day.day += 1;
    if (day.day > days_in_month(day.year, day.month)) {
      day.day = 1;
      if (++day.month > 12) day = {day.year + 1, 1, 1};
    }
    int current = weekday(day);
    ASSERT_EQ(current, (previous + 1) % 7) << to_iso(day);
    previous = current;
  }
}

TEST(DanishDate, DaysSinceEpoch) {
  EXPECT_EQ(days_since_epoch({1970, 1, 1}), 0);
  EXPECT_EQ(days_since_epoch({1970, 1, 2}), 1);
  EXPECT_EQ(days_since_epoch({1969, 12, 31}), -1);
  EXPECT_EQ(days_since_epoch({2000, 3, 1}), 11017);
}

TEST(DanishDate, LeapYears) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2026));
  EXPECT_EQ(days_in_month(2028, 2), 29);
  EXPECT_EQ(days_in_month(2026, 2), 28);
  EXPECT_EQ(days_in_month(2026, 4), 30);
}

TEST(DanishDate, ParsesIsoDates) {
  auto date = parse_iso_date("2026-11-22");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->year, 2026);
  EXPECT_EQ(date->month, 11);
  EXPECT_EQ(date->day, 22);
  EXPECT_FALSE(parse_iso_date("2026-02-29"));  // not a leap year
  EXPECT_TRUE(parse_iso_date("2028-02-29"));
  EXPECT_FALSE(parse_iso_date("2026-13-01"));
  EXPECT_FALSE(parse_iso_date("2026-00-10"));
  EXPECT_FALSE(parse_iso_date("2026-04-31"));
  EXPECT_FALSE(parse_iso_date("22-11-2026"));
  EXPECT_FALSE(parse_iso_date("2026-1-22"));
  EXPECT_FALSE(parse_iso_date("2026-11-22 "));
  EXPECT_FALSE(parse_iso_date("20x6-11-22"));
  EXPECT_FALSE(parse_iso_date(""));
}

TEST(DanishDate, ParsesLocalDateTimes) {
  auto at = parse_iso_date_time("2026-12-07T10:00");
  ASSERT_TRUE(at);
  EXPECT_EQ(at->date, (Date{2026, 12, 7}));
  EXPECT_EQ(at->hour, 10);
  EXPECT_EQ(at->minute, 0);
  auto with_seconds = parse_iso_date_time("2026-12-07T09:05:30");
  ASSERT_TRUE(with_seconds);
  EXPECT_EQ(with_seconds->hour, 9);
  EXPECT_EQ(with_seconds->minute, 5);
  EXPECT_FALSE(parse_iso_date_time("2026-12-07T24:00"));
  EXPECT_FALSE(parse_iso_date_time("2026-12-07T10:60"));
  EXPECT_FALSE(parse_iso_date_time("2026-12-07 10:00"));
  EXPECT_FALSE(parse_iso_date_time("2026-12-07T10:00Z"));
  EXPECT_FALSE(parse_iso_date_time("2026-12-07T10:00:00+01:00"));
  EXPECT_FALSE(parse_iso_date_time("2026-02-30T10:00"));
  EXPECT_FALSE(parse_iso_date_time("2026-12-07"));
}

TEST(DanishDate, OrdersDateTimes) {
  auto a = *parse_iso_date_time("2026-12-07T10:00");
  auto b = *parse_iso_date_time("2026-12-07T11:00");
  auto c = *parse_iso_date_time("2027-01-04T09:00");
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_FALSE(b < a);
}

TEST(DanishDate, FormatsDatesTheDanishWay) {
  EXPECT_EQ(format_date({2026, 11, 22}), "22. november 2026");
  EXPECT_EQ(format_date({2027, 1, 4}), "4. januar 2027");
  EXPECT_EQ(format_date_with_weekday({2026, 12, 7}), "mandag den 7. december 2026");
  EXPECT_EQ(format_date_with_weekday({2026, 5, 1}), "fredag den 1. maj 2026");
  EXPECT_EQ(to_iso({2026, 3, 9}), "2026-03-09");
}

TEST(DanishDate, FormatsClockTimesWithoutLeadingZero) {
  EXPECT_EQ(format_clock(9, 0), "9.00");
  EXPECT_EQ(format_clock(10, 30), "10.30");
  EXPECT_EQ(format_clock(0, 5), "0.05");
  EXPECT_EQ(format_date_time(*parse_iso_date_time("2027-01-04T09:00")), "mandag den 4. januar 2027 kl. 9.00");
}

TEST(DanishDate, FormatsSpansWithAnEnDash) {
  auto start = *parse_iso_date_time("2026-12-07T10:00");
  auto end = *parse_iso_date_time("2026-12-07T11:00");
  EXPECT_EQ(capitalize_first(format_time_span(start, end)), "Mandag den 7. december 2026 kl. 10.00\u201311.00");
  auto late = *parse_iso_date_time("2026-12-07T23:00");
  auto after_midnight = *parse_iso_date_time("2026-12-08T01:00");
  EXPECT_EQ(format_time_span(late, after_midnight),
            "mandag den 7. december 2026 kl. 23.00 \u2013 tirsdag den 8. december 2026 kl. 1.00");
}

TEST(DanishDate, FormatsDayRangesAsShortAsPossible) {
  EXPECT_EQ(format_date_range({2026, 10, 7}, {2026, 10, 7}), "7. oktober 2026");
  EXPECT_EQ(format_date_range({2026, 10, 12}, {2026, 10, 14}), "12.\u201314. oktober 2026");
  EXPECT_EQ(format_date_range({2026, 10, 28}, {2026, 11, 2}), "28. oktober \u2013 2. november 2026");
  EXPECT_EQ(format_date_range({2026, 12, 29}, {2027, 1, 4}), "29. december 2026 \u2013 4. januar 2027");
}

TEST(DanishDate, CapitalizesDanishLetters) {
  EXPECT_EQ(capitalize_first("mandag"), "Mandag");
  EXPECT_EQ(capitalize_first("ønsket"), "Ønsket");
  EXPECT_EQ(capitalize_first("åbent"), "Åbent");
  EXPECT_EQ(capitalize_first("æble"), "Æble");
  EXPECT_EQ(capitalize_first(""), "");
  EXPECT_EQ(capitalize_first("1. maj"), "1. maj");
}

}  // namespace
}  // namespace sygedok::model
