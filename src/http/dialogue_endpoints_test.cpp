#include "http/dialogue_endpoints.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

TEST(DialogueEndpoints, TheQuestionnairesArePublicData) {
  RunningServer running;
  HttpAnswer answer = get(running.port(), "/v1/dialogue/questionnaires");
  ASSERT_EQ(answer.status, 200) << answer.body;
  auto body = parse_object(answer.body);
  EXPECT_EQ(body->getArray("scale")->size(), 5u);
  EXPECT_EQ(body->getArray("building_blocks")->size(), 6u);
  auto questionnaires = body->getArray("questionnaires");
  ASSERT_EQ(questionnaires->size(), 2u);
  EXPECT_EQ(questionnaires->getObject(0)->getValue<std::string>("id"), "ledelse");
  EXPECT_EQ(questionnaires->getObject(0)->getArray("questions")->size(), 28u);
}

TEST(DialogueEndpoints, ScoresTheSamplesAnswers) {
  RunningServer running;
  HttpAnswer answer =
      post_json(running.port(), "/v1/dialogue/scores", read_text_file(sample_path("dialogresultat/ledergruppe.json")));
  ASSERT_EQ(answer.status, 200) << answer.body;
  auto body = parse_object(answer.body);
  EXPECT_EQ(body->getValue<int>("respondents"), 4);
  EXPECT_EQ(body->getArray("blocks")->size(), 6u);
  EXPECT_EQ(body->getArray("questions")->size(), 28u);
  EXPECT_EQ(body->getArray("priorities")->getObject(0)->getValue<std::string>("block"), "ordentlig_statistik");
  EXPECT_GT(body->getArray("candidates")->size(), 0u);
}

TEST(DialogueEndpoints, AScoreOutsideTheScaleIs422WithItsPath) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/dialogue/scores",
                                R"({"questionnaire": "med", "group": "G", "date": "2026-12-07",
                                    "respondents": [{"answers": {"M04": 0}}]})");
  ASSERT_EQ(answer.status, 422) << answer.body;
  auto error = parse_object(answer.body)->getArray("errors")->getObject(0);
  EXPECT_EQ(error->getValue<std::string>("path"), "respondents[0].answers.M04");
  EXPECT_EQ(error->getValue<std::string>("code"), "out_of_range");
}

TEST(DialogueEndpoints, TheHandleplansFollowUpsAsACalendarFile) {
  RunningServer running;
  HttpAnswer answer =
      post_json(running.port(), "/v1/dialogue/calendar", read_text_file(sample_path("handleplan/ledergruppe.json")));
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "text/calendar; charset=utf-8");
  EXPECT_EQ(answer.body.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_NE(answer.body.find("DTSTART;VALUE=DATE:20270315"), std::string::npos);
  EXPECT_NE(answer.body.find("DTSTART;VALUE=DATE:20271206"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::http
