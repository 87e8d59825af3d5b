#include "model/indkaldelse.h"

#include <gtest/gtest.h>

#include <map>

#include "model/notat.h"
#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

// A Wednesday meeting, five working days after the letter.
constexpr const char* kMinimal = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2026-11-25"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "meeting": {"type": "omsorgssamtale", "start": "2026-12-02T10:00", "end": "2026-12-02T11:00",
              "location": "Mødelokale 2"}
})";

TEST(Indkaldelse, ReadsAMinimalSummonsWithDefaults) {
  auto letter = read_indkaldelse(*parse(kMinimal));
  ASSERT_TRUE(letter.ok()) << letter.diagnostics()[0].path << ": " << letter.diagnostics()[0].message;
  const Indkaldelse& l = letter.value();
  EXPECT_EQ(l.meeting.type, MeetingType::Omsorgssamtale);
  EXPECT_EQ(l.meeting.form, ConversationForm::InPerson);
  EXPECT_EQ(l.meeting.location, "Mødelokale 2");
  EXPECT_EQ(l.meeting.end, (DateTime{{2026, 12, 2}, 11, 0}));
  EXPECT_FALSE(l.employee.first_name);
  EXPECT_TRUE(l.employee.address.empty());
  EXPECT_FALSE(l.bisidder);
  EXPECT_TRUE(l.absence_periods.empty());
  EXPECT_FALSE(l.absence);
  EXPECT_TRUE(letter.diagnostics().empty());
}

TEST(Indkaldelse, EverySampleIsValidAndRaisesNoWarning) {
  EXPECT_GE(read_every_sample("indkaldelse", read_indkaldelse).size(), 7u);
}

TEST(Indkaldelse, ReadsTheMulighedserklaeringConversation) {
  std::string json = kMinimal;
  json.replace(json.find("omsorgssamtale"), 14, "mulighedserklaering");
  auto letter = read_indkaldelse(*parse(json));
  ASSERT_TRUE(letter.ok());
  EXPECT_EQ(letter.value().meeting.type, MeetingType::Mulighedserklaering);
  EXPECT_EQ(meeting_type_label(MeetingType::Mulighedserklaering), "Samtale om mulighedserklæring");
  EXPECT_EQ(meeting_type_code(MeetingType::Mulighedserklaering), "mulighedserklaering");
}

TEST(Indkaldelse, ReportsEveryProblemInOneGo) {
  auto letter = read_indkaldelse(*parse(R"({
    "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1", "cvr": "12345678"},
    "document": {"date": "2026-11-31"},
    "employee": {"first_name": "Ana", "address": "Engvej 14"},
    "manager": {"name": "Testleder Øst"},
    "meeting": {"type": "spredt_fravaer", "start": "2026-12-08T10:00", "end": "2026-12-08T09:00",
                "form": "fremmoede", "phone": "12 34 56 78"},
    "participants": [{"role": "HR-konsulent"}],
    "topics": "Vagtplanen",
    "reply_by": "2026-12-09",
    "colour": "blå"
  })"));
  ASSERT_FALSE(letter.ok());
  const std::map<std::string, std::string> expected = {
      {"sender.cvr", "invalid_cvr"},
      {"document.date", "invalid_date"},
      {"employee.name", "required"},
      {"employee.address", "wrong_type"},
      {"meeting.end", "end_before_start"},
      {"meeting.location", "required"},
      {"meeting.phone", "conflict"},
      {"participants[0].name", "required"},
      {"topics", "wrong_type"},
      {"absence_periods", "required"},
      {"reply_by", "conflict"},
  };
  EXPECT_EQ(errors(letter.diagnostics()), expected);
  EXPECT_EQ(warnings(letter.diagnostics()), (std::map<std::string, std::string>{{"colour", "unknown_field"}}));
  for (const auto& d : letter.diagnostics()) EXPECT_FALSE(d.message.empty()) << d.path;
}

TEST(Indkaldelse, MessagesAreDanishSentencesForAManager) {
  auto input = parse(kMinimal);
  input->getObject("meeting")->remove("location");
  auto letter = read_indkaldelse(*input);
  ASSERT_FALSE(letter.ok());
  ASSERT_EQ(letter.diagnostics().size(), 1u);
  EXPECT_EQ(letter.diagnostics()[0].path, "meeting.location");
  EXPECT_EQ(letter.diagnostics()[0].message, "Samtalens sted mangler.");
}

TEST(Indkaldelse, AbsencePeriodsAreCheckedOneByOne) {
  auto input = parse(kMinimal);
  input->getObject("meeting")->set("type", std::string("spredt_fravaer"));
  input->set("absence_periods", json(R"([
      {"from": "2026-10-14", "to": "2026-10-12"},
      {"from": "2026-10-01", "days": 5},
      {"to": "2026-10-01"},
      {"from": "2026-10-01", "days": "2"},
      {"from": "2026-10-01", "days": 0},
      {"from": "2026-10-05", "to": "2026-10-06", "days": 1.5}])"));
  auto letter = read_indkaldelse(*input);
  ASSERT_FALSE(letter.ok());
  const std::map<std::string, std::string> expected = {
      {"absence_periods[0].to", "end_before_start"}, {"absence_periods[1].days", "conflict"},
      {"absence_periods[2].from", "required"},       {"absence_periods[3].days", "wrong_type"},
      {"absence_periods[4].days", "out_of_range"},
  };
  EXPECT_EQ(errors(letter.diagnostics()), expected);
  for (const auto& d : letter.diagnostics()) {
    if (d.path == "absence_periods[1].days") {
      EXPECT_EQ(d.message, "Fraværsperiode nr. 2 har 5 fraværsdage, men perioden har kun 1 dag.");
    }
  }
}

TEST(Indkaldelse, AbsencePeriodsCountWorkingDaysUnlessTheirDaysAreGiven) {
  auto input = parse(kMinimal);
  input->getObject("meeting")->set("type", std::string("spredt_fravaer"));
  input->set("absence_periods", json(R"([{"from": "2026-10-30", "to": "2026-11-02"},
                                         {"from": "2026-11-20", "to": "2026-11-23", "days": 2.5},
                                         {"from": "2026-11-24"}])"));
  auto letter = read_indkaldelse(*input);
  ASSERT_TRUE(letter.ok());
  const auto& periods = letter.value().absence_periods;
  ASSERT_EQ(periods.size(), 3u);
  EXPECT_EQ(letter.value().absence_day_count, AbsenceDayCount::WorkingDays);
  EXPECT_EQ(absence_days(periods[0], AbsenceDayCount::WorkingDays), 2.0);  // Friday to Monday
  EXPECT_EQ(absence_days(periods[0], AbsenceDayCount::CalendarDays), 4.0);
  EXPECT_EQ(absence_days(periods[1], AbsenceDayCount::WorkingDays), 2.5);  // as the absence system counted
  EXPECT_EQ(periods[2].to, (Date{2026, 11, 24}));
  EXPECT_EQ(absence_days(periods[2], AbsenceDayCount::WorkingDays), 1.0);
  EXPECT_EQ(read_indkaldelse(*input, {.absence_day_count = AbsenceDayCount::CalendarDays}).value().absence_day_count,
            AbsenceDayCount::CalendarDays);
}

TEST(AbsenceDays, LeaveOutWeekendsAndDanishPublicHolidays) {
  const auto days = [](Date from, Date to) {
    return absence_days(AbsencePeriod{from, to, std::nullopt}, AbsenceDayCount::WorkingDays);
  };
  EXPECT_EQ(days({2027, 3, 22}, {2027, 3, 31}), 5.0);  // Easter 2027: Maundy Thursday to Easter Monday are holidays
  EXPECT_EQ(days({2026, 12, 21}, {2026, 12, 27}), 4.0);  // 24 December is a working day, 25 December is not
  EXPECT_EQ(days({2026, 5, 14}, {2026, 5, 15}), 1.0);    // Ascension Day 2026, then Friday
  EXPECT_EQ(days({2026, 11, 7}, {2026, 11, 8}), 0.0);    // a weekend
}

TEST(Indkaldelse, PhoneAndVideoMeetingsNeedNoPlaceButTheirOwnDetails) {
  auto input = parse(kMinimal);
  auto meeting = input->getObject("meeting");
  meeting->remove("location");
  meeting->set("form", std::string("telefon"));
  meeting->set("phone", std::string("87 65 43 21"));
  auto by_phone = read_indkaldelse(*input);
  ASSERT_TRUE(by_phone.ok());
  EXPECT_EQ(by_phone.value().meeting.form, ConversationForm::Phone);
  EXPECT_EQ(by_phone.value().meeting.phone, "87 65 43 21");
  EXPECT_FALSE(by_phone.value().meeting.location);

  meeting->set("form", std::string("video"));
  auto wrong = read_indkaldelse(*input);
  EXPECT_EQ(errors(wrong.diagnostics()), (std::map<std::string, std::string>{{"meeting.phone", "conflict"}}));

  meeting->remove("phone");
  meeting->set("link", std::string("moede.example/123"));
  EXPECT_EQ(errors(read_indkaldelse(*input).diagnostics()),
            (std::map<std::string, std::string>{{"meeting.link", "invalid_link"}}));
  meeting->set("link", std::string("https://moede.example/123"));
  auto by_video = read_indkaldelse(*input);
  ASSERT_TRUE(by_video.ok());
  EXPECT_EQ(by_video.value().meeting.link, "https://moede.example/123");

  meeting->set("form", std::string("skype"));
  EXPECT_EQ(errors(read_indkaldelse(*input).diagnostics()),
            (std::map<std::string, std::string>{{"meeting.form", "unknown_value"}}));
}

TEST(Indkaldelse, DatesAroundTheMeetingMustComeBeforeIt) {
  auto input = parse(kMinimal);
  input->set("previous_meeting", std::string("2026-12-02"));
  input->set("reply_by", std::string("2026-11-20"));
  input->set("absence", json(R"({"first_day": "2026-12-03"})"));
  auto letter = read_indkaldelse(*input);
  EXPECT_EQ(errors(letter.diagnostics()), (std::map<std::string, std::string>{{"previous_meeting", "conflict"},
                                                                              {"reply_by", "conflict"},
                                                                              {"absence.first_day", "conflict"}}));
}

TEST(Indkaldelse, AnEmploymentEndIsReadAndMayNotComeBeforeTheFirstSickDay) {
  auto input = parse(kMinimal);
  input->getObject("meeting")->set("type", std::string("fravaerssamtale"));
  input->set("absence", json(R"({"first_day": "2026-11-23", "employment_ends": "2026-11-20"})"));
  EXPECT_EQ(errors(read_indkaldelse(*input).diagnostics()),
            (std::map<std::string, std::string>{{"absence.employment_ends", "before_first_day"}}));
  input->set("absence", json(R"({"first_day": "2026-11-23", "employment_ends": "2027-01-15"})"));
  auto letter = read_indkaldelse(*input);
  ASSERT_TRUE(letter.ok());
  EXPECT_EQ(letter.value().absence->employment_ends, (Date{2027, 1, 15}));
  bool not_required = false;
  for (const auto& d : letter.diagnostics()) not_required = not_required || d.code == "section_7a_not_required";
  EXPECT_TRUE(not_required) << "leaving 53 days after the first sick day";
}

TEST(Indkaldelse, ReadsTheLetterMembersOfTheEmployeeThatOtherKindsDoNotKnow) {
  auto input = parse(kMinimal);
  input->getObject("employee")->set("first_name", std::string("Ærø"));
  input->getObject("employee")->set("address", json(R"(["Engvej 14, 1. tv.", "9999 Eksempelby"])"));
  auto letter = read_indkaldelse(*input);
  ASSERT_TRUE(letter.ok());
  EXPECT_EQ(letter.value().employee.first_name, "Ærø");
  EXPECT_EQ(letter.value().employee.address, (std::vector<std::string>{"Engvej 14, 1. tv.", "9999 Eksempelby"}));

  input->getObject("employee")->set("address", json(R"(["1", "2", "3", "4", "5", "6"])"));
  EXPECT_EQ(errors(read_indkaldelse(*input).diagnostics()),
            (std::map<std::string, std::string>{{"employee.address", "too_many"}}));

  // A notat is no letter: there the same members are unknown.
  auto notat_input = parse(R"({
    "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
    "document": {"date": "2026-11-25"},
    "employee": {"name": "Testperson Ærø", "first_name": "Ærø"},
    "manager": {"name": "Testleder Øst"},
    "note": {"type": "kontakt_6_dag", "date": "2026-11-25"},
    "summary": ["Det går bedre."]
  })");
  EXPECT_EQ(warnings(read_notat(*notat_input).diagnostics()),
            (std::map<std::string, std::string>{{"employee.first_name", "unknown_field"}}));
}

TEST(Indkaldelse, TheSummonedMeetingAndTheFreeTextGetTheWarningRules) {
  auto input = parse(kMinimal);
  input->getObject("meeting")->set("start", std::string("2026-12-05T10:00"));  // a Saturday
  input->getObject("meeting")->set("end", std::string("2026-12-05T11:00"));
  input->set("topics", json(R"(["Din medicin og arbejdstiden"])"));
  auto letter = read_indkaldelse(*input);
  ASSERT_TRUE(letter.ok());
  EXPECT_EQ(warnings(letter.diagnostics()),
            (std::map<std::string, std::string>{{"meeting.start", "meeting_on_weekend"},
                                                {"topics[0]", "possible_health_details"}}));

  input = parse(kMinimal);
  input->getObject("meeting")->set("type", std::string("fravaerssamtale"));
  input->set("absence", json(R"({"first_day": "2026-11-02"})"));  // 30 days before the meeting
  EXPECT_EQ(warnings(read_indkaldelse(*input).diagnostics()),
            (std::map<std::string, std::string>{{"meeting.start", "late_meeting_7a"}}));
}

}  // namespace
}  // namespace sygedok::model
