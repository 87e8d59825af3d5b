// Every letter sample (samples/referat, samples/indkaldelse, samples/notat)
// rendered through the engine with its envelope: valid against the official
// MeMo 1.2 schema (and 1.1 with that option), the MainDocument holding
// exactly the PDF's bytes, and a summons' Reservation at the meeting's time.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "digitalpost/base64.h"
#include "digitalpost/test_support.h"
#include "model/json_input.h"
#include "render/engine.h"

namespace sygedok::digitalpost {
namespace {

using namespace testing;
namespace fs = std::filesystem;

struct LetterSample {
  std::string kind;
  fs::path path;
};

std::vector<LetterSample> samples_of(std::vector<std::string> kinds) {
  std::vector<LetterSample> samples;
  for (const std::string& kind : kinds) {
    fs::path dir = fs::path(SYGEDOK_SOURCE_DIR) / "samples" / kind;
    if (!fs::is_directory(dir)) continue;
    for (const auto& file : fs::directory_iterator(dir))
      if (file.path().extension() == ".json") samples.push_back({kind, file.path()});
  }
  std::sort(samples.begin(), samples.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return samples;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const render::Engine& engine() {
  static std::shared_ptr<const render::Engine> shared = [] {
    auto created = render::Engine::create();
    if (!created) {
      ADD_FAILURE() << created.diagnostics().front().message;
      std::abort();
    }
    return std::move(created).take();
  }();
  return *shared;
}

class LetterSampleEnvelope : public ::testing::TestWithParam<LetterSample> {};

TEST_P(LetterSampleEnvelope, IsValidMemoAroundExactlyThePdf) {
  const LetterSample& sample = GetParam();
  for (MemoVersion version : {MemoVersion::V1_2, MemoVersion::V1_1}) {
    auto letter = engine().render_with_envelope(sample.kind, read_file(sample.path), {version, std::nullopt});
    ASSERT_TRUE(letter.ok()) << sample.path << ": " << letter.diagnostics().front().path << " "
                             << letter.diagnostics().front().message;
    for (const auto& problem : schema(version).validate(letter.value().memo))
      ADD_FAILURE() << sample.path << " (MeMo " << memo_version_text(version) << "): " << problem.message;
    auto xml = parse(letter.value().memo);
    xmlNodePtr file = at(xml.root(), {"memo:MessageBody", "memo:MainDocument", "memo:File"});
    EXPECT_EQ(base64_decode(text(child(file, "memo:content"))), letter.value().pdf);
    EXPECT_EQ(text(child(file, "memo:encodingFormat")), "application/pdf");
    // The same PDF as a plain render of the sample.
    auto plain = engine().render(sample.kind, read_file(sample.path));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain.value().pdf, letter.value().pdf);
  }
}

class SummonsSampleEnvelope : public ::testing::TestWithParam<LetterSample> {};

TEST_P(SummonsSampleEnvelope, TheReservationIsAtTheMeetingsTime) {
  const LetterSample& sample = GetParam();
  std::string json = read_file(sample.path);
  auto letter = engine().render_with_envelope(sample.kind, json, {});
  ASSERT_TRUE(letter.ok());
  auto request = model::parse_json_object(json);
  ASSERT_TRUE(request.ok());
  auto meeting = request.value()->getObject("meeting");
  auto start = model::parse_iso_date_time(meeting->getValue<std::string>("start"));
  ASSERT_TRUE(start.has_value());
  auto xml = parse(letter.value().memo);
  xmlNodePtr reservation =
      at(xml.root(), {"memo:MessageBody", "memo:MainDocument", "memo:Action", "memo:Reservation"});
  ASSERT_NE(reservation, nullptr);
  EXPECT_EQ(text(child(reservation, "memo:startDateTime")), to_memo_date_time(copenhagen_to_utc(*start)));
  if (meeting->has("end")) {
    auto end = model::parse_iso_date_time(meeting->getValue<std::string>("end"));
    ASSERT_TRUE(end.has_value());
    EXPECT_EQ(text(child(reservation, "memo:endDateTime")), to_memo_date_time(copenhagen_to_utc(*end)));
  }
}

std::string sample_name(const ::testing::TestParamInfo<LetterSample>& info) {
  std::string name = info.param.kind + "_" + info.param.path.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Samples, LetterSampleEnvelope,
                         ::testing::ValuesIn(samples_of({"referat", "indkaldelse", "notat"})), sample_name);
INSTANTIATE_TEST_SUITE_P(Samples, SummonsSampleEnvelope, ::testing::ValuesIn(samples_of({"indkaldelse"})),
                         sample_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SummonsSampleEnvelope);  // until samples/indkaldelse exists

TEST(EngineEnvelope, AMissingCprIsReportedWithTheDocumentsOwnProblems) {
  std::string json = read_file(fs::path(SYGEDOK_SOURCE_DIR) / "samples" / "referat" / "fravaerssamtale.json");
  auto request = model::parse_json_object(json);
  ASSERT_TRUE(request.ok());
  request.value()->getObject("employee")->remove("cpr");
  request.value()->getObject("manager")->remove("name");
  request.value()->getObject("sender")->set("cvr", std::string("12345678"));  // wrong check digit
  std::ostringstream edited;
  request.value()->stringify(edited);
  auto letter = engine().render_with_envelope("referat", edited.str(), {});
  ASSERT_FALSE(letter.ok());
  std::map<std::string, std::vector<std::string>> codes;
  for (const auto& d : letter.diagnostics())
    if (d.severity == Severity::Error) codes[d.path].push_back(d.code);
  EXPECT_EQ(codes["employee.cpr"], std::vector<std::string>{"required_for_envelope"});
  EXPECT_EQ(codes["manager.name"], std::vector<std::string>{"required"});
  EXPECT_EQ(codes["sender.cvr"], std::vector<std::string>{"invalid_cvr"});  // once, not also from the envelope
  // Without the envelope the CPR is not needed.
  EXPECT_EQ(codes.size(), 3u);
}

TEST(EngineEnvelope, EnvelopeMembersAreKnownToTheDocumentReaders) {
  std::string json = read_file(fs::path(SYGEDOK_SOURCE_DIR) / "samples" / "referat" / "fravaerssamtale.json");
  auto request = model::parse_json_object(json);
  ASSERT_TRUE(request.ok());
  request.value()->set("message_uuid", std::string("8c2ea15d-61fb-4ba9-9366-42f8b194c114"));
  request.value()->set("created", std::string("2026-11-22T09:30:00Z"));
  request.value()->set("reservation_uuid", std::string("2b1f4b6e-3c1d-4e8a-9f00-1a2b3c4d5e6f"));
  request.value()->set("case_system", std::string("SBSYS"));
  auto attachments = model::parse_json_object(R"({"a": [{"filename": "k.txt", "text": "Emoji 🙂 ok"}]})");
  request.value()->set("attachments", attachments.value()->get("a"));
  std::ostringstream edited;
  request.value()->stringify(edited);
  for (const auto& d : engine().validate("referat", edited.str()))
    EXPECT_NE(d.code, "unknown_field") << d.path;
  auto letter = engine().render_with_envelope("referat", edited.str(), {});
  ASSERT_TRUE(letter.ok()) << letter.diagnostics().front().message;  // the emoji is not drawn, so it may stay
  for (const auto& d : letter.value().warnings) EXPECT_NE(d.code, "unknown_field") << d.path;
}

}  // namespace
}  // namespace sygedok::digitalpost
