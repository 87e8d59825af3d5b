#pragma once
// The fastholdelsesplan (return-to-work plan, sygedagpengeloven § 7 b), typed
// and validated. The employee asks for it when not expected back within 8
// weeks of the first sick day; employer and employee write it together; it
// describes how the employee can return fully or partly as quickly as
// possible; the employee brings it to the municipality's first follow-up
// meeting (§ 7 b, stk. 3). No form is mandated; the content follows the
// national model form's topics.
// JSON shape (? = optional):
//   sender, document, employee, manager     as in every kind (parties.h)
//   absence {first_day "YYYY-MM-DD", …}      initiative? "medarbejder" (default) | "arbejdsgiver"
//   requested_on "YYYY-MM-DD"                (when the employee asked for it; only then)
//   expected_return? "YYYY-MM-DD"            (expected full return)
//   goal? "…"                                (else the template's text)
//   schedule [{from, to?, hours_per_week, tasks}] (at least one; in order; only the last may lack "to")
//   changed_tasks? ["…"]   aids? ["…"]   adjustments? ["…"]
//   jobcenter? {involvement? "…", section_56? "overvejes" | "ansoegt" | "bevilget"}
//   colleagues? "…"                          (what the colleagues are told)
//   follow_up [{date "YYYY-MM-DD" | "YYYY-MM-DDTHH:MM", what}] (at least one)
// Errors besides the JsonReader's: conflict (dates that contradict each
// other), end_before_start. Warnings: unknown_field and those of
// warning_rules.h (plan_under_8_weeks, follow-ups in the past / at a weekend
// / on a holiday, possible_health_details). No member asks for a diagnosis.
// Plain data; read_fastholdelsesplan is thread-safe.
#include <Poco/JSON/Object.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "model/warning_rules.h"
#include "model/absence.h"
#include "model/danish_date.h"
#include "model/parties.h"

namespace sygedok::model {

// One step of the step-up schedule (trappeplan).
struct SchedulePeriod {
  Date from;
  std::optional<Date> to;  // nullopt only for the last step: "from `from` on"
  double hours_per_week = 0;
  std::string tasks;
};

// Where a § 56 agreement (refund from the first sick day for a chronic or
// long-lasting illness, approved by the jobcenter) stands.
enum class Section56 { Overvejes, Ansoegt, Bevilget };
inline constexpr std::array<std::string_view, 3> kSection56Codes = {"overvejes", "ansoegt", "bevilget"};

// Who took the initiative: the employee's request (§ 7 b, stk. 1), or the
// employer, who may make a plan on its own initiative and for a shorter absence.
enum class Initiative { Employee, Employer };
inline constexpr std::array<std::string_view, 2> kInitiativeCodes = {"medarbejder", "arbejdsgiver"};

struct JobcenterInvolvement {
  std::optional<std::string> involvement;  // free text
  std::optional<Section56> section_56;
};

// A follow-up between manager and employee: a day, or a day and a time.
struct FollowUp {
  Date date;
  std::optional<DateTime> at;  // set when a time was given
  std::string what;
};

struct Fastholdelsesplan {
  Sender sender;
  DocumentHeader document;
  Employee employee;
  Manager manager;
  Absence absence;
  Initiative initiative = Initiative::Employee;
  std::optional<Date> requested_on;  // set exactly when the employee asked
  std::optional<Date> expected_return;
  std::optional<std::string> goal;
  std::vector<SchedulePeriod> schedule;
  std::vector<std::string> changed_tasks;
  std::vector<std::string> aids;
  std::vector<std::string> adjustments;
  std::optional<JobcenterInvolvement> jobcenter;
  std::optional<std::string> colleagues;
  std::vector<FollowUp> follow_up;
};

// Hours per week of one step: more than nothing, at most a long working week.
inline constexpr double kMinHoursPerWeek = 1;
inline constexpr double kMaxHoursPerWeek = 60;

// Every problem of the input at once (errors, and warnings).
Result<Fastholdelsesplan> read_fastholdelsesplan(const Poco::JSON::Object& input, const ReadOptions& options = {});

}  // namespace sygedok::model
