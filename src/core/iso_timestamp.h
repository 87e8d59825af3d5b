#pragma once
// The one reader of ISO 8601 dates and times in sygedok:
//   YYYY-MM-DD [ (T | t | space) hh:mm [ :ss [ (. | ,) digits ] ] [ Z | z | (+ | -) hh [ [:] mm ] ] ]
// with a date that exists (years 0000..9999), hh 0..23, mm 0..59, ss
// 0..60 (a leap second) and offsets up to 23:59. It records what was
// written; each caller takes the parts it accepts (model/danish_date.h:
// dates and local times; digitalpost/utc_time.h: instants with an offset;
// pdf/pdf_strings.h: PDF and XMP dates; layout/timeline.cpp: the plan's
// days). Plain values and pure functions; thread-safe.
#include <optional>
#include <string_view>

namespace sygedok {

struct IsoTimestamp {
  int year = 0, month = 0, day = 0;  // a date that exists
  char separator = 0;  // 'T', 't' or ' ' before the time; 0: a date alone
  int hour = 0, minute = 0, second = 0;
  bool has_seconds = false;
  bool has_fraction = false;  // digits after the seconds (read, not kept)
  enum class Zone { None, Utc, Offset } zone = Zone::None;
  char zone_letter = 0;  // 'Z' or 'z' for Utc
  char offset_sign = '+';
  int offset_hours = 0, offset_minutes = 0;
  bool has_offset_minutes = false;  // "+01:00" and "+0100", not "+01"

  bool has_time() const { return separator != 0; }
  int offset_in_minutes() const { return (offset_sign == '-' ? -1 : 1) * (offset_hours * 60 + offset_minutes); }
};

std::optional<IsoTimestamp> parse_iso_timestamp(std::string_view text);

}  // namespace sygedok
