#include "plan/calendar_writer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "model/danish_holidays.h"

namespace sygedok::plan {
namespace {

icaltimetype day_of(const model::Date& date) {
  icaltimetype time = icaltime_null_date();
  time.year = date.year;
  time.month = date.month;
  time.day = date.day;
  return time;
}

}  // namespace

CalendarWriter::CalendarWriter(const std::string& product) : calendar_(icalcomponent_new_vcalendar()) {
  icalcomponent_add_property(calendar_, icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar_, icalproperty_new_prodid(product.c_str()));
  icalcomponent_add_property(calendar_, icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar_, icalproperty_new_method(ICAL_METHOD_PUBLISH));
}

CalendarWriter::~CalendarWriter() { icalcomponent_free(calendar_); }

void CalendarWriter::add(icalcomponent* component) { icalcomponent_add_component(calendar_, component); }

icalcomponent* CalendarWriter::add_event(const std::string& uid, const std::string& summary,
                                         const std::string& description, const model::Date& stamp) {
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
  icaltimetype dtstamp = icaltime_null_time();
  dtstamp.year = stamp.year;
  dtstamp.month = stamp.month;
  dtstamp.day = stamp.day;
  dtstamp.zone = icaltimezone_get_utc_timezone();
  icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
  icalcomponent_add_property(event, icalproperty_new_summary(summary.c_str()));
  icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
  icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  icalcomponent_add_component(calendar_, event);
  return event;
}

void CalendarWriter::set_all_day(icalcomponent* event, const model::Date& day) {
  icalcomponent_add_property(event, icalproperty_new_dtstart(day_of(day)));
  icalcomponent_add_property(event, icalproperty_new_dtend(day_of(model::add_days(day, 1))));
}

std::string CalendarWriter::text() const {
  char* text = icalcomponent_as_ical_string_r(calendar_);
  std::string result = text ? text : "";
  std::free(text);
  return result;
}

std::string name_hash(const std::string& name) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : name) hash = (hash ^ c) * 1099511628211ull;
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

}  // namespace sygedok::plan
