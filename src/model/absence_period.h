#pragma once
// Periods of sickness absence as an absence system lists them (the
// "fraværskort" of seed 000's spredt fravær conversation):
//   "absence_periods": [{"from": "YYYY-MM-DD", "to"?: "YYYY-MM-DD", "days"?: 2.5}]
// `to` defaults to `from` (a single day); `days` is the number of absence
// days as the absence system counts them (working days, half days), by
// default the calendar days from `from` to `to`, both included. A period
// names days, never a cause. Plain data and pure functions; thread-safe.
#include <optional>
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

// `days` when given, else the calendar days from `from` to `to`, both included.
double absence_days(const AbsencePeriod& period);

// Reads request["absence_periods"]. Errors besides the JsonReader's:
// end_before_start ("to" before "from"), conflict (more days than the period has).
// Required means at least one period.
std::vector<AbsencePeriod> read_absence_periods(JsonReader& request, Presence presence);

}  // namespace sygedok::model
