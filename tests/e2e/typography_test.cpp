// Danish typography in every rendered sample, read back with
// `pdftotext -raw` (one line per line of text): no line ends inside a
// date ("7." | "december", "december" | "2026"), a time ("kl." | "10.00") or
// a section reference ("§" | "56") (layout/danish_ties.h).
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <vector>

#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    const auto first = line.find_first_not_of(' ');
    lines.push_back(first == std::string::npos ? "" : line.substr(first));
  }
  return lines;
}

// Whether a line ending in `end` and the next beginning with `next` cut a
// phrase Danish keeps on one line.
bool cuts_a_tie(const std::string& end, const std::string& next) {
  static const std::string months = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)";
  static const std::regex day_at_end(R"((^|\s)\d{1,2}\.$)");
  static const std::regex month_at_start("^" + months + R"(\b)", std::regex::icase);
  static const std::regex month_at_end(R"((^|\s))" + months + "$", std::regex::icase);
  static const std::regex year_at_start(R"(^\d{4}\b)");
  static const std::regex before_number_at_end(R"((^|\s)(kl\.|§|§§|nr\.|CVR|CVR-nr\.|Sagsnr\.)$)");
  static const std::regex number_at_start(R"(^\d)");
  return (std::regex_search(end, day_at_end) && std::regex_search(next, month_at_start)) ||
         (std::regex_search(end, month_at_end) && std::regex_search(next, year_at_start)) ||
         (std::regex_search(end, before_number_at_end) && std::regex_search(next, number_at_start));
}

TEST(DanishTypography, TheJudgeSeesACutDate) {
  EXPECT_TRUE(cuts_a_tie("senest onsdag den 2.", "december 2026, så"));
  EXPECT_TRUE(cuts_a_tie("Fredag den 19. marts 2027 kl.", "10.00"));
  EXPECT_TRUE(cuts_a_tie("aftale efter §", "56"));
  EXPECT_FALSE(cuts_a_tie("senest onsdag den", "2. december 2026"));
  EXPECT_FALSE(cuts_a_tie("på 7.", "sal"));
}

class EverySampleTypography : public ::testing::TestWithParam<Sample> {};

TEST_P(EverySampleTypography, NoLineEndsInsideADateATimeOrASectionReference) {
  auto r = run("pdftotext -raw -enc UTF-8 " + quote(rendered_pdf(GetParam()).string()) + " -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = lines_of(r.out);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    EXPECT_FALSE(cuts_a_tie(lines[i], lines[i + 1])) << "\n  " << lines[i] << "\n  " << lines[i + 1];
}

INSTANTIATE_TEST_SUITE_P(Samples, EverySampleTypography, ::testing::ValuesIn(all_samples()), sample_test_name);

}  // namespace
}  // namespace sygedok::e2e
