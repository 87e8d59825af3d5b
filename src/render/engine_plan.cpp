// Engine::plan: the follow-up planner behind the engine's policies and
// organisation profile (render/engine.h).
#include "model/json_input.h"
#include "plan/plan_request.h"
#include "render/engine.h"
#include "render/input_text_check.h"

namespace sygedok::render {

Result<plan::Plan> Engine::plan(std::string_view json) const {
  auto parsed = model::parse_json_object(json);
  if (!parsed) return Result<plan::Plan>::failure(parsed.take_diagnostics());
  // The plan's texts (the employee's name) go into its overview PDF.
  Diagnostics problems = normalize_and_check_text(*parsed.value(), *fonts_);
  auto request = plan::read_plan_request(*parsed.value());
  append(problems, request.take_diagnostics());
  const compose::OrganisationProfile& profile = templates_->profile();
  const plan::Policy* policy = nullptr;
  if (request) {
    const std::string id = request.value().policy.value_or(profile.policy);
    policy = policies_->find(id);
    if (!policy) {
      std::string known;
      for (const auto& name : policies_->ids()) known += (known.empty() ? "" : ", ") + name;
      problems.push_back(error("policy", "unknown_value",
                               "Politikken »" + id + "« findes ikke. Kendte politikker: " + known + "."));
    }
  }
  if (has_errors(problems)) return Result<plan::Plan>::failure(std::move(problems));
  const int notice = request.value().notice_working_days.value_or(profile.reading.notice_working_days);
  return Result<plan::Plan>::success(plan::make_plan(request.value(), policies_->national(), policy, notice),
                                     std::move(problems));
}

}  // namespace sygedok::render
