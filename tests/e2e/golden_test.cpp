// What a person reads: the text of each rendered sample (pdftotext -layout)
// compared with tests/golden/<kind>/<name>.txt. After an intended change,
// regenerate with SYGEDOK_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>

#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

class GoldenText : public ::testing::TestWithParam<Sample> {};

TEST_P(GoldenText, MatchesTheReviewedText) {
  const Sample& s = GetParam();
  auto text = run("pdftotext -enc UTF-8 -layout " + quote(rendered_pdf(s).string()) + " -");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  auto golden = source_dir() / "tests" / "golden" / s.kind / (s.name + ".txt");
  const char* update = std::getenv("SYGEDOK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(golden.parent_path());
    write_text(golden, text.out);
    GTEST_SUCCEED() << "rewrote " << golden;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing; run with SYGEDOK_UPDATE_GOLDEN=1";
  EXPECT_EQ(text.out, read_text(golden)) << "rendered text of " << s.path << " differs from " << golden;
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenText, ::testing::ValuesIn(all_samples()),
                         sample_test_name);

}  // namespace
}  // namespace sygedok::e2e
