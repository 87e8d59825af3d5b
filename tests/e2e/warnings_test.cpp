// The warnings of the law and good practice (docs/warnings.md) as a user
// meets them: `validate` and `render` print them with path and code, still
// succeed, and no sample carries a warning unless its name says so
// ("…-advarsel…"). A fastholdelsesplan with many errors reports them all.
#include <gtest/gtest.h>

#include "samples.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

class SampleWarnings : public ::testing::TestWithParam<Sample> {};

TEST_P(SampleWarnings, OnlySamplesNamedForAWarningHaveOne) {
  const Sample& s = GetParam();
  auto r = run(sygedok("validate " + s.kind + " " + quote(s.path.string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  bool meant = s.name.find("advarsel") != std::string::npos;
  if (meant) {
    EXPECT_NE(r.err.find("advarsel"), std::string::npos) << s.path << " is named for a warning but has none";
  } else {
    EXPECT_EQ(r.err, "") << s.path;
    EXPECT_EQ(r.out, s.path.string() + ": gyldig\n");
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleWarnings, ::testing::ValuesIn(all_samples()), sample_test_name);

// `validate KIND` on the sample with one field replaced: exit code and what it printed.
ToolRun validate_with(const Sample& sample, const std::string& path, const std::string& json_value) {
  TempDir dir;
  write_text(dir / "in.json", with_field(sample, path, json_value));
  return run(sygedok("validate " + sample.kind + " " + quote((dir / "in.json").string())));
}

TEST(Warnings, ValidatePrintsThemAndStillSucceeds) {
  Sample referat = sample("referat", "fravaerssamtale");
  auto r = validate_with(referat, "absence", R"({"first_day": "2026-11-02"})");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("gyldig (med advarsler)"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("advarsel i meeting.start [late_meeting_7a]"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("§ 7 a"), std::string::npos) << r.err;

  r = validate_with(referat, "next_meeting.start", R"("2027-01-02T09:00")");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("advarsel i next_meeting.start [meeting_on_weekend]"), std::string::npos) << r.err;

  r = validate_with(referat, "return_options", R"(["Han tager medicin om morgenen."])");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("advarsel i return_options[0] [possible_health_details]"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("»medicin«"), std::string::npos) << r.err;

  Sample plan = sample("fastholdelsesplan", "kort");
  r = validate_with(plan, "expected_return", R"("2027-02-22")");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("advarsel i expected_return [plan_under_8_weeks]"), std::string::npos) << r.err;
}

TEST(Warnings, RenderPrintsThemAndWritesThePdf) {
  TempDir dir;
  Sample plan = sample("fastholdelsesplan", "kort");
  write_text(dir / "in.json", with_field(plan, "colleagues", R"("Kollegaerne ved, at hun har en diskusprolaps.")"));
  auto r = run(sygedok("render fastholdelsesplan " + quote((dir / "in.json").string()) + " -o " +
                       quote((dir / "out.pdf").string())));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("advarsel i colleagues [possible_health_details]"), std::string::npos) << r.err;
  EXPECT_EQ(read_text(dir / "out.pdf").substr(0, 5), "%PDF-");
  // The text is printed as written: the warning never rewrites it.
  auto text = run("pdftotext -enc UTF-8 " + quote((dir / "out.pdf").string()) + " -");
  EXPECT_NE(text.out.find("diskusprolaps"), std::string::npos);
}

TEST(Warnings, AFastholdelsesplanWithManyErrorsReportsThemAll) {
  TempDir dir;
  write_text(dir / "in.json", R"({
    "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345678"},
    "document": {"date": "2027-03-05"},
    "employee": {"name": "Testperson Ærø"},
    "manager": {"name": ""},
    "absence": {"first_day": "2027-02-30"},
    "requested_on": "2027-03-01",
    "schedule": [{"from": "2027-03-08", "to": "2027-03-01", "hours_per_week": 0, "tasks": "Lette opgaver"}],
    "follow_up": []
  })");
  auto r = run(sygedok("validate fastholdelsesplan " + quote((dir / "in.json").string())));
  EXPECT_EQ(r.exit_code, 1);
  for (const char* expected : {"fejl i sender.cvr [invalid_cvr]", "fejl i manager.name [empty]",
                               "fejl i absence.first_day [invalid_date]", "fejl i schedule[0].to [end_before_start]",
                               "fejl i schedule[0].hours_per_week [out_of_range]", "fejl i follow_up [empty]"})
    EXPECT_NE(r.err.find(expected), std::string::npos) << expected << "\n" << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace sygedok::e2e
