#include "dialogue/handleplan_calendar.h"

#include "plan/calendar_writer.h"

namespace sygedok::dialogue {

std::string handleplan_to_icalendar(const Handleplan& plan) {
  plan::CalendarWriter calendar("-//sygedok//Handleplan//DA");
  const std::string& group = *plan.header.group;
  const model::Date& date = *plan.header.date;
  const std::string uid_tail = "." + model::to_iso(date) + "." + plan::name_hash(group) + "@sygedok";
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& action = plan.actions[i];
    const std::string description = "Hvad vil vi gøre? " + action.what + "\nHvem gør hvad? " + action.who +
                                    "\nHvornår? " + action.when + "\nHvilken effekt håber vi på? " + action.effect +
                                    "\nHvordan vil vi se det? " + action.evidence;
    plan::CalendarWriter::set_all_day(
        calendar.add_event("handleplan-" + std::to_string(i + 1) + uid_tail,
                           "Opfølgning: " + action.block->title + " – " + group, description, date),
        action.follow_up);
  }
  if (plan.next_round)
    plan::CalendarWriter::set_all_day(
        calendar.add_event("handleplan-naeste-runde" + uid_tail, "Dialogværktøjet igen: trin 1–4 – " + group,
                           "Besvar spørgeskemaet igen, se resultatet, vælg prioriteter og lav en ny handleplan.", date),
        *plan.next_round);
  return calendar.text();
}

}  // namespace sygedok::dialogue
