#include "plan/plan_request.h"

#include <algorithm>

#include "model/json_reader.h"
#include "plan/policy.h"

namespace sygedok::plan {
namespace {

using model::Date;
using model::JsonReader;
using model::Presence;

std::vector<DateSpan> read_partial_return(JsonReader& absence) {
  std::vector<DateSpan> spans;
  for (auto& item : absence.object_list("partial_return", "perioderne med delvis raskmelding",
                                        "periode med delvis raskmelding", Presence::Optional, 20)) {
    const std::string number = "periode nr. " + std::to_string(item.index + 1) + " med delvis raskmelding";
    auto from = item.reader.date("from", "første dag i " + number, Presence::Required);
    auto to = item.reader.date("to", "sidste dag i " + number, Presence::Optional);
    item.reader.warn_unknown_fields();
    if (from && to && *to < *from) {
      item.reader.report_error("to", "end_before_start",
                               model::sentence("sidste dag i " + number, " ligger før den første dag."));
      continue;
    }
    if (from) spans.push_back({*from, to});
  }
  return spans;
}

std::optional<SickLeave> read_sick_leave(JsonReader& request) {
  auto absence = request.object("absence", "sygemeldingen", Presence::Optional);
  if (!absence) return std::nullopt;
  auto first_day = absence->date("first_day", "første sygedag", Presence::Required);
  auto last_day = absence->date("last_day", "sidste sygedag", Presence::Optional);
  SickLeave leave;
  leave.expected_over_4_weeks =
      absence->boolean("expected_over_4_weeks", "om fraværet forventes at vare over 4 uger", Presence::Optional);
  leave.expected_over_8_weeks =
      absence->boolean("expected_over_8_weeks", "om fraværet forventes at vare over 8 uger", Presence::Optional);
  leave.employment_ends = absence->date("employment_ends", "fratrædelsesdagen", Presence::Optional);
  leave.partial_return = read_partial_return(*absence);
  absence->warn_unknown_fields();
  if (!first_day) return std::nullopt;
  leave.first_day = *first_day;
  if (last_day && *last_day < *first_day)
    absence->report_error("last_day", "end_before_start", "Sidste sygedag ligger før første sygedag.");
  else
    leave.last_day = last_day;
  if (leave.expected_over_4_weeks == false && leave.expected_over_8_weeks == true)
    absence->report_error("expected_over_8_weeks", "conflict",
                          "Fraværet kan ikke forventes at vare over 8 uger, men ikke over 4 uger.");
  return leave;
}

std::vector<HeldEvent> read_held(JsonReader& request, const std::optional<Date>& as_of) {
  std::vector<HeldEvent> held;
  for (auto& item : request.object_list("held", "det, der allerede er gjort", "hændelse", Presence::Optional,
                                        kMaxHeldEvents)) {
    const std::string number = "hændelse nr. " + std::to_string(item.index + 1);
    auto type = item.reader.choice("type", "typen af " + number, Presence::Required, kEventTypeCodes);
    auto date = item.reader.date("date", "datoen for " + number, Presence::Required);
    item.reader.warn_unknown_fields();
    if (date && as_of && *as_of < *date) {
      item.reader.report_error("date", "after_as_of",
                               model::sentence("datoen for " + number, " ligger efter planens dato (as_of)."));
      continue;
    }
    if (type && date) held.push_back({*type, *date, model::numbered("held", item.index)});
  }
  std::stable_sort(held.begin(), held.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  return held;
}

}  // namespace

Result<PlanRequest> read_plan_request(const Poco::JSON::Object& object) {
  Diagnostics problems;
  JsonReader request(object, "", problems);
  PlanRequest plan;
  auto as_of = request.date("as_of", "planens dato", Presence::Required);
  plan.policy = request.text("policy", "politikken", Presence::Optional);
  if (auto notice = request.number("notice_working_days", "varslet i arbejdsdage", Presence::Optional, 1, 20))
    plan.notice_working_days = static_cast<int>(*notice);
  auto employee = model::read_employee(request);
  plan.absence = read_sick_leave(request);
  plan.absence_periods = model::read_absence_periods(request, Presence::Optional);
  plan.held = read_held(request, as_of);
  if (!request.has("absence") && !request.has("absence_periods"))
    request.report_error("", "required",
                         "Angiv sygemeldingen (absence) eller de tidligere fraværsperioder (absence_periods).");
  request.warn_unknown_fields();
  if (has_errors(problems) || !as_of || !employee) {
    if (!has_errors(problems)) problems.push_back(error("", "required", "Planen mangler oplysninger."));
    return Result<PlanRequest>::failure(std::move(problems));
  }
  plan.as_of = *as_of;
  plan.employee = std::move(*employee);
  return Result<PlanRequest>::success(std::move(plan), std::move(problems));
}

}  // namespace sygedok::plan
