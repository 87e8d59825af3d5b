// The published JSON Schemas agree with the service: every sample is valid
// under its kind's schema (judged by ajv, a 2020-12 validator independent
// of our code, in strict mode so that a mistake in a schema fails too), and
// inputs the service refuses are refused by the schema too.
#include <gtest/gtest.h>

#include "node_judges.h"
#include "samples.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

std::filesystem::path write_schema(const TempDir& dir, const std::string& kind) {
  auto r = run(sygedok("schema " + kind));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  write_text(dir / (kind + ".schema.json"), r.out);
  return dir / (kind + ".schema.json");
}

class SampleSchema : public ::testing::TestWithParam<Sample> {};

TEST_P(SampleSchema, SampleIsValidUnderItsKindsSchema) {
  TempDir dir;
  auto r = judge_with_ajv(write_schema(dir, GetParam().kind), {GetParam().path});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, GetParam().path.string() + ": valid\n");
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
    auto judged = judge_with_ajv(schema, {dir / "in.json"});
    EXPECT_EQ(judged.exit_code, 1) << broken.path << ": " << judged.out << judged.err;
    EXPECT_EQ(judged.out.rfind((dir / "in.json").string() + ": invalid: ", 0), 0u) << judged.out;
    EXPECT_EQ(run(sygedok("validate referat " + quote((dir / "in.json").string()))).exit_code, 1) << broken.path;
  }
}

// The follow-up plan's input (docs/planning.md) has its schema too.
TEST(Schema, EveryPlanSampleIsValidAndAnImpossibleOneIsNot) {
  TempDir dir;
  auto schema = write_schema(dir, "plan");
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "samples" / "plan")) {
    auto r = judge_with_ajv(schema, {entry.path()});
    EXPECT_EQ(r.out, entry.path().string() + ": valid\n") << r.err;
  }
  write_text(dir / "in.json", R"({"as_of": "2026-12-01", "employee": {"name": "Testa"},
                                   "held": [{"type": "kaffe", "date": "2026-12-01"}]})");
  auto judged = judge_with_ajv(schema, {dir / "in.json"});
  EXPECT_EQ(judged.exit_code, 1) << judged.out;
  EXPECT_EQ(run(sygedok("plan " + quote((dir / "in.json").string()))).exit_code, 1);
}

TEST(Schema, UnknownKindHasNoSchema) {
  auto r = run(sygedok("schema kaffeaftale"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
}

// The judge itself: strict mode refuses a schema with a misspelt keyword
// (which a lenient validator would ignore, accepting everything).
TEST(SchemaJudge, RefusesASchemaWithAnUnknownKeyword) {
  TempDir dir;
  write_text(dir / "misspelt.schema.json",
             R"({"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "requried": ["employee"]})");
  write_text(dir / "empty.json", "{}");
  auto r = judge_with_ajv(dir / "misspelt.schema.json", {dir / "empty.json"});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.out.find("unknown keyword: \"requried\""), std::string::npos) << r.out;
}

}  // namespace
}  // namespace sygedok::e2e
