#include "plan/plan_calendar.h"

#include "plan/calendar_writer.h"

namespace sygedok::plan {
namespace {

using model::Date;

// The reminder to send a summons: 9.00–9.15 on its last day.
constexpr int kSummonsHour = 9, kSummonsMinutes = 15;

icaltimetype local_time(const Date& date, int hour, int minute) {
  icaltimetype time = icaltime_null_time();
  time.year = date.year;
  time.month = date.month;
  time.day = date.day;
  time.hour = hour;
  time.minute = minute;
  return time;
}

icalproperty* in_copenhagen(icalproperty* property) {
  icalproperty_add_parameter(property, icalparameter_new_tzid(kCalendarTimeZone));
  return property;
}

// Central European Time with the EU's summer time (since 1996: last Sunday
// of March at 2.00 to last Sunday of October at 3.00).
icalcomponent* copenhagen_time_zone() {
  const auto observance = [](icalcomponent_kind kind, const char* name, int from, int to, int month, int hour) {
    icalcomponent* part = icalcomponent_new(kind);
    icalcomponent_add_property(part, icalproperty_new_tzname(name));
    icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(from));
    icalcomponent_add_property(part, icalproperty_new_tzoffsetto(to));
    icalcomponent_add_property(part, icalproperty_new_dtstart(local_time({1996, month, month == 3 ? 31 : 27}, hour, 0)));
    const std::string rule_text = "FREQ=YEARLY;BYMONTH=" + std::to_string(month) + ";BYDAY=-1SU";  // the last Sunday
    const icalrecurrencetype rule = icalrecurrencetype_from_string(rule_text.c_str());
    icalcomponent_add_property(part, icalproperty_new_rrule(rule));
    return part;
  };
  icalcomponent* zone = icalcomponent_new_vtimezone();
  icalcomponent_add_property(zone, icalproperty_new_tzid(kCalendarTimeZone));
  icalcomponent_add_component(zone, observance(ICAL_XDAYLIGHT_COMPONENT, "CEST", 3600, 7200, 3, 2));
  icalcomponent_add_component(zone, observance(ICAL_XSTANDARD_COMPONENT, "CET", 7200, 3600, 10, 3));
  return zone;
}

std::string uid_of(const PlanItem& item, const Plan& plan, std::string_view suffix) {
  const std::string start = plan.request.absence ? model::to_iso(plan.request.absence->first_day) : "fravaer";
  return item.id + std::string(suffix) + "." + start + "." + name_hash(plan.request.employee.name) + "@sygedok";
}

std::string description_of(const PlanItem& item) {
  std::string text = item.rule->purpose + "\n";
  if (item.earliest) text += "\nTidligst: " + model::format_date_with_weekday(*item.earliest);
  if (item.latest) text += "\nSenest: " + model::format_date_with_weekday(*item.latest);
  if (item.summons_by) text += "\nSend indkaldelsen senest: " + model::format_date_with_weekday(*item.summons_by);
  for (Condition c : item.assumed) text += "\nForudsætter, at " + std::string(condition_phrase(c)) + ".";
  text += "\nKilde: " + item.rule->source;
  return text;
}

}  // namespace

std::string plan_to_icalendar(const Plan& plan) {
  CalendarWriter calendar("-//sygedok//Opfølgningsplan//DA");
  calendar.add(copenhagen_time_zone());
  const std::string& name = plan.request.employee.name;
  for (const PlanItem& item : plan.items) {
    if (item.state == ItemState::Done) continue;
    const Date day = item.latest.value_or(*item.earliest);
    std::string summary = item.rule->title + " – " + name;
    if (item.rule->obligation == Obligation::May) summary = "Mulighed: " + summary;
    else if (item.latest) summary = "Frist: " + summary;
    CalendarWriter::set_all_day(calendar.add_event(uid_of(item, plan, ""), summary, description_of(item), plan.as_of),
                                day);
    if (item.summons_by && !(*item.summons_by < plan.as_of)) {
      icalcomponent* reminder = calendar.add_event(uid_of(item, plan, "-indkaldelse"),
                                                   "Send indkaldelse: " + item.rule->title + " – " + name,
                                                   description_of(item), plan.as_of);
      icalcomponent_add_property(reminder,
                                 in_copenhagen(icalproperty_new_dtstart(local_time(*item.summons_by, kSummonsHour, 0))));
      icalcomponent_add_property(reminder, in_copenhagen(icalproperty_new_dtend(
                                               local_time(*item.summons_by, kSummonsHour, kSummonsMinutes))));
    }
  }
  return calendar.text();
}

}  // namespace sygedok::plan
