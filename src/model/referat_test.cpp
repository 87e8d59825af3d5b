#include "model/referat.h"

#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include <map>

#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

constexpr const char* kMinimal = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2026-11-22"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "meeting": {"type": "omsorgssamtale", "start": "2026-12-07T10:00", "location": "Mødelokale 2"},
  "status": ["Det går bedre."]
})";

TEST(Referat, ReadsAMinimalReferatWithDefaults) {
  auto referat = read_referat(*parse(kMinimal));
  ASSERT_TRUE(referat.ok()) << referat.diagnostics()[0].path << ": " << referat.diagnostics()[0].message;
  const Referat& r = referat.value();
  EXPECT_EQ(r.sender.cvr, "12345674");
  EXPECT_FALSE(r.sender.unit);
  EXPECT_EQ(r.document.date, (Date{2026, 11, 22}));
  EXPECT_EQ(r.meeting.type, MeetingType::Omsorgssamtale);
  EXPECT_FALSE(r.meeting.end);
  EXPECT_TRUE(r.signed_at_meeting);
  EXPECT_TRUE(r.read_aloud);
  EXPECT_FALSE(r.recorded);
  EXPECT_FALSE(r.bisidder);
  EXPECT_TRUE(r.agreements.empty());
  EXPECT_TRUE(referat.diagnostics().empty());
}

TEST(Referat, ReportsEveryProblemInOneGo) {
  auto referat = read_referat(*parse(R"({
    "sender": {"name": "Eksempel Kommune", "address": "", "cvr": "12345678"},
    "document": {"date": "22-11-2026"},
    "employee": {"cpr": "310299-0000"},
    "meeting": {"type": "kaffesnak", "start": "2026-12-07T10:00", "end": "2026-12-07T09:00", "location": "Her"},
    "status": [],
    "agreements": [
      {"what": "Plan udarbejdes", "who": "Mette", "when": "Uge 50"},
      {"what": "", "who": "Søren", "when": "2026-13-01"},
      {"what": "Bord bestilles", "who": "Jens"},
      {"what": "Erklæring", "who": "Søren", "when": "Uge 50", "deadline": "2026-12-11"}
    ],
    "next_meeting": {"type": "statussamtale", "start": "2026-12-01T09:00"},
    "signed_at_meeting": "ja",
    "colour": "blå"
  })"));
  ASSERT_FALSE(referat.ok());
  auto codes = errors(referat.diagnostics());
  const std::map<std::string, std::string> expected = {
      {"sender.address", "empty"},
      {"sender.cvr", "invalid_cvr"},
      {"document.date", "invalid_date"},
      {"employee.name", "required"},
      {"employee.cpr", "invalid_cpr"},
      {"manager", "required"},
      {"meeting.type", "unknown_value"},
      {"meeting.end", "end_before_start"},
      {"status", "empty"},
      {"agreements[1].what", "empty"},
      {"agreements[1].when", "invalid_date"},
      {"agreements[2].when", "required"},
      {"agreements[3].deadline", "conflict"},
      {"next_meeting.start", "before_meeting"},
      {"signed_at_meeting", "wrong_type"},
  };
  EXPECT_EQ(codes, expected);
  bool warned_colour = false;
  for (const auto& d : referat.diagnostics())
    if (d.path == "colour") warned_colour = d.severity == Severity::Warning && d.code == "unknown_field";
  EXPECT_TRUE(warned_colour);
  for (const auto& d : referat.diagnostics()) EXPECT_FALSE(d.message.empty()) << d.path;
}

TEST(Referat, MessagesAreDanishSentencesForAManager) {
  auto input = parse(kMinimal);
  input->getObject("employee")->remove("name");
  auto referat = read_referat(*input);
  ASSERT_FALSE(referat.ok());
  ASSERT_EQ(referat.diagnostics().size(), 1u);
  EXPECT_EQ(referat.diagnostics()[0].path, "employee.name");
  EXPECT_EQ(referat.diagnostics()[0].message, "Medarbejderens navn mangler.");
}

TEST(Referat, TheEmployeesPhoneIsOptionalAndAtMost40Characters) {
  auto input = parse(kMinimal);
  input->getObject("employee")->set("phone", " 12 34 56 78 ");
  auto referat = read_referat(*input);
  ASSERT_TRUE(referat.ok());
  EXPECT_EQ(referat.value().employee.phone, "12 34 56 78");
  EXPECT_FALSE(read_referat(*parse(kMinimal)).value().employee.phone);

  input->getObject("employee")->set("phone", std::string(41, '1'));
  auto too_long = read_referat(*input);
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.diagnostics()[0].path, "employee.phone");
  EXPECT_EQ(too_long.diagnostics()[0].code, "too_long");
}

TEST(Referat, AgreementTimesAreADateFreeTextOrADeadline) {
  auto input = parse(kMinimal);
  Poco::JSON::Parser parser;
  input->set("agreements", parser.parse(R"([
      {"what": "a", "who": "b", "when": "2026-12-14"},
      {"what": "c", "who": "d", "when": "Uge 50"},
      {"what": "e", "who": "f", "deadline": "2026-12-11"}])"));
  auto referat = read_referat(*input);
  ASSERT_TRUE(referat.ok());
  const auto& agreements = referat.value().agreements;
  ASSERT_EQ(agreements.size(), 3u);
  EXPECT_EQ(agreements[0].on, (Date{2026, 12, 14}));
  EXPECT_FALSE(agreements[0].when_text);
  EXPECT_EQ(agreements[1].when_text, "Uge 50");
  EXPECT_EQ(agreements[2].deadline, (Date{2026, 12, 11}));
}

TEST(Referat, NextMeetingAndItsTextExcludeEachOther) {
  auto input = parse(kMinimal);
  Poco::JSON::Parser parser;
  input->set("next_meeting", parser.parse(R"({"type": "statussamtale", "start": "2027-01-04T09:00"})"));
  input->set("next_meeting_text", std::string("Vi aftaler en ny tid senere."));
  auto referat = read_referat(*input);
  ASSERT_FALSE(referat.ok());
  EXPECT_EQ(errors(referat.diagnostics()),
            (std::map<std::string, std::string>{{"next_meeting_text", "conflict"}}));
}

TEST(Referat, WarnsAboutAFravaerssamtaleLaterThanFourWeeksAfterTheFirstSickDay) {
  auto input = parse(kMinimal);
  Poco::JSON::Parser parser;
  input->getObject("meeting")->set("type", std::string("fravaerssamtale"));
  input->set("absence", parser.parse(R"({"first_day": "2026-11-02"})"));  // 35 days before 7 December
  auto referat = read_referat(*input);
  ASSERT_TRUE(referat.ok());
  ASSERT_TRUE(referat.value().absence);
  EXPECT_EQ(referat.value().absence->first_day, (Date{2026, 11, 2}));
  EXPECT_EQ(warnings(referat.diagnostics()),
            (std::map<std::string, std::string>{{"meeting.start", "late_meeting_7a"}}));
  input->set("absence", parser.parse(R"({"first_day": "2026-11-09"})"));  // exactly 4 weeks
  EXPECT_TRUE(read_referat(*input).diagnostics().empty());
}

TEST(Referat, AnAbsenceWithoutAValidFirstDayIsAnError) {
  auto input = parse(kMinimal);
  Poco::JSON::Parser parser;
  input->set("absence", parser.parse(R"({"first_day": "2. november", "cause": "x"})"));
  auto referat = read_referat(*input);
  ASSERT_FALSE(referat.ok());
  EXPECT_EQ(errors(referat.diagnostics()),
            (std::map<std::string, std::string>{{"absence.first_day", "invalid_date"}}));
  EXPECT_EQ(warnings(referat.diagnostics()),
            (std::map<std::string, std::string>{{"absence.cause", "unknown_field"}}));
}

TEST(Referat, WarnsAboutTheNextMeetingOnAHolidayOrBeforeTheReferat) {
  auto input = parse(kMinimal);
  Poco::JSON::Parser parser;
  input->set("next_meeting", parser.parse(R"({"type": "statussamtale", "start": "2026-12-25T09:00"})"));
  EXPECT_EQ(warnings(read_referat(*input).diagnostics()),
            (std::map<std::string, std::string>{{"next_meeting.start", "meeting_on_holiday"}}));
  input->getObject("document")->set("date", std::string("2026-12-29"));
  input->set("next_meeting", parser.parse(R"({"type": "statussamtale", "start": "2026-12-28T09:00"})"));
  EXPECT_EQ(warnings(read_referat(*input).diagnostics()),
            (std::map<std::string, std::string>{{"next_meeting.start", "meeting_in_past"}}));
}

TEST(Referat, WarnsGentlyAboutHealthDetailsInTheManagersTextButNotInTheEmployeesComments) {
  auto input = parse(kMinimal);
  Poco::JSON::Parser parser;
  input->set("status", parser.parse(R"(["Det går bedre.", "Hun er i behandling for depression."])"));
  input->set("agreements",
             parser.parse(R"([{"what": "Medicinen tages om morgenen", "who": "Anna", "when": "Løbende"}])"));
  input->set("employee_comments", parser.parse(R"(["Jeg har selv fortalt om min depression."])"));
  auto referat = read_referat(*input);
  ASSERT_TRUE(referat.ok());
  EXPECT_EQ(warnings(referat.diagnostics()),
            (std::map<std::string, std::string>{{"status[1]", "possible_health_details"},
                                                {"agreements[0].what", "possible_health_details"}}));
  // The text itself is never changed.
  EXPECT_EQ(referat.value().status[1], "Hun er i behandling for depression.");
}

TEST(Referat, TheSamplesAreValid) {
  auto referater = read_every_sample("referat", read_referat);
  EXPECT_TRUE(referater.count("fravaerssamtale"));
  EXPECT_TRUE(referater.count("statussamtale-lang"));
}

TEST(Referat, TheLongSampleIsLongAndNotSignedAtTheMeeting) {
  auto referat =
      read_referat(*parse(read_file(std::string(SYGEDOK_SOURCE_DIR) + "/samples/referat/statussamtale-lang.json")));
  ASSERT_TRUE(referat.ok());
  EXPECT_GE(referat.value().agreements.size(), 30u);
  EXPECT_GE(referat.value().status.size(), 3u);
  EXPECT_FALSE(referat.value().signed_at_meeting);
  EXPECT_FALSE(referat.value().employee_comments.empty());
}

}  // namespace
}  // namespace sygedok::model
