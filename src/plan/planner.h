#pragma once
// The follow-up planner: from a plan request and the policies (the law's
// minimum and the organisation's own) to every call, conversation,
// certificate and plan with its dates, source and state as of the
// request's date (docs/planning.md says how each date is computed).
// Pure function of its inputs (never the clock); thread-safe.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/danish_date.h"
#include "plan/frequent_absence.h"
#include "plan/plan_request.h"
#include "plan/policy.h"

namespace sygedok::plan {

enum class ItemState { Done, Overdue, Due, Upcoming };
inline constexpr std::array<std::string_view, 4> kItemStateCodes = {"done", "overdue", "due", "upcoming"};

// One thing to do, from one rule of one policy. Plain data.
struct PlanItem {
  std::string id;  // the rule's id, with "_2", "_3" … for repeated occurrences
  const Policy* policy = nullptr;
  const Rule* rule = nullptr;
  int occurrence = 1;
  std::optional<model::Date> earliest, latest;  // working days (docs/planning.md)
  // For a conversation with a deadline that is called by a summons: the
  // last working day a summons still gives the notice before the deadline.
  std::optional<model::Date> summons_by;
  ItemState state = ItemState::Upcoming;
  std::optional<model::Date> done_on;
  std::string done_by;  // the JSON path of the held event, "held[2]"
  std::vector<Condition> assumed;  // conditions the request leaves open, assumed to hold
  std::optional<Crossing> frequent_absence;  // what started it, for a frequent-absence rule
};

struct Plan {
  PlanRequest request;  // what the plan was made from (the request skeletons use it)
  model::Date as_of;
  const Policy* national = nullptr;
  const Policy* local = nullptr;  // null when the organisation follows only the law
  int notice_working_days = 3;
  std::vector<PlanItem> items;  // by date: latest, else earliest
};

// The Danish phrase of a condition: "fraværet forventes at vare mere end 4 uger".
std::string_view condition_phrase(Condition condition);

// `local` may be null or the national policy itself (then it is applied once).
Plan make_plan(const PlanRequest& request, const Policy& national, const Policy* local, int notice_working_days);

}  // namespace sygedok::plan
