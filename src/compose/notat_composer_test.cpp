#include "compose/notat_composer.h"

#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <set>

#include "compose/composer_test_support.h"

namespace sygedok::compose {
namespace {

using namespace test_support;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

constexpr const char* kStatements =
    "Medarbejderen er under samtalen gjort opmærksom på, at der bliver skrevet et notat. Notatet sendes til "
    "medarbejderen via Digital Post og lægges i personalemappen. Notatet skal ikke godkendes af medarbejderen, men er der "
    "fejl i det, kan medarbejderen bede mig om at rette dem.";

TEST(NotatComposer, IsRegistered) {
  auto kinds = document_kinds();
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "notat"), 1);
}

TEST(NotatComposer, TheFirstDayNoteHasFactsAgreementsAndTheSeedsStatements) {
  ComposedDocument composed = compose_ok("notat", *load_sample("notat", "sygemelding_1_dag"));
  EXPECT_EQ(composed.info.title, "Notat om kontakt ved sygemelding");
  EXPECT_EQ(composed.info.subject, "Kontakt på 1. eller 2. sygedag med Carlos Muñoz Pérez den 24. november 2026");
  BlockDocument document = blocks_of(composed);
  EXPECT_EQ(headings(document), (std::vector<std::string>{"# Notat om kontakt ved sygemelding", "## Baggrund",
                                                          "## Det talte vi om", "## Aftaler", "## Næste kontakt"}));
  auto found = tables(document);
  ASSERT_EQ(found.size(), 2u);  // letterhead and facts: a notat has no signature lines
  for (const Table* table : found) EXPECT_NE(table->role, Table::Role::Signatures);
  const Table& facts = *found[1];
  const std::vector<std::vector<std::string>> expected = {
      {"Medarbejder", "Carlos Muñoz Pérez", "Leder", "Karina Bech, teamleder"},
      {"Dato", "Tirsdag den 24. november 2026", "Mødeform", "Telefonsamtale"},
      {"Samtale", "Kontakt på 1. eller 2. sygedag", "Første sygedag", "24. november 2026"}};
  ASSERT_EQ(facts.rows.size(), expected.size());
  for (std::size_t r = 0; r < expected.size(); ++r)
    for (std::size_t c = 0; c < 4; ++c) EXPECT_EQ(plain(facts.rows[r][c]), expected[r][c]) << r << "," << c;

  EXPECT_EQ(paragraph_after(document, "Aftaler"), "Vi aftalte, at");  // written afterwards: past tense
  auto agreements = list_after(document, "Aftaler");
  ASSERT_EQ(agreements.size(), 3u);
  EXPECT_EQ(agreements[0], "jeg beder Ingrid om at overtage planlægningen af vintervagten og kontakten til "
                           "vognmændene");
  EXPECT_EQ(paragraph_after(document, "Næste kontakt"),
            "Vi taler sammen igen pr. telefon mandag den 30. november 2026. Jeg tager initiativ til kontakten.")
      << "the manager writes the note";
  auto paras = paragraphs(document);
  ASSERT_GE(paras.size(), 2u);
  EXPECT_EQ(paras[paras.size() - 2], kStatements);
  EXPECT_EQ(paras.back(), "Notat udarbejdet den 24. november 2026 af Karina Bech, teamleder.");
  EXPECT_FALSE(contains(composed.markdown, "211179"));  // the CPR number is never printed
}

TEST(NotatComposer, ALeadingAtIsNotRepeatedAndAFreeTextNextContactIsKept) {
  BlockDocument document = blocks_of(compose_ok("notat", *load_sample("notat", "dialog_1_uge")));
  auto agreements = list_after(document, "Aftaler");
  ASSERT_EQ(agreements.size(), 3u);
  EXPECT_EQ(agreements[0], "jeg flytter Siobháns to aftenarrangementer i december til en kollega");
  EXPECT_EQ(paragraph_after(document, "Næste kontakt"),
            "Jeg indkalder Siobhán til en fraværssamtale i uge 50 via Digital Post.");
  EXPECT_EQ(plain(tables(document)[1]->rows[1][3]), "Telefonsamtale");  // the default form of a call
  EXPECT_EQ(without_leading_at("at jeg ringer"), "jeg ringer");
  EXPECT_EQ(without_leading_at("atten kolleger"), "atten kolleger");
  EXPECT_EQ(without_leading_at("at"), "at");
}

TEST(NotatComposer, EachNoteTypeHasItsTitleAndBackground) {
  std::set<std::string> backgrounds;
  for (auto code : model::kNoteTypeCodes) {
    auto input = load_sample("notat", "sygemelding_1_dag");
    input->getObject("note")->set("type", std::string(code));
    ComposedDocument composed = compose_ok("notat", *input);
    auto type = *model::note_type_from_code(code);
    EXPECT_EQ(composed.info.title, model::note_type_title(type));
    BlockDocument document = blocks_of(composed);
    EXPECT_EQ(headings(document)[0], "# " + std::string(model::note_type_title(type)));
    backgrounds.insert(paragraph_after(document, "Baggrund"));
    EXPECT_EQ(plain(tables(document)[1]->rows[2][1]), model::note_type_label(type));
  }
  EXPECT_EQ(backgrounds.size(), model::kNoteTypeCodes.size());
}

TEST(NotatComposer, OptionalPartsAndTheirAlternatives) {
  auto input = load_sample("notat", "omsorgssamtale");
  input->remove("agreements");
  input->remove("next_contact");
  input->set("employee_informed", false);
  input->set("purpose", std::string("Første afsnit.\n\nAndet afsnit."));
  BlockDocument document = blocks_of(compose_ok("notat", *input));
  std::string text = all_paragraph_text(document);
  for (const char* part :
       {"Første afsnit.\nAndet afsnit.\n", "Vi indgik ingen aftaler ved samtalen.",
        "Der er ikke aftalt et tidspunkt for næste kontakt.",
        "Medarbejderen bliver orienteret om notatet, når det sendes. Notatet sendes til medarbejderen via Digital Post"})
    EXPECT_TRUE(contains(text, part)) << part << "\n" << text;
  EXPECT_FALSE(contains(text, "gjort opmærksom på"));
  const Table& facts = *tables(document)[1];
  EXPECT_EQ(plain(facts.rows[1][3]), "Møde");       // an omsorgssamtale is a meeting
  EXPECT_EQ(plain(facts.rows[2][2]), "");           // no first sick day
  EXPECT_EQ(plain(facts.rows[2][3]), "");
}

TEST(NotatComposer, TheNextMeetingInPersonAtTheEmployeesInitiative) {
  auto input = load_sample("notat", "omsorgssamtale");
  Poco::JSON::Parser parser;
  input->set("next_contact", parser.parse(R"({"date": "2027-01-05", "initiative": "medarbejder"})"));
  BlockDocument document = blocks_of(compose_ok("notat", *input));
  EXPECT_EQ(paragraph_after(document, "Næste kontakt"),
            "Vi taler sammen igen tirsdag den 5. januar 2027. Łukasz Wójcik tager initiativ til kontakten.");
  input->set("next_contact", parser.parse(R"({"date": "2027-01-05", "form": "fremmoede"})"));
  EXPECT_EQ(paragraph_after(blocks_of(compose_ok("notat", *input)), "Næste kontakt"),
            "Vi taler sammen igen ved et møde tirsdag den 5. januar 2027.");
}

}  // namespace
}  // namespace sygedok::compose
