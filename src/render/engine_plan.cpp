// Engine::plan: the follow-up planner behind the engine's templates tree
// (its policies and organisation profile; render/engine.h).
#include "compose/opfoelgningsplan_composer.h"
#include "model/json_input.h"
#include "render/engine.h"
#include "render/input_text_check.h"

namespace sygedok::render {

Result<plan::Plan> Engine::plan(std::string_view json) const {
  auto parsed = model::parse_json_object(json);
  if (!parsed) return Result<plan::Plan>::failure(parsed.take_diagnostics());
  // As for every document: the names in the calendar file and the request
  // skeletons are NFC, and characters the fonts lack are refused.
  Diagnostics problems = normalize_and_check_text(*parsed.value(), *fonts_);
  auto plan = compose::plan_for_request(*parsed.value(), *templates_);
  append(problems, plan.take_diagnostics());
  if (!plan || has_errors(problems)) return Result<plan::Plan>::failure(std::move(problems));
  return Result<plan::Plan>::success(std::move(plan).take(), std::move(problems));
}

}  // namespace sygedok::render
