// The window-envelope address block (DIN 5008 form B, docs/memo.md) judged
// by pdftotext cropped to the window: for every sample with
// employee.address, the 85 × 45 mm field 20 mm from the left and 45 mm from
// the top shows the sender's return address and the recipient's name and
// address lines, and nothing else; its lower 27.3 mm only the recipient.
// And physical post through the CLI: an error without an address, no
// warning with one.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <sstream>

#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

constexpr double kPointsPerMm = 72.0 / 25.4;

struct Window {
  std::string return_address;
  std::vector<std::string> recipient;  // name, then the address lines
};

Window window_of(const Sample& s) {
  Poco::JSON::Parser parser;
  auto root = parser.parse(read_text(s.path)).extract<Poco::JSON::Object::Ptr>();
  auto sender = root->getObject("sender");
  auto employee = root->getObject("employee");
  Window window;
  if (!sender || !employee) return window;  // a plan or a dialogue document has no addressee
  window.return_address = sender->getValue<std::string>("name") + ", " + sender->getValue<std::string>("address");
  window.recipient.push_back(employee->getValue<std::string>("name"));
  if (auto address = employee->getArray("address"))
    for (std::size_t i = 0; i < address->size(); ++i) window.recipient.push_back(address->getElement<std::string>(i));
  return window;
}

std::vector<Sample> samples_with_address() {
  std::vector<Sample> found;
  for (const auto& s : all_samples())
    if (window_of(s).recipient.size() > 1) found.push_back(s);
  return found;
}

// The non-empty lines pdftotext finds inside a rectangle given in mm from
// the page's top-left corner (pdftotext crops in pixels; -r 72: points).
std::vector<std::string> lines_in(const fs::path& pdf, double x_mm, double y_mm, double width_mm, double height_mm) {
  const auto x = static_cast<int>(std::floor(x_mm * kPointsPerMm));
  const auto y = static_cast<int>(std::floor(y_mm * kPointsPerMm));
  const auto w = static_cast<int>(std::ceil((x_mm + width_mm) * kPointsPerMm)) - x;
  const auto h = static_cast<int>(std::ceil((y_mm + height_mm) * kPointsPerMm)) - y;
  auto text = run("pdftotext -enc UTF-8 -f 1 -l 1 -r 72 -x " + std::to_string(x) + " -y " + std::to_string(y) +
                  " -W " + std::to_string(w) + " -H " + std::to_string(h) + " " + quote(pdf.string()) + " -");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  std::vector<std::string> lines;
  std::istringstream in(text.out);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\f')) line.pop_back();
    if (!line.empty() && line != "\f") lines.push_back(line);
  }
  return lines;
}

class WindowAddress : public ::testing::TestWithParam<Sample> {};

TEST_P(WindowAddress, TheWindowFieldShowsTheReturnAddressAndTheRecipientOnly) {
  const Window expected = window_of(GetParam());
  std::vector<std::string> all = {expected.return_address};
  all.insert(all.end(), expected.recipient.begin(), expected.recipient.end());
  EXPECT_EQ(lines_in(rendered_pdf(GetParam()), 20, 45, 85, 45), all);
}

TEST_P(WindowAddress, TheAddressZoneShowsTheRecipientOnly) {
  EXPECT_EQ(lines_in(rendered_pdf(GetParam()), 20, 45 + 17.7, 85, 45 - 17.7), window_of(GetParam()).recipient);
}

TEST_P(WindowAddress, TheSenderIsBesideTheWindowAndTheTextBelowIt) {
  const fs::path pdf = rendered_pdf(GetParam());
  // The information block from 125 mm: the sender's name first.
  auto beside = lines_in(pdf, 120, 45, 90, 50);
  ASSERT_FALSE(beside.empty());
  Poco::JSON::Parser parser;
  auto root = parser.parse(read_text(GetParam().path)).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(beside.front(), root->getObject("sender")->getValue<std::string>("name"));
  // Between the top edge and the field, left of the information block: nothing.
  EXPECT_TRUE(lines_in(pdf, 0, 0, 120, 45).empty());
  // Under the field, from 90 mm: the title comes first.
  EXPECT_FALSE(lines_in(pdf, 0, 90, 210, 30).empty());
}

INSTANTIATE_TEST_SUITE_P(Samples, WindowAddress, ::testing::ValuesIn(samples_with_address()), sample_test_name);

TEST(WindowAddressSamples, ThereIsALetterOfEachPostedKindWithAnAddress) {
  std::set<std::string> kinds;
  for (const auto& s : samples_with_address()) kinds.insert(s.kind);
  EXPECT_EQ(kinds, (std::set<std::string>{"indkaldelse", "laegeerklaering", "notat", "paamindelse", "referat",
                                          "svar_fastholdelsesplan"}));
}

TEST(WindowAddressSamples, ALetterWithoutAddressKeepsTheLetterheadAtTheTop) {
  const Sample letter = sample("indkaldelse", "statussamtale");
  ASSERT_EQ(window_of(letter).recipient.size(), 1u) << "the sample should have no address";
  auto top = lines_in(rendered_pdf(letter), 20, 20, 170, 25);
  ASSERT_FALSE(top.empty());
  EXPECT_EQ(top.front().rfind("Eksempel Kommune", 0), 0u) << top.front();
}

ToolRun render_letter(const Sample& s, const TempDir& dir, const std::string& kombi) {
  return run(sygedok("render " + s.kind + " " + quote(s.path.string()) + " -o " + quote((dir / "out.pdf").string()) +
                     " --memo " + quote((dir / "out.xml").string()) + " --kombi " + quote(kombi)));
}

TEST(PhysicalPost, WithTheAddressInTheWindowThereIsNoWarning) {
  TempDir dir;
  for (const std::string kombi : {"Fysisk Post", "Automatisk Valg"}) {
    auto r = render_letter(sample("referat", "fravaerssamtale"), dir, kombi);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("physical_post_address"), std::string::npos) << r.err;
  }
}

TEST(PhysicalPost, WithoutAnAddressFysiskPostIsRefusedNamingEmployeeAddress) {
  TempDir dir;
  auto r = render_letter(sample("indkaldelse", "statussamtale"), dir, "Fysisk Post");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("fejl i employee.address [required_for_envelope]"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
  EXPECT_FALSE(fs::exists(dir / "out.xml"));
}

TEST(PhysicalPost, WithoutAnAddressAutomatiskValgWarnsNamingEmployeeAddress) {
  TempDir dir;
  auto r = render_letter(sample("indkaldelse", "statussamtale"), dir, "Automatisk Valg");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("advarsel i employee.address [physical_post_address]"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace sygedok::e2e
