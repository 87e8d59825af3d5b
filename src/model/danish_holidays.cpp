#include "model/danish_holidays.h"

#include <array>

namespace sygedok::model {
namespace {

// A holiday that moves with Easter: its name and its distance from Easter Sunday.
struct EasterHoliday {
  std::string_view name;
  int days_after_easter;
  int last_year;  // the last year it was a holiday
};

constexpr int kForever = 9999;
// Store bededag was the fourth Friday after Easter; the last one was 5 May 2023.
constexpr int kLastStoreBededag = 2023;

constexpr std::array<EasterHoliday, 8> kEasterHolidays = {{
    {"skærtorsdag", -3, kForever},
    {"langfredag", -2, kForever},
    {"påskedag", 0, kForever},
    {"2. påskedag", 1, kForever},
    {"store bededag", 26, kLastStoreBededag},
    {"Kristi himmelfartsdag", 39, kForever},
    {"pinsedag", 49, kForever},
    {"2. pinsedag", 50, kForever},
}};

// A holiday on the same day every year.
struct FixedHoliday {
  std::string_view name;
  int month;
  int day;
};

constexpr std::array<FixedHoliday, 3> kFixedHolidays = {{
    {"nytårsdag", 1, 1},
    {"juledag", 12, 25},
    {"2. juledag", 12, 26},
}};

}  // namespace

Date easter_sunday(int year) {
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year, month, day};
}

Date add_days(const Date& date, long days) { return date_from_days_since_epoch(days_since_epoch(date) + days); }

long days_between(const Date& from, const Date& to) { return days_since_epoch(to) - days_since_epoch(from); }

std::optional<std::string_view> danish_holiday_name(const Date& date) {
  for (const auto& holiday : kFixedHolidays)
    if (date.month == holiday.month && date.day == holiday.day) return holiday.name;
  long after_easter = days_between(easter_sunday(date.year), date);
  for (const auto& holiday : kEasterHolidays)
    if (after_easter == holiday.days_after_easter && date.year <= holiday.last_year) return holiday.name;
  return std::nullopt;
}

bool is_weekend(const Date& date) { return weekday(date) >= 5; }

bool is_working_day(const Date& date) { return !is_weekend(date) && !danish_holiday_name(date); }

int working_days_between(const Date& from, const Date& to, int limit) {
  int count = 0;
  for (Date day = add_days(from, 1); day < to && count < limit; day = add_days(day, 1))
    if (is_working_day(day)) ++count;
  return count;
}

Date add_working_days(const Date& date, int count) {
  Date day = date;
  for (int found = 0; found < count;) {
    day = add_days(day, 1);
    if (is_working_day(day)) ++found;
  }
  return day;
}

}  // namespace sygedok::model
