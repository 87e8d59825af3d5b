#include "model/absence_period.h"

#include "model/danish_holidays.h"

#include "model/danish_number.h"

namespace sygedok::model {
namespace {

double calendar_days(const Date& from, const Date& to) {
  return static_cast<double>(days_since_epoch(to) - days_since_epoch(from) + 1);
}

std::optional<AbsencePeriod> read_period(ListItem& item) {
  JsonReader& object = item.reader;
  std::string number = "fraværsperiode nr. " + std::to_string(item.index + 1);
  auto from = object.date("from", "første dag i " + number, Presence::Required);
  auto to = object.date("to", "sidste dag i " + number, Presence::Optional);
  auto days = object.number("days", "antallet af fraværsdage i " + number, Presence::Optional, 0.5, 366);
  bool ok = from.has_value() && (!object.has("to") || to) && (!object.has("days") || days);
  if (from && to && *to < *from) {
    object.report_error("to", "end_before_start",
                        sentence("sidste dag i " + number, " skal ligge samme dag som eller efter den første dag."));
    ok = false;
  } else if (from && days && *days > calendar_days(*from, to.value_or(*from))) {
    double length = calendar_days(*from, to.value_or(*from));
    object.report_error("days", "conflict",
                        sentence(number, " har " + format_danish_number(*days) + " fraværsdage, men perioden har kun " +
                                             format_danish_number(length) + (length == 1 ? " dag." : " dage.")));
    ok = false;
  }
  object.warn_unknown_fields();
  if (!ok) return std::nullopt;
  return AbsencePeriod{*from, to.value_or(*from), days};
}

}  // namespace

double absence_days(const AbsencePeriod& period, AbsenceDayCount count) {
  if (period.days) return *period.days;
  if (count == AbsenceDayCount::CalendarDays) return calendar_days(period.from, period.to);
  // Both ends included: the working days strictly between the day before and the day after.
  return working_days_between(add_days(period.from, -1), add_days(period.to, 1));
}

std::vector<AbsencePeriod> read_absence_periods(JsonReader& request, Presence presence) {
  std::vector<AbsencePeriod> periods;
  for (auto& item :
       request.object_list("absence_periods", "fraværsperioderne", "fraværsperiode", presence, kMaxAbsencePeriods))
    if (auto period = read_period(item)) periods.push_back(*period);
  return periods;
}

}  // namespace sygedok::model
