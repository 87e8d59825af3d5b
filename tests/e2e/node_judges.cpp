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
  for (const char* package : {"ajv", "ajv-formats", "@apidevtools/swagger-parser", "pdfjs-dist", "@redocly/cli",
                              "@stoplight/spectral-cli", "openapi-typescript", "openapi-fetch", "tsx", "typescript",
                              "@signpdf/placeholder-plain"})
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

namespace {

// `node tests/node/node_modules/<cli> arguments...`, run in tests/node (where the linters find their configuration).
ToolRun run_node_cli(const std::string& cli, const std::string& arguments, const std::string& environment = "") {
  static const std::string missing = missing_node_judges();
  if (!missing.empty()) {
    ADD_FAILURE() << missing;
    return ToolRun{-1, "", missing};
  }
  const fs::path node_dir = source_dir() / "tests" / "node";
  return run("cd " + quote(node_dir.string()) + " && " + environment + "node " + quote((node_dir / "node_modules" / cli).string()) + " " +
             arguments);
}

}  // namespace

ToolRun lint_with_redocly(const fs::path& openapi) {
  return run_node_cli("@redocly/cli/bin/cli.js",
                      "lint --config redocly.yaml --format=stylish " + quote(openapi.string()) + " 2>&1",
                      "REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true ");
}

ToolRun lint_with_spectral(const fs::path& openapi) {
  return run_node_cli("@stoplight/spectral-cli/dist/index.js",
                      "lint --ruleset spectral.yaml --fail-severity=hint " + quote(openapi.string()));
}

ToolRun render_with_typescript_client(const fs::path& openapi, const std::string& base_url,
                                      const std::vector<fs::path>& samples) {
  std::vector<fs::path> arguments{openapi, base_url};
  arguments.insert(arguments.end(), samples.begin(), samples.end());
  return run_node_judge("typescript_client.mjs", arguments);
}

ToolRun add_signpdf_placeholder(const fs::path& pdf, const fs::path& out) {
  return run_node_judge("signpdf_placeholder.mjs", {pdf, out});
}

ToolRun describe_structure_with_pdfjs(const fs::path& pdf) { return run_node_judge("structure_judge.mjs", {pdf}); }

}  // namespace sygedok::e2e
