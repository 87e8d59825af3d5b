#include "model/paamindelse.h"

#include <gtest/gtest.h>

#include "model/json_schema.h"
#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

// A Wednesday letter about the referat of a meeting the week before.
constexpr const char* kMinimal = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2026-12-09"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "referat": {"meeting_type": "fravaerssamtale", "meeting_date": "2026-12-02"}
})";

TEST(Paamindelse, ReadsAMinimalReminderAndDefaultsTheReturnDate) {
  auto letter = read_paamindelse(*parse(kMinimal), ReadOptions{.return_working_days = 5});
  ASSERT_TRUE(letter.ok()) << letter.diagnostics()[0].path << ": " << letter.diagnostics()[0].message;
  const Paamindelse& l = letter.value();
  EXPECT_EQ(l.referat.meeting_type, MeetingType::Fravaerssamtale);
  EXPECT_EQ(l.referat.meeting_date, (Date{2026, 12, 2}));
  EXPECT_FALSE(l.referat.sent_on);
  EXPECT_EQ(l.return_by, (Date{2026, 12, 16}));  // five working days after Wednesday 9 December
  EXPECT_FALSE(l.message);
  EXPECT_TRUE(letter.diagnostics().empty());
}

TEST(Paamindelse, EverySampleIsValidAndRaisesNoWarning) {
  EXPECT_GE(read_every_sample("paamindelse", read_paamindelse).size(), 2u);
}

TEST(Paamindelse, ReportsEveryProblemInOneGo) {
  auto input = parse(kMinimal);
  input->getObject("referat")->set("meeting_date", "2026-12-10");
  input->getObject("referat")->set("sent_on", "2026-12-01");
  input->getObject("referat")->set("meeting_type", "kaffemoede");
  input->set("return_by", "2026-12-08");
  input->set("colour", "blå");
  auto letter = read_paamindelse(*input);
  ASSERT_FALSE(letter.ok());
  auto found = errors(letter.diagnostics());
  EXPECT_EQ(found["referat.meeting_date"], "conflict");
  EXPECT_EQ(found["referat.sent_on"], "conflict");
  EXPECT_EQ(found["referat.meeting_type"], "unknown_value");
  EXPECT_EQ(found["return_by"], "before_document");
  EXPECT_EQ(warnings(letter.diagnostics())["colour"], "unknown_field");
}

TEST(Paamindelse, TheReferatIsRequired) {
  auto input = parse(kMinimal);
  input->remove("referat");
  auto letter = read_paamindelse(*input);
  ASSERT_FALSE(letter.ok());
  EXPECT_EQ(errors(letter.diagnostics())["referat"], "required");
}

TEST(Paamindelse, HealthWordsInTheMessageAreAGentleWarning) {
  auto input = parse(kMinimal);
  input->set("message", "Jeg håber, din diagnose er blevet afklaret.");
  auto letter = read_paamindelse(*input);
  ASSERT_TRUE(letter.ok());
  EXPECT_EQ(warnings(letter.diagnostics())["message"], "possible_health_details");
}

TEST(Paamindelse, TheSchemaAsksForNoDiagnosis) {
  auto text = json_schema("paamindelse");
  ASSERT_TRUE(text);
  expect_no_member_about_health(*json(*text).extract<Poco::JSON::Object::Ptr>());
}

}  // namespace
}  // namespace sygedok::model
