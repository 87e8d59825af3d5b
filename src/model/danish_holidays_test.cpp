#include "model/danish_holidays.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sygedok::model {
namespace {

TEST(EasterSunday, MatchesKnownYears) {
  EXPECT_EQ(easter_sunday(1818), (Date{1818, 3, 22}));  // earliest possible date
  EXPECT_EQ(easter_sunday(1943), (Date{1943, 4, 25}));  // latest possible date
  EXPECT_EQ(easter_sunday(2000), (Date{2000, 4, 23}));
  EXPECT_EQ(easter_sunday(2008), (Date{2008, 3, 23}));
  EXPECT_EQ(easter_sunday(2019), (Date{2019, 4, 21}));
  EXPECT_EQ(easter_sunday(2023), (Date{2023, 4, 9}));
  EXPECT_EQ(easter_sunday(2024), (Date{2024, 3, 31}));
  EXPECT_EQ(easter_sunday(2025), (Date{2025, 4, 20}));
  EXPECT_EQ(easter_sunday(2026), (Date{2026, 4, 5}));
  EXPECT_EQ(easter_sunday(2027), (Date{2027, 3, 28}));
  EXPECT_EQ(easter_sunday(2038), (Date{2038, 4, 25}));
  EXPECT_EQ(easter_sunday(2285), (Date{2285, 3, 22}));
}

TEST(EasterSunday, IsAlwaysASunday) {
  for (int year = 1900; year <= 2200; ++year) EXPECT_EQ(weekday(easter_sunday(year)), 6) << year;
}

TEST(AddDays, CrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(add_days(Date{2026, 12, 31}, 1), (Date{2027, 1, 1}));
  EXPECT_EQ(add_days(Date{2028, 2, 28}, 1), (Date{2028, 2, 29}));
  EXPECT_EQ(add_days(Date{2027, 2, 28}, 1), (Date{2027, 3, 1}));
  EXPECT_EQ(add_days(Date{2027, 1, 4}, 28), (Date{2027, 2, 1}));
  EXPECT_EQ(add_days(Date{2027, 3, 1}, -1), (Date{2027, 2, 28}));
  EXPECT_EQ(days_between(Date{2027, 1, 4}, Date{2027, 3, 1}), 56);
  EXPECT_EQ(days_between(Date{2027, 3, 1}, Date{2027, 1, 4}), -56);
  for (long days = -800; days <= 800; days += 37)
    EXPECT_EQ(days_between(Date{2026, 6, 15}, add_days(Date{2026, 6, 15}, days)), days);
}

std::vector<std::string> holidays_of(int year) {
  std::vector<std::string> names;
  for (Date day{year, 1, 1}; day.year == year; day = add_days(day, 1))
    if (auto name = danish_holiday_name(day)) names.push_back(to_iso(day) + " " + std::string(*name));
  return names;
}

TEST(DanishHolidays, ListsTheTenHolidaysOf2027) {
  EXPECT_EQ(holidays_of(2027), (std::vector<std::string>{
                                   "2027-01-01 nytårsdag",
                                   "2027-03-25 skærtorsdag",
                                   "2027-03-26 langfredag",
                                   "2027-03-28 påskedag",
                                   "2027-03-29 2. påskedag",
                                   "2027-05-06 Kristi himmelfartsdag",
                                   "2027-05-16 pinsedag",
                                   "2027-05-17 2. pinsedag",
                                   "2027-12-25 juledag",
                                   "2027-12-26 2. juledag",
                               }));
}

TEST(DanishHolidays, StoreBededagUntil2023Only) {
  EXPECT_EQ(danish_holiday_name(Date{2023, 5, 5}), "store bededag");
  EXPECT_EQ(danish_holiday_name(Date{2022, 5, 13}), "store bededag");
  EXPECT_EQ(holidays_of(2023).size(), 11u);
  EXPECT_FALSE(danish_holiday_name(Date{2024, 4, 26}));  // would have been store bededag
  EXPECT_TRUE(is_working_day(Date{2024, 4, 26}));
  EXPECT_EQ(holidays_of(2024).size(), 10u);
}

TEST(DanishHolidays, OrdinaryDaysAndUnofficialDaysOffAreNotHolidays) {
  EXPECT_FALSE(danish_holiday_name(Date{2027, 6, 5}));    // grundlovsdag
  EXPECT_FALSE(danish_holiday_name(Date{2027, 12, 24}));  // juleaftensdag
  EXPECT_FALSE(danish_holiday_name(Date{2027, 12, 31}));  // nytårsaftensdag
  EXPECT_FALSE(danish_holiday_name(Date{2027, 5, 1}));
  EXPECT_FALSE(danish_holiday_name(Date{2027, 3, 24}));  // the day before skærtorsdag
}

TEST(WorkingDays, SkipWeekendsAndHolidays) {
  EXPECT_TRUE(is_weekend(Date{2026, 12, 12}));      // Saturday
  EXPECT_TRUE(is_weekend(Date{2026, 12, 13}));      // Sunday
  EXPECT_FALSE(is_weekend(Date{2026, 12, 14}));     // Monday
  EXPECT_FALSE(is_working_day(Date{2027, 3, 29}));  // 2. påskedag, a Monday
  // Strictly between: Monday → Thursday has Tuesday and Wednesday.
  EXPECT_EQ(working_days_between(Date{2026, 12, 7}, Date{2026, 12, 10}), 2);
  EXPECT_EQ(working_days_between(Date{2026, 12, 7}, Date{2026, 12, 11}), 3);
  // Friday → Wednesday: Monday and Tuesday.
  EXPECT_EQ(working_days_between(Date{2026, 12, 4}, Date{2026, 12, 9}), 2);
  // Easter 2027: from Wednesday 24 March to Wednesday 31 March only Tuesday 30 March counts.
  EXPECT_EQ(working_days_between(Date{2027, 3, 24}, Date{2027, 3, 31}), 1);
  EXPECT_EQ(working_days_between(Date{2026, 12, 7}, Date{2026, 12, 7}), 0);
  EXPECT_EQ(working_days_between(Date{2026, 12, 10}, Date{2026, 12, 7}), 0);
}

TEST(WorkingDays, AddingCountsOnlyWorkingDays) {
  EXPECT_EQ(add_working_days(Date{2026, 12, 4}, 5), (Date{2026, 12, 11}));    // Friday to Friday
  EXPECT_EQ(add_working_days(Date{2026, 12, 7}, 5), (Date{2026, 12, 14}));    // Monday to Monday
  EXPECT_EQ(add_working_days(Date{2026, 12, 23}, 1), (Date{2026, 12, 24}));   // juleaftensdag is a working day
  EXPECT_EQ(add_working_days(Date{2026, 12, 23}, 2), (Date{2026, 12, 28}));   // over juledag, 2. juledag, Sunday
  EXPECT_EQ(add_working_days(Date{2027, 3, 24}, 1), (Date{2027, 3, 30}));     // Easter 2027: Thursday to Monday off
  EXPECT_EQ(add_working_days(Date{2026, 5, 13}, 1), (Date{2026, 5, 15}));     // Kristi himmelfartsdag 14 May 2026
  for (int n = 1; n <= 20; ++n) {  // agrees with the count between
    const Date from{2027, 3, 19};
    EXPECT_EQ(working_days_between(from, add_working_days(from, n)), n - 1) << n;
    EXPECT_TRUE(is_working_day(add_working_days(from, n))) << n;
  }
}

TEST(WorkingDays, CountingStopsAtTheLimit) {
  EXPECT_EQ(working_days_between(Date{2026, 1, 1}, Date{9999, 12, 31}, 3), 3);
  EXPECT_EQ(working_days_between(Date{2026, 1, 1}, Date{2027, 1, 1}, 10000), 254);  // counted independently
}

}  // namespace
}  // namespace sygedok::model
