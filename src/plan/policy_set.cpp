#include "plan/policy_set.h"

#include "model/data_files.h"

namespace sygedok::plan {
namespace {

using SetResult = Result<std::shared_ptr<const PolicySet>>;

constexpr std::size_t kMaxPolicyBytes = 256 * 1024;

}  // namespace

SetResult PolicySet::load(const std::optional<std::string>& overlay_dir) {
  std::vector<Policy> policies;
  Diagnostics problems;
  for (const auto& file : model::builtin_and_overlay_files("templates/policies/", overlay_dir, "policies",
                                                           kMaxPolicyBytes, "policy_error", problems)) {
    auto parsed = parse_policy(file.text, file.origin);
    if (parsed) policies.push_back(std::move(parsed).take());
    else append(problems, parsed.take_diagnostics());
  }
  if (!problems.empty()) return SetResult::failure(std::move(problems));
  return from_policies(std::move(policies));
}

SetResult PolicySet::from_policies(std::vector<Policy> policies) {
  auto set = std::make_shared<PolicySet>();
  // Later policies (the overlay's) replace earlier ones with the same id.
  for (auto& policy : policies) set->policies_[policy.id] = std::move(policy);
  if (!set->find(kNationalPolicy))
    return SetResult::failure(error("", "policy_error", "Politikken »national« (lovens minimum) mangler."));
  return SetResult::success(std::move(set));
}

const Policy* PolicySet::find(std::string_view id) const {
  const auto found = policies_.find(id);
  return found == policies_.end() ? nullptr : &found->second;
}

std::vector<std::string> PolicySet::ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, policy] : policies_) ids.push_back(id);
  return ids;
}

}  // namespace sygedok::plan
