#pragma once
// The plan as JSON, the answer of POST /v1/plan and `sygedok plan`
// (docs/planning.md, "The answer"): the policies applied, the notice, and
// every item with its dates (ISO 8601), state, source and document; an item
// that is not done and has a document also has the request skeleton for it
// (what the plan knows of that document's input: the employee, the sick
// leave, the conversation type, the date). Pure function; thread-safe.
#include <string>

#include "plan/planner.h"

namespace sygedok::plan {

std::string plan_to_json(const Plan& plan);

}  // namespace sygedok::plan
