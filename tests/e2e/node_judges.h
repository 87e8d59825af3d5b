#pragma once
// Runs the npm judges of tests/node (ajv, swagger-parser, pdf.js, the OpenAPI
// linters and client generator) with the node on
// PATH. A missing node or tests/node/node_modules fails the calling test
// with a message saying how to install them (scripts/install-deps.sh); the
// judges are part of the test suite, so they never skip. Not thread-safe
// (tests run one at a time).
#include <filesystem>
#include <string>
#include <vector>

#include "tool.h"

namespace sygedok::e2e {

// Runs `node tests/node/<script> arguments...`. When node or the npm
// packages are missing, adds a test failure and returns exit code -1.
ToolRun run_node_judge(const std::string& script, const std::vector<std::filesystem::path>& arguments);

// tests/node/schema_judge.mjs: exit 0 when every instance is valid under
// `schema` (JSON Schema 2020-12, ajv in strict mode), 1 when one is not,
// 2 when the schema does not compile. One output line per instance.
ToolRun judge_with_ajv(const std::filesystem::path& schema, const std::vector<std::filesystem::path>& instances);

// tests/node/openapi_judge.mjs: the OpenAPI document judged by
// swagger-parser, and each kind's embedded schema compared with
// served_dir/<kind>.schema.json. Exit 0 when all is well.
ToolRun judge_openapi(const std::filesystem::path& openapi, const std::filesystem::path& served_dir);

// The OpenAPI linters on `openapi`, each with its configuration in
// tests/node: Redocly CLI (redocly.yaml) and Spectral (spectral.yaml, every
// severity fails). Exit 0 when neither finds anything.
ToolRun lint_with_redocly(const std::filesystem::path& openapi);
ToolRun lint_with_spectral(const std::filesystem::path& openapi);

// tests/node/typescript_client.mjs: a TypeScript client generated from
// `openapi` (openapi-typescript + openapi-fetch) renders each sample at
// `base_url`; one line per sample, "PATH: pdf" when a PDF came back.
ToolRun render_with_typescript_client(const std::filesystem::path& openapi, const std::string& base_url,
                                      const std::vector<std::filesystem::path>& samples);

// tests/node/signpdf_placeholder.mjs: @signpdf/placeholder-plain adds its
// own signature field to `pdf`, written to `out`. Exit 0 when it did.
ToolRun add_signpdf_placeholder(const std::filesystem::path& pdf, const std::filesystem::path& out);

// tests/node/structure_judge.mjs: the structure tree and marked content of
// `pdf` as pdf.js reads them, as JSON on stdout (described in the script).
// Exit 0 when described, 2 when pdf.js cannot open the file.
ToolRun describe_structure_with_pdfjs(const std::filesystem::path& pdf);

}  // namespace sygedok::e2e
