#pragma once
// The plan as JSON, the answer of POST /v1/plan and `sygedok plan`
// (docs/planning.md, "The answer"): the policies applied, the notice, and
// every item with its dates (ISO 8601), state, source and document. The
// employee's name and CPR number are not repeated. Pure function; thread-safe.
#include <string>

#include "plan/planner.h"

namespace sygedok::plan {

std::string plan_to_json(const Plan& plan);

}  // namespace sygedok::plan
