#include "plan/plan_request.h"

#include <gtest/gtest.h>

#include "model/json_input.h"
#include "model/json_schema.h"
#include "plan/policy.h"

namespace sygedok::plan {
namespace {

Result<PlanRequest> read(const std::string& json) {
  auto parsed = model::parse_json_object(json);
  EXPECT_TRUE(parsed);
  return read_plan_request(*parsed.value());
}

bool has(const Diagnostics& diagnostics, const std::string& path, const std::string& code) {
  for (const auto& d : diagnostics)
    if (d.path == path && d.code == code) return true;
  return false;
}

TEST(PlanRequest, ReadsTheSickLeaveAndWhatWasDoneInDateOrder) {
  auto request = read(R"({"as_of": "2026-12-17", "policy": "koege", "employee": {"name": "Testa Testesen"},
      "absence": {"first_day": "2026-11-30", "expected_over_4_weeks": true,
                  "partial_return": [{"from": "2026-12-14"}]},
      "held": [{"type": "opringning", "date": "2026-12-08"}, {"type": "opringning", "date": "2026-12-03"}]})");
  ASSERT_TRUE(request);
  EXPECT_EQ(*request.value().policy, "koege");
  EXPECT_EQ(request.value().absence->expected_over_4_weeks, true);
  EXPECT_FALSE(request.value().absence->expected_over_8_weeks);
  ASSERT_EQ(request.value().held.size(), 2u);
  EXPECT_EQ(request.value().held[0].path, "held[1]");  // 3 December first
  EXPECT_EQ(request.value().absence->partial_return.size(), 1u);
}

TEST(PlanRequest, NeedsTheSickLeaveOrTheAbsenceHistory) {
  auto request = read(R"({"as_of": "2026-12-17", "employee": {"name": "Testa"}})");
  ASSERT_FALSE(request);
  EXPECT_TRUE(has(request.diagnostics(), "", "required"));
}

TEST(PlanRequest, RefusesWhatCannotBeTrue) {
  auto request = read(R"({"as_of": "2026-12-17", "employee": {"name": "Testa"},
      "absence": {"first_day": "2026-11-30", "last_day": "2026-11-01",
                  "expected_over_4_weeks": false, "expected_over_8_weeks": true},
      "held": [{"type": "statussamtale", "date": "2026-12-18"}, {"type": "diagnose", "date": "2026-12-01"}],
      "diagnose": "x"})");
  ASSERT_FALSE(request);
  const auto& d = request.diagnostics();
  EXPECT_TRUE(has(d, "absence.last_day", "end_before_start"));
  EXPECT_TRUE(has(d, "absence.expected_over_8_weeks", "conflict"));
  EXPECT_TRUE(has(d, "held[0].date", "after_as_of"));
  EXPECT_TRUE(has(d, "held[1].type", "unknown_value"));
  EXPECT_TRUE(has(d, "diagnose", "unknown_field"));
}

// The schema declares the same event types as the reader accepts.
TEST(PlanRequest, TheSchemaListsTheEventTypesTheReaderKnows) {
  auto schema = model::json_schema("opfoelgningsplan");
  ASSERT_TRUE(schema);
  auto parsed = model::parse_json_object(*schema);
  ASSERT_TRUE(parsed);
  auto types = parsed.value()->getObject("properties")->getObject("held")->getObject("items")
                   ->getObject("properties")->getObject("type")->getArray("oneOf");
  ASSERT_EQ(types->size(), kEventTypeCodes.size());
  for (std::size_t i = 0; i < kEventTypeCodes.size(); ++i)
    EXPECT_EQ(types->getObject(static_cast<unsigned>(i))->getValue<std::string>("const"), kEventTypeCodes[i]);
}

}  // namespace
}  // namespace sygedok::plan
