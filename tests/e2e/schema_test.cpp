// The published JSON Schemas agree with the service: every sample is valid
// under its kind's schema (judged by Python's jsonschema, a 2020-12
// validator independent of our code), and inputs the service refuses are
// refused by the schema too.
#include <gtest/gtest.h>

#include "samples.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

// Exit 0 when `document` is valid under `schema` (files), 1 otherwise.
ToolRun judge_with_jsonschema(const std::filesystem::path& schema, const std::filesystem::path& document) {
  return run("/usr/bin/python3 -c 'import json, sys, jsonschema\n"
             "schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))\n"
             "jsonschema.Draft202012Validator.check_schema(schema)\n"
             "errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))\n"
             "[print(\"/\".join(map(str, e.absolute_path)), e.message) for e in errors]\n"
             "sys.exit(1 if errors else 0)' " +
             quote(schema.string()) + " " + quote(document.string()));
}

std::filesystem::path write_schema(const TempDir& dir, const std::string& kind) {
  auto r = run(sygedok("schema " + kind));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  write_text(dir / (kind + ".schema.json"), r.out);
  return dir / (kind + ".schema.json");
}

class SampleSchema : public ::testing::TestWithParam<Sample> {};

TEST_P(SampleSchema, SampleIsValidUnderItsKindsSchema) {
  TempDir dir;
  auto r = judge_with_jsonschema(write_schema(dir, GetParam().kind), GetParam().path);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleSchema, ::testing::ValuesIn(all_samples()), sample_test_name);

struct Broken {
  std::string path, value;
};

TEST(Schema, InputsTheServiceRefusesTheSchemaRefusesToo) {
  TempDir dir;
  auto schema = write_schema(dir, "referat");
  Sample referat = sample("referat", "fravaerssamtale");
  for (const Broken& broken : std::vector<Broken>{{"employee.name", ""},
                                                  {"meeting.type", "\"kaffemøde\""},
                                                  {"meeting.start", "\"7. december\""},
                                                  {"document.date", "\"2026-11\""},
                                                  {"status", "[]"},
                                                  {"sender.cvr", "\"1234\""}}) {
    write_text(dir / "in.json", with_field(referat, broken.path, broken.value));
    EXPECT_EQ(judge_with_jsonschema(schema, dir / "in.json").exit_code, 1) << broken.path;
    EXPECT_EQ(run(sygedok("validate referat " + quote((dir / "in.json").string()))).exit_code, 1) << broken.path;
  }
}

TEST(Schema, UnknownKindHasNoSchema) {
  auto r = run(sygedok("schema kaffeaftale"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace sygedok::e2e
