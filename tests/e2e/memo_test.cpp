// The Digital Post envelope as a user meets it: `sygedok render … --memo`
// for every letter sample, judged by xmllint against the official MeMo
// schemas (shared/memo/xsd), compared with reviewed golden XML (the PDF's
// base64 replaced by its SHA-256, tests/golden/memo/), base64 that decodes
// to exactly the PDF written beside it, the KombiPostAfsend wrapper for all
// four channel codes, and both files or neither.
#include <Poco/Base64Decoder.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "samples.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kMessageUuid = "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";
const std::string kCreated = "2026-11-22T10:30:00+01:00";

fs::path schema(const std::string& version) {
  fs::path xsd = source_dir() / ".." / "shared" / "memo" / "xsd";
  return version == "1.1" ? xsd / "MeMo_core.xsd" : xsd / "1.2" / "MeMo_core.xsd";
}

std::vector<Sample> letter_samples() {
  std::vector<Sample> letters;
  for (const auto& s : all_samples())
    // The fastholdelsesplan is the employee's to bring; the opfølgningsplan
    // and the dialogue tool's documents are no letters (see
    // ADocumentForNoEmployeeIsRefusedAsNoLetter).
    if (s.kind != "fastholdelsesplan" && s.kind != "opfoelgningsplan" && s.kind != "spoergeskema" &&
        s.kind != "dialogresultat" && s.kind != "handleplan")
      letters.push_back(s);
  return letters;
}

// The sample with the envelope members that make the message byte-stable.
fs::path stable_input(const Sample& s, const TempDir& dir) {
  write_text(dir / "step.json", with_field(s, "message_uuid", "\"" + kMessageUuid + "\""));
  write_text(dir / "in.json", with_field({s.kind, s.name, dir / "step.json"}, "created", "\"" + kCreated + "\""));
  return dir / "in.json";
}

ToolRun render_letter(const Sample& s, const fs::path& input, const TempDir& dir, const std::string& extra = "") {
  return run(sygedok("render " + s.kind + " " + quote(input.string()) + " -o " + quote((dir / "out.pdf").string()) +
                     " --memo " + quote((dir / "out.xml").string()) + " " + extra));
}

ToolRun xmllint_schema(const std::string& version, const fs::path& xml) {
  return run("xmllint --noout --schema " + quote(schema(version).string()) + " " + quote(xml.string()));
}

std::string base64_decoded(const std::string& text) {
  std::istringstream in(text);
  Poco::Base64Decoder decoder(in);
  std::ostringstream out;
  out << decoder.rdbuf();
  return out.str();
}

std::string sha256_hex(const std::string& bytes) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(bytes);
  return Poco::DigestEngine::digestToHex(sha.digest());
}

constexpr std::string_view kOpen = "<memo:content>", kClose = "</memo:content>";

// Each memo:content's base64 replaced by "sha256:<hex of the decoded bytes>".
// (Plain string search: std::regex recurses per character and overflows on megabytes of base64.)
std::string with_content_digests(const std::string& xml) {
  std::string out;
  std::size_t from = 0;
  for (auto open = xml.find(kOpen); open != std::string::npos; open = xml.find(kOpen, from)) {
    auto start = open + kOpen.size();
    auto close = xml.find(kClose, start);
    if (close == std::string::npos) break;
    out.append(xml, from, start - from);
    out += "sha256:" + sha256_hex(base64_decoded(xml.substr(start, close - start)));
    from = close;
  }
  out.append(xml, from, std::string::npos);
  return out;
}

std::string first_content(const std::string& xml) {
  auto open = xml.find(kOpen);
  if (open == std::string::npos) return "";
  auto start = open + kOpen.size();
  auto close = xml.find(kClose, start);
  return close == std::string::npos ? "" : xml.substr(start, close - start);
}

class LetterEnvelope : public ::testing::TestWithParam<Sample> {};

TEST_P(LetterEnvelope, XmllintAcceptsTheEnvelopeAndItCarriesExactlyThePdf) {
  TempDir dir;
  auto r = render_letter(GetParam(), GetParam().path, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lint = xmllint_schema("1.2", dir / "out.xml");
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
  std::string pdf = read_text(dir / "out.pdf");
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_TRUE(base64_decoded(first_content(read_text(dir / "out.xml"))) == pdf)
      << "the MainDocument's content does not decode to out.pdf";
}

TEST_P(LetterEnvelope, Version11IsAcceptedByThe11Schema) {
  TempDir dir;
  auto r = render_letter(GetParam(), GetParam().path, dir, "--memo-version 1.1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lint = xmllint_schema("1.1", dir / "out.xml");
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
}

TEST_P(LetterEnvelope, MatchesTheReviewedGoldenXml) {
  const Sample& s = GetParam();
  TempDir dir;
  auto r = render_letter(s, stable_input(s, dir), dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string xml = read_text(dir / "out.xml");
  // Byte-stable: a second run gives the same message.
  auto again = render_letter(s, dir / "in.json", dir);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(read_text(dir / "out.xml") == xml) << "two envelopes of the same input differ";
  EXPECT_NE(xml.find("<memo:createdDateTime>2026-11-22T09:30:00Z</memo:createdDateTime>"), std::string::npos);

  std::string digested = with_content_digests(xml);
  auto golden = source_dir() / "tests" / "golden" / "memo" / s.kind / (s.name + ".xml");
  const char* update = std::getenv("SYGEDOK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    fs::create_directories(golden.parent_path());
    write_text(golden, digested);
    GTEST_SUCCEED() << "rewrote " << golden;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with SYGEDOK_UPDATE_GOLDEN=1";
  EXPECT_EQ(digested, read_text(golden)) << "the envelope of " << s.path << " differs from " << golden;
  EXPECT_NE(digested.find("sha256:" + sha256_hex(read_text(dir / "out.pdf"))), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Samples, LetterEnvelope, ::testing::ValuesIn(letter_samples()), sample_test_name);

class KombiCode : public ::testing::TestWithParam<std::string> {};

TEST_P(KombiCode, WrapsAMessageXmllintAccepts) {
  Sample referat = sample("referat", "fravaerssamtale");
  TempDir dir;
  auto r = render_letter(referat, referat.path, dir, "--kombi " + quote(GetParam()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto code = run("xmllint --xpath 'string(/kombi_request/KombiValgKode)' " + quote((dir / "out.xml").string()));
  EXPECT_EQ(code.out, GetParam() + "\n");
  auto message = run("xmllint --xpath \"/kombi_request/*[local-name()='Message']\" " +
                     quote((dir / "out.xml").string()));
  ASSERT_EQ(message.exit_code, 0) << message.err;
  write_text(dir / "message.xml", message.out);
  auto lint = xmllint_schema("1.2", dir / "message.xml");
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
}

INSTANTIATE_TEST_SUITE_P(AllFour, KombiCode,
                         ::testing::Values("Digital Post", "Fysisk Post", "Automatisk Valg", "NemSMS"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (c == ' ') c = '_';
                           return name;
                         });

// The letter says how it is sent as the envelope sends it: the kombi channel
// reaches the PDF's sentences ("via Digital Post", "med posten", or no
// channel when each recipient's mailbox decides).
TEST(MemoCli, TheLetterNamesTheChannelItsEnvelopeUses) {
  Sample referat = sample("referat", "fravaerssamtale");
  const std::pair<std::string, std::string> expected[] = {
      {"", "sendes til medarbejderen via Digital Post og"},
      {"--kombi 'Digital Post'", "sendes til medarbejderen via Digital Post og"},
      {"--kombi 'Fysisk Post'", "sendes til medarbejderen med posten og"},
      {"--kombi 'Automatisk Valg'", "sendes til medarbejderen og"}};
  for (const auto& [option, phrase] : expected) {
    TempDir dir;
    auto r = render_letter(referat, referat.path, dir, option);
    ASSERT_EQ(r.exit_code, 0) << option << r.err;
    auto text = run("pdftotext " + quote((dir / "out.pdf").string()) + " - | tr '\\n' ' ' | tr -s ' '");
    EXPECT_NE(text.out.find(phrase), std::string::npos) << option << "\n" << text.out;
  }
}

// An unsigned referat asks for its return by a date: its envelope allows a
// reply until then.
TEST(MemoCli, AnUnsignedReferatsEnvelopeAllowsAReplyUntilItsReturnDate) {
  Sample referat = sample("referat", "statussamtale-lang");
  TempDir dir;
  auto r = render_letter(referat, referat.path, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto reply = run("xmllint --xpath \"string(//*[local-name()='replyByDateTime'])\" " +
                   quote((dir / "out.xml").string()));
  EXPECT_EQ(reply.out.substr(0, 10), "2027-02-10") << reply.out << reply.err;
  auto text = run("pdftotext " + quote((dir / "out.pdf").string()) + " - | tr '\\n' ' ' | tr -s ' '");
  EXPECT_NE(text.out.find("senest onsdag den 10. februar 2027, for eksempel som svar på denne besked i Digital Post."),
            std::string::npos)
      << text.out;
}

// The memo:content of every document in the message, main document first.
std::vector<std::string> all_contents(const std::string& xml) {
  std::vector<std::string> contents;
  for (auto open = xml.find(kOpen); open != std::string::npos; open = xml.find(kOpen, open + 1)) {
    auto start = open + kOpen.size();
    auto close = xml.find(kClose, start);
    if (close == std::string::npos) break;
    contents.push_back(xml.substr(start, close - start));
  }
  return contents;
}

// Every summons carries the employee's preparation sheet (seed 004) as an
// AdditionalDocument: a tagged PDF of its own, judged like the documents.
TEST(MemoCli, ASummonsCarriesThePreparationSheetAsATaggedPdfOfItsOwn) {
  Sample summons = sample("indkaldelse", "fravaerssamtale");
  TempDir dir;
  auto r = render_letter(summons, summons.path, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string xml = read_text(dir / "out.xml");
  auto label = run("xmllint --xpath \"string(//*[local-name()='AdditionalDocument']/*[local-name()='label'])\" " +
                   quote((dir / "out.xml").string()));
  EXPECT_EQ(label.out, "Sådan forbereder du dig til samtalen\n");
  auto contents = all_contents(xml);
  ASSERT_EQ(contents.size(), 2u);
  write_text(dir / "sheet.pdf", base64_decoded(contents[1]));
  EXPECT_EQ(run("qpdf --check " + quote((dir / "sheet.pdf").string())).exit_code, 0);
  auto info = run("pdfinfo " + quote((dir / "sheet.pdf").string()));
  EXPECT_NE(info.out.find("Tagged:          yes"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Title:           Sådan forbereder du dig til samtalen"), std::string::npos) << info.out;
  auto text = run("pdftotext " + quote((dir / "sheet.pdf").string()) + " - | tr '\\n' ' ' | tr -s ' '");
  for (const char* phrase : {"Før samtalen", "Under samtalen", "Efter samtalen", "Din leder må ikke spørge, hvad du fejler.",
                             "Du må gerne have en bisidder med", "kan du få dine egne kommentarer vedlagt referatet"})
    EXPECT_NE(text.out.find(phrase), std::string::npos) << phrase << "\n" << text.out;
}

// The organisation can switch the sheet off (profile.json "preparation_sheet": false);
// letters that call to nothing never carry it.
TEST(MemoCli, ThePreparationSheetFollowsTheProfileAndOnlyComesWithASummons) {
  Sample summons = sample("indkaldelse", "fravaerssamtale");
  TempDir dir;
  write_text(dir / "profile.json", R"({"preparation_sheet": false})");
  auto r = run(sygedok("render indkaldelse " + quote(summons.path.string()) + " -o " + quote((dir / "out.pdf").string()) +
                       " --memo " + quote((dir / "out.xml").string()) + " --templates " + quote(dir.path().string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(all_contents(read_text(dir / "out.xml")).size(), 1u);
  for (const Sample& other : {sample("referat", "fravaerssamtale"), sample("svar_fastholdelsesplan", "invitation")}) {
    TempDir other_dir;
    ASSERT_EQ(render_letter(other, other.path, other_dir).exit_code, 0);
    EXPECT_EQ(all_contents(read_text(other_dir / "out.xml")).size(), 1u) << other.path;
  }
}

// On paper ("Fysisk Post") the sheet is the last pages of the summons itself,
// from a new page, and the message carries no second document.
TEST(MemoCli, OnPaperThePreparationSheetIsAnAppendixFromANewPage) {
  Sample summons = sample("indkaldelse", "fravaerssamtale");
  TempDir dir;
  auto r = render_letter(summons, summons.path, dir, "--kombi 'Fysisk Post'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(all_contents(read_text(dir / "out.xml")).size(), 1u);
  const std::string pdf = quote((dir / "out.pdf").string());
  auto info = run("pdfinfo " + pdf);
  const auto pages_at = info.out.find("Pages:");
  ASSERT_NE(pages_at, std::string::npos);
  const int pages = std::stoi(info.out.substr(pages_at + 6));
  int sheet_page = 0, closing_page = 0;
  for (int page = 1; page <= pages; ++page) {
    auto text = run("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + pdf + " -").out;
    if (text.find("Sådan forbereder du dig til samtalen") != std::string::npos && !sheet_page) sheet_page = page;
    if (text.find("Med venlig hilsen") != std::string::npos) closing_page = page;
  }
  ASSERT_GT(closing_page, 0);
  EXPECT_EQ(sheet_page, closing_page + 1) << "the sheet begins on the page after the letter ends";
}

// An invitation to make the fastholdelsesplan together offers its meeting as
// a calendar entry like a summons; the decision that no plan is needed does not.
TEST(MemoCli, ThePlanInvitationCarriesACalendarEntryAndTheDecisionNone) {
  auto action_code = [](const std::string& name) {
    Sample reply = sample("svar_fastholdelsesplan", name);
    TempDir dir;
    auto r = render_letter(reply, reply.path, dir);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return run("xmllint --xpath \"string(//*[local-name()='actionCode'])\" " + quote((dir / "out.xml").string())).out;
  };
  EXPECT_EQ(action_code("invitation"), "AFTALE\n");
  EXPECT_EQ(action_code("ikke_behov"), "\n");
}

TEST(MemoCli, AMissingCprIsAnInputErrorNamingTheFieldAndNoFileIsWritten) {
  Sample referat = sample("referat", "fravaerssamtale");
  TempDir dir;
  write_text(dir / "in.json", with_field(referat, "employee.cpr", ""));
  auto r = render_letter(referat, dir / "in.json", dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("employee.cpr [required_for_envelope]"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
  EXPECT_FALSE(fs::exists(dir / "out.xml"));
  // Without --memo the same input renders: the CPR is only for the envelope.
  auto plain = run(sygedok("render referat " + quote((dir / "in.json").string()) + " -o " +
                           quote((dir / "out.pdf").string())));
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
}

TEST(MemoCli, WhenTheEnvelopeCannotBeWrittenThePdfIsNotWrittenEither) {
  Sample referat = sample("referat", "fravaerssamtale");
  TempDir dir;
  write_text(dir / "out.pdf", "old");
  auto r = run(sygedok("render referat " + quote(referat.path.string()) + " -o " + quote((dir / "out.pdf").string()) +
                       " --memo " + quote((dir / "missing" / "out.xml").string())));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_EQ(read_text(dir / "out.pdf"), "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);  // no temporary files
}

TEST(MemoCli, MemoOptionsAreCheckedAsUsage) {
  Sample referat = sample("referat", "fravaerssamtale");
  TempDir dir;
  std::string base = "render referat " + quote(referat.path.string()) + " -o " + quote((dir / "a.pdf").string());
  EXPECT_EQ(run(sygedok(base + " --kombi NemSMS")).exit_code, 2);  // without --memo
  EXPECT_EQ(run(sygedok(base + " --memo " + quote((dir / "a.xml").string()) + " --kombi Brevdue")).exit_code, 2);
  EXPECT_EQ(run(sygedok(base + " --memo " + quote((dir / "a.xml").string()) + " --memo-version 2.0")).exit_code, 2);
  EXPECT_EQ(run(sygedok(base + " --memo " + quote((dir / "a.pdf").string()))).exit_code, 2);  // the same file
  EXPECT_FALSE(fs::exists(dir / "a.pdf"));
}

// The manager's plan and the dialogue tool's documents are addressed to no
// employee: asked for a Digital Post message they say so, and write nothing.
TEST(MemoCli, ADocumentForNoEmployeeIsRefusedAsNoLetter) {
  for (const auto& s : all_samples()) {
    if (s.kind != "opfoelgningsplan" && s.kind != "spoergeskema" && s.kind != "dialogresultat" &&
        s.kind != "handleplan")
      continue;
    TempDir dir;
    auto r = run(sygedok("render " + s.kind + " " + quote(s.path.string()) + " -o " +
                         quote((dir / "out.pdf").string()) + " --memo " + quote((dir / "out.xml").string())));
    EXPECT_EQ(r.exit_code, 1) << s.path;
    EXPECT_NE(r.err.find("[not_a_letter]"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("[required"), std::string::npos) << "only the one reason, not the envelope's members:\n"
                                                           << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "out.pdf"));
  }
}

}  // namespace
}  // namespace sygedok::e2e
