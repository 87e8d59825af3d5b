#include "plan/planner.h"

#include <gtest/gtest.h>

#include <map>

#include "plan/policy_set.h"

namespace sygedok::plan {
namespace {

using model::Date;

Date d(const char* iso) { return *model::parse_iso_date(iso); }

const PolicySet& policies() {
  static const auto set = PolicySet::load();
  if (!set) {
    ADD_FAILURE() << set.diagnostics().front().message;
    std::abort();
  }
  return *set.value();
}

PlanRequest sick_from(const char* first_day, const char* as_of) {
  PlanRequest request;
  request.as_of = d(as_of);
  request.employee.name = "Testa Testesen";
  request.absence = SickLeave{};
  request.absence->first_day = d(first_day);
  return request;
}

Plan plan_for(const PlanRequest& request, const char* policy, int notice = 3) {
  return make_plan(request, policies().national(), policies().find(policy), notice);
}

const PlanItem* find(const Plan& plan, const std::string& id) {
  for (const auto& item : plan.items)
    if (item.id == id) return &item;
  return nullptr;
}

std::string iso(const std::optional<Date>& date) { return date ? model::to_iso(*date) : "-"; }

// Each rule's first dates for a sick leave from Monday 30 November 2026,
// against the seed's or the law's words (docs/planning.md).
struct RuleDates {
  const char* policy;
  const char* id;
  const char* earliest;
  const char* latest;
  const char* source_words;  // what the rule's source says, checked in its source text
};

class EveryRuleOfEveryPolicy : public testing::TestWithParam<RuleDates> {};

TEST_P(EveryRuleOfEveryPolicy, HasTheDatesItsSourceGives) {
  const RuleDates& expected = GetParam();
  PlanRequest request = sick_from("2026-11-30", "2026-11-30");
  request.absence->expected_over_4_weeks = true;
  request.absence->expected_over_8_weeks = true;
  const Plan plan = plan_for(request, expected.policy);
  const PlanItem* item = find(plan, expected.id);
  ASSERT_NE(item, nullptr) << expected.id;
  EXPECT_EQ(iso(item->earliest), expected.earliest) << expected.id;
  EXPECT_EQ(iso(item->latest), expected.latest) << expected.id;
  EXPECT_NE(item->rule->source.find(expected.source_words), std::string::npos) << item->rule->source;
}

INSTANTIATE_TEST_SUITE_P(
    Policies, EveryRuleOfEveryPolicy,
    testing::Values(
        // Sygedagpengeloven § 7 a: no later than 4 weeks after the first sick day.
        RuleDates{"national", "lov_7a_samtale", "2026-11-30", "2026-12-28", "§ 7 a"},
        // § 7 b: the employee may ask at any time when not expected back within 8 weeks.
        RuleDates{"national", "lov_7b_plan", "2026-11-30", "-", "§ 7 b"},
        // Seed 000: the first day, after a week, after 2 weeks, after 4 weeks.
        RuleDates{"dialogguide", "guide_sygemelding", "2026-11-30", "2026-11-30", "1. dag"},
        RuleDates{"dialogguide", "guide_dialog_1_uge", "2026-12-07", "-", "1. uge"},
        RuleDates{"dialogguide", "guide_fravaerssamtale", "2026-12-14", "-", "2. uge"},
        RuleDates{"dialogguide", "guide_statussamtale", "2026-12-28", "-", "4. uge"},
        // Seed 001: calls after 3 and 8 days, the omsorgssamtale no later than
        // 2 weeks, the personal one no later than 4 weeks; certificates after 3 and 14 days.
        RuleDates{"koege", "koege_opringning_3", "2026-12-03", "-", "3 A"},
        RuleDates{"koege", "koege_opringning_8", "2026-12-08", "-", "3 A"},
        RuleDates{"koege", "koege_omsorgssamtale_2_uger", "2026-12-08", "2026-12-14", "senest 2 uger"},
        RuleDates{"koege", "koege_personlig_omsorgssamtale", "2026-12-15", "2026-12-28", "senest efter 4 ugers"},
        RuleDates{"koege", "koege_friattest", "2026-12-03", "-", "efter 3 dages"},
        RuleDates{"koege", "koege_varighedserklaering", "2026-12-14", "-", "efter 14 dages"},
        // Seed 002: day 1 or 2, and day 6.
        RuleDates{"albertslund", "albertslund_kontakt_1_2_dag", "2026-11-30", "2026-12-01", "1. eller 2."},
        RuleDates{"albertslund", "albertslund_kontakt_6_dag", "2026-12-07", "2026-12-07", "6. dagen"}),
    [](const auto& info) { return std::string(info.param.id); });

TEST(Planner, EveryPlanAppliesTheLawBesideTheLocalPolicy) {
  const Plan plan = plan_for(sick_from("2026-11-30", "2026-12-01"), "albertslund");
  EXPECT_NE(find(plan, "lov_7a_samtale"), nullptr);
  EXPECT_NE(find(plan, "albertslund_kontakt_6_dag"), nullptr);
  EXPECT_EQ(plan.local->id, "albertslund");
}

TEST(Planner, ADeadlineOnAWeekendOrHolidayMovesToTheWorkingDayBefore) {
  // 4 weeks after Saturday 28 November 2026 is Saturday 26 December (2. juledag);
  // 25 December is juledag, so the last working day is Thursday 24 December.
  EXPECT_EQ(iso(find(plan_for(sick_from("2026-11-28", "2026-11-30"), "national"), "lov_7a_samtale")->latest),
            "2026-12-24");
  // 4 weeks after 1 March 2027 is 2. påskedag; skærtorsdag and langfredag are holidays too.
  EXPECT_EQ(iso(find(plan_for(sick_from("2027-03-01", "2027-03-01"), "national"), "lov_7a_samtale")->latest),
            "2027-03-24");
  // A call due on a Saturday is made on Monday: 8 days after Friday 4 December 2026.
  EXPECT_EQ(iso(find(plan_for(sick_from("2026-12-04", "2026-12-04"), "koege"), "koege_opringning_8")->earliest),
            "2026-12-14");
}

TEST(Planner, TheSummonsDateLeavesTheNoticeInWholeWorkingDays) {
  // Deadline Monday 28 December 2026; 22, 23 and 24 December are the three
  // working days between a summons on Monday 21 December and the meeting.
  const Plan plan = plan_for(sick_from("2026-11-30", "2026-12-01"), "national");
  EXPECT_EQ(iso(find(plan, "lov_7a_samtale")->summons_by), "2026-12-21");
  const Plan five = plan_for(sick_from("2026-11-30", "2026-12-01"), "national", 5);
  EXPECT_EQ(iso(find(five, "lov_7a_samtale")->summons_by), "2026-12-17");
}

TEST(Planner, StatesFollowTheDateOfThePlan) {
  PlanRequest request = sick_from("2026-11-30", "2026-12-29");
  request.held.push_back({"opringning", d("2026-12-03"), "held[0]"});
  const Plan plan = plan_for(request, "koege");
  EXPECT_EQ(find(plan, "koege_opringning_3")->state, ItemState::Done);
  EXPECT_EQ(find(plan, "koege_opringning_8")->state, ItemState::Due);  // no deadline: still to do
  EXPECT_EQ(find(plan, "koege_omsorgssamtale_2_uger")->state, ItemState::Overdue);
  EXPECT_EQ(find(plan, "lov_7a_samtale")->state, ItemState::Overdue);
  const Plan early = plan_for(sick_from("2026-11-30", "2026-12-01"), "koege");
  EXPECT_EQ(find(early, "koege_opringning_8")->state, ItemState::Upcoming);
}

TEST(Planner, ACallCountsForTheRuleWhoseWindowOpenedLastBeforeIt) {
  // Only one call, on day 8: it is the day-8 call, and the day-3 call was not made.
  PlanRequest request = sick_from("2026-11-30", "2026-12-09");
  request.held.push_back({"opringning", d("2026-12-08"), "held[0]"});
  const Plan plan = plan_for(request, "koege");
  EXPECT_EQ(find(plan, "koege_opringning_8")->done_by, "held[0]");
  EXPECT_FALSE(find(plan, "koege_opringning_3")->done_on);
}

TEST(Planner, OneConversationServesTheLawAndTheLocalRule) {
  PlanRequest request = sick_from("2026-11-30", "2026-12-20");
  request.held.push_back({"omsorgssamtale", d("2026-12-11"), "held[0]"});
  const Plan plan = plan_for(request, "koege");
  EXPECT_EQ(iso(find(plan, "koege_omsorgssamtale_2_uger")->done_on), "2026-12-11");
  EXPECT_EQ(iso(find(plan, "lov_7a_samtale")->done_on), "2026-12-11");
  // The personal conversation by 4 weeks is another one.
  EXPECT_FALSE(find(plan, "koege_personlig_omsorgssamtale")->done_on);
}

TEST(Planner, AHeldStatusConversationMovesTheNext) {
  PlanRequest request = sick_from("2026-11-30", "2027-01-20");
  request.held.push_back({"statussamtale", d("2027-01-05"), "held[0]"});
  const Plan plan = plan_for(request, "dialogguide");
  EXPECT_EQ(iso(find(plan, "guide_statussamtale")->done_on), "2027-01-05");
  // 4 weeks after 5 January 2027, not after the planned 28 December.
  EXPECT_EQ(iso(find(plan, "guide_statussamtale_2")->earliest), "2027-02-02");
  EXPECT_EQ(iso(find(plan, "guide_statussamtale_3")->earliest), "2027-03-02");
  EXPECT_NE(find(plan, "guide_statussamtale_4"), nullptr);
  EXPECT_EQ(find(plan, "guide_statussamtale_5"), nullptr);  // three ahead at most
}

TEST(Planner, KoegeMonthlyConversationsAreDueAMonthAfterTheLastOne) {
  PlanRequest request = sick_from("2026-11-30", "2027-01-04");
  request.held.push_back({"omsorgssamtale", d("2026-12-10"), "held[0]"});
  request.held.push_back({"omsorgssamtale", d("2026-12-22"), "held[1]"});
  const Plan plan = plan_for(request, "koege");
  EXPECT_EQ(iso(find(plan, "koege_personlig_omsorgssamtale")->done_on), "2026-12-22");
  EXPECT_EQ(iso(find(plan, "koege_personlig_omsorgssamtale_2")->latest), "2027-01-22");
}

TEST(Planner, ConditionsLeaveOutRulesTheFactsExclude) {
  PlanRequest request = sick_from("2026-11-30", "2026-12-01");
  const Plan open = plan_for(request, "dialogguide");
  ASSERT_NE(find(open, "guide_fravaerssamtale"), nullptr);
  EXPECT_EQ(find(open, "guide_fravaerssamtale")->assumed, std::vector{Condition::ExpectedOver4Weeks});
  request.absence->expected_over_4_weeks = false;
  EXPECT_EQ(find(plan_for(request, "dialogguide"), "guide_fravaerssamtale"), nullptr);
  EXPECT_EQ(find(plan_for(request, "dialogguide"), "lov_7b_plan"), nullptr);  // not over 4 weeks: not over 8
  // Leaving within 8 weeks: no § 7 a duty.
  request.absence->employment_ends = d("2027-01-15");
  EXPECT_EQ(find(plan_for(request, "national"), "lov_7a_samtale"), nullptr);
  request.absence->employment_ends = d("2027-01-26");  // 57 days
  EXPECT_NE(find(plan_for(request, "national"), "lov_7a_samtale"), nullptr);
}

TEST(Planner, BackAtWorkEndsTheRulesThatWouldStartLater) {
  PlanRequest request = sick_from("2026-11-30", "2026-12-20");
  request.absence->last_day = d("2026-12-05");
  const Plan plan = plan_for(request, "koege");
  EXPECT_NE(find(plan, "koege_opringning_3"), nullptr);
  EXPECT_EQ(find(plan, "koege_opringning_8"), nullptr);
  EXPECT_EQ(find(plan, "koege_omsorgssamtale_2_uger"), nullptr);
  EXPECT_EQ(find(plan, "lov_7a_samtale"), nullptr);  // back before the deadline: no duty
}

model::AbsencePeriod period(const char* from, const char* to) { return {d(from), d(to), std::nullopt}; }

TEST(Planner, FivePeriodsWithinSixMonthsCallForTheSpredtFravaerConversation) {
  PlanRequest request;
  request.as_of = d("2027-07-10");
  request.employee.name = "Testa Testesen";
  request.absence_periods = {period("2027-01-05", "2027-01-05"), period("2027-02-01", "2027-02-02"),
                             period("2027-03-10", "2027-03-10"), period("2027-05-03", "2027-05-04"),
                             period("2027-07-05", "2027-07-05")};
  // 5 July is exactly 6 months after 5 January: that period is outside the window.
  EXPECT_EQ(find(plan_for(request, "dialogguide"), "guide_spredt_fravaer"), nullptr);
  request.absence_periods.back() = period("2027-07-02", "2027-07-02");  // inside (window from 3 January)
  const Plan plan = plan_for(request, "dialogguide");
  const PlanItem* item = find(plan, "guide_spredt_fravaer");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(iso(item->frequent_absence->on), "2027-07-02");
  EXPECT_EQ(iso(item->frequent_absence->window_from), "2027-01-03");
  EXPECT_EQ(item->state, ItemState::Due);
  EXPECT_EQ(find(plan, "guide_opfoelgning"), nullptr);  // only after the conversation

  request.held.push_back({"spredt_fravaer", d("2027-07-08"), "held[0]"});
  const Plan held = plan_for(request, "dialogguide");
  const PlanItem* follow_up = find(held, "guide_opfoelgning");
  ASSERT_NE(follow_up, nullptr);
  EXPECT_EQ(iso(follow_up->earliest), "2027-09-08");  // 2–3 months after
  EXPECT_EQ(iso(follow_up->latest), "2027-10-08");
}

TEST(Planner, SixWorkingDaysWithinSixMonthsCountWithoutWeekendsAndHolidays) {
  PlanRequest request;
  request.as_of = d("2027-04-30");
  request.employee.name = "Testa Testesen";
  // Wednesday 24 – Tuesday 30 March 2027: skærtorsdag, langfredag, the weekend
  // and 2. påskedag leave 2 working days; with 3 in January that is 5.
  request.absence_periods = {period("2027-01-11", "2027-01-13"), period("2027-03-24", "2027-03-30")};
  EXPECT_EQ(find(plan_for(request, "koege"), "koege_hyppigt_fravaer"), nullptr);
  request.absence_periods.push_back(period("2027-04-20", "2027-04-20"));
  const PlanItem* item = find(plan_for(request, "koege"), "koege_hyppigt_fravaer");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(iso(item->frequent_absence->on), "2027-04-20");
  EXPECT_DOUBLE_EQ(item->frequent_absence->count, 6);
  // A count from the absence system counts as given (half days too).
  request.absence_periods = {{d("2027-03-24"), d("2027-03-30"), 5.5}, period("2027-04-20", "2027-04-20")};
  EXPECT_DOUBLE_EQ(find(plan_for(request, "koege"), "koege_hyppigt_fravaer")->frequent_absence->count, 6.5);
}

TEST(Planner, ItemsComeInDateOrder) {
  const Plan plan = plan_for(sick_from("2026-11-30", "2026-12-01"), "dialogguide");
  for (std::size_t i = 1; i < plan.items.size(); ++i) {
    const auto key = [](const PlanItem& item) { return item.latest.value_or(*item.earliest); };
    EXPECT_FALSE(key(plan.items[i]) < key(plan.items[i - 1])) << plan.items[i].id;
  }
}

}  // namespace
}  // namespace sygedok::plan
