// The CLI as a user meets it: exit codes, problems named by JSON path, and
// no file written (or replaced) when a render fails.
#include <gtest/gtest.h>

#include "samples.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

const Sample kReferat = sample("referat", "fravaerssamtale");

TEST(Cli, RendersASampleToTheNamedFile) {
  TempDir dir;
  auto r = run(sygedok("render referat " + quote(kReferat.path.string()) + " -o " + quote((dir / "a.pdf").string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_text(dir / "a.pdf").substr(0, 8), "%PDF-1.7");
  // Nothing but the PDF is left behind (no temporary files).
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(Cli, SameInputGivesTheSameBytes) {
  TempDir dir;
  for (const char* name : {"a.pdf", "b.pdf"})
    ASSERT_EQ(run(sygedok("render referat " + quote(kReferat.path.string()) + " -o " + quote((dir / name).string()))).exit_code, 0);
  std::string a = read_text(dir / "a.pdf"), b = read_text(dir / "b.pdf");
  ASSERT_GT(a.size(), 1000u);
  EXPECT_TRUE(a == b) << "two renders of the same input differ";
}

TEST(Cli, MalformedJsonFailsAndWritesNoFile) {
  TempDir dir;
  write_text(dir / "in.json", "{\"employee\": {\"name\": \"Anna\",}");
  auto r = run(sygedok("render referat " + quote((dir / "in.json").string()) + " -o " + quote((dir / "out.pdf").string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("malformed_json"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
}

TEST(Cli, ADuplicateMemberIsRefusedWithItsPath) {
  TempDir dir;
  std::string json = read_text(kReferat.path);
  json.insert(json.find("\"cvr\""), "\"cvr\": \"87654321\", ");  // sender.cvr twice
  write_text(dir / "in.json", json);
  auto r = run(sygedok("render referat " + quote((dir / "in.json").string()) + " -o " + quote((dir / "out.pdf").string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("sender.cvr [duplicate_member]"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
}

TEST(Cli, FailedRenderLeavesAnExistingFileUntouched) {
  TempDir dir;
  write_text(dir / "out.pdf", "old");
  write_text(dir / "in.json", "not json");
  auto r = run(sygedok("render referat " + quote((dir / "in.json").string()) + " -o " + quote((dir / "out.pdf").string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(read_text(dir / "out.pdf"), "old");
}

TEST(Cli, CharacterTheFontsLackIsRefusedWithPathAndCodePoint) {
  TempDir dir;
  write_text(dir / "in.json", with_field(kReferat, "employee.name", "\"Søren \\ud83d\\ude00 Åsgaard\""));
  auto r = run(sygedok("render referat " + quote((dir / "in.json").string()) + " -o " + quote((dir / "out.pdf").string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("employee.name"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("U+1F600"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
}

TEST(Cli, ValidateListsEveryProblemWithItsPath) {
  TempDir dir;
  Sample broken{"referat", "broken", dir / "in.json"};
  write_text(broken.path, with_field(kReferat, "employee.name", ""));
  write_text(broken.path, with_field(broken, "sender.cvr", "\"12345678\""));
  auto r = run(sygedok("validate referat " + quote(broken.path.string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("employee.name"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("sender.cvr"), std::string::npos) << r.err;
}

TEST(Cli, ValidateAcceptsTheSamples) {
  for (const auto& s : all_samples()) {
    auto r = run(sygedok("validate " + s.kind + " " + quote(s.path.string())));
    EXPECT_EQ(r.exit_code, 0) << s.path << "\n" << r.err;
  }
}

TEST(Cli, UnknownKindIsAnInputError) {
  auto r = run(sygedok("validate kaffeaftale " + quote(kReferat.path.string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("unknown_kind"), std::string::npos) << r.err;
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run(sygedok("")).exit_code, 2);
  EXPECT_EQ(run(sygedok("fly referat x.json")).exit_code, 2);
  EXPECT_EQ(run(sygedok("render referat x.json")).exit_code, 2);  // no -o
  EXPECT_EQ(run(sygedok("render referat x.json -o")).exit_code, 2);
  EXPECT_EQ(run(sygedok("render referat x.json -o y.pdf --port 3")).exit_code, 2);  // an option of serve
}

TEST(Cli, MissingInputFileIsAnIoError) {
  TempDir dir;
  auto r = run(sygedok("render referat " + quote((dir / "none.json").string()) + " -o " + quote((dir / "o.pdf").string())));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_FALSE(fs::exists(dir / "o.pdf"));
}

TEST(Cli, RenderAllWritesOnePdfPerSample) {
  TempDir dir;
  auto r = run(sygedok("render --all " + quote((source_dir() / "samples").string()) + " -o " + quote(dir.path().string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& s : all_samples())
    EXPECT_TRUE(fs::exists(dir / (s.kind + "/" + s.name + ".pdf"))) << s.path;
}

// sygedok plan: JSON on standard output, or written atomically with -o;
// Python's json module reads it (a second parser).
TEST(Cli, PlanWritesTheFollowUpPlanAsJson) {
  TempDir dir;
  const std::string sample = quote((source_dir() / "samples" / "plan" / "koege-langvarig.json").string());
  auto printed = run(sygedok("plan " + sample));
  ASSERT_EQ(printed.exit_code, 0) << printed.err;
  write_text(dir / "plan.json", printed.out);
  auto read = run("python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); "
                  "print(p[\"summary\"][\"overdue\"], [i[\"id\"] for i in p[\"items\"] if i[\"state\"]==\"overdue\"])' " +
                  quote((dir / "plan.json").string()));
  EXPECT_EQ(read.out, "1 ['koege_omsorgssamtale_2_uger']\n") << read.err;
  auto written = run(sygedok("plan " + sample + " -o " + quote((dir / "out.json").string())));
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(read_text(dir / "out.json"), printed.out);
}

}  // namespace
}  // namespace sygedok::e2e
