#include "model/svar_fastholdelsesplan.h"

#include <gtest/gtest.h>

#include "model/json_schema.h"
#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

constexpr const char* kInvitation = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2027-01-06"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "requested_on": "2027-01-04",
  "answer": "invitation",
  "meeting": {"start": "2027-01-13T10:00", "end": "2027-01-13T11:00", "location": "Mødelokale 2"}
})";

constexpr const char* kNotNeeded = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2027-01-06"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "requested_on": "2027-01-04",
  "answer": "ikke_behov",
  "reason": "Du er tilbage på fuld tid fra mandag."
})";

TEST(SvarFastholdelsesplan, ReadsBothAnswers) {
  auto invitation = read_svar_fastholdelsesplan(*parse(kInvitation));
  ASSERT_TRUE(invitation.ok()) << invitation.diagnostics()[0].path << ": " << invitation.diagnostics()[0].message;
  EXPECT_EQ(invitation.value().answer, PlanAnswer::Invitation);
  ASSERT_TRUE(invitation.value().meeting);
  EXPECT_EQ(invitation.value().meeting->location, "Mødelokale 2");
  EXPECT_FALSE(invitation.value().reason);
  EXPECT_TRUE(invitation.diagnostics().empty());

  auto not_needed = read_svar_fastholdelsesplan(*parse(kNotNeeded));
  ASSERT_TRUE(not_needed.ok());
  EXPECT_EQ(not_needed.value().answer, PlanAnswer::NotNeeded);
  EXPECT_FALSE(not_needed.value().meeting);
  EXPECT_EQ(not_needed.value().reason, "Du er tilbage på fuld tid fra mandag.");
}

TEST(SvarFastholdelsesplan, EverySampleIsValidAndRaisesNoWarning) {
  EXPECT_GE(read_every_sample("svar_fastholdelsesplan", read_svar_fastholdelsesplan).size(), 2u);
}

TEST(SvarFastholdelsesplan, EachAnswerNeedsItsOwnMembersAndNoneOfTheOthers) {
  auto invitation = parse(kInvitation);
  invitation->remove("meeting");
  invitation->set("reason", "Ingen.");
  auto found = errors(read_svar_fastholdelsesplan(*invitation).diagnostics());
  EXPECT_EQ(found["meeting"], "required");
  EXPECT_EQ(found["reason"], "conflict");

  auto not_needed = parse(kNotNeeded);
  not_needed->remove("reason");
  not_needed->set("meeting", parse(R"({"start": "2027-01-13T10:00"})"));
  not_needed->set("bisidder", parse(R"({"name": "Testperson TR"})"));
  found = errors(read_svar_fastholdelsesplan(*not_needed).diagnostics());
  EXPECT_EQ(found["reason"], "required");
  EXPECT_EQ(found["meeting"], "conflict");
  EXPECT_EQ(found["bisidder"], "conflict");
}

TEST(SvarFastholdelsesplan, DatesMustFollowEachOther) {
  auto input = parse(kInvitation);
  input->set("requested_on", "2027-01-07");  // after the letter
  input->getObject("meeting")->set("start", "2027-01-06T10:00");
  input->getObject("meeting")->set("end", "2027-01-06T09:00");
  auto found = errors(read_svar_fastholdelsesplan(*input).diagnostics());
  EXPECT_EQ(found["requested_on"], "conflict");
  EXPECT_EQ(found["meeting.start"], "conflict");
  EXPECT_EQ(found["meeting.end"], "end_before_start");
  input = parse(kNotNeeded);
  input->set("absence", parse(R"({"first_day": "2027-01-05"})"));
  EXPECT_EQ(errors(read_svar_fastholdelsesplan(*input).diagnostics())["requested_on"], "conflict");
}

TEST(SvarFastholdelsesplan, TheInvitedMeetingGetsTheSummonsRules) {
  auto input = parse(kInvitation);
  input->getObject("meeting")->set("start", "2027-01-07T10:00");  // the day after the letter
  input->getObject("meeting")->set("end", "2027-01-07T11:00");
  auto reply = read_svar_fastholdelsesplan(*input);
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(warnings(reply.diagnostics())["meeting.start"], "short_notice");
}

TEST(SvarFastholdelsesplan, HealthWordsInTheReasonAreAGentleWarning) {
  auto input = parse(kNotNeeded);
  input->set("reason", "Din diagnose tilsiger det ikke.");
  EXPECT_EQ(warnings(read_svar_fastholdelsesplan(*input).diagnostics())["reason"], "possible_health_details");
}

TEST(SvarFastholdelsesplan, TheSchemaAsksForNoDiagnosis) {
  auto text = json_schema("svar_fastholdelsesplan");
  ASSERT_TRUE(text);
  expect_no_member_about_health(*json(*text).extract<Poco::JSON::Object::Ptr>());
}

}  // namespace
}  // namespace sygedok::model
