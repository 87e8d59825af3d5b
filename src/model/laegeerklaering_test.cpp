#include "model/laegeerklaering.h"

#include <gtest/gtest.h>

#include "model/json_schema.h"
#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

// Asked on Thursday 19 November, a week after the first sick day.
constexpr const char* kMinimal = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2026-11-19"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "absence": {"first_day": "2026-11-12"},
  "certificate": {"type": "friattest", "deliver_by": "2026-11-27"}
})";

TEST(Laegeerklaering, ReadsAMinimalRequest) {
  auto letter = read_laegeerklaering(*parse(kMinimal));
  ASSERT_TRUE(letter.ok()) << letter.diagnostics()[0].path << ": " << letter.diagnostics()[0].message;
  const Laegeerklaering& l = letter.value();
  EXPECT_EQ(l.certificate.type, CertificateType::Friattest);
  EXPECT_EQ(l.certificate.deliver_by, (Date{2026, 11, 27}));
  EXPECT_FALSE(l.certificate.reason);
  EXPECT_FALSE(l.fee_paid_by_employer);
  EXPECT_TRUE(letter.diagnostics().empty());
}

TEST(Laegeerklaering, EverySampleIsValidAndRaisesNoWarning) {
  EXPECT_GE(read_every_sample("laegeerklaering", read_laegeerklaering).size(), 2u);
}

TEST(Laegeerklaering, TheFeeComesFromTheInputElseFromTheProfile) {
  ReadOptions pays;
  pays.certificate_fee_paid_by_employer = true;
  EXPECT_TRUE(read_laegeerklaering(*parse(kMinimal), pays).value().fee_paid_by_employer);
  auto input = parse(kMinimal);
  input->set("fee_paid_by_employer", false);
  EXPECT_FALSE(read_laegeerklaering(*input, pays).value().fee_paid_by_employer);
  input->set("fee_paid_by_employer", true);
  EXPECT_TRUE(read_laegeerklaering(*input).value().fee_paid_by_employer);
}

TEST(Laegeerklaering, ReportsEveryProblemInOneGo) {
  auto input = parse(kMinimal);
  input->getObject("certificate")->set("type", "diagnoseattest");
  input->getObject("certificate")->set("deliver_by", "2026-11-18");
  input->getObject("absence")->set("first_day", "2026-11-20");
  input->set("fee_paid_by_employer", "ja");
  auto letter = read_laegeerklaering(*input);
  ASSERT_FALSE(letter.ok());
  auto found = errors(letter.diagnostics());
  EXPECT_EQ(found["certificate.type"], "unknown_value");
  EXPECT_EQ(found["certificate.deliver_by"], "before_document");
  EXPECT_EQ(found["absence.first_day"], "conflict");
  EXPECT_EQ(found["fee_paid_by_employer"], "wrong_type");
  input = parse(kMinimal);
  input->remove("absence");
  EXPECT_EQ(errors(read_laegeerklaering(*input).diagnostics())["absence"], "required");
}

// Seed 001 §5 C: a friattest after 3 days of absence, a varighedserklæring after 14.
TEST(Laegeerklaering, AskingEarlierThanTheSeedSaysIsAWarning) {
  auto input = parse(kMinimal);
  input->getObject("absence")->set("first_day", "2026-11-17");  // two days before the letter
  auto early = read_laegeerklaering(*input);
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(warnings(early.diagnostics())["document.date"], "early_certificate");
  input->getObject("absence")->set("first_day", "2026-11-16");  // three days: allowed
  EXPECT_TRUE(read_laegeerklaering(*input).diagnostics().empty());
  input->getObject("certificate")->set("type", "varighedserklaering");
  EXPECT_EQ(warnings(read_laegeerklaering(*input).diagnostics())["document.date"], "early_certificate");
  input->getObject("absence")->set("first_day", "2026-11-05");  // fourteen days
  EXPECT_TRUE(read_laegeerklaering(*input).diagnostics().empty());
}

TEST(Laegeerklaering, HealthWordsInTheReasonAreAGentleWarning) {
  auto input = parse(kMinimal);
  input->getObject("certificate")->set("reason", "Vi vil gerne kende din diagnose.");
  EXPECT_EQ(warnings(read_laegeerklaering(*input).diagnostics())["certificate.reason"], "possible_health_details");
}

TEST(Laegeerklaering, TheSchemaAsksForNoDiagnosis) {
  auto text = json_schema("laegeerklaering");
  ASSERT_TRUE(text);
  expect_no_member_about_health(*json(*text).extract<Poco::JSON::Object::Ptr>());
}

}  // namespace
}  // namespace sygedok::model
