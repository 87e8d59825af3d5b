#pragma once
// One iCalendar file (RFC 5545) being written with libical: a VCALENDAR
// with VERSION 2.0, the product id, GREGORIAN and METHOD:PUBLISH, and the
// events added to it. Shared by the follow-up plan's calendar
// (plan_calendar.h) and the dialogue tool's handleplan
// (dialogue/handleplan_calendar.h). Owns its libical components; one writer
// per call, not thread-safe.
#include <libical/ical.h>

#include <string>

#include "model/danish_date.h"

namespace sygedok::plan {

class CalendarWriter {
 public:
  explicit CalendarWriter(const std::string& product);  // "-//sygedok//Opfølgningsplan//DA"
  ~CalendarWriter();
  CalendarWriter(const CalendarWriter&) = delete;
  CalendarWriter& operator=(const CalendarWriter&) = delete;

  // Adds a component the writer then owns (a VTIMEZONE).
  void add(icalcomponent* component);
  // Adds a VEVENT with UID, DTSTAMP (`stamp` at 00.00 UTC), SUMMARY,
  // DESCRIPTION and TRANSP:TRANSPARENT, and returns it for its times.
  icalcomponent* add_event(const std::string& uid, const std::string& summary, const std::string& description,
                           const model::Date& stamp);
  // An event that lasts the whole of `day` (DTSTART and DTEND as dates).
  static void set_all_day(icalcomponent* event, const model::Date& day);

  std::string text() const;

 private:
  icalcomponent* calendar_;
};

// FNV-1a of a name as 16 hex digits: tells two people or groups apart in
// UIDs without writing the name into them.
std::string name_hash(const std::string& name);

}  // namespace sygedok::plan
