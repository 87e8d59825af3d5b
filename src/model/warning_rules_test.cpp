#include "model/warning_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sygedok::model {
namespace {

// A summons dated Monday 30 November 2026 to a fraværssamtale on Monday
// 7 December 2026, 21 days after the first sick day: no rule fires.
MeetingTiming summons() {
  return {"meeting.start",    "samtalen",        MeetingRole::Summoned, Date{2026, 12, 7}, MeetingType::Fravaerssamtale,
          Date{2026, 11, 30}, Absence{Date{2026, 11, 16}, std::nullopt}};
}

std::vector<std::string> codes(const Diagnostics& diagnostics) {
  std::vector<std::string> found;
  for (const auto& d : diagnostics) {
    EXPECT_EQ(d.severity, Severity::Warning) << d.code;
    found.push_back(d.code);
  }
  return found;
}

using Codes = std::vector<std::string>;

TEST(MeetingWarnings, NoneForAWellPlannedMeeting) { EXPECT_TRUE(meeting_warnings(summons()).empty()); }

TEST(LateMeeting7a, FiresFromTheTwentyNinthDay) {
  MeetingTiming meeting = summons();
  meeting.date = Date{2026, 12, 14};  // day 28 after Monday 16 November: in time
  EXPECT_FALSE(late_meeting_7a(meeting));
  meeting.date = Date{2026, 12, 15};  // day 29
  auto late = late_meeting_7a(meeting);
  ASSERT_TRUE(late);
  EXPECT_EQ(late->code, "late_meeting_7a");
  EXPECT_EQ(late->path, "meeting.start");
  EXPECT_NE(late->message.find("29 dage efter første sygedag (16. november 2026)"), std::string::npos) << late->message;
  EXPECT_NE(late->message.find("§ 7 a"), std::string::npos);
  EXPECT_NE(late->message.find("senest mandag den 14. december 2026"), std::string::npos) << late->message;
}

TEST(LateMeeting7a, OnlyForFravaersAndStatussamtalerWithAKnownFirstDay) {
  MeetingTiming meeting = summons();
  meeting.date = Date{2027, 1, 5};
  meeting.type = MeetingType::Statussamtale;
  EXPECT_TRUE(late_meeting_7a(meeting));
  meeting.role = MeetingRole::Held;
  EXPECT_TRUE(late_meeting_7a(meeting));
  meeting.role = MeetingRole::Planned;
  EXPECT_FALSE(late_meeting_7a(meeting));
  meeting.role = MeetingRole::Summoned;
  meeting.type = MeetingType::Omsorgssamtale;
  EXPECT_FALSE(late_meeting_7a(meeting));
  meeting.type = MeetingType::SpredtFravaer;
  EXPECT_FALSE(late_meeting_7a(meeting));
  meeting.type = MeetingType::Fravaerssamtale;
  meeting.absence.reset();
  EXPECT_FALSE(late_meeting_7a(meeting));
}

TEST(LateMeeting7a, NoDutyWhenTheEmployeeUnderNoticeLeavesWithinEightWeeks) {
  MeetingTiming meeting = summons();
  meeting.date = Date{2026, 12, 21};  // day 35: late, were it not for the notice
  meeting.absence->employment_ends = Date{2027, 1, 11};  // day 56
  auto rule = late_meeting_7a(meeting);
  ASSERT_TRUE(rule);
  EXPECT_EQ(rule->code, "section_7a_not_required");
  EXPECT_EQ(rule->severity, Severity::Warning);
  EXPECT_NE(rule->message.find("opsagt og fratræder mandag den 11. januar 2027, inden for 8 uger"), std::string::npos)
      << rule->message;
  EXPECT_NE(rule->message.find("§ 7 a"), std::string::npos);
  meeting.date = Date{2026, 12, 7};  // in time: the employer may still hold it, and is told there is no duty
  EXPECT_EQ(late_meeting_7a(meeting)->code, "section_7a_not_required");
  meeting.date = Date{2026, 12, 21};
  meeting.absence->employment_ends = Date{2027, 1, 12};  // day 57: the duty stands, and the meeting is late
  EXPECT_EQ(late_meeting_7a(meeting)->code, "late_meeting_7a");
  meeting.role = MeetingRole::Planned;
  meeting.absence->employment_ends = Date{2027, 1, 11};
  EXPECT_FALSE(late_meeting_7a(meeting)) << "only for the conversation held or called";
}

TEST(ShortNotice, NeedsThreeWholeWorkingDaysBetweenLetterAndMeeting) {
  MeetingTiming meeting = summons();
  meeting.document_date = Date{2026, 12, 1};  // Tuesday; Wed, Thu, Fri between
  EXPECT_FALSE(short_notice(meeting, kDefaultNoticeWorkingDays));
  meeting.document_date = Date{2026, 12, 2};  // Wednesday; Thu, Fri between
  auto notice = short_notice(meeting, kDefaultNoticeWorkingDays);
  ASSERT_TRUE(notice);
  EXPECT_EQ(notice->code, "short_notice");
  EXPECT_NE(notice->message.find("2 arbejdsdage mellem brevets dato (2. december 2026) og samtalen (7. december 2026)"),
            std::string::npos)
      << notice->message;
  EXPECT_NE(notice->message.find("mindst 3 arbejdsdage"), std::string::npos);
  meeting.document_date = Date{2026, 12, 7};
  notice = short_notice(meeting, kDefaultNoticeWorkingDays);
  ASSERT_TRUE(notice);
  EXPECT_NE(notice->message.find("ingen arbejdsdage"), std::string::npos) << notice->message;
}

TEST(ShortNotice, CountsHolidaysAsDaysOffAndTakesTheSetting) {
  MeetingTiming meeting = summons();
  meeting.document_date = Date{2027, 3, 23};  // Tuesday before Easter
  meeting.date = Date{2027, 3, 31};           // Wednesday after: only 24 and 30 March are working days
  auto notice = short_notice(meeting, 3);
  ASSERT_TRUE(notice);
  EXPECT_NE(notice->message.find("2 arbejdsdage"), std::string::npos) << notice->message;
  EXPECT_FALSE(short_notice(meeting, 2));
  meeting.document_date = Date{2026, 11, 30};
  meeting.date = Date{2026, 12, 7};
  EXPECT_TRUE(short_notice(meeting, 5));  // Tue–Fri: 4 days
  EXPECT_FALSE(short_notice(meeting, 4));
}

TEST(ShortNotice, OnlyForSummonsesAndNotForPastMeetings) {
  MeetingTiming meeting = summons();
  meeting.document_date = Date{2026, 12, 6};
  meeting.role = MeetingRole::Held;
  EXPECT_FALSE(short_notice(meeting, 3));
  meeting.role = MeetingRole::Planned;
  EXPECT_FALSE(short_notice(meeting, 3));
  meeting.role = MeetingRole::Summoned;
  meeting.document_date = Date{2026, 12, 8};
  EXPECT_FALSE(short_notice(meeting, 3));
  EXPECT_EQ(codes(meeting_warnings(meeting)), Codes{"meeting_in_past"});
}

TEST(MeetingInPast, ComparesWithTheDocumentDateNotTheClock) {
  MeetingTiming meeting = summons();
  meeting.date = Date{2020, 1, 6};
  meeting.document_date = Date{2020, 1, 2};
  meeting.absence.reset();
  EXPECT_FALSE(meeting_in_past(meeting));  // long ago, but after the letter
  meeting.document_date = Date{2020, 1, 7};
  auto past = meeting_in_past(meeting);
  ASSERT_TRUE(past);
  EXPECT_EQ(past->code, "meeting_in_past");
  EXPECT_NE(past->message.find("Samtalen (mandag den 6. januar 2020) ligger før dokumentets dato (7. januar 2020)"),
            std::string::npos)
      << past->message;
  meeting.role = MeetingRole::Planned;
  EXPECT_TRUE(meeting_in_past(meeting));
  meeting.role = MeetingRole::Held;  // a referat is written after the meeting
  EXPECT_FALSE(meeting_in_past(meeting));
  meeting.document_date = meeting.date;
  meeting.role = MeetingRole::Planned;
  EXPECT_FALSE(meeting_in_past(meeting));  // the same day is not the past
}

TEST(MeetingOnWeekend, NamesTheDay) {
  MeetingTiming meeting = summons();
  meeting.date = Date{2026, 12, 12};
  meeting.label = "næste samtale";
  auto weekend = meeting_on_weekend(meeting);
  ASSERT_TRUE(weekend);
  EXPECT_EQ(weekend->code, "meeting_on_weekend");
  EXPECT_NE(weekend->message.find("Næste samtale er sat til en lørdag (12. december 2026)"), std::string::npos)
      << weekend->message;
  meeting.date = Date{2026, 12, 13};
  EXPECT_TRUE(meeting_on_weekend(meeting));
  meeting.date = Date{2026, 12, 11};
  EXPECT_FALSE(meeting_on_weekend(meeting));
}

TEST(MeetingOnHoliday, NamesTheHolidayAndIsNotAlsoAWeekend) {
  MeetingTiming meeting = summons();
  meeting.role = MeetingRole::Held;
  meeting.date = Date{2027, 3, 29};
  auto holiday = meeting_on_holiday(meeting);
  ASSERT_TRUE(holiday);
  EXPECT_EQ(holiday->code, "meeting_on_holiday");
  EXPECT_NE(holiday->message.find("2. påskedag (mandag den 29. marts 2027), som er en helligdag"), std::string::npos)
      << holiday->message;
  meeting.date = Date{2027, 3, 28};  // påskedag is a Sunday: one warning, the holiday
  meeting.absence.reset();
  EXPECT_EQ(codes(meeting_warnings(meeting)), Codes{"meeting_on_holiday"});
  meeting.date = Date{2023, 5, 5};
  EXPECT_TRUE(meeting_on_holiday(meeting));
  meeting.date = Date{2024, 4, 26};
  EXPECT_FALSE(meeting_on_holiday(meeting));
}

TEST(MeetingWarnings, ReportsEveryRuleThatApplies) {
  MeetingTiming meeting = summons();
  meeting.date = Date{2026, 12, 26};  // 2. juledag, a Saturday, day 40, two working days after the letter
  meeting.document_date = Date{2026, 12, 22};
  EXPECT_EQ(codes(meeting_warnings(meeting)), (Codes{"late_meeting_7a", "short_notice", "meeting_on_holiday"}));
  ReadOptions relaxed;
  relaxed.notice_working_days = 1;
  EXPECT_EQ(codes(meeting_warnings(meeting, relaxed)), (Codes{"late_meeting_7a", "meeting_on_holiday"}));
}

TEST(HealthTextWarnings, NameTheFieldAndTheWordsGently) {
  auto found = health_text_warnings("status[1]", "status fra samtalen", "Hun tager medicin mod sin depression.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].code, "possible_health_details");
  EXPECT_EQ(found[0].path, "status[1]");
  EXPECT_EQ(found[0].severity, Severity::Warning);
  EXPECT_EQ(found[0].message.rfind("Status fra samtalen nævner »medicin« og »depression«", 0), 0u) << found[0].message;
  EXPECT_NE(found[0].message.find("helbredsoplysningsloven"), std::string::npos);
  EXPECT_TRUE(health_text_warnings("status[0]", "status", "Det går bedre, og hun kan klare flere opgaver.").empty());
}

TEST(PlanUnder8Weeks, FiresBelowFiftySixDays) {
  EXPECT_FALSE(plan_under_8_weeks("expected_return", Date{2027, 1, 4}, Date{2027, 3, 1}));  // 56 days
  auto early = plan_under_8_weeks("expected_return", Date{2027, 1, 4}, Date{2027, 2, 22});  // 49 days
  ASSERT_TRUE(early);
  EXPECT_EQ(early->code, "plan_under_8_weeks");
  EXPECT_EQ(early->path, "expected_return");
  EXPECT_NE(early->message.find("22. februar 2027, 7 uger efter første sygedag (4. januar 2027)"), std::string::npos)
      << early->message;
  EXPECT_NE(early->message.find("§ 7 b"), std::string::npos);
  auto odd = plan_under_8_weeks("expected_return", Date{2027, 1, 4}, Date{2027, 1, 14});
  ASSERT_TRUE(odd);
  EXPECT_NE(odd->message.find("10 dage efter"), std::string::npos) << odd->message;
}

TEST(EarlyCall, FiresBeforeTheDayTheCallIsNamedAfter) {
  EXPECT_FALSE(early_call("note.date", "Kontakt efter 8 dages sygefravær", 8, Date{2026, 11, 16}, Date{2026, 11, 24}));
  auto early = early_call("note.date", "Kontakt efter 8 dages sygefravær", 8, Date{2026, 11, 16}, Date{2026, 11, 17});
  ASSERT_TRUE(early);
  EXPECT_EQ(early->code, "early_call");
  EXPECT_NE(early->message.find("»Kontakt efter 8 dages sygefravær«, men samtalen 17. november 2026 ligger kun 1 dag "
                                "efter første sygedag"),
            std::string::npos)
      << early->message;
}

TEST(EarlyCertificate, FiresBeforeTheDaysOfTheSeed) {
  EXPECT_FALSE(early_certificate("document.date", "friattest", 3, Date{2026, 11, 16}, Date{2026, 11, 19}));
  auto early = early_certificate("document.date", "friattest", 3, Date{2026, 11, 17}, Date{2026, 11, 19});
  ASSERT_TRUE(early);
  EXPECT_EQ(early->code, "early_certificate");
  EXPECT_EQ(early->severity, Severity::Warning);
  EXPECT_NE(early->message.find("en friattest 19. november 2026, før fraværet (fra 17. november 2026) har varet 3 "
                                "dage"),
            std::string::npos)
      << early->message;
}

}  // namespace
}  // namespace sygedok::model
