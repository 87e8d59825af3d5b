#include "model/notat.h"

#include <gtest/gtest.h>

#include <map>

#include "model/test_support.h"

namespace sygedok::model {
namespace {

using namespace testing;

// The call on a Sunday, the first sick day: calls happen on any day.
constexpr const char* kMinimal = R"({
  "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"},
  "document": {"date": "2026-11-30"},
  "employee": {"name": "Testperson Ærø"},
  "manager": {"name": "Testleder Øst"},
  "note": {"type": "sygemelding_1_dag", "date": "2026-11-29"},
  "summary": ["Testperson ringede og meldte sig syg."]
})";

TEST(Notat, ReadsAMinimalNoteWithDefaults) {
  auto notat = read_notat(*parse(kMinimal));
  ASSERT_TRUE(notat.ok()) << notat.diagnostics()[0].path << ": " << notat.diagnostics()[0].message;
  const Notat& n = notat.value();
  EXPECT_EQ(n.note.type, NoteType::SygemeldingFoersteDag);
  EXPECT_EQ(n.note.date, (Date{2026, 11, 29}));
  EXPECT_EQ(n.note.form, ConversationForm::Phone);
  EXPECT_TRUE(n.employee_informed);
  EXPECT_TRUE(n.agreements.empty());
  EXPECT_FALSE(n.next_contact);
  EXPECT_FALSE(n.purpose);
  EXPECT_EQ(n.summary, (std::vector<std::string>{"Testperson ringede og meldte sig syg."}));
  EXPECT_TRUE(notat.diagnostics().empty());  // a call on a Sunday is no reason for a warning
}

TEST(Notat, AnOmsorgssamtaleIsAMeetingByDefault) {
  auto input = parse(kMinimal);
  input->getObject("note")->set("type", std::string("omsorgssamtale"));
  input->getObject("note")->set("date", std::string("2026-11-27"));
  auto notat = read_notat(*input);
  ASSERT_TRUE(notat.ok());
  EXPECT_EQ(notat.value().note.form, ConversationForm::InPerson);
  input->getObject("note")->set("form", std::string("video"));
  EXPECT_EQ(read_notat(*input).value().note.form, ConversationForm::Video);
}

TEST(Notat, EverySampleIsValidAndRaisesNoWarning) {
  EXPECT_GE(read_every_sample("notat", read_notat).size(), 6u);
}

TEST(Notat, ReportsEveryProblemInOneGo) {
  auto notat = read_notat(*parse(R"({
    "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby"},
    "document": {"date": "2026-11-30"},
    "employee": {"name": "Testperson Ærø", "cpr": "320199-1234"},
    "manager": {"name": ""},
    "note": {"type": "kaffepause", "date": "2026-12-01", "form": "brev"},
    "summary": [],
    "agreements": ["jeg ringer fredag", "  "],
    "next_contact": {"date": "2026-11-28", "initiative": "kollega"},
    "employee_informed": "ja",
    "absence": {"first_day": "30-11-2026"},
    "diagnose": "ikke relevant"
  })"));
  ASSERT_FALSE(notat.ok());
  const std::map<std::string, std::string> expected = {
      {"sender.cvr", "required"},
      {"employee.cpr", "invalid_cpr"},
      {"manager.name", "empty"},
      {"note.type", "unknown_value"},
      {"note.date", "conflict"},
      {"note.form", "unknown_value"},
      {"summary", "empty"},
      {"agreements[1]", "empty"},
      {"next_contact.initiative", "unknown_value"},
      {"employee_informed", "wrong_type"},
      {"absence.first_day", "invalid_date"},
  };
  EXPECT_EQ(errors(notat.diagnostics()), expected);
  EXPECT_EQ(warnings(notat.diagnostics()), (std::map<std::string, std::string>{{"diagnose", "unknown_field"}}));
  for (const auto& d : notat.diagnostics()) EXPECT_FALSE(d.message.empty()) << d.path;
}

TEST(Notat, TheNextContactComesAfterTheTalkAndExcludesItsText) {
  auto input = parse(kMinimal);
  input->set("next_contact", json(R"({"date": "2026-11-29"})"));
  EXPECT_EQ(errors(read_notat(*input).diagnostics()),
            (std::map<std::string, std::string>{{"next_contact.date", "before_meeting"}}));

  input->set("next_contact", json(R"({"date": "2026-12-04", "form": "telefon", "initiative": "medarbejder"})"));
  auto notat = read_notat(*input);
  ASSERT_TRUE(notat.ok());
  ASSERT_TRUE(notat.value().next_contact);
  EXPECT_EQ(notat.value().next_contact->date, (Date{2026, 12, 4}));
  EXPECT_EQ(notat.value().next_contact->form, ConversationForm::Phone);
  EXPECT_EQ(notat.value().next_contact->initiative, ContactInitiative::Employee);

  input->set("next_contact_text", std::string("Vi taler sammen, når lægen har svaret."));
  EXPECT_EQ(errors(read_notat(*input).diagnostics()),
            (std::map<std::string, std::string>{{"next_contact_text", "conflict"}}));
}

TEST(Notat, OnlyAnOmsorgssamtaleGetsTheMeetingRulesButEveryTextTheHealthRule) {
  auto input = parse(kMinimal);
  input->set("agreements", json(R"(["jeg spørger ind til medicinen næste gang"])"));
  EXPECT_EQ(warnings(read_notat(*input).diagnostics()),
            (std::map<std::string, std::string>{{"agreements[0]", "possible_health_details"}}));

  input = parse(kMinimal);
  input->getObject("note")->set("type", std::string("omsorgssamtale"));  // on a Sunday
  EXPECT_EQ(warnings(read_notat(*input).diagnostics()),
            (std::map<std::string, std::string>{{"note.date", "meeting_on_weekend"}}));
}

// Seeds 001 §3 A and 002: the calls after 3 days, on the 6th day and after 8 days.
TEST(Notat, ACallNamedAfterADayBeforeThatDayIsAWarning) {
  const std::pair<const char*, const char*> calls[] = {
      {"kontakt_3_dag", "2026-11-26"}, {"kontakt_6_dag", "2026-11-24"}, {"kontakt_8_dag", "2026-11-21"}};
  for (const auto& [type, last_fitting_first_day] : calls) {
    SCOPED_TRACE(type);
    auto input = parse(kMinimal);  // the call on Sunday 29 November
    input->getObject("note")->set("type", std::string(type));
    EXPECT_TRUE(read_notat(*input).diagnostics().empty()) << "without a first sick day nothing is checked";
    input->set("absence", json(std::string(R"({"first_day": ")") + last_fitting_first_day + "\"}"));
    EXPECT_TRUE(read_notat(*input).diagnostics().empty());
    input->set("absence", json(R"({"first_day": "2026-11-28"})"));
    auto early = read_notat(*input);
    ASSERT_TRUE(early.ok());
    EXPECT_EQ(warnings(early.diagnostics()), (std::map<std::string, std::string>{{"note.date", "early_call"}}));
  }
  auto first_day = parse(kMinimal);
  first_day->set("absence", json(R"({"first_day": "2026-11-29"})"));
  EXPECT_TRUE(read_notat(*first_day).diagnostics().empty()) << "the first call has no day to keep";
}

TEST(Notat, NoteTypesHaveCodesLabelsAndTitles) {
  for (auto code : kNoteTypeCodes) {
    auto type = note_type_from_code(code);
    ASSERT_TRUE(type) << code;
    EXPECT_EQ(note_type_code(*type), code);
    EXPECT_EQ(note_type_title(*type).rfind("Notat om ", 0), 0u) << code;
    EXPECT_FALSE(note_type_label(*type).empty());
  }
  EXPECT_FALSE(note_type_from_code("Omsorgssamtale"));
  EXPECT_EQ(note_type_title(NoteType::KontaktSjetteDag), "Notat om kontakt på 6. sygedag");
  EXPECT_EQ(note_type_title(NoteType::KontaktTredjeDag), "Notat om kontakt efter 3 dages sygefravær");
  EXPECT_EQ(note_type_title(NoteType::KontaktOttendeDag), "Notat om kontakt efter 8 dages sygefravær");
}

}  // namespace
}  // namespace sygedok::model
