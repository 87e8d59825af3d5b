#pragma once
// The input of a follow-up plan (POST /v1/plan, `sygedok plan`;
// templates/schemas/plan.schema.json, docs/planning.md):
//
//   as_of "YYYY-MM-DD"              the day the plan is made for (never the clock)
//   policy?                         a policy id; default: the organisation profile's
//   notice_working_days?            default: the organisation profile's
//   employee {name, cpr?}           whom the plan is about
//   absence? {first_day, last_day?, expected_over_4_weeks?, expected_over_8_weeks?,
//             employment_ends?, partial_return? [{from, to?}]}
//                                   the current (or last) sick leave
//   absence_periods? [{from, to?, days?}]
//                                   earlier absence, for frequent absence (model/absence_period.h)
//   held? [{type, date}]            calls, conversations, certificates already done
//
// At least one of absence and absence_periods. Nothing here asks for a
// cause. Plain data; read_plan_request is a pure function.
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "model/absence_period.h"
#include "model/danish_date.h"
#include "model/parties.h"

namespace sygedok::plan {

struct DateSpan {
  model::Date from;
  std::optional<model::Date> to;  // open: still going on
};

struct SickLeave {
  model::Date first_day;
  std::optional<model::Date> last_day;  // the last sick day; absent while still sick
  std::optional<bool> expected_over_4_weeks, expected_over_8_weeks;  // absent: not known
  std::optional<model::Date> employment_ends;                        // under notice
  std::vector<DateSpan> partial_return;  // periods of partial return to work (still sick)
};

struct HeldEvent {
  std::string type;  // kEventTypeCodes
  model::Date date;
  std::string path;  // "held[2]", for messages
};

struct PlanRequest {
  model::Date as_of;
  std::optional<std::string> policy;
  std::optional<int> notice_working_days;
  model::Employee employee;
  std::optional<SickLeave> absence;
  std::vector<model::AbsencePeriod> absence_periods;
  std::vector<HeldEvent> held;  // in date order
};

inline constexpr std::size_t kMaxHeldEvents = 200;

// Every problem with its JSON path; errors besides the JsonReader's:
// "required" (neither absence nor absence_periods), "end_before_start" (a
// last sick day or the end of a partial return before its start),
// "conflict" (expected over 8 weeks but not over 4), "after_as_of" (a held
// event after the plan's date).
Result<PlanRequest> read_plan_request(const Poco::JSON::Object& request);

}  // namespace sygedok::plan
