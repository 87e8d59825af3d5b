#pragma once
// Instants in UTC for the MeMo envelope, and the conversion from the local
// Danish wall-clock times of the input (Europe/Copenhagen) to UTC. The
// conversion follows the EU summer-time rule (Directive 2000/84/EC, the same
// in Denmark since 1996): UTC+2 from the last Sunday of March 01:00 UTC to
// the last Sunday of October 01:00 UTC, UTC+1 otherwise. It never consults
// the machine's time zone database or TZ. Plain values and pure functions;
// thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/danish_date.h"

namespace sygedok::digitalpost {

// A moment in UTC, to the second.
struct UtcTime {
  model::Date date;
  int hour = 0;
  int minute = 0;
  int second = 0;
  auto operator<=>(const UtcTime&) const = default;
};

// Seconds since 1970-01-01T00:00:00Z, and back.
std::int64_t unix_seconds(const UtcTime& time);
UtcTime utc_from_unix_seconds(std::int64_t seconds);

// True when Danish summer time (UTC+2) is in force at `time`.
bool is_danish_summer_time(const UtcTime& time);

// A local Copenhagen time in UTC. A time in the spring gap (02:00–02:59 on
// the last Sunday of March does not exist) counts as standard time, i.e. it
// lands one hour later on the clock (02:30 → 01:30Z = 03:30 summer time). A
// time in the autumn overlap (02:00–02:59 on the last Sunday of October
// happens twice) is taken as the first, summer-time occurrence.
UtcTime copenhagen_to_utc(const model::DateTime& local);

// "2026-12-07T09:00:00Z": xs:dateTime in UTC, as MeMo requires (ends in Z).
std::string to_memo_date_time(const UtcTime& time);

// An ISO 8601 instant with its offset: "2026-11-22T09:30:00Z",
// "2026-11-22T10:30:00+01:00", "2026-11-22T10:30+0100"; fractions of a
// second are dropped. nullopt when malformed, when there is no offset, or
// when a field is out of range.
std::optional<UtcTime> parse_iso_instant(std::string_view text);

}  // namespace sygedok::digitalpost
