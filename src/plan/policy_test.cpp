#include "plan/policy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "plan/policy_set.h"

namespace sygedok::plan {
namespace {

std::string messages(const Diagnostics& diagnostics) {
  std::string all;
  for (const auto& d : diagnostics) all += d.code + ": " + d.message + "\n";
  return all;
}

TEST(PolicySet, LoadsTheBuiltInPoliciesWithTheLawAmongThem) {
  auto set = PolicySet::load();
  ASSERT_TRUE(set) << messages(set.diagnostics());
  EXPECT_EQ(set.value()->ids(), (std::vector<std::string>{"albertslund", "dialogguide", "koege", "national"}));
  EXPECT_EQ(set.value()->national().rules.front().id, "lov_7a_samtale");
}

TEST(PolicySet, EveryRuleNamesItsSourceAndPurpose) {
  auto set = PolicySet::load();
  ASSERT_TRUE(set);
  for (const auto& id : set.value()->ids())
    for (const auto& rule : set.value()->find(id)->rules) {
      EXPECT_FALSE(rule.source.empty()) << rule.id;
      EXPECT_FALSE(rule.purpose.empty()) << rule.id;
      EXPECT_FALSE(rule.done_by.empty()) << rule.id;
    }
}

TEST(Policy, ReportsEveryProblemWithTheFileAndMember) {
  auto parsed = parse_policy(R"({"id": "x", "name": "X", "source": "Y", "rules": [
      {"id": "a", "what": "telefon", "title": "T", "purpose": "P", "obligation": "must", "source": "S",
       "start": "senere", "done_by": ["kaffe"], "farve": "blå"},
      {"id": "a", "what": "call", "title": "T", "purpose": "P", "obligation": "must", "source": "S",
       "start": "first_day", "after_days": -1, "done_by": ["opringning"]}]})",
                             "test.json");
  ASSERT_FALSE(parsed);
  const std::string all = messages(parsed.diagnostics());
  for (const char* expected :
       {"rules[0].what", "rules[0].start", "rules[0].done_by[0]", "rules[0].farve", "rules[0]: Reglen skal have",
        "rules[1].id", "rules[1].after_days", "»test.json«"})
    EXPECT_NE(all.find(expected), std::string::npos) << expected << " in\n" << all;
  for (const auto& d : parsed.diagnostics()) EXPECT_EQ(d.code, "policy_error");
}

TEST(Policy, AStartMustNameAnEarlierRule) {
  auto parsed = parse_policy(R"({"id": "x", "name": "X", "source": "Y", "rules": [
      {"id": "b", "what": "call", "title": "T", "purpose": "P", "obligation": "must", "source": "S",
       "start": "c", "after_days": 1, "done_by": ["opringning"]},
      {"id": "c", "what": "call", "title": "T", "purpose": "P", "obligation": "must", "source": "S",
       "start": "first_day", "after_days": 1, "done_by": ["opringning"]}]})",
                             "test.json");
  ASSERT_FALSE(parsed);
  EXPECT_NE(messages(parsed.diagnostics()).find("rules[0].start"), std::string::npos);
}

TEST(PolicySet, AnOverlayAddsAPolicyAndAFaultyOneStopsTheStart) {
  const auto dir = std::filesystem::temp_directory_path() / "sygedok-policy-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "policies");
  std::ofstream(dir / "policies" / "egen.json") << R"({"id": "egen", "name": "Egen", "source": "Egen politik",
      "rules": [{"id": "egen_opringning", "what": "call", "title": "Ring", "purpose": "Hør, hvordan det går.",
                 "obligation": "must", "source": "Egen politik, afsnit 1", "start": "first_day", "after_days": 2,
                 "done_by": ["opringning"]}]})";
  auto set = PolicySet::load(dir.string());
  ASSERT_TRUE(set) << messages(set.diagnostics());
  ASSERT_NE(set.value()->find("egen"), nullptr);
  std::ofstream(dir / "policies" / "fejl.json") << R"({"id": "fejl"})";
  auto faulty = PolicySet::load(dir.string());
  ASSERT_FALSE(faulty);
  EXPECT_NE(messages(faulty.diagnostics()).find("fejl.json"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sygedok::plan
