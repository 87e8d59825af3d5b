#include "model/danish_date.h"

#include <utf8proc.h>

#include <array>
#include <chrono>
#include <cstdio>

#include "core/danish_words.h"
#include "core/iso_timestamp.h"
#include "core/text.h"

namespace sygedok::model {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"mandag", "tirsdag", "onsdag", "torsdag",
                                                       "fredag", "lørdag",  "søndag"};

// The calendar is std::chrono's (proleptic Gregorian).
namespace chrono = std::chrono;

chrono::year_month_day to_ymd(const Date& date) {
  return chrono::year{date.year} / chrono::month{static_cast<unsigned>(date.month)} /
         chrono::day{static_cast<unsigned>(date.day)};
}

}  // namespace

bool is_leap_year(int year) { return chrono::year{year}.is_leap(); }

int days_in_month(int year, int month) {
  if (month < 1 || month > 12) return 0;
  const auto last = chrono::year{year} / chrono::month{static_cast<unsigned>(month)} / chrono::last;
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

bool is_valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && to_ymd({year, month, day}).ok();
}

long days_since_epoch(const Date& date) { return chrono::sys_days{to_ymd(date)}.time_since_epoch().count(); }

Date date_from_days_since_epoch(long days) {
  const chrono::year_month_day ymd{chrono::sys_days{chrono::days{days}}};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int weekday(const Date& date) {
  return static_cast<int>(chrono::weekday{chrono::sys_days{to_ymd(date)}}.iso_encoding()) - 1;
}

std::string_view weekday_name(int weekday) {
  return weekday >= 0 && weekday < 7 ? kWeekdays[static_cast<std::size_t>(weekday)] : std::string_view{};
}

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kDanishMonths[static_cast<std::size_t>(month - 1)] : std::string_view{};
}

std::optional<Date> parse_iso_date(std::string_view text) {
  auto t = parse_iso_timestamp(text);
  if (!t || t->has_time() || t->year < 1000) return std::nullopt;
  return Date{t->year, t->month, t->day};
}

std::optional<DateTime> parse_iso_date_time(std::string_view text) {
  auto t = parse_iso_timestamp(text);
  if (!t || t->separator != 'T' || t->second > 59 || t->has_fraction || t->zone != IsoTimestamp::Zone::None ||
      t->year < 1000)
    return std::nullopt;
  return DateTime{{t->year, t->month, t->day}, t->hour, t->minute};
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
