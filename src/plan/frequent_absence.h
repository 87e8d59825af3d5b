#pragma once
// Frequent absence over rolling windows: the first day on which a policy's
// threshold (model: plan/policy.h FrequentAbsenceThreshold) is reached.
// The window of a day D is the `window_months` calendar months that end on
// D: the days after the same date that many months earlier, up to and
// including D (for 1 July 2027 and 6 months: 2 January – 1 July 2027).
//
// - Counted in periods: the threshold is crossed on the first day of the
//   period that makes `periods` periods start inside one window.
// - Counted in working days: every absence day counts 1 when it is a working
//   day (weekends and public holidays left out); a period whose absence
//   system gave its own count of days (`days`, may be a half) spreads that
//   count evenly over its calendar days. The threshold is crossed on the
//   first absence day on which the window holds `working_days` days.
//
// Pure functions; thread-safe.
#include <optional>
#include <vector>

#include "model/absence_period.h"
#include "model/danish_date.h"
#include "plan/policy.h"

namespace sygedok::plan {

struct Crossing {
  model::Date on;        // the day the threshold was reached
  model::Date window_from;  // the first day of that day's window
  double count = 0;      // periods or days in the window on that day
};

// The date `months` calendar months before `date`, clamped to the month's
// last day (31 August − 6 months = 28/29 February).
model::Date months_before(const model::Date& date, int months);
// The same forwards (31 January + 1 month = 28/29 February).
model::Date months_after(const model::Date& date, int months);

// The first crossing using only periods that start after `after` (all when
// nullopt) and days up to and including `until`.
std::optional<Crossing> first_crossing(const std::vector<model::AbsencePeriod>& periods,
                                       const FrequentAbsenceThreshold& threshold,
                                       const std::optional<model::Date>& after, const model::Date& until);

}  // namespace sygedok::plan
