// Every rendered sample judged by tools that know PDF better than we do:
// qpdf (structure), pdffonts (fonts embedded, ToUnicode accepted), pdfinfo
// (version, metadata) and pdftotext (the text a reader or screen reader gets).
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

// The value of a `pdfinfo` line such as "Title:    Referat …".
std::string pdfinfo_field(const std::string& pdfinfo, const std::string& field) {
  std::istringstream lines(pdfinfo);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind(field + ":", 0) != 0) continue;
    auto value = line.find_first_not_of(' ', field.size() + 1);
    return value == std::string::npos ? "" : line.substr(value);
  }
  return "<no " + field + ">";
}

int page_count(const std::filesystem::path& pdf) {
  return std::stoi("0" + pdfinfo_field(run("pdfinfo " + quote(pdf.string())).out, "Pages"));
}

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
  EXPECT_EQ(pdfinfo_field(r.out, "PDF version"), "1.7");
  EXPECT_EQ(pdfinfo_field(r.out, "Page size"), "595.276 x 841.89 pts (A4)");
  // The title names the kind of document; kinds not listed here must at least have one.
  const std::map<std::string, std::string> title_starts = {{"referat", "Referat af "},
                                                           {"indkaldelse", "Indkaldelse til "},
                                                           {"notat", "Notat om "},
                                                           {"fastholdelsesplan", "Fastholdelsesplan"},
                                                           {"paamindelse", "Påmindelse om referat"},
                                                           {"laegeerklaering", "Anmodning om "},
                                                           {"svar_fastholdelsesplan", "Svar på din anmodning"},
                                                           {"spoergeskema", "Spørgeskema: "},
                                                           {"dialogresultat", "Resultat af dialogværktøjet"},
                                                           {"handleplan", "Handleplan"}};
  auto expected = title_starts.find(GetParam().kind);
  if (expected != title_starts.end()) {
    EXPECT_EQ(pdfinfo_field(r.out, "Title").rfind(expected->second, 0), 0u) << r.out;
  }
  EXPECT_FALSE(pdfinfo_field(r.out, "Title").empty()) << r.out;
  // The author is the sender; a document without one (a blank questionnaire) names sygedok.
  const bool has_sender = read_text(GetParam().path).find("\"sender\"") != std::string::npos;
  EXPECT_EQ(pdfinfo_field(r.out, "Author"), has_sender ? "Eksempel Kommune" : "sygedok");
}

TEST_P(EverySample, TextExtractsWithoutWarningsAndNumbersItsPages) {
  auto pdf = rendered_pdf(GetParam());
  int pages = page_count(pdf);
  ASSERT_GE(pages, 1);
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
  EXPECT_GE(page_count(rendered_pdf(sample("referat", "statussamtale-lang"))), 3);
}

TEST(Pdf, NamesFromTheWholeLatinWorldRoundTrip) {
  TempDir dir;
  const std::string names = "Łukasz Wójcik, Şükrü Öztürk, Nguyễn Thị Ngọc Trâm";
  // A name typed decomposed (NFD) comes out composed.
  const std::string decomposed = "Nguye\\u0302\\u0303n Thi\\u0323 Ngo\\u0323c Tra\\u0302m";
  Sample referat = sample("referat", "fravaerssamtale");
  write_text(dir / "a.json", with_field(referat, "status", "[\"" + names + "\"]"));
  Sample step{"referat", "a", dir / "a.json"};
  write_text(dir / "b.json", with_field(step, "manager.name", "\"" + decomposed + "\""));
  auto r = run(sygedok("render referat " + quote((dir / "b.json").string()) + " -o " + quote((dir / "b.pdf").string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto text = run("pdftotext -enc UTF-8 " + quote((dir / "b.pdf").string()) + " -");
  EXPECT_EQ(text.err, "");
  EXPECT_NE(text.out.find(names), std::string::npos) << text.out;
  // In the status paragraph and under the manager's signature line (the
  // narrow facts-table cell may wrap it).
  int composed = 0;
  for (auto at = text.out.find("Nguyễn Thị Ngọc Trâm"); at != std::string::npos;
       at = text.out.find("Nguyễn Thị Ngọc Trâm", at + 1))
    ++composed;
  EXPECT_GE(composed, 2) << text.out;
  for (const char* danish : {"Søren Ærø Åsgaard", "Referat af fraværssamtale", "Næste samtale", "Formål"})
    EXPECT_NE(text.out.find(danish), std::string::npos) << danish;
}

}  // namespace
}  // namespace sygedok::e2e
