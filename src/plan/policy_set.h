#pragma once
// The policies the planner knows: the built-in ones
// (templates/policies/*.json, compiled into the binary) overlaid by the
// *.json files of DIR/policies/ when a templates directory is given (a file
// there replaces the built-in policy with the same id or adds a new one).
// "national" (the law's minimum) must be among them: every plan applies it
// beside the organisation's own policy. Immutable once loaded; thread-safe
// to share.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "plan/policy.h"

namespace sygedok::plan {

inline constexpr std::string_view kNationalPolicy = "national";

class PolicySet {
 public:
  // Errors: "policy_error" for every problem of every file, and a missing
  // "national" policy; all of them, not only the first.
  static Result<std::shared_ptr<const PolicySet>> load(const std::optional<std::string>& overlay_dir = {});
  static Result<std::shared_ptr<const PolicySet>> from_policies(std::vector<Policy> policies);

  const Policy* find(std::string_view id) const;
  const Policy& national() const { return *find(kNationalPolicy); }
  std::vector<std::string> ids() const;

 private:
  std::map<std::string, Policy, std::less<>> policies_;
};

}  // namespace sygedok::plan
