#include "node_judges.h"

#include <gtest/gtest.h>

namespace sygedok::e2e {

namespace fs = std::filesystem;

namespace {

// Empty when node and the npm packages are there, otherwise what is missing.
std::string missing_node_judges() {
  if (run("command -v node").exit_code != 0)
    return "node is not on PATH; install it and the npm judges with scripts/install-deps.sh";
  fs::path modules = source_dir() / "tests" / "node" / "node_modules";
  for (const char* package : {"ajv", "ajv-formats", "@apidevtools/swagger-parser", "pdfjs-dist"})
    if (!fs::exists(modules / package / "package.json"))
      return modules.string() + "/" + package +
             " is missing; install the npm judges with scripts/install-deps.sh (npm ci in tests/node)";
  return "";
}

}  // namespace

ToolRun run_node_judge(const std::string& script, const std::vector<fs::path>& arguments) {
  static const std::string missing = missing_node_judges();
  if (!missing.empty()) {
    ADD_FAILURE() << missing;
    return ToolRun{-1, "", missing};
  }
  std::string command = "node " + quote((source_dir() / "tests" / "node" / script).string());
  for (const auto& argument : arguments) command += " " + quote(argument.string());
  return run(command);
}

ToolRun judge_with_ajv(const fs::path& schema, const std::vector<fs::path>& instances) {
  std::vector<fs::path> arguments{schema};
  arguments.insert(arguments.end(), instances.begin(), instances.end());
  return run_node_judge("schema_judge.mjs", arguments);
}

ToolRun judge_openapi(const fs::path& openapi, const fs::path& served_dir) {
  return run_node_judge("openapi_judge.mjs", {openapi, served_dir});
}

ToolRun describe_structure_with_pdfjs(const fs::path& pdf) { return run_node_judge("structure_judge.mjs", {pdf}); }

}  // namespace sygedok::e2e
