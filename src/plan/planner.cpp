#include "plan/planner.h"

#include <algorithm>
#include <set>

#include "model/danish_holidays.h"

namespace sygedok::plan {
namespace {

using model::add_days;
using model::Date;

// Upcoming occurrences of a repeated rule shown ahead, and hard limits.
constexpr int kUpcomingRepeats = 3;
constexpr int kMaxOccurrences = 40;
// Sygedagpengeloven § 7 a and § 7 b count 4 and 8 weeks from the first sick day.
constexpr long kFourWeeks = 28, kEightWeeks = 56;

Date next_working_day(Date day) {
  while (!model::is_working_day(day)) day = add_days(day, 1);
  return day;
}

Date previous_working_day(Date day) {
  while (!model::is_working_day(day)) day = add_days(day, -1);
  return day;
}

Date shifted(const Date& base, const Offset& offset) {
  return add_days(months_after(base, offset.months), offset.days);
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// What the request says, or its dates imply, about a condition; nullopt: open.
std::optional<bool> condition_value(const PlanRequest& request, Condition condition) {
  if (!request.absence) return std::nullopt;
  const SickLeave& leave = *request.absence;
  const auto lasted_beyond = [&](long days) -> std::optional<bool> {
    const Date limit = add_days(leave.first_day, days);
    if (leave.last_day) return !(*leave.last_day < limit);
    if (!(request.as_of < limit)) return true;
    return std::nullopt;
  };
  switch (condition) {
    case Condition::ExpectedOver4Weeks:
      return leave.expected_over_4_weeks ? leave.expected_over_4_weeks : lasted_beyond(kFourWeeks);
    case Condition::ExpectedOver8Weeks:
      if (leave.expected_over_8_weeks) return leave.expected_over_8_weeks;
      if (leave.expected_over_4_weeks == false) return false;
      return lasted_beyond(kEightWeeks);
    case Condition::LeavesWithin8Weeks:
      return leave.employment_ends && model::days_between(leave.first_day, *leave.employment_ends) <= kEightWeeks;
  }
  return std::nullopt;
}

// Plans the rules of one policy into `out`. One per policy and request.
class PolicyPlanner {
 public:
  PolicyPlanner(const PlanRequest& request, const Policy& policy, std::vector<PlanItem>& out)
      : request_(request), policy_(policy), out_(out), first_(out.size()) {
    // Frequent absence counts absence that has ended: while the employee is
    // still sick, the sick leave's own rules apply.
    periods_ = request.absence_periods;
    if (request.absence && request.absence->last_day && !(request.as_of < *request.absence->last_day))
      periods_.push_back({request.absence->first_day, *request.absence->last_day, std::nullopt});
  }

  void run() {
    std::vector<std::pair<const Rule*, std::vector<Condition>>> rules;
    for (const Rule& rule : policy_.rules) {
      std::vector<Condition> assumed;
      if (applies(rule, assumed)) rules.emplace_back(&rule, std::move(assumed));
    }
    // The sick leave's rules first, as they all count from its first day.
    for (const auto& [rule, assumed] : rules)
      if (rule->start == "first_day" && request_.absence)
        if (auto item = occurrence(*rule, request_.absence->first_day, 1, assumed)) out_.push_back(*item);
    assign_first_occurrences();
    for (const auto& [rule, assumed] : rules)
      if (rule->start == "first_day" && rule->repeat_every && request_.absence) plan_repeats(*rule);
    // Then, in the policy's order, those that count from a crossing or from an earlier rule.
    for (const auto& [rule, assumed] : rules) {
      if (rule->start == "frequent_absence") plan_frequent_absence(*rule, assumed);
      else if (rule->start != "first_day") plan_after_rule(*rule, assumed);
    }
  }

 private:
  bool applies(const Rule& rule, std::vector<Condition>& assumed) const {
    for (Condition c : rule.conditions_if) {
      const auto value = condition_value(request_, c);
      if (value == false) return false;
      if (!value) assumed.push_back(c);
    }
    for (Condition c : rule.conditions_unless)
      if (condition_value(request_, c) == true) return false;
    return true;
  }

  // Occurrence `number` of `rule` counted from `base`; nullopt when the
  // employee was back at work before it.
  std::optional<PlanItem> occurrence(const Rule& rule, const Date& base, int number,
                                     const std::vector<Condition>& assumed) const {
    PlanItem item;
    item.id = number == 1 ? rule.id : rule.id + "_" + std::to_string(number);
    item.policy = &policy_;
    item.rule = &rule;
    item.occurrence = number;
    item.assumed = assumed;
    const Date after = rule.after ? shifted(base, *rule.after) : base;
    const Date by = rule.by ? shifted(base, *rule.by) : after;
    // Back at work before the rule's window opens (or, without an opening, before its deadline).
    if (rule.start == "first_day" && request_.absence && request_.absence->last_day &&
        *request_.absence->last_day < (rule.after ? after : by))
      return std::nullopt;
    item.earliest = next_working_day(after);
    if (rule.by) item.latest = std::max(previous_working_day(by), *item.earliest);
    return item;
  }

  // The first held event of the rule's types from `from` on; `unused`: one
  // that no first-day rule of this policy took.
  std::optional<std::size_t> first_event(const Rule& rule, const Date& from, bool unused) const {
    for (std::size_t i = 0; i < request_.held.size(); ++i)
      if (!(unused && used_.contains(i)) && contains(rule.done_by, request_.held[i].type) &&
          !(request_.held[i].date < from))
        return i;
    return std::nullopt;
  }

  void mark_done(PlanItem& item, std::size_t event) {
    item.done_on = request_.held[event].date;
    item.done_by = request_.held[event].path;
    if (item.rule->start == "first_day") used_.insert(event);
  }

  // Each held event, in date order, satisfies the open first occurrence of
  // this policy's first-day rules whose window opened last before it: a
  // call on day 8 is the day-8 call, not a late day-3 call.
  void assign_first_occurrences() {
    for (std::size_t e = 0; e < request_.held.size(); ++e) {
      PlanItem* best = nullptr;
      for (std::size_t i = first_; i < out_.size(); ++i) {
        PlanItem& item = out_[i];
        if (item.done_on || item.rule->start != "first_day" || !contains(item.rule->done_by, request_.held[e].type) ||
            request_.held[e].date < *item.earliest)
          continue;
        if (!best || *best->earliest < *item.earliest) best = &item;
      }
      if (best) mark_done(*best, e);
    }
  }

  // Later occurrences: each counted from the one before (its day when held,
  // else its own date); stops at one that is due or overdue, or after a few
  // upcoming ones.
  void plan_repeats(const Rule& rule) {
    auto last = std::find_if(out_.rbegin(), out_.rend(), [&](const PlanItem& i) { return i.rule == &rule; });
    if (last == out_.rend()) return;
    PlanItem previous = *last;
    int upcoming = 0;
    for (int number = 2; number <= kMaxOccurrences; ++number) {
      if (!previous.done_on && !(request_.as_of < *previous.earliest)) return;
      if (!previous.done_on && ++upcoming >= kUpcomingRepeats) return;
      const Date from = previous.done_on.value_or(previous.latest.value_or(*previous.earliest));
      PlanItem item;
      item.id = rule.id + "_" + std::to_string(number);
      item.policy = &policy_;
      item.rule = &rule;
      item.occurrence = number;
      item.assumed = previous.assumed;
      const Date next = shifted(from, *rule.repeat_every);
      if (request_.absence->last_day && *request_.absence->last_day < next) return;  // back at work
      if (rule.by) {
        item.latest = previous_working_day(next);
        item.earliest = next_working_day(add_days(from, 1));
        if (*item.latest < *item.earliest) item.latest = item.earliest;
      } else {
        item.earliest = next_working_day(next);
      }
      // Any held conversation after the previous one is the next one, also an early one.
      if (previous.done_on)
        if (auto event = first_event(rule, add_days(*previous.done_on, 1), true)) mark_done(item, *event);
      out_.push_back(item);
      previous = item;
    }
  }

  // One occurrence per crossing of the threshold; after a held one, the
  // count starts again with the periods that began after it.
  void plan_frequent_absence(const Rule& rule, const std::vector<Condition>& assumed) {
    std::optional<Date> after;
    for (int number = 1; number <= kMaxOccurrences; ++number) {
      auto crossing = first_crossing(periods_, *rule.frequent_absence, after, request_.as_of);
      if (!crossing) return;
      PlanItem item;
      item.id = number == 1 ? rule.id : rule.id + "_" + std::to_string(number);
      item.policy = &policy_;
      item.rule = &rule;
      item.occurrence = number;
      item.assumed = assumed;
      item.frequent_absence = crossing;
      item.earliest = next_working_day(crossing->on);
      if (auto event = first_event(rule, crossing->on, false)) mark_done(item, *event);
      out_.push_back(item);
      if (!item.done_on) return;
      after = item.done_on;
    }
  }

  // One occurrence after each held occurrence of the rule it starts from.
  void plan_after_rule(const Rule& rule, const std::vector<Condition>& assumed) {
    const std::size_t end = out_.size();
    int number = 0;
    for (std::size_t i = first_; i < end; ++i) {
      if (out_[i].rule->id != rule.start || !out_[i].done_on) continue;
      auto item = occurrence(rule, *out_[i].done_on, ++number, assumed);
      if (!item) continue;
      if (auto event = first_event(rule, add_days(*out_[i].done_on, 1), false)) mark_done(*item, *event);
      out_.push_back(*item);
    }
  }

  const PlanRequest& request_;
  const Policy& policy_;
  std::vector<PlanItem>& out_;
  const std::size_t first_;  // this policy's first item in out_
  std::vector<model::AbsencePeriod> periods_;
  std::set<std::size_t> used_;  // held events that satisfied a first-day rule
};

// The last working day on which a summons still leaves `notice` whole
// working days before `meeting`.
Date summons_deadline(const Date& meeting, int notice) {
  Date day = add_days(meeting, -1);
  while (!model::is_working_day(day) || model::working_days_between(day, meeting, notice) < notice)
    day = add_days(day, -1);
  return day;
}

void settle(PlanItem& item, const Date& as_of, int notice) {
  const Rule& rule = *item.rule;
  if (!item.done_on && item.latest && rule.document && rule.document->kind == "indkaldelse")
    item.summons_by = summons_deadline(*item.latest, notice);
  if (item.done_on)
    item.state = ItemState::Done;
  else if (item.latest && *item.latest < as_of)
    item.state = ItemState::Overdue;
  else if (!(as_of < *item.earliest) || (item.summons_by && !(as_of < *item.summons_by)))
    item.state = ItemState::Due;
  else
    item.state = ItemState::Upcoming;
}

}  // namespace

std::string_view condition_phrase(Condition condition) {
  switch (condition) {
    case Condition::ExpectedOver4Weeks: return "fraværet forventes at vare mere end 4 uger";
    case Condition::ExpectedOver8Weeks: return "fraværet forventes at vare mere end 8 uger";
    case Condition::LeavesWithin8Weeks: return "medarbejderen fratræder inden for 8 uger efter første sygedag";
  }
  return "";
}

Plan make_plan(const PlanRequest& request, const Policy& national, const Policy* local, int notice_working_days) {
  Plan plan;
  plan.request = request;
  plan.as_of = request.as_of;
  plan.national = &national;
  plan.local = local == &national ? nullptr : local;
  plan.notice_working_days = notice_working_days;
  PolicyPlanner(request, national, plan.items).run();
  if (plan.local) PolicyPlanner(request, *plan.local, plan.items).run();
  for (auto& item : plan.items) settle(item, request.as_of, notice_working_days);
  std::stable_sort(plan.items.begin(), plan.items.end(), [](const PlanItem& a, const PlanItem& b) {
    return a.latest.value_or(*a.earliest) < b.latest.value_or(*b.earliest);
  });
  return plan;
}

}  // namespace sygedok::plan
