#include "plan/policy_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/resources.h"

namespace sygedok::plan {
namespace {

namespace fs = std::filesystem;
using SetResult = Result<std::shared_ptr<const PolicySet>>;

constexpr std::string_view kBuiltInPrefix = "templates/policies/";
constexpr std::size_t kMaxPolicyBytes = 256 * 1024;

bool ends_with(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

void add_parsed(Result<Policy> parsed, std::vector<Policy>& policies, Diagnostics& problems) {
  if (parsed) policies.push_back(std::move(parsed).take());
  else append(problems, parsed.take_diagnostics());
}

}  // namespace

SetResult PolicySet::load(const std::optional<std::string>& overlay_dir) {
  std::vector<Policy> policies;
  Diagnostics problems;
  for (const auto& [name, text] : embedded_resources())
    if (name.starts_with(kBuiltInPrefix) && ends_with(name, ".json"))
      add_parsed(parse_policy(text, name), policies, problems);
  if (overlay_dir) {
    std::error_code ec;
    const fs::path folder = fs::path(*overlay_dir) / "policies";
    if (fs::is_directory(folder, ec)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in || text.str().size() > kMaxPolicyBytes) {
          problems.push_back(error("", "policy_error", "Politikken »" + file.string() +
                                                           "« kunne ikke læses eller er større end 256 KB."));
          continue;
        }
        add_parsed(parse_policy(text.str(), file.string()), policies, problems);
      }
    }
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
