// The organisation profile from outside: `sygedok render --templates DIR`
// with DIR = tests/fixtures/profile-eksempel (a logo and two changed
// wordings), judged by pdfimages (exactly one image, on page 1, at the
// profile's width), pdftotext (the changed wording) and qpdf; and a broken
// profile stops sygedok before any document, naming the file and member.
#include <Poco/Checksum.h>
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "samples.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

fs::path fixture() { return source_dir() / "tests" / "fixtures" / "profile-eksempel"; }

// Renders `s` with the example profile (or without one when `templates` is empty).
ToolRun render(const Sample& s, const fs::path& out, const fs::path& templates = fixture()) {
  std::string arguments = "render " + s.kind + " " + quote(s.path.string()) + " -o " + quote(out.string());
  if (!templates.empty()) arguments += " --templates " + quote(templates.string());
  return run(sygedok(arguments));
}

struct ImageRow {
  int page = 0;
  int width = 0, height = 0;
  std::string colour;
  double x_ppi = 0;
};

// The rows of `pdfimages -list`.
std::vector<ImageRow> images_of(const fs::path& pdf) {
  auto list = run("pdfimages -list " + quote(pdf.string()));
  EXPECT_EQ(list.exit_code, 0) << list.err;
  std::vector<ImageRow> rows;
  std::istringstream lines(list.out);
  std::string line;
  static const std::regex row(
      "^\\s*(\\d+)\\s+\\d+\\s+(\\w+)\\s+(\\d+)\\s+(\\d+)\\s+(\\w+)\\s+\\d+\\s+\\d+\\s+\\w+\\s+\\w+\\s+\\d+\\s+\\d+\\s+"
      "(\\d+)\\s+\\d+\\s.*$");
  while (std::getline(lines, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    EXPECT_EQ(m[2].str(), "image") << line;  // never a soft mask
    rows.push_back({std::stoi(m[1].str()), std::stoi(m[3].str()), std::stoi(m[4].str()), m[5].str(),
                    std::stod(m[6].str())});
  }
  return rows;
}

// The text of the PDF with every run of white space one space.
std::string flowing_text(const fs::path& pdf) {
  auto text = run("pdftotext -enc UTF-8 " + quote(pdf.string()) + " -");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  return std::regex_replace(text.out, std::regex("\\s+"), " ");
}

TEST(Profile, PutsExactlyOneLogoOnPageOneAtItsWidth) {
  TempDir dir;
  const Sample letter = sample("indkaldelse", "spredt_fravaer-lang");  // more than one page
  auto r = render(letter, dir / "brev.pdf");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto pages = run("pdfinfo " + quote((dir / "brev.pdf").string()) + " | grep '^Pages:'");
  ASSERT_NE(pages.out.find("Pages:"), std::string::npos);
  EXPECT_GT(std::stoi(pages.out.substr(pages.out.find(':') + 1)), 1) << "the sample should have several pages";
  auto images = images_of(dir / "brev.pdf");
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].page, 1);
  EXPECT_EQ(images[0].width, 360);
  EXPECT_EQ(images[0].height, 120);
  EXPECT_EQ(images[0].colour, "rgb");
  // 360 pixels over 45 mm (profile.json's width_mm): 203 pixels per inch.
  EXPECT_NEAR(images[0].x_ppi, 360 / (45 / 25.4), 1.0);
  auto check = run("qpdf --check " + quote((dir / "brev.pdf").string()));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST(Profile, ChangesTheWordingsItNames) {
  TempDir dir;
  const Sample letter = sample("indkaldelse", "fravaerssamtale");
  ASSERT_EQ(render(letter, dir / "med.pdf").exit_code, 0);
  ASSERT_EQ(render(letter, dir / "uden.pdf", fs::path()).exit_code, 0);
  const std::string with_profile = flowing_text(dir / "med.pdf");
  const std::string built_in = flowing_text(dir / "uden.pdf");
  EXPECT_NE(with_profile.find(" Venlig hilsen "), std::string::npos) << with_profile;
  EXPECT_EQ(with_profile.find("Med venlig hilsen"), std::string::npos);
  EXPECT_NE(with_profile.find("Du kan også kontakte Personaleafdelingen i Eksempel Kommune på telefon 12 34 56 99."),
            std::string::npos)
      << with_profile;
  EXPECT_NE(with_profile.find("Jeg ser frem til at tale med dig."), std::string::npos);  // not named: built-in
  EXPECT_NE(built_in.find("Med venlig hilsen"), std::string::npos);
  EXPECT_EQ(built_in.find("Personaleafdelingen"), std::string::npos);
  EXPECT_TRUE(images_of(dir / "uden.pdf").empty());
}

TEST(Profile, KeepsTheOutputByteStable) {
  TempDir dir;
  const Sample referat = sample("referat", "fravaerssamtale");
  ASSERT_EQ(render(referat, dir / "a.pdf").exit_code, 0);
  ASSERT_EQ(render(referat, dir / "b.pdf").exit_code, 0);
  const std::string a = read_text(dir / "a.pdf");
  EXPECT_GT(a.size(), 1000u);
  EXPECT_TRUE(a == read_text(dir / "b.pdf")) << "two renders with the same profile differ";
}

// A copy of the example profile with `profile_json` and `logo` in place of its own.
fs::path broken_profile(const TempDir& dir, const std::string& profile_json, const std::string& logo) {
  fs::create_directories(dir / "profil");
  write_text(dir / "profil" / "profile.json", profile_json);
  write_text(dir / "profil" / "logo.png", logo);
  return dir / "profil";
}

TEST(Profile, AMissingLogoStopsSygedokNamingFileAndMember) {
  TempDir dir;
  auto templates = broken_profile(dir, R"({"logo": {"file": "mangler.png", "width_mm": 40}})", "");
  auto r = render(sample("referat", "fravaerssamtale"), dir / "out.pdf", templates);
  EXPECT_EQ(r.exit_code, 4) << r.err;  // cli::kStartupError
  EXPECT_NE(r.err.find("profile_error"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((templates / "profile.json").string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("logo.file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mangler.png"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
}

TEST(Profile, ALogoThePdfCannotEmbedStopsSygedok) {
  TempDir dir;
  // The example logo with its colour type made RGBA (and IHDR's CRC fixed): transparency.
  std::string logo = read_text(fixture() / "logo.png");
  logo[8 + 8 + 9] = '\x06';
  Poco::Checksum crc(Poco::Checksum::TYPE_CRC32);
  crc.update(logo.data() + 12, 17);  // "IHDR" and its 13 bytes
  for (int i = 0; i < 4; ++i) logo[29 + i] = static_cast<char>((crc.checksum() >> (24 - 8 * i)) & 0xFF);
  auto templates = broken_profile(dir, R"({"logo": {"file": "logo.png", "width_mm": 40}})", logo);
  auto r = render(sample("referat", "fravaerssamtale"), dir / "out.pdf", templates);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("logo.file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("gennemsigtige"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
}

TEST(Profile, AnAbsurdWidthStopsSygedok) {
  TempDir dir;
  auto templates =
      broken_profile(dir, R"({"logo": {"file": "logo.png", "width_mm": 500}})", read_text(fixture() / "logo.png"));
  auto r = render(sample("referat", "fravaerssamtale"), dir / "out.pdf", templates);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("logo.width_mm"), std::string::npos) << r.err;
}

TEST(Profile, AWordingTheFontCannotDrawStopsSygedok) {
  TempDir dir;
  auto templates = broken_profile(dir, R"({"wordings": {"closing": "Med venlig hilsen 漢"}})", "");
  auto r = render(sample("referat", "fravaerssamtale"), dir / "out.pdf", templates);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("wordings.closing: tegnet U+6F22"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace sygedok::e2e
