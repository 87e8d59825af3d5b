// The API description as the real service serves it: `sygedok serve --port 0`
// is asked for GET /openapi.json and GET /v1/schemas/{kind} over HTTP, and
// the answers are judged by npm judges independent of our code:
// swagger-parser (a valid OpenAPI 3.1 document) and ajv (each served schema
// compiles in strict mode and accepts every sample of its kind). The schema
// the OpenAPI document embeds for a kind must equal the one served alone.
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "node_judges.h"
#include "samples.h"
#include "service_process.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

// What the service served, fetched once for all tests of this file and
// kept in a folder: openapi.json and served/<kind>.schema.json.
class ServedApi {
 public:
  ServedApi() {
    std::istringstream listed(run(sygedok("kinds")).out);
    for (std::string kind; std::getline(listed, kind);) kinds.push_back(kind);
    if (kinds.empty()) problem = "`sygedok kinds` listed no kinds";
    ServiceProcess service;
    if (!service.started()) {
      problem = service.problem();
      return;
    }
    fs::create_directories(served_dir());
    fetch(service, "/openapi.json", "application/json", openapi());
    for (const auto& kind : kinds)
      fetch(service, "/v1/schemas/" + kind, "application/schema+json", served_schema(kind));
  }

  fs::path openapi() const { return dir / "openapi.json"; }
  fs::path served_dir() const { return dir / "served"; }
  fs::path served_schema(const std::string& kind) const { return served_dir() / (kind + ".schema.json"); }

  TempDir dir;
  std::vector<std::string> kinds;
  std::string problem;  // empty when every document was served

 private:
  void fetch(const ServiceProcess& service, const std::string& path, const std::string& content_type,
             const fs::path& to) {
    HttpAnswer answer = service.get(path);
    if (answer.status != 200 || answer.content_type != content_type)
      problem += "GET " + path + ": " + std::to_string(answer.status) + " " + answer.content_type + " " +
                 answer.body.substr(0, 300) + "\n";
    write_text(to, answer.body);
  }
};

const ServedApi& served_api() {
  static const ServedApi api;
  return api;
}

// The OpenAPI judge on what the service served, run once.
const ToolRun& openapi_judgement() {
  static const ToolRun judged = judge_openapi(served_api().openapi(), served_api().served_dir());
  return judged;
}

Poco::JSON::Object::Ptr parse_file(const fs::path& path) {
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
  return parser.parse(read_text(path)).extract<Poco::JSON::Object::Ptr>();
}

void write_json(const fs::path& path, const Poco::JSON::Object::Ptr& object) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(object, out);
  write_text(path, out.str());
}

TEST(ServedApi, OpenApiDocumentIsValidOpenApi31) {
  ASSERT_EQ(served_api().problem, "");
  const ToolRun& judged = openapi_judgement();
  EXPECT_EQ(judged.exit_code, 0) << judged.out << judged.err;
  EXPECT_EQ(judged.out.rfind("openapi: valid OpenAPI 3.1.", 0), 0u) << judged.out << judged.err;
}

TEST(ServedApi, EmbedsEachKindsServedSchemaAsAComponent) {
  ASSERT_EQ(served_api().problem, "");
  const ToolRun& judged = openapi_judgement();
  for (const auto& kind : served_api().kinds)
    EXPECT_NE(judged.out.find("\n" + kind + ": embedded schema is GET /v1/schemas/" + kind + " as a component\n"),
              std::string::npos)
        << judged.out << judged.err;
}

TEST(ServedApi, EachServedSchemaAcceptsEverySampleOfItsKind) {
  ASSERT_EQ(served_api().problem, "");
  const auto& kinds = served_api().kinds;
  std::vector<Sample> samples = all_samples();
  for (const Sample& sample : samples)
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), sample.kind), kinds.end()) << sample.path << ": no such kind";
  for (const auto& kind : kinds) {
    std::vector<fs::path> instances;
    for (const Sample& sample : samples)
      if (sample.kind == kind) instances.push_back(sample.path);
    ASSERT_FALSE(instances.empty()) << "no sample of " << kind;
    ToolRun judged = judge_with_ajv(served_api().served_schema(kind), instances);
    EXPECT_EQ(judged.exit_code, 0) << kind << ": " << judged.out << judged.err;
    for (const auto& instance : instances)
      EXPECT_NE(judged.out.find(instance.string() + ": valid\n"), std::string::npos) << judged.out;
  }
}

// What client generators need, as two common linters judge it: an
// operationId, tags, summary and description for every operation, declared
// 4xx answers, licence and contact. Their configurations are
// tests/node/redocly.yaml and tests/node/spectral.yaml.
TEST(ServedApi, RedoclyFindsNothingToComplainAbout) {
  ASSERT_EQ(served_api().problem, "");
  ToolRun linted = lint_with_redocly(served_api().openapi());
  EXPECT_EQ(linted.exit_code, 0) << linted.out << linted.err;
  EXPECT_NE(linted.out.find("Your API description is valid."), std::string::npos) << linted.out << linted.err;
}

TEST(ServedApi, SpectralFindsNothingToComplainAbout) {
  ASSERT_EQ(served_api().problem, "");
  ToolRun linted = lint_with_spectral(served_api().openapi());
  EXPECT_EQ(linted.exit_code, 0) << linted.out << linted.err;
  EXPECT_NE(linted.out.find("No results with a severity of 'hint' or higher found!"), std::string::npos)
      << linted.out << linted.err;
}

// Every kind is its own operation, named after it, with its own input schema.
TEST(ServedApi, EachKindHasARenderAndAValidateOperationWithItsSchema) {
  ASSERT_EQ(served_api().problem, "");
  auto paths = parse_file(served_api().openapi())->getObject("paths");
  for (const auto& kind : served_api().kinds) {
    std::string camel;  // "svar_fastholdelsesplan" → "SvarFastholdelsesplan"
    bool upper = true;
    for (char c : kind) {
      if (c != '_') camel += upper ? static_cast<char>(std::toupper(c)) : c;
      upper = c == '_';
    }
    for (const auto& [path, operation_id] : {std::pair{"/v1/documents/" + kind, "render" + camel},
                                             std::pair{"/v1/validate/" + kind, "validate" + camel}}) {
      auto item = paths->getObject(path);
      ASSERT_TRUE(item) << path;
      auto post = item->getObject("post");
      EXPECT_EQ(post->getValue<std::string>("operationId"), operation_id);
      EXPECT_EQ(post->getObject("requestBody")->getObject("content")->getObject("application/json")
                    ->getObject("schema")->getValue<std::string>("$ref"),
                "#/components/schemas/" + kind);
    }
  }
}

// A client generated from the served document, as a TypeScript developer
// would make it, renders every sample against the real service.
TEST(ServedApi, AGeneratedTypeScriptClientRendersEverySample) {
  ASSERT_EQ(served_api().problem, "");
  ServiceProcess service;
  ASSERT_TRUE(service.started()) << service.problem();
  std::vector<fs::path> samples;
  for (const Sample& sample : all_samples()) samples.push_back(sample.path);
  ToolRun rendered = render_with_typescript_client(served_api().openapi(),
                                                   "http://127.0.0.1:" + std::to_string(service.port()), samples);
  EXPECT_EQ(rendered.exit_code, 0) << rendered.out << rendered.err;
  EXPECT_EQ(rendered.out.rfind("types: generated\n", 0), 0u) << rendered.out << rendered.err;
  for (const auto& sample : samples)
    EXPECT_NE(rendered.out.find(sample.string() + ": pdf\n"), std::string::npos) << rendered.out << rendered.err;
}

// The judges can fail: a served schema that differs from the embedded one.
TEST(OpenApiJudge, NoticesAnEmbeddedSchemaThatDiffersFromTheServedOne) {
  ASSERT_EQ(served_api().problem, "");
  TempDir dir;
  fs::copy(served_api().served_dir(), dir.path());
  auto notat = parse_file(dir / "notat.schema.json");
  notat->set("title", std::string("Et andet notat"));
  write_json(dir / "notat.schema.json", notat);
  auto judged = judge_openapi(served_api().openapi(), dir.path());
  EXPECT_EQ(judged.exit_code, 1) << judged.out << judged.err;
  EXPECT_NE(judged.out.find("notat: embedded schema differs from GET /v1/schemas/notat at /title\n"),
            std::string::npos)
      << judged.out;
  EXPECT_NE(judged.out.find("referat: embedded schema is GET"), std::string::npos) << judged.out;
}

// The judges can fail: a $ref inside an embedded schema that leads nowhere.
TEST(OpenApiJudge, RefusesADanglingReferenceInsideAnEmbeddedSchema) {
  ASSERT_EQ(served_api().problem, "");
  TempDir dir;
  auto document = parse_file(served_api().openapi());
  auto employee = document->getObject("components")->getObject("schemas")->getObject("referat")
                      ->getObject("properties")->getObject("employee");
  ASSERT_TRUE(employee);
  ASSERT_EQ(employee->getValue<std::string>("$ref"), "#/components/schemas/referat/$defs/employee");
  employee->set("$ref", "#/components/schemas/referat/$defs/nobody");
  write_json(dir / "openapi.json", document);
  auto judged = judge_openapi(dir / "openapi.json", served_api().served_dir());
  EXPECT_EQ(judged.exit_code, 1) << judged.out << judged.err;
  EXPECT_EQ(judged.out.rfind("openapi: invalid: ", 0), 0u) << judged.out;
  EXPECT_NE(judged.out.find("nobody"), std::string::npos) << judged.out;
}

}  // namespace
}  // namespace sygedok::e2e
