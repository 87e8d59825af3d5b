#include "compose/fastholdelsesplan_composer.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "compose/document_kinds.h"
#include "markup/markdown_parser.h"
#include "model/json_input.h"

namespace sygedok::compose {
namespace {

Poco::JSON::Object::Ptr sample(const std::string& name) {
  std::ifstream in(std::string(SYGEDOK_SOURCE_DIR) + "/samples/fastholdelsesplan/" + name + ".json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto parsed = model::parse_json_object(text.str());
  EXPECT_TRUE(parsed.ok()) << name;
  return parsed.value();
}

const TemplateStore& builtin_templates() {
  static auto store = TemplateStore::load();
  EXPECT_TRUE(store.ok());
  return *store.value();
}

ComposedDocument compose_ok(const Poco::JSON::Object& input) {
  auto composed = compose_document("fastholdelsesplan", input, builtin_templates());
  EXPECT_TRUE(composed.ok()) << (composed.ok()
                                     ? ""
                                     : composed.diagnostics()[0].path + " " + composed.diagnostics()[0].message);
  return composed.ok() ? composed.value() : ComposedDocument{};
}

std::string plain(const Inlines& spans) {
  std::string out;
  for (const auto& span : spans) out += span.kind == Span::Kind::HardBreak ? "\n" : span.text;
  return out;
}

struct Parts {
  std::vector<std::string> headings;
  std::vector<Table> tables;
  std::string text;  // paragraphs and list items, one per line
};

Parts parts_of(const ComposedDocument& composed) {
  auto blocks = markup::parse_markdown(composed.markdown);
  EXPECT_TRUE(blocks.ok());
  Parts parts;
  if (!blocks.ok()) return parts;
  for (const auto& block : blocks.value().blocks) {
    if (const auto* heading = std::get_if<Heading>(&block.node)) parts.headings.push_back(plain(heading->text));
    if (const auto* table = std::get_if<Table>(&block.node); table && table->role != Table::Role::RunningHead)
      parts.tables.push_back(*table);  // the tables in the flow
    if (const auto* paragraph = std::get_if<Paragraph>(&block.node)) parts.text += plain(paragraph->text) + "\n";
    if (const auto* list = std::get_if<List>(&block.node))
      for (const auto& item : list->items)
        for (const auto& inner : item)
          if (const auto* paragraph = std::get_if<Paragraph>(&inner.node))
            parts.text += "- " + plain(paragraph->text) + "\n";
  }
  return parts;
}

TEST(FormatPeriod, ShortensWithinAMonthAndAYear) {
  using model::Date;
  EXPECT_EQ(format_period(Date{2027, 3, 8}, Date{2027, 3, 21}), "8.–21. marts 2027");
  EXPECT_EQ(format_period(Date{2027, 3, 22}, Date{2027, 4, 11}), "22. marts – 11. april 2027");
  EXPECT_EQ(format_period(Date{2026, 12, 28}, Date{2027, 1, 10}), "28. december 2026 – 10. januar 2027");
  EXPECT_EQ(format_period(Date{2027, 3, 8}, Date{2027, 3, 8}), "8. marts 2027");
  EXPECT_EQ(format_period(Date{2027, 5, 10}, std::nullopt), "Fra 10. maj 2027");
}

TEST(FastholdelsesplanComposer, TheLongSampleHasEveryPartOfThePlan) {
  ComposedDocument composed = compose_ok(*sample("lang"));
  EXPECT_TRUE(composed.warnings.empty());
  EXPECT_EQ(composed.info.title, "Fastholdelsesplan");
  EXPECT_EQ(composed.info.subject, "Fastholdelsesplan for Mads Ørnskov Jæger efter sygedagpengelovens § 7 b");
  Parts parts = parts_of(composed);
  EXPECT_EQ(parts.headings,
            (std::vector<std::string>{"Fastholdelsesplan", "Formål", "Trappeplan", "Ændrede arbejdsopgaver",
                                      "Hjælpemidler", "Tilpasning af arbejdspladsen", "Samarbejde med jobcentret",
                                      "Kollegerne", "Opfølgning", "Om planen"}));
  ASSERT_EQ(parts.tables.size(), 5u);  // letterhead, facts, schedule, follow-up, signatures
  const Table& facts = parts.tables[1];
  EXPECT_EQ(plain(facts.rows[1][1]), "1. februar 2027");
  EXPECT_EQ(plain(facts.rows[1][3]), "22. februar 2027");
  EXPECT_EQ(plain(facts.rows[2][0]), "Forventet tilbage på fuld tid");
  EXPECT_EQ(plain(facts.rows[2][1]), "10. maj 2027");
  EXPECT_EQ(plain(facts.rows[2][2]), "Dato for planen");
  EXPECT_EQ(plain(facts.rows[2][3]), "3. marts 2027");

  const Table& schedule = parts.tables[2];
  ASSERT_EQ(schedule.rows.size(), 4u);
  EXPECT_EQ(plain(schedule.header[1]), "Timer om ugen");
  EXPECT_EQ(plain(schedule.rows[1][0]), "22. marts – 11. april 2027");
  EXPECT_EQ(plain(schedule.rows[1][1]), "18,5");
  EXPECT_EQ(plain(schedule.rows[3][0]), "Fra 10. maj 2027");
  EXPECT_EQ(plain(schedule.rows[3][1]), "37");

  const Table& follow_up = parts.tables[3];
  ASSERT_EQ(follow_up.rows.size(), 3u);
  EXPECT_EQ(plain(follow_up.rows[0][0]), "Fredag den 19. marts 2027 kl. 10.00");

  const Table& signatures = parts.tables[4];
  EXPECT_EQ(signatures.role, Table::Role::Signatures);
  EXPECT_EQ(plain(signatures.rows[0][0]), "Lone Åkjær Friis");
  EXPECT_EQ(plain(signatures.rows[0][1]), "Mads Ørnskov Jæger");

  EXPECT_NE(parts.text.find("- Vibrationsdæmpende handsker"), std::string::npos);
  EXPECT_NE(parts.text.find("overvejer at søge om en § 56-aftale"), std::string::npos);
  EXPECT_NE(parts.text.find("lavet i fællesskab af medarbejderen og lederen efter medarbejderens anmodning den "
                            "22. februar 2027"),
            std::string::npos);
  // True whether or not the municipality's first follow-up has been held.
  EXPECT_NE(parts.text.find("tager planen med til sin næste opfølgningssamtale hos kommunen"), std::string::npos);
  EXPECT_NE(parts.text.find("kontakte Pernille Østergaard Vinther på telefon 98 76 54 32"), std::string::npos);
  // The CPR number is only for the envelope.
  EXPECT_EQ(composed.markdown.find("010190"), std::string::npos);
}

TEST(FastholdelsesplanComposer, TheShortSampleUsesTheDefaultTexts) {
  Parts parts = parts_of(compose_ok(*sample("kort")));
  EXPECT_NE(parts.text.find("fordi fraværet forventes at vare mere end 8 uger fra første sygedag"), std::string::npos);
  EXPECT_NE(parts.text.find("Der er ikke aftalt hjælpemidler."), std::string::npos);
  EXPECT_NE(parts.text.find("Der er ikke aftalt tilpasninger af arbejdspladsen."), std::string::npos);
  EXPECT_NE(parts.text.find("ud over kommunens almindelige opfølgning"), std::string::npos);
  EXPECT_NE(parts.text.find("Årsagen til fraværet nævnes ikke."), std::string::npos);
  EXPECT_EQ(parts.text.find("§ 56"), std::string::npos);
  EXPECT_EQ(parts.text.find("kontakte"), std::string::npos);  // no contact given
  ASSERT_GE(parts.tables.size(), 4u);
  EXPECT_EQ(plain(parts.tables[3].rows[0][0]), "Fredag den 19. marts 2027");
}

TEST(FastholdelsesplanComposer, EachSection56StatusHasItsSentence) {
  auto input = sample("kort");
  Poco::JSON::Parser parser;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"overvejes", "overvejer at søge om en § 56-aftale"},
      {"ansoegt", "har søgt jobcentret om en § 56-aftale"},
      {"bevilget", "Jobcentret har godkendt en § 56-aftale"}};
  for (const auto& [code, sentence] : cases) {
    input->set("jobcenter", parser.parse(R"({"section_56": ")" + code + R"("})"));
    Parts parts = parts_of(compose_ok(*input));
    EXPECT_NE(parts.text.find(sentence), std::string::npos) << code;
    EXPECT_NE(parts.text.find("ud over kommunens almindelige opfølgning"), std::string::npos) << code;
  }
}

TEST(FastholdelsesplanComposer, ValuesPrintExactlyAsTyped) {
  auto input = sample("kort");
  Poco::JSON::Parser parser;
  input->set("schedule", parser.parse(R"([{"from": "2027-03-08", "hours_per_week": 20,
                                            "tasks": "Post | arkiv *kun* [intern]"}])"));
  Parts parts = parts_of(compose_ok(*input));
  ASSERT_GE(parts.tables.size(), 3u);
  EXPECT_EQ(plain(parts.tables[2].rows[0][2]), "Post | arkiv *kun* [intern]");
}

TEST(FastholdelsesplanComposer, SaysEightWeeksOnlyWhenTheExpectedReturnSaysSo) {
  auto input = sample("kort");  // first sick day 18 January 2027
  input->set("expected_return", std::string("2027-03-15"));  // day 56: within 8 weeks
  Parts parts = parts_of(compose_ok(*input));
  EXPECT_NE(parts.text.find("Medarbejderen har bedt om en fastholdelsesplan. Planen beskriver"), std::string::npos)
      << parts.text;
  EXPECT_EQ(parts.text.find("8 uger"), std::string::npos);
  input->remove("expected_return");
  EXPECT_EQ(parts_of(compose_ok(*input)).text.find("8 uger"), std::string::npos) << "unknown: no claim";
}

TEST(FastholdelsesplanComposer, APlanOnTheEmployersInitiativeSaysSoEverywhere) {
  auto input = sample("kort");
  input->set("initiative", std::string("arbejdsgiver"));
  input->remove("requested_on");
  Parts parts = parts_of(compose_ok(*input));
  EXPECT_NE(parts.text.find("Arbejdsgiveren har taget initiativ til en fastholdelsesplan."), std::string::npos)
      << parts.text;
  EXPECT_NE(parts.text.find("lavet i fællesskab af medarbejderen og lederen på arbejdsgiverens initiativ."),
            std::string::npos);
  EXPECT_EQ(parts.text.find("anmodning"), std::string::npos);
  EXPECT_EQ(parts.text.find("bedt om"), std::string::npos);
  ASSERT_GE(parts.tables.size(), 2u);
  EXPECT_EQ(plain(parts.tables[1].rows[1][2]), "Initiativ");
  EXPECT_EQ(plain(parts.tables[1].rows[1][3]), "Arbejdsgiveren");
  // A request date contradicts the employer's initiative.
  input->set("requested_on", std::string("2027-03-01"));
  auto refused = compose_document("fastholdelsesplan", *input, builtin_templates());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.diagnostics()[0].path, "requested_on");
  EXPECT_EQ(refused.diagnostics()[0].code, "conflict");
}

TEST(FastholdelsesplanComposer, AnInvalidPlanIsNotComposed) {
  auto input = sample("kort");
  input->remove("requested_on");
  auto composed = compose_document("fastholdelsesplan", *input, builtin_templates());
  ASSERT_FALSE(composed.ok());
  EXPECT_EQ(composed.diagnostics()[0].path, "requested_on");
  EXPECT_EQ(composed.diagnostics()[0].code, "required");
}

}  // namespace
}  // namespace sygedok::compose
