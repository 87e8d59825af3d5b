// Every rendered sample judged by tools that know PDF better than we do:
// qpdf (structure), pdffonts (fonts embedded, ToUnicode accepted), pdfinfo
// (version, metadata) and pdftotext (the text a reader or screen reader gets).
#include <gtest/gtest.h>

#include <sstream>

#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

class EverySample : public ::testing::TestWithParam<Sample> {};

TEST_P(EverySample, PassesQpdfCheck) {
  auto r = run("qpdf --check " + quote(rendered_pdf(GetParam()).string()));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("No syntax or stream encoding errors found"), std::string::npos) << r.out;
}

TEST_P(EverySample, EmbedsEveryFontWithAToUnicodeMapPopplerAccepts) {
  auto r = run("pdffonts " + quote(rendered_pdf(GetParam()).string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "") << "pdffonts warned";
  std::istringstream lines(r.out);
  std::string line;
  int fonts = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    ++fonts;
    // columns: name type encoding emb sub uni object ID
    std::istringstream columns(line);
    std::string name, type1, type2, encoding, emb, sub, uni;
    columns >> name >> type1 >> type2 >> encoding >> emb >> sub >> uni;
    EXPECT_EQ(type1 + " " + type2, "CID TrueType") << line;
    EXPECT_EQ(emb, "yes") << line;
    EXPECT_EQ(sub, "yes") << line;
    EXPECT_EQ(uni, "yes") << line;
  }
  EXPECT_GE(fonts, 2) << r.out;  // regular and bold at least
}

TEST_P(EverySample, IsPdf17WithDanishMetadata) {
  auto r = run("pdfinfo " + quote(rendered_pdf(GetParam()).string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("PDF version:    1.7"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Page size:      595.276 x 841.89 pts (A4)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Title:          Referat"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Author:         Eksempel Kommune"), std::string::npos) << r.out;
}

TEST_P(EverySample, TextExtractsWithoutWarningsAndNumbersItsPages) {
  auto pdf = rendered_pdf(GetParam());
  auto info = run("pdfinfo " + quote(pdf.string()));
  auto pages_at = info.out.find("Pages:");
  ASSERT_NE(pages_at, std::string::npos);
  int pages = std::stoi(info.out.substr(pages_at + 6));
  auto text = run("pdftotext -enc UTF-8 " + quote(pdf.string()) + " -");
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.err, "");
  for (int page = 1; page <= pages; ++page)
    EXPECT_NE(text.out.find("Side " + std::to_string(page) + " af " + std::to_string(pages)), std::string::npos)
        << "footer of page " << page;
}

INSTANTIATE_TEST_SUITE_P(Samples, EverySample, ::testing::ValuesIn(all_samples()),
                         sample_test_name);

TEST(Pdf, LongReferatHasAtLeastThreePages) {
  auto info = run("pdfinfo " + quote(rendered_pdf(sample("referat", "statussamtale-lang")).string()));
  auto pages_at = info.out.find("Pages:");
  ASSERT_NE(pages_at, std::string::npos) << info.out;
  EXPECT_GE(std::stoi(info.out.substr(pages_at + 6)), 3);
}

TEST(Pdf, NamesFromTheWholeLatinWorldRoundTrip) {
  TempDir dir;
  const std::string names = "Łukasz Wójcik, Şükrü Öztürk, Nguyễn Thị Ngọc Trâm";
  // The same names decomposed (NFD) come out composed.
  const std::string decomposed = "Nguye\\u0302\\u0303n Thi\\u0323 Ngo\\u0323c Tra\\u0302m";
  Sample referat = sample("referat", "fravaerssamtale");
  write_text(dir / "a.json", with_field(referat, "employee.name", "\"" + names + "\""));
  Sample step{"referat", "a", dir / "a.json"};
  write_text(dir / "b.json", with_field(step, "manager.name", "\"" + decomposed + "\""));
  auto r = run(sygedok("render referat " + quote((dir / "b.json").string()) + " -o " + quote((dir / "b.pdf").string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto text = run("pdftotext -enc UTF-8 -raw " + quote((dir / "b.pdf").string()) + " -");
  EXPECT_EQ(text.err, "");
  EXPECT_NE(text.out.find(names), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Nguyễn Thị Ngọc Trâm"), std::string::npos);
  for (const char* danish : {"æ", "ø", "å", "Æ", "Ø", "Å", "Referat af fraværssamtale", "Næste samtale"})
    EXPECT_NE(text.out.find(danish), std::string::npos) << danish;
}

}  // namespace
}  // namespace sygedok::e2e
