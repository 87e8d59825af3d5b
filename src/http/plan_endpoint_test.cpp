#include "http/plan_endpoint.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

TEST(PlanEndpoint, AnswersThePlanOfTheSample) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/plan", read_text_file(sample_path("opfoelgningsplan/koege-langvarig.json")));
  ASSERT_EQ(answer.status, 200) << answer.body;
  auto body = parse_object(answer.body);
  auto plan = body->getObject("plan");
  EXPECT_EQ(plan->getValue<std::string>("as_of"), "2026-12-17");
  EXPECT_EQ(plan->getArray("policies")->getObject(1)->getValue<std::string>("id"), "koege");
  bool found_7a = false;
  auto items = plan->getArray("items");
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto item = items->getObject(static_cast<unsigned>(i));
    if (item->getValue<std::string>("id") != "lov_7a_samtale") continue;
    found_7a = true;
    EXPECT_EQ(item->getValue<std::string>("latest"), "2026-12-28");
    EXPECT_EQ(item->getValue<std::string>("summons_by"), "2026-12-21");
    EXPECT_EQ(item->getValue<std::string>("state"), "due");
    // The summons to write, started: a form opens it prefilled.
    auto request = item->getObject("request");
    EXPECT_EQ(request->getObject("employee")->getValue<std::string>("name"), "Søren Ærø Åsgaard");
    EXPECT_EQ(request->getObject("meeting")->getValue<std::string>("type"), "fravaerssamtale");
    EXPECT_EQ(request->getObject("absence")->getValue<std::string>("first_day"), "2026-11-30");
  }
  EXPECT_TRUE(found_7a);
  EXPECT_EQ(body->getArray("warnings")->size(), 0u);
}

TEST(PlanEndpoint, AnswersTheCalendarFileWhenAskedFor) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/plan", read_text_file(sample_path("opfoelgningsplan/koege-langvarig.json")),
                                {{"Accept", "text/calendar"}});
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "text/calendar; charset=utf-8");
  EXPECT_EQ(answer.body.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_NE(answer.body.find("UID:lov_7a_samtale.2026-11-30."), std::string::npos);
}

TEST(PlanEndpoint, AnswersTheOverviewPdfWhenAskedFor) {
  RunningServer running;
  const std::string input = read_text_file(sample_path("opfoelgningsplan/koege-langvarig.json"));
  HttpAnswer answer = post_json(running.port(), "/v1/plan", input, {{"Accept", "application/pdf"}});
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/pdf");
  EXPECT_EQ(answer.body.rfind("%PDF-1.7", 0), 0u);
  // The same document as the kind's own route.
  EXPECT_EQ(answer.header("X-Document-SHA256"),
            post_json(running.port(), "/v1/documents/opfoelgningsplan", input).header("X-Document-SHA256"));
}

TEST(PlanEndpoint, RefusesAnImpossiblePlanWithEveryProblemAndItsPath) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/plan",
                                R"({"as_of": "2026-13-01", "policy": "ukendt", "employee": {"name": "Testa"},
                                    "absence": {"first_day": "2026-12-01", "last_day": "2026-11-01"},
                                    "held": [{"type": "kaffe", "date": "2026-12-02"}]})");
  ASSERT_EQ(answer.status, 422) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
  for (const char* path : {"\"as_of\"", "\"absence.last_day\"", "\"held[0].type\""})
    EXPECT_NE(answer.body.find(path), std::string::npos) << path << " in " << answer.body;
}

TEST(PlanEndpoint, NamesAnUnknownPolicyAndTheKnownOnes) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/plan",
                                R"({"as_of": "2026-12-01", "policy": "ukendt", "employee": {"name": "Testa"},
                                    "absence": {"first_day": "2026-11-30"}})");
  ASSERT_EQ(answer.status, 422) << answer.body;
  EXPECT_NE(answer.body.find("\"policy\""), std::string::npos);
  EXPECT_NE(answer.body.find("albertslund, dialogguide, koege, national"), std::string::npos) << answer.body;
}

}  // namespace
}  // namespace sygedok::http
