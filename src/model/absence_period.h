#pragma once
// Periods of sickness absence as an absence system lists them (the
// "fraværskort" of seed 000's spredt fravær conversation):
//   "absence_periods": [{"from": "YYYY-MM-DD", "to"?: "YYYY-MM-DD", "days"?: 2.5}]
// `to` defaults to `from` (a single day); `days` is the number of absence
// days as the absence system counts them (working days, half days), by
// default the calendar days from `from` to `to`, both included. A period
// names days, never a cause. Plain data and pure functions; thread-safe.
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "model/danish_date.h"
#include "model/json_reader.h"

namespace sygedok::model {

inline constexpr std::size_t kMaxAbsencePeriods = 100;

struct AbsencePeriod {
  Date from;
  Date to;                     // not before `from`
  std::optional<double> days;  // as given; see absence_days()
};

// How the days of a period are counted when the absence system gave no
// count: working days (weekends and Danish public holidays left out, as
// local rules such as Køge's count) or calendar days. The organisation
// profile chooses (docs/organisation.md); the fraværskort's heading says which.
enum class AbsenceDayCount { WorkingDays, CalendarDays };
inline constexpr std::array<std::string_view, 2> kAbsenceDayCountCodes = {"arbejdsdage", "kalenderdage"};

// `days` when given, else the days from `from` to `to`, both included, counted as `count` says.
double absence_days(const AbsencePeriod& period, AbsenceDayCount count);

// Reads request["absence_periods"]. Errors besides the JsonReader's:
// end_before_start ("to" before "from"), conflict (more days than the period has).
// Required means at least one period.
std::vector<AbsencePeriod> read_absence_periods(JsonReader& request, Presence presence);

}  // namespace sygedok::model
