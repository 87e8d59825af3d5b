#include "digitalpost/utc_time.h"

#include <chrono>
#include <cstdio>

#include "core/iso_timestamp.h"

namespace sygedok::digitalpost {
namespace {

namespace chrono = std::chrono;

// 01:00 UTC on the last Sunday of `month`: when the EU clocks change.
std::int64_t change_over(int year, int month) {
  const chrono::sys_days last_sunday{chrono::year{year} / chrono::month{static_cast<unsigned>(month)} /
                                     chrono::Sunday[chrono::last]};
  return (chrono::sys_seconds{last_sunday} + chrono::hours{1}).time_since_epoch().count();
}

}  // namespace

std::int64_t unix_seconds(const UtcTime& time) {
  const chrono::sys_seconds at = chrono::sys_days{chrono::days{model::days_since_epoch(time.date)}} +
                                 chrono::hours{time.hour} + chrono::minutes{time.minute} + chrono::seconds{time.second};
  return at.time_since_epoch().count();
}

UtcTime utc_from_unix_seconds(std::int64_t seconds) {
  const chrono::sys_seconds at{chrono::seconds{seconds}};
  const chrono::sys_days day = chrono::floor<chrono::days>(at);
  const chrono::hh_mm_ss clock{at - day};
  return {model::date_from_days_since_epoch(static_cast<long>(day.time_since_epoch().count())),
          static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
          static_cast<int>(clock.seconds().count())};
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
  auto t = parse_iso_timestamp(text);
  if (!t || (t->separator != 'T' && t->separator != 't') || t->second > 59 || t->year < 1000 ||
      t->zone == IsoTimestamp::Zone::None || t->offset_hours > 14)
    return std::nullopt;  // without an offset the instant is not known
  std::int64_t local = unix_seconds({{t->year, t->month, t->day}, t->hour, t->minute, t->second});
  return utc_from_unix_seconds(local - static_cast<std::int64_t>(t->offset_in_minutes()) * 60);
}

}  // namespace sygedok::digitalpost
