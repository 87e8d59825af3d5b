#include "compose/organisation_profile.h"

#include <gtest/gtest.h>

#include <fstream>

#include "compose/composer_test_support.h"
#include "core/image_test_support.h"
#include "core/temp_dir_test_support.h"

namespace sygedok::compose {
namespace {

namespace fs = std::filesystem;
using namespace test_images;
using namespace test_support;

// A templates directory of the test's own, removed afterwards.
using OverlayDir = sygedok::testing::TempDir;

const std::string kLogo = png_file(300, 100, 8, 2, "pixel data is not read here");

Result<OrganisationProfile> load_with(const std::string& profile_json, const std::string& logo = kLogo) {
  OverlayDir dir;
  dir.write("profile.json", profile_json);
  dir.write("billeder/logo.png", logo);
  return load_organisation_profile(dir.path());
}

// The single problem of a profile that did not load.
std::string only_problem(const Result<OrganisationProfile>& profile) {
  EXPECT_FALSE(profile.ok());
  if (profile.ok() || profile.diagnostics().empty()) return "";
  EXPECT_EQ(profile.diagnostics().size(), 1u);
  EXPECT_EQ(profile.diagnostics()[0].code, "profile_error");
  return profile.diagnostics()[0].message;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(OrganisationProfile, TheBuiltInProfileHasNoLogoAndTheDefaultWordings) {
  auto profile = load_organisation_profile();
  ASSERT_TRUE(profile.ok()) << profile.diagnostics().front().message;
  EXPECT_FALSE(profile.value().logo.has_value());
  EXPECT_EQ(profile.value().origin, "indbygget");
  EXPECT_EQ(profile.value().wordings.at("closing"), "Med venlig hilsen");
  EXPECT_EQ(profile.value().wordings.at("looking_forward"), "Jeg ser frem til at tale med dig.");
  EXPECT_EQ(profile.value().wordings.at("further_contact"), "");
}

TEST(OrganisationProfile, ADirectoryWithoutProfileKeepsTheBuiltInOne) {
  OverlayDir dir;
  auto profile = load_organisation_profile(dir.path());
  ASSERT_TRUE(profile.ok());
  EXPECT_EQ(profile.value().origin, "indbygget");
}

TEST(OrganisationProfile, ReadsTheLogoAndSizesItByItsAspectRatio) {
  auto profile = load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 45}})");
  ASSERT_TRUE(profile.ok()) << profile.diagnostics().front().message;
  ASSERT_TRUE(profile.value().logo.has_value());
  const Logo& logo = *profile.value().logo;
  EXPECT_EQ(logo.width_mm, 45);
  EXPECT_DOUBLE_EQ(logo.height_mm, 15);
  EXPECT_EQ(logo.position, LogoPosition::TopRight);
  EXPECT_EQ(logo.image->format, ImageFormat::Png);
  EXPECT_EQ(logo.image->width_px, 300u);
  EXPECT_EQ(logo.image->height_px, 100u);
  EXPECT_EQ(logo.image->bytes, kLogo);
  EXPECT_TRUE(has(logo.file, "billeder/logo.png")) << logo.file;
  EXPECT_TRUE(has(profile.value().origin, "profile.json"));

  auto left = load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 30, "position": "top_left"}})");
  ASSERT_TRUE(left.ok());
  EXPECT_EQ(left.value().logo->position, LogoPosition::TopLeft);
}

TEST(OrganisationProfile, ChoosesHowTheFravaerskortCountsDays) {
  auto built_in = load_organisation_profile();
  ASSERT_TRUE(built_in.ok());
  EXPECT_EQ(built_in.value().reading.absence_day_count, model::AbsenceDayCount::WorkingDays);
  auto calendar = load_with(R"({"absence_days": "kalenderdage"})");
  ASSERT_TRUE(calendar.ok());
  EXPECT_EQ(calendar.value().reading.absence_day_count, model::AbsenceDayCount::CalendarDays);
  for (const char* wrong : {R"({"absence_days": "dage"})", R"({"absence_days": 5})"})
    EXPECT_TRUE(has(only_problem(load_with(wrong)), "absence_days")) << wrong;
}

TEST(OrganisationProfile, ChoosesHowTheTitleUnderASignatureIsWritten) {
  auto built_in = load_organisation_profile();
  ASSERT_TRUE(built_in.ok());
  EXPECT_EQ(built_in.value().signature_title, TitleCase::Capitalised);
  auto lower = load_with(R"({"signature_title": "lower_case"})");
  ASSERT_TRUE(lower.ok());
  EXPECT_EQ(lower.value().signature_title, TitleCase::LowerCase);
  auto as_written = load_with(R"({"signature_title": "as_written"})");
  ASSERT_TRUE(as_written.ok());
  EXPECT_EQ(as_written.value().signature_title, TitleCase::AsWritten);
  for (const char* wrong : {R"({"signature_title": "Stort"})", R"({"signature_title": true})"})
    EXPECT_TRUE(has(only_problem(load_with(wrong)), "signature_title")) << wrong;
}

TEST(OrganisationProfile, ReadsTheLogosAlternativeTextOrLeavesItToTheDefault) {
  auto with_alt = load_with(
      R"({"logo": {"file": "billeder/logo.png", "width_mm": 30, "alt": "Eksempel Kommunes logo: et blåt skjold"}})");
  ASSERT_TRUE(with_alt.ok()) << with_alt.diagnostics().front().message;
  EXPECT_EQ(with_alt.value().logo->alt, "Eksempel Kommunes logo: et blåt skjold");
  auto without = load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 30}})");
  ASSERT_TRUE(without.ok());
  EXPECT_EQ(without.value().logo->alt, "") << "the engine names the sender then";
}

TEST(OrganisationProfile, RefusesAnAlternativeTextThatIsNotOneLineOfText) {
  const std::vector<std::string> refused{R"("")", "42", R"("to\nlinjer")", "\"" + std::string(301, 'x') + "\""};
  for (const std::string& alt : refused) {
    const std::string message =
        only_problem(load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 30, "alt": )" + alt + "}}"));
    EXPECT_TRUE(has(message, "logo.alt")) << alt << ": " << message;
    EXPECT_TRUE(has(message, "skærmlæsere")) << message;
  }
}

TEST(OrganisationProfile, AcceptsAJpegLogo) {
  OverlayDir dir;
  dir.write("profile.json", R"({"logo": {"file": "logo.jpg", "width_mm": 20}})");
  dir.write("logo.jpg", jpeg_file(400, 200, 3));
  auto profile = load_organisation_profile(dir.path());
  ASSERT_TRUE(profile.ok()) << profile.diagnostics().front().message;
  EXPECT_EQ(profile.value().logo->image->format, ImageFormat::Jpeg);
  EXPECT_DOUBLE_EQ(profile.value().logo->height_mm, 10);
}

TEST(OrganisationProfile, ReplacesOnlyTheWordingsItNames) {
  auto profile = load_with(R"({"wordings": {"closing": "Venlig hilsen", "further_contact": "Ring til HR."}})");
  ASSERT_TRUE(profile.ok()) << profile.diagnostics().front().message;
  EXPECT_EQ(profile.value().wordings.at("closing"), "Venlig hilsen");
  EXPECT_EQ(profile.value().wordings.at("further_contact"), "Ring til HR.");
  EXPECT_EQ(profile.value().wordings.at("looking_forward"), "Jeg ser frem til at tale med dig.");
  EXPECT_FALSE(profile.value().logo.has_value());
}

TEST(OrganisationProfile, SetsTheNoticeOfTheShortNoticeRuleAndTheReturnPeriod) {
  auto built_in = load_organisation_profile();
  ASSERT_TRUE(built_in.ok());
  EXPECT_EQ(built_in.value().reading.notice_working_days, model::kDefaultNoticeWorkingDays);
  EXPECT_EQ(built_in.value().reading.return_working_days, model::kDefaultReturnWorkingDays);
  auto set = load_with(R"({"notice_working_days": 5, "return_working_days": 10})");
  ASSERT_TRUE(set.ok()) << set.diagnostics().front().message;
  EXPECT_EQ(set.value().reading.notice_working_days, 5);
  EXPECT_EQ(set.value().reading.return_working_days, 10);
  for (const char* member : {"notice_working_days", "return_working_days"})
    for (const char* wrong : {"0", "21", "2.5", "\"5\""}) {
      const std::string json = std::string("{\"") + member + "\": " + wrong + "}";
      std::string problem = only_problem(load_with(json));
      EXPECT_TRUE(has(problem, member)) << json << ": " << problem;
      EXPECT_TRUE(has(problem, "fra 1 til 20")) << json << ": " << problem;
    }
}

TEST(OrganisationProfile, NamesTheFileAndMemberOfEachLogoProblem) {
  std::string missing = only_problem(load_with(R"({"logo": {"file": "mangler.png", "width_mm": 40}})"));
  EXPECT_TRUE(has(missing, "profile.json")) << missing;
  EXPECT_TRUE(has(missing, "logo.file")) << missing;
  EXPECT_TRUE(has(missing, "mangler.png")) << missing;
  EXPECT_TRUE(has(missing, "findes ikke")) << missing;

  std::string not_image = only_problem(load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 40}})", "GIF89a"));
  EXPECT_TRUE(has(not_image, "logo.file")) << not_image;
  EXPECT_TRUE(has(not_image, "hverken en PNG- eller en JPEG-fil")) << not_image;

  std::string truncated =
      only_problem(load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 40}})", kLogo.substr(0, 40)));
  EXPECT_TRUE(has(truncated, "afkortet")) << truncated;

  std::string wide = only_problem(load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 200}})"));
  EXPECT_TRUE(has(wide, "logo.width_mm")) << wide;
  EXPECT_TRUE(has(wide, "fra 10 til 80")) << wide;

  std::string tall = only_problem(
      load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 40}})", png_file(100, 100, 8, 2, "x")));
  EXPECT_TRUE(has(tall, "40 mm bliver logoet 40 mm højt; højst 30 mm")) << tall;

  std::string huge = only_problem(
      load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 40}})", png_file(9000, 1000, 8, 2, "x")));
  EXPECT_TRUE(has(huge, "9000 × 1000")) << huge;

  EXPECT_TRUE(has(only_problem(load_with(R"({"logo": {"file": "billeder/logo.png"}})")), "logo.width_mm"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": "40"}})")),
                  "skal være et tal"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 40, "position": "midt"}})")),
                  "logo.position"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"logo": {"file": "../logo.png", "width_mm": 40}})")), "relativ sti"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"logo": {"file": "/etc/logo.png", "width_mm": 40}})")), "relativ sti"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"logo": {"width_mm": 40}})")), "logo.file"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"logo": "logo.png"})")), "skal være et objekt"));
}

TEST(OrganisationProfile, ReportsEveryProblemOfTheFileAtOnce) {
  auto profile = load_with(R"({"logo": {"file": "billeder/logo.png", "width_mm": 5, "farve": "rød"},
                               "wordings": {"hilsen": "Hej"}, "skrift": "Arial"})");
  ASSERT_FALSE(profile.ok());
  std::string all;
  for (const auto& d : profile.diagnostics()) all += d.message + "\n";
  EXPECT_EQ(profile.diagnostics().size(), 4u) << all;
  EXPECT_TRUE(has(all, "skrift: ukendt felt")) << all;
  EXPECT_TRUE(has(all, "logo.farve: ukendt felt")) << all;
  EXPECT_TRUE(has(all, "logo.width_mm")) << all;
  EXPECT_TRUE(has(all, "wordings.hilsen: ukendt formulering; kendte formuleringer: absence_guidelines, closing, "
                       "further_contact, looking_forward")) << all;
}

TEST(OrganisationProfile, RefusesWordingsThatAreNotOneLineOfText) {
  EXPECT_TRUE(has(only_problem(load_with(R"({"wordings": {"closing": 7}})")), "wordings.closing: skal være en tekst"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"wordings": {"closing": "Med venlig\nhilsen"}})")), "én linje"));
  EXPECT_TRUE(has(only_problem(load_with("{\"wordings\": {\"closing\": \"" + std::string(301, 'a') + "\"}}")),
                  "301 tegn"));
  EXPECT_TRUE(has(only_problem(load_with(R"({"wordings": ["closing"]})")), "skal være et objekt"));
}

TEST(OrganisationProfile, NamesTheFileOfMalformedJson) {
  std::string problem = only_problem(load_with("{\"wordings\": {\"closing\": }"));
  EXPECT_TRUE(has(problem, "profile.json")) << problem;
  EXPECT_TRUE(has(problem, "ikke gyldig JSON")) << problem;
}

TEST(OrganisationProfile, TheBuiltInProfileCannotNameALogo) {
  auto profile = overlay_profile(OrganisationProfile{}, R"({"logo": {"file": "logo.png", "width_mm": 40}})",
                                 "indbygget", std::nullopt);
  EXPECT_TRUE(has(only_problem(profile), "den indbyggede profil kan ikke have et logo"));
}

TEST(OrganisationProfile, TheStoreReportsProfileAndTemplateProblemsTogether) {
  OverlayDir dir;
  dir.write("profile.json", R"({"wordings": {"hilsen": "Hej"}})");
  dir.write("referat/referat.mustache", "{{#open}} never closed");
  auto store = TemplateStore::load(dir.path());
  ASSERT_FALSE(store.ok());
  std::string codes;
  for (const auto& d : store.diagnostics()) codes += d.code + " ";
  EXPECT_EQ(codes, "profile_error template_error ");
}

TEST(OrganisationProfile, TheTemplatesUseTheOverlaidWordings) {
  OverlayDir dir;
  dir.write("profile.json",
            R"({"wordings": {"closing": "De bedste hilsner", "further_contact": "Du kan også ringe til HR på 12 34 56 78."}})");
  auto store = TemplateStore::load(dir.path());
  ASSERT_TRUE(store.ok()) << store.diagnostics().front().message;
  auto letter = compose_document("indkaldelse", *load_sample("indkaldelse", "fravaerssamtale"), *store.value());
  ASSERT_TRUE(letter.ok());
  EXPECT_TRUE(has(letter.value().markdown, "De bedste hilsner"));
  EXPECT_FALSE(has(letter.value().markdown, "Med venlig hilsen"));
  EXPECT_TRUE(has(letter.value().markdown, "Du kan også ringe til HR på 12 34 56 78."));
  EXPECT_TRUE(has(letter.value().markdown, "Jeg ser frem til at tale med dig."));
  auto referat = compose_document("referat", *load_sample("referat", "fravaerssamtale"), *store.value());
  ASSERT_TRUE(referat.ok());
  EXPECT_TRUE(has(referat.value().markdown, "Du kan også ringe til HR på 12 34 56 78."));

  // The built-in profile: no further_contact sentence.
  auto plain = compose_ok("indkaldelse", *load_sample("indkaldelse", "fravaerssamtale"));
  EXPECT_TRUE(has(plain.markdown, "Med venlig hilsen"));
  EXPECT_FALSE(has(plain.markdown, "ringe til HR"));
}

TEST(OrganisationProfile, TheDocumentsWarnByTheProfilesNotice) {
  auto sample = load_sample("indkaldelse", "fravaerssamtale");
  auto codes = [&](const TemplateStore& store) {
    std::string found;
    auto letter = compose_document("indkaldelse", *sample, store);
    EXPECT_TRUE(letter.ok());
    for (const auto& d : letter.diagnostics()) found += d.path + ":" + d.code + " ";
    return found;
  };
  auto built_in = TemplateStore::load();
  ASSERT_TRUE(built_in.ok());
  EXPECT_EQ(codes(*built_in.value()), "");
  OverlayDir dir;
  dir.write("profile.json", R"({"notice_working_days": 20})");
  auto strict = TemplateStore::load(dir.path());
  ASSERT_TRUE(strict.ok()) << strict.diagnostics().front().message;
  EXPECT_EQ(codes(*strict.value()), "meeting.start:short_notice ");
}

}  // namespace
}  // namespace sygedok::compose
