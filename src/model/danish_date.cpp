#include "model/danish_date.h"

#include <utf8proc.h>

#include <array>
#include <cstdio>

#include "core/danish_words.h"
#include "core/text.h"

namespace sygedok::model {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"mandag", "tirsdag", "onsdag", "torsdag",
                                                       "fredag", "lørdag",  "søndag"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number written by text[from, from + count), all digits; -1 otherwise.
int digits(std::string_view text, std::size_t from, std::size_t count) {
  if (from + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (!is_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool is_valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

long days_since_epoch(const Date& date) {
  // Count in 400-year eras starting on 1 March, so the leap day ends a year.
  long year = date.year - (date.month <= 2 ? 1 : 0);
  long era = (year >= 0 ? year : year - 399) / 400;
  long year_of_era = year - era * 400;
  long month_from_march = date.month > 2 ? date.month - 3 : date.month + 9;
  long day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;  // 719468 days from 0000-03-01 to 1970-01-01
}

Date date_from_days_since_epoch(long days) {
  // Inverse of days_since_epoch (eras of 400 years from 1 March).
  long z = days + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long day_of_era = z - era * 146097;
  long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  long month_from_march = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

int weekday(const Date& date) {
  long days = days_since_epoch(date);
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string_view weekday_name(int weekday) {
  return weekday >= 0 && weekday < 7 ? kWeekdays[static_cast<std::size_t>(weekday)] : std::string_view{};
}

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kDanishMonths[static_cast<std::size_t>(month - 1)] : std::string_view{};
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  if (year < 1000 || month < 0 || day < 0 || !is_valid_date(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

std::optional<DateTime> parse_iso_date_time(std::string_view text) {
  if (text.size() != 16 && text.size() != 19) return std::nullopt;
  auto date = parse_iso_date(text.substr(0, 10));
  if (!date || text[10] != 'T' || text[13] != ':') return std::nullopt;
  int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  if (text.size() == 19) {
    int second = digits(text, 17, 2);
    if (text[16] != ':' || second < 0 || second > 59) return std::nullopt;
  }
  return DateTime{*date, hour, minute};
}

std::string to_iso(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string format_date(const Date& date) {
  return std::to_string(date.day) + ". " + std::string(month_name(date.month)) + " " + std::to_string(date.year);
}

std::string format_date_with_weekday(const Date& date) {
  return std::string(weekday_name(weekday(date))) + " den " + format_date(date);
}

std::string format_clock(int hour, int minute) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%d.%02d", hour, minute);
  return buffer;
}

std::string format_date_time(const DateTime& at) {
  return format_date_with_weekday(at.date) + " kl. " + format_clock(at.hour, at.minute);
}

std::string format_time_span(const DateTime& start, const DateTime& end) {
  if (start.date == end.date)
    return format_date_time(start) + "\u2013" + format_clock(end.hour, end.minute);
  return format_date_time(start) + " \u2013 " + format_date_time(end);
}

std::string format_date_range(const Date& first, const Date& last) {
  if (first == last) return format_date(first);
  if (first.year == last.year && first.month == last.month)
    return std::to_string(first.day) + ".\u2013" + format_date(last);
  if (first.year == last.year)
    return std::to_string(first.day) + ". " + std::string(month_name(first.month)) + " \u2013 " + format_date(last);
  return format_date(first) + " \u2013 " + format_date(last);
}

std::string capitalize_first(std::string_view text) {
  auto decoded = decode_utf8(text);
  if (!decoded || decoded->empty()) return std::string(text);
  (*decoded)[0] = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>((*decoded)[0])));
  return encode_utf8(*decoded);
}

}  // namespace sygedok::model
