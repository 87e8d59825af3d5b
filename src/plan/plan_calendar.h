#pragma once
// The plan as an iCalendar file (RFC 5545) for the manager's calendar,
// written with libical (docs/planning.md, "The calendar file"):
//   - per item not done, an all-day event on its deadline (or, without one,
//     on the day its window opens), with the purpose, the dates and the
//     source in the description; an option ("may") says so in its summary;
//   - per summons still to send, an event at 9.00–9.15 Danish time on the
//     last day to send it, in the Europe/Copenhagen time zone (a VTIMEZONE
//     with the EU summer-time rules), so the reminder keeps its local time
//     across the change to and from summer time.
// UIDs are deterministic (the item's id, the first sick day and a hash of
// the employee's name), so importing a newer plan updates the events
// instead of adding new ones; DTSTAMP is the plan's date. The employee's
// name is in the summaries, the CPR number nowhere. Pure function;
// thread-safe (libical components are built and freed per call).
#include <string>

#include "plan/planner.h"

namespace sygedok::plan {

inline constexpr const char* kCalendarTimeZone = "Europe/Copenhagen";

std::string plan_to_icalendar(const Plan& plan);

}  // namespace sygedok::plan
