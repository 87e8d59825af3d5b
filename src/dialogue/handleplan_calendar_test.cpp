#include "dialogue/handleplan_calendar.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include "model/test_support.h"

namespace sygedok::dialogue {
namespace {

using model::testing::parse;

TEST(HandleplanCalendar, OneAllDayEventPerFollowUpAndOneForTheNextRound) {
  static const auto tool = DialogueTool::load();
  auto plan = read_handleplan(*parse(R"({"group": "Ledergruppen", "date": "2026-12-14", "next_round": "2027-12-06",
    "actions": [{"block": "ordentlig_statistik", "what": "Tal på ledermøder", "who": "Skolelederen", "when": "Fra januar",
                 "effect": "Vi ser mønstre", "evidence": "Dagsordenen", "follow_up": "2027-03-15"}]})"),
                              *tool.value());
  ASSERT_TRUE(plan.ok());
  const std::string text = handleplan_to_icalendar(plan.value());
  // libical reads back what libical wrote: the second parser here is the judge of tests/judges/ical_judge.py
  // in the end-to-end tests; this checks the events' dates and texts.
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  ASSERT_NE(calendar, nullptr);
  std::vector<std::string> summaries, starts, descriptions;
  for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    summaries.emplace_back(icalcomponent_get_summary(event));
    descriptions.emplace_back(icalcomponent_get_description(event));
    const icaltimetype start = icalcomponent_get_dtstart(event);
    EXPECT_TRUE(start.is_date);
    starts.emplace_back(icaltime_as_ical_string(start));
  }
  icalcomponent_free(calendar);
  EXPECT_EQ(summaries, (std::vector<std::string>{"Opfølgning: Ordentlig statistik – Ledergruppen",
                                                 "Dialogværktøjet igen: trin 1–4 – Ledergruppen"}));
  EXPECT_EQ(starts, (std::vector<std::string>{"20270315", "20271206"}));
  EXPECT_NE(descriptions[0].find("\nHvem gør hvad? Skolelederen\n"), std::string::npos) << descriptions[0];
  EXPECT_EQ(text, handleplan_to_icalendar(plan.value()));  // deterministic: UIDs and DTSTAMP from the input
}

}  // namespace
}  // namespace sygedok::dialogue
