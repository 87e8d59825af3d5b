#include "digitalpost/utc_time.h"

#include <cstdio>

namespace sygedok::digitalpost {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// The day of the month of the last Sunday of `month` in `year`.
int last_sunday(int year, int month) {
  int last = model::days_in_month(year, month);
  int weekday = model::weekday({year, month, last});  // 0 = Monday ... 6 = Sunday
  return last - (weekday + 1) % 7;
}

// 01:00 UTC on the last Sunday of `month`: when the EU clocks change.
std::int64_t change_over(int year, int month) {
  return unix_seconds({{year, month, last_sunday(year, month)}, 1, 0, 0});
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number in text[at, at + count), all digits; -1 otherwise.
int digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!is_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::int64_t unix_seconds(const UtcTime& time) {
  return static_cast<std::int64_t>(model::days_since_epoch(time.date)) * kSecondsPerDay + time.hour * 3600 +
         time.minute * 60 + time.second;
}

UtcTime utc_from_unix_seconds(std::int64_t seconds) {
  std::int64_t days = seconds >= 0 ? seconds / kSecondsPerDay : (seconds - kSecondsPerDay + 1) / kSecondsPerDay;
  std::int64_t rest = seconds - days * kSecondsPerDay;
  return {model::date_from_days_since_epoch(static_cast<long>(days)), static_cast<int>(rest / 3600), static_cast<int>(rest % 3600 / 60),
          static_cast<int>(rest % 60)};
}

bool is_danish_summer_time(const UtcTime& time) {
  std::int64_t at = unix_seconds(time);
  return at >= change_over(time.date.year, 3) && at < change_over(time.date.year, 10);
}

UtcTime copenhagen_to_utc(const model::DateTime& local) {
  std::int64_t wall = unix_seconds({local.date, local.hour, local.minute, 0});
  UtcTime as_summer = utc_from_unix_seconds(wall - 2 * 3600);
  if (is_danish_summer_time(as_summer)) return as_summer;
  return utc_from_unix_seconds(wall - 3600);
}

std::string to_memo_date_time(const UtcTime& time) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", time.date.year, time.date.month, time.date.day,
                time.hour, time.minute, time.second);
  return text;
}

std::optional<UtcTime> parse_iso_instant(std::string_view text) {
  // YYYY-MM-DDTHH:MM
  if (text.size() < 17 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') ||
      text[13] != ':')
    return std::nullopt;
  int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = 0;
  if (year < 1000 || !model::is_valid_date(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return std::nullopt;
  std::size_t at = 16;
  if (at < text.size() && text[at] == ':') {
    second = digits(text, at + 1, 2);
    if (second < 0 || second > 59) return std::nullopt;
    at += 3;
    if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
      ++at;
      std::size_t fraction_start = at;
      while (at < text.size() && is_digit(text[at])) ++at;
      if (at == fraction_start) return std::nullopt;
    }
  }
  if (at >= text.size()) return std::nullopt;  // no offset: the instant is not known
  int offset_minutes = 0;
  if ((text[at] == 'Z' || text[at] == 'z') && at + 1 == text.size()) {
    offset_minutes = 0;
  } else if (text[at] == '+' || text[at] == '-') {
    int sign = text[at] == '+' ? 1 : -1;
    std::string_view offset = text.substr(at + 1);
    int offset_hours = digits(offset, 0, 2), offset_rest = -1;
    if (offset.size() == 5 && offset[2] == ':') offset_rest = digits(offset, 3, 2);
    if (offset.size() == 4) offset_rest = digits(offset, 2, 2);
    if (offset.size() == 2) offset_rest = 0;
    if (offset_hours < 0 || offset_hours > 14 || offset_rest < 0 || offset_rest > 59) return std::nullopt;
    offset_minutes = sign * (offset_hours * 60 + offset_rest);
  } else {
    return std::nullopt;
  }
  std::int64_t local = unix_seconds({{year, month, day}, hour, minute, second});
  return utc_from_unix_seconds(local - static_cast<std::int64_t>(offset_minutes) * 60);
}

}  // namespace sygedok::digitalpost
