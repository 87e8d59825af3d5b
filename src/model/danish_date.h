#pragma once
// Calendar dates and local Danish wall-clock times, parsed from ISO 8601
// ("2026-12-07", "2026-12-07T10:00") and written the way Danish letters write
// them ("mandag den 7. december 2026 kl. 10.00"). Weekdays are computed from
// the date itself (proleptic Gregorian calendar), never from a locale.
// Plain values and pure functions; thread-safe.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::model {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const Date&) const = default;
};

// A local Danish time without zone: the time on the clock in the meeting room.
struct DateTime {
  Date date;
  int hour = 0;    // 0..23
  int minute = 0;  // 0..59
  auto operator<=>(const DateTime&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Days since 1970-01-01 (negative before).
long days_since_epoch(const Date& date);
// Its inverse: the date `days` days after 1970-01-01 (proleptic Gregorian).
Date date_from_days_since_epoch(long days);
// 0 = Monday ... 6 = Sunday.
int weekday(const Date& date);

std::string_view weekday_name(int weekday);  // "mandag"
std::string_view month_name(int month);      // "januar"

// "2026-12-07" exactly (years 1000..9999); nullopt when malformed or the day does not exist.
std::optional<Date> parse_iso_date(std::string_view text);
// "2026-12-07T10:00", also with seconds ("T10:00:00", ignored); no zone suffix.
std::optional<DateTime> parse_iso_date_time(std::string_view text);

std::string to_iso(const Date& date);  // "2026-12-07"

std::string format_date(const Date& date);               // "7. december 2026"
std::string format_date_with_weekday(const Date& date);  // "mandag den 7. december 2026"
std::string format_clock(int hour, int minute);          // "9.00", "10.30"
std::string format_date_time(const DateTime& at);        // "mandag den 7. december 2026 kl. 10.00"
// "mandag den 7. december 2026 kl. 10.00–11.00" on one day (en dash);
// "mandag den 7. december 2026 kl. 23.00 – tirsdag den 8. december 2026 kl. 1.00" across midnight.
std::string format_time_span(const DateTime& start, const DateTime& end);
// A span of whole days, both included, as short as Danish writes it (en dash):
// "7. oktober 2026" (one day), "12.–14. oktober 2026", "28. oktober – 2. november 2026",
// "29. december 2026 – 4. januar 2027". `last` before `first` is written as given.
std::string format_date_range(const Date& first, const Date& last);

// The text with its first letter in upper case ("mandag …" → "Mandag …"), also for æ, ø, å.
std::string capitalize_first(std::string_view text);

}  // namespace sygedok::model
