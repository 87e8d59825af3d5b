#include "model/fastholdelsesplan.h"

#include <gtest/gtest.h>

#include <map>

#include "model/json_schema.h"
#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

constexpr const char* kMinimal = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2027-03-05"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "absence": {"first_day": "2027-01-18"},
  "requested_on": "2027-03-01",
  "schedule": [{"from": "2027-03-08", "hours_per_week": 37, "tasks": "Alle sædvanlige opgaver"}],
  "follow_up": [{"date": "2027-03-19", "what": "Status"}]
})";

using Codes = std::map<std::string, std::string>;

TEST(Fastholdelsesplan, ReadsAMinimalPlan) {
  auto plan = read_fastholdelsesplan(*parse(kMinimal));
  ASSERT_TRUE(plan.ok()) << plan.diagnostics()[0].path << ": " << plan.diagnostics()[0].message;
  const Fastholdelsesplan& p = plan.value();
  EXPECT_EQ(p.absence.first_day, (Date{2027, 1, 18}));
  EXPECT_EQ(p.requested_on, (Date{2027, 3, 1}));
  EXPECT_FALSE(p.expected_return);
  ASSERT_EQ(p.schedule.size(), 1u);
  EXPECT_EQ(p.schedule[0].hours_per_week, 37);
  EXPECT_FALSE(p.schedule[0].to);
  EXPECT_FALSE(p.jobcenter);
  ASSERT_EQ(p.follow_up.size(), 1u);
  EXPECT_FALSE(p.follow_up[0].at);
  EXPECT_TRUE(plan.diagnostics().empty());
}

TEST(Fastholdelsesplan, ReadsFollowUpsWithATimeAndTheJobcenter) {
  auto input = parse(kMinimal);
  input->set("follow_up", json(R"([{"date": "2027-03-19T10:30", "what": "Status"}])"));
  input->set("jobcenter", json(R"({"involvement": "Første samtale 15. marts.", "section_56": "bevilget"})"));
  input->set("schedule", json(R"([
      {"from": "2027-03-08", "to": "2027-03-21", "hours_per_week": 18.5, "tasks": "Lette opgaver"},
      {"from": "2027-03-22", "hours_per_week": 37, "tasks": "Alt"}])"));
  auto plan = read_fastholdelsesplan(*input);
  ASSERT_TRUE(plan.ok()) << plan.diagnostics()[0].path << ": " << plan.diagnostics()[0].message;
  ASSERT_TRUE(plan.value().follow_up[0].at);
  EXPECT_EQ(plan.value().follow_up[0].at->hour, 10);
  EXPECT_EQ(plan.value().follow_up[0].at->minute, 30);
  EXPECT_EQ(plan.value().follow_up[0].date, (Date{2027, 3, 19}));
  ASSERT_TRUE(plan.value().jobcenter);
  EXPECT_EQ(plan.value().jobcenter->section_56, Section56::Bevilget);
  EXPECT_EQ(plan.value().schedule[0].hours_per_week, 18.5);
  EXPECT_EQ(plan.value().schedule[0].to, (Date{2027, 3, 21}));
}

TEST(Fastholdelsesplan, ReportsEveryProblemInOneGo) {
  auto plan = read_fastholdelsesplan(*parse(R"({
    "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "1234567"},
    "document": {"date": "2027-02-26"},
    "employee": {"name": "Testperson Ærø"},
    "absence": {"first_day": "2027-01-18"},
    "requested_on": "2027-03-01",
    "expected_return": "2027-01-10",
    "diagnosis": "må ikke stå her",
    "schedule": [
      {"from": "2027-01-11", "to": "2027-01-31", "hours_per_week": 10, "tasks": "Lette opgaver"},
      {"from": "2027-02-22", "hours_per_week": "20", "tasks": "Flere opgaver"},
      {"from": "2027-03-22", "to": "2027-03-08", "hours_per_week": 80, "tasks": ""},
      {"from": "2027-03-01", "to": "2027-03-31", "hours_per_week": 30, "tasks": "Næsten alt"}
    ],
    "jobcenter": {"section_56": "maaske"},
    "follow_up": [{"date": "2027-03-19T25:00", "what": "Status"}, {"what": "Uden dato"}]
  })"));
  ASSERT_FALSE(plan.ok());
  const Codes expected = {
      {"sender.cvr", "invalid_cvr"},
      {"manager", "required"},
      {"requested_on", "conflict"},  // after the plan's own date
      {"expected_return", "conflict"},
      {"schedule[0].from", "conflict"},  // before the first sick day
      {"schedule[1].hours_per_week", "wrong_type"},
      {"schedule[2].to", "end_before_start"},
      {"schedule[2].hours_per_week", "out_of_range"},
      {"schedule[2].tasks", "empty"},
      {"jobcenter.section_56", "unknown_value"},
      {"follow_up[0].date", "invalid_date_time"},
      {"follow_up[1].date", "required"},
  };
  EXPECT_EQ(errors(plan.diagnostics()), expected);
  EXPECT_EQ(warnings(plan.diagnostics()), (Codes{{"diagnosis", "unknown_field"}}));
  for (const auto& d : plan.diagnostics()) EXPECT_FALSE(d.message.empty()) << d.path;
}

TEST(Fastholdelsesplan, StepsComeInOrderAndOnlyTheLastIsOpen) {
  auto input = parse(kMinimal);
  input->set("schedule", json(R"([
      {"from": "2027-03-08", "hours_per_week": 10, "tasks": "a"},
      {"from": "2027-03-15", "to": "2027-03-28", "hours_per_week": 20, "tasks": "b"},
      {"from": "2027-03-28", "hours_per_week": 37, "tasks": "c"}])"));
  auto plan = read_fastholdelsesplan(*input);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(errors(plan.diagnostics()),
            (Codes{{"schedule[0].to", "required"}, {"schedule[2].from", "conflict"}}));
}

TEST(Fastholdelsesplan, RequiresAScheduleAndAFollowUp) {
  auto input = parse(kMinimal);
  input->set("schedule", json("[]"));
  input->remove("follow_up");
  input->remove("absence");
  auto plan = read_fastholdelsesplan(*input);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(errors(plan.diagnostics()),
            (Codes{{"schedule", "empty"}, {"follow_up", "required"}, {"absence", "required"}}));
}

TEST(Fastholdelsesplan, WarnsAboutAnAbsenceExpectedUnderEightWeeks) {
  auto input = parse(kMinimal);
  input->set("expected_return", std::string("2027-03-08"));  // 7 weeks
  auto plan = read_fastholdelsesplan(*input);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(warnings(plan.diagnostics()), (Codes{{"expected_return", "plan_under_8_weeks"}}));
  input->set("expected_return", std::string("2027-03-15"));  // 8 weeks
  EXPECT_TRUE(read_fastholdelsesplan(*input).diagnostics().empty());
}

TEST(Fastholdelsesplan, WarnsAboutFollowUpsInThePastAtWeekendsOrOnHolidays) {
  auto input = parse(kMinimal);
  input->set("follow_up", json(R"([
      {"date": "2027-03-04", "what": "a"},
      {"date": "2027-03-20T10:00", "what": "b"},
      {"date": "2027-03-26", "what": "c"},
      {"date": "2027-03-30", "what": "d"}])"));
  auto plan = read_fastholdelsesplan(*input);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(warnings(plan.diagnostics()), (Codes{{"follow_up[0].date", "meeting_in_past"},
                                                 {"follow_up[1].date", "meeting_on_weekend"},
                                                 {"follow_up[2].date", "meeting_on_holiday"}}));
}

TEST(Fastholdelsesplan, WarnsAboutHealthDetailsInEveryFreeText) {
  auto input = parse(kMinimal);
  input->set("goal", std::string("Tilbage efter operationen."));
  input->set("aids", json(R"(["Hæve-sænkebord", "Plads til medicin i køleskabet"])"));
  input->set("colleagues", std::string("Kollegaerne får at vide, at hun har kræft."));
  input->set("jobcenter", json(R"({"involvement": "Jobcentret kender diagnosen."})"));
  auto plan = read_fastholdelsesplan(*input);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(warnings(plan.diagnostics()),
            (Codes{{"goal", "possible_health_details"},
                   {"aids[1]", "possible_health_details"},
                   {"colleagues", "possible_health_details"},
                   {"jobcenter.involvement", "possible_health_details"}}));
}

TEST(Fastholdelsesplan, TheSamplesAreValidWithoutWarnings) {
  auto plans = read_every_sample("fastholdelsesplan", read_fastholdelsesplan);
  for (const char* name : {"kort", "lang"}) {
    ASSERT_TRUE(plans.count(name)) << name;
    EXPECT_GE(plans.at(name).schedule.size(), 3u) << name;
  }
}

TEST(Fastholdelsesplan, TheSchemaHasEveryMemberOfTheLongSampleAndNoDiagnosis) {
  auto text = json_schema("fastholdelsesplan");
  ASSERT_TRUE(text);
  auto schema = json(*text).extract<Poco::JSON::Object::Ptr>();
  auto input = json(read_file(std::string(SYGEDOK_SOURCE_DIR) + "/samples/fastholdelsesplan/lang.json"))
                   .extract<Poco::JSON::Object::Ptr>();
  std::vector<std::string> members;
  input->getNames(members);
  for (const auto& member : members) EXPECT_TRUE(schema->getObject("properties")->has(member)) << member;
  expect_no_member_about_health(*schema);
}

}  // namespace
}  // namespace sygedok::model
