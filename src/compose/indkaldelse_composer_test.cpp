#include "compose/indkaldelse_composer.h"

#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <set>

#include "compose/composer_test_support.h"

namespace sygedok::compose {
namespace {

using namespace test_support;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

BlockDocument summons(const std::string& sample_name) {
  return blocks_of(compose_ok("indkaldelse", *load_sample("indkaldelse", sample_name)));
}

std::string composed_markdown_of(const std::string& sample_name) {
  return compose_ok("indkaldelse", *load_sample("indkaldelse", sample_name)).markdown;
}

// The six conversation types, one sample each.
const std::vector<std::pair<std::string, std::string>> kTypeSamples = {
    {"fravaerssamtale", "Indkaldelse til fraværssamtale"},
    {"omsorgssamtale", "Indkaldelse til omsorgssamtale"},
    {"statussamtale", "Indkaldelse til statussamtale"},
    {"spredt_fravaer", "Indkaldelse til fraværssamtale ved spredt fravær"},
    {"opfoelgningssamtale", "Indkaldelse til opfølgningssamtale"},
    {"mulighedserklaering", "Indkaldelse til samtale om mulighedserklæring"}};

TEST(IndkaldelseComposer, IsRegistered) {
  auto kinds = document_kinds();
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "indkaldelse"), 1);
}

TEST(IndkaldelseComposer, EverySummonsSaysWhatTheLawAndTheSeedsAsk) {
  for (const auto& [name, title] : kTypeSamples) {
    SCOPED_TRACE(name);
    ComposedDocument composed = compose_ok("indkaldelse", *load_sample("indkaldelse", name));
    EXPECT_EQ(composed.info.title, title);
    EXPECT_EQ(composed.info.author, "Eksempel Kommune");
    BlockDocument document = blocks_of(composed);
    auto heads = headings(document);
    ASSERT_FALSE(heads.empty());
    EXPECT_EQ(heads[0], "# " + title);
    for (const char* section : {"## Det vil vi tale om", "## Sådan kan du forberede dig", "## Hvis du ikke kan komme",
                                "## Efter samtalen"})
      EXPECT_NE(std::find(heads.begin(), heads.end(), section), heads.end()) << section;

    std::string text = all_paragraph_text(document);
    EXPECT_TRUE(contains(text, "bisidder")) << text;  // every summons offers or names a bisidder
    EXPECT_TRUE(contains(text, "Du behøver ikke fortælle, hvad du fejler. Det må jeg ikke spørge om")) << text;
    if (name != "mulighedserklaering") {  // its result is the form, which the employee takes to the doctor
      EXPECT_TRUE(contains(text, "Referatet sendes derefter til dig via Digital Post og lægges i din personalemappe."));
      EXPECT_TRUE(contains(text, "Du kan få vedlagt dine egne kommentarer til referatet."));
    }
    EXPECT_TRUE(contains(text, "Passer tidspunktet ikke, så giv mig besked hurtigst muligt"));
    EXPECT_TRUE(contains(text, "Det kan også være en god idé at tale situationen igennem med din tillidsrepræsentant"));
    EXPECT_TRUE(contains(text, "Har du spørgsmål til samtalen, er du velkommen til at kontakte "));
    auto paras = paragraphs(document);
    ASSERT_GE(paras.size(), 3u);
    EXPECT_EQ(paras[paras.size() - 2], "Med venlig hilsen");
    auto topics = list_after(document, "Det vil vi tale om");
    EXPECT_GE(topics.size(), 5u);
    auto preparation = list_after(document, "Sådan kan du forberede dig");
    ASSERT_EQ(preparation.size(), 4u);
    EXPECT_EQ(preparation[0], "Hvad vil du gerne have ud af samtalen?");
  }
}

TEST(IndkaldelseComposer, EachTypeHasItsOwnOpeningTopicsAndBisidderSentence) {
  std::set<std::string> openings, topic_lists;
  for (const auto& [name, title] : kTypeSamples) {
    auto input = load_sample("indkaldelse", "fravaerssamtale");
    input->getObject("meeting")->set("type", name);
    Poco::JSON::Parser parser;
    input->set("absence_periods", parser.parse(R"([{"from": "2026-10-05"}])"));
    BlockDocument document = blocks_of(compose_ok("indkaldelse", *input));
    auto paras = paragraphs(document);
    auto greeting = std::find(paras.begin(), paras.end(), "Kære Ana Paula");
    ASSERT_NE(greeting, paras.end()) << name;
    ASSERT_NE(greeting + 1, paras.end());
    openings.insert(*(greeting + 1));
    std::string topics;
    for (const auto& topic : list_after(document, "Det vil vi tale om")) topics += topic + "|";
    topic_lists.insert(topics);
    EXPECT_TRUE(contains(all_paragraph_text(document),
                         "Du er velkommen til at tage en bisidder med til samtalen, for eksempel din "
                         "tillidsrepræsentant, din arbejdsmiljørepræsentant eller en anden, du har tillid til."))
        << name;
  }
  EXPECT_EQ(openings.size(), kTypeSamples.size());
  EXPECT_EQ(topic_lists.size(), kTypeSamples.size());
}

TEST(IndkaldelseComposer, EverySummonsComesWithThePreparationSheet) {
  ComposedDocument composed = compose_ok("indkaldelse", *load_sample("indkaldelse", "statussamtale"));
  EXPECT_TRUE(composed.calendar_entry);
  ASSERT_EQ(composed.companions.size(), 1u);
  const CompanionDocument& sheet = composed.companions[0];
  EXPECT_EQ(sheet.info.title, "Sådan forbereder du dig til samtalen");
  EXPECT_EQ(sheet.info.author, "Eksempel Kommune");
  auto blocks = markup::parse_markdown(sheet.markdown);
  ASSERT_TRUE(blocks.ok());
  auto heads = headings(blocks.value());
  for (const char* section : {"# Sådan forbereder du dig til samtalen", "## Før samtalen", "## Under samtalen",
                              "## Det må din leder spørge om", "## Din bisidder", "## Efter samtalen"})
    EXPECT_NE(std::find(heads.begin(), heads.end(), section), heads.end()) << section;
  EXPECT_TRUE(contains(all_paragraph_text(blocks.value()), "Din leder må ikke spørge, hvad du fejler."));
}

TEST(IndkaldelseComposer, OnPaperThePreparationSheetIsAnAppendixFromANewPage) {
  auto composed = compose_document("indkaldelse", *load_sample("indkaldelse", "statussamtale"), builtin_templates(),
                                   Delivery::PhysicalPost);
  ASSERT_TRUE(composed.ok());
  EXPECT_TRUE(composed.value().companions.empty());
  auto blocks = markup::parse_markdown(composed.value().markdown);
  ASSERT_TRUE(blocks.ok());
  const auto& all = blocks.value().blocks;
  auto appendix = std::find_if(all.begin(), all.end(), [](const Block& b) { return b.new_page; });
  ASSERT_NE(appendix, all.end());
  const auto* title = std::get_if<Heading>(&appendix->node);
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(plain(title->text), "Sådan forbereder du dig til samtalen");
  // One letterhead: the appendix has none of its own.
  EXPECT_EQ(std::count_if(all.begin(), all.end(),
                          [](const Block& b) {
                            const auto* t = std::get_if<Table>(&b.node);
                            return t && t->role == Table::Role::Letterhead;
                          }),
            1);
}

TEST(IndkaldelseComposer, TheProfileCanLeaveThePreparationSheetOut) {
  auto base = load_organisation_profile(std::nullopt);
  ASSERT_TRUE(base.ok());
  auto profile = overlay_profile(base.value(), R"({"preparation_sheet": false})", "test", std::nullopt);
  ASSERT_TRUE(profile.ok());
  EXPECT_FALSE(profile.value().preparation_sheet);
  EXPECT_TRUE(base.value().preparation_sheet);
  auto fee = overlay_profile(base.value(), R"({"certificate_fee_paid_by_employer": true})", "test", std::nullopt);
  ASSERT_TRUE(fee.ok());
  EXPECT_TRUE(fee.value().reading.certificate_fee_paid_by_employer);
  EXPECT_FALSE(base.value().reading.certificate_fee_paid_by_employer);
  auto refused = overlay_profile(base.value(), R"({"preparation_sheet": "nej"})", "test", std::nullopt);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.diagnostics()[0].message.find("preparation_sheet: skal være true eller false"), std::string::npos);
}

TEST(IndkaldelseComposer, TheMulighedserklaeringLetterExplainsTheFormAndLeavesTheDiagnosisOut) {
  BlockDocument document = summons("mulighedserklaering");
  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Første del udfylder vi to sammen ved samtalen: den handler om dine arbejdsopgaver og "
                             "funktioner"))
      << text;
  EXPECT_TRUE(contains(text, "Anden del udfylder din egen læge bagefter."));
  EXPECT_TRUE(contains(text, "samtalen handler om dit arbejde og dine muligheder for at arbejde – ikke om en diagnose."));
  EXPECT_TRUE(contains(text, "Der kommer heller ikke til at stå noget om din sygdom i den del af erklæringen"));
  EXPECT_TRUE(contains(text, "tager du blanketten med til din egen læge"));
  EXPECT_TRUE(contains(text, "Du er velkommen til at tage en bisidder med til samtalen"));
  EXPECT_FALSE(contains(text, "Jeg skriver et referat af samtalen"));
  auto topics = list_after(document, "Det vil vi tale om");
  ASSERT_FALSE(topics.empty());
  EXPECT_EQ(topics[0], "Hvilke arbejdsopgaver og funktioner dit job består af");
}

TEST(IndkaldelseComposer, TheFravaerssamtaleLetterHasAddressFactsAndSince) {
  ComposedDocument composed = compose_ok("indkaldelse", *load_sample("indkaldelse", "fravaerssamtale"));
  // The address goes to the window field (layout), not into the text.
  ASSERT_TRUE(composed.window_address.has_value());
  EXPECT_EQ(composed.window_address->return_address, "Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby");
  ASSERT_EQ(composed.window_address->recipient.size(), 3u);
  EXPECT_EQ(composed.window_address->recipient[0].text, "Ana Paula Gonçalves");
  EXPECT_EQ(composed.window_address->recipient[0].path, "employee.name");
  EXPECT_EQ(composed.window_address->recipient[2].text, "9999 Eksempelby");
  EXPECT_EQ(composed.window_address->recipient[2].path, "employee.address[1]");
  EXPECT_EQ(composed.markdown.find("Engvej 14"), std::string::npos);

  BlockDocument document = blocks_of(composed);
  auto paras = paragraphs(document);
  ASSERT_GE(paras.size(), 2u);
  EXPECT_EQ(paras[0], "Kære Ana Paula");
  EXPECT_EQ(paras[1].rfind("Du har været sygemeldt siden mandag den 9. november 2026, og jeg vil derfor gerne "
                           "invitere dig til en fraværssamtale.", 0),
            0u)
      << paras[1];
  EXPECT_TRUE(contains(paras[1], "senest fire uger efter din første sygedag"));

  auto found = tables(document);
  ASSERT_EQ(found.size(), 2u);  // letterhead and facts; no absence periods
  const Table& facts = *found[1];
  EXPECT_TRUE(facts.header.empty());
  ASSERT_EQ(facts.rows.size(), 3u);
  const std::vector<std::vector<std::string>> expected = {
      {"Tidspunkt", "Onsdag den 2. december 2026 kl. 10.00\u201311.00"},
      {"Sted", "Mødelokalet ved personalestuen, Plejecenter Engly"},
      {"Deltagere", "Du og Henrik Ravn Madsen (afdelingsleder)"}};
  for (std::size_t r = 0; r < expected.size(); ++r)
    for (std::size_t c = 0; c < 2; ++c) EXPECT_EQ(plain(facts.rows[r][c]), expected[r][c]) << r << "," << c;

  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Er du for syg til at møde op, kan vi holde samtalen som en telefonsamtale i stedet."));
  EXPECT_TRUE(contains(text, "kontakte Henrik Ravn Madsen på telefon 12 34 56 70 eller på e-mail "
                             "engly@eksempelkommune.example."));
  // The title under the closing, capitalised (the profile's default signature_title).
  EXPECT_EQ(paras.back(), "Henrik Ravn Madsen\nAfdelingsleder");
  EXPECT_FALSE(contains(composed_markdown_of("fravaerssamtale"), "150385"));  // the CPR number is never printed
}

TEST(IndkaldelseComposer, SpredtFravaerListsTheAbsencePeriods) {
  BlockDocument document = summons("spredt_fravaer");
  auto heads = headings(document);
  EXPECT_NE(std::find(heads.begin(), heads.end(), "## Dit fravær"), heads.end());
  auto found = tables(document);
  ASSERT_EQ(found.size(), 3u);
  const Table& periods = *found[2];
  ASSERT_EQ(periods.header.size(), 2u);
  EXPECT_EQ(plain(periods.header[0]), "Periode");
  EXPECT_EQ(plain(periods.header[1]), "Fraværsdage (arbejdsdage)");  // the profile's count, said
  EXPECT_EQ(periods.align[1], Table::Align::Right);
  const std::vector<std::pair<std::string, std::string>> expected = {{"15. juni 2026", "1"},
                                                                     {"27.\u201328. juli 2026", "2"},
                                                                     {"4. september 2026", "1"},
                                                                     {"12.\u201314. oktober 2026", "3"},
                                                                     {"20.\u201323. november 2026", "2"}};
  ASSERT_EQ(periods.rows.size(), expected.size());
  for (std::size_t r = 0; r < expected.size(); ++r) {
    EXPECT_EQ(plain(periods.rows[r][0]), expected[r].first);
    EXPECT_EQ(plain(periods.rows[r][1]), expected[r].second);
  }
  EXPECT_TRUE(contains(all_paragraph_text(document), "I alt 5 perioder og 9 fraværsdage."));
  EXPECT_EQ(list_after(document, "Sådan kan du forberede dig")[1],
            "Hvad tror du selv, der skal til, for at dit fravær bliver mindre?");
  EXPECT_TRUE(contains(all_paragraph_text(document), "kontakte Susanne Krogh på e-mail regnbuen@"));
}

TEST(IndkaldelseComposer, TheSpredtFravaerLetterRefersToTheGuidelinesOfTheProfile) {
  const std::string text = all_paragraph_text(summons("spredt_fravaer"));
  EXPECT_TRUE(contains(text, "Det følger af vores retningslinjer for sygefravær, at vi taler sammen, når der har været "
                             "flere perioder med fravær."))
      << text;
  EXPECT_FALSE(contains(all_paragraph_text(summons("fravaerssamtale")), "retningslinjer"));
}

TEST(IndkaldelseComposer, APhoneMeetingSaysWhoCallsAndNeedsNoPlace) {
  BlockDocument document = summons("statussamtale");
  const Table& facts = *tables(document)[1];
  ASSERT_EQ(facts.rows.size(), 3u);
  EXPECT_EQ(plain(facts.rows[1][0]), "Mødeform");
  EXPECT_EQ(plain(facts.rows[1][1]), "Telefonsamtale. Jeg ringer til dig på telefon 87 65 43 21.");
  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Passer tidspunktet ikke, så giv mig besked hurtigst muligt og senest mandag den 7. "
                             "december 2026, så finder vi et andet tidspunkt."));
  EXPECT_FALSE(contains(text, "som en telefonsamtale i stedet"));  // it is one already
  EXPECT_TRUE(contains(text, "siden vores samtale den 26. november 2026"));
  EXPECT_EQ(paragraphs(document)[0], "Kære Jean-Pierre Dubois");  // no first name, no address block
}

TEST(IndkaldelseComposer, AVideoMeetingGivesItsLink) {
  BlockDocument document = summons("opfoelgningssamtale");
  EXPECT_EQ(plain(tables(document)[1]->rows[1][1]), "Videomøde");
  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Du deltager i videomødet via dette link: "
                             "https://moede.eksempelkommune.example/borgerservice/opfoelgning-1012"));
  EXPECT_TRUE(contains(text, "Ved vores samtale den 14. september 2026 aftalte vi at følge op"));
  EXPECT_TRUE(contains(text, "Har du ikke mulighed for at deltage på video"));

  auto input = load_sample("indkaldelse", "opfoelgningssamtale");
  input->getObject("meeting")->remove("link");
  input->remove("previous_meeting");
  std::string without = all_paragraph_text(blocks_of(compose_ok("indkaldelse", *input)));
  EXPECT_TRUE(contains(without, "Du får linket til videomødet i en særskilt e-mail."));
  EXPECT_TRUE(contains(without, "Ved vores sidste samtale aftalte vi at følge op"));
}

TEST(IndkaldelseComposer, ANamedBisidderOthersAndTheManagersOwnWords) {
  BlockDocument document = summons("spredt_fravaer-lang");
  const Table& facts = *tables(document)[1];
  EXPECT_EQ(plain(facts.rows[2][1]),
            "Du, René Lykke Frandsen (forstander), Siobhán Ní Bhriain (HR-konsulent) og Mohammed Al-Sayed "
            "(arbejdsmiljørepræsentant) som din bisidder");
  std::string text = all_paragraph_text(document);
  // Named once, among the participants; the paragraph says what a bisidder does.
  EXPECT_FALSE(contains(text, "Mohammed Al-Sayed")) << text;
  EXPECT_TRUE(contains(text, "Din bisidder kan støtte dig før, under og efter samtalen"));
  EXPECT_FALSE(contains(text, "Du er velkommen til at tage en bisidder med"));
  EXPECT_TRUE(contains(text, "Jeg har lagt samtalen lige efter din nattevagt"));
  EXPECT_TRUE(contains(text, "\nJeg vil gerne understrege"));  // the message's second paragraph is its own
  auto topics = list_after(document, "Det vil vi tale om");
  EXPECT_EQ(topics.back(), "Om vi skal inddrage jobcentret i din bopælskommune");
  EXPECT_EQ(tables(document)[2]->rows.size(), 9u);
  EXPECT_TRUE(contains(text, "I alt 9 perioder og 17,5 fraværsdage."));
}

TEST(IndkaldelseComposer, WithoutAContactTheManagerIsAsked) {
  std::string text = all_paragraph_text(summons("omsorgssamtale"));
  EXPECT_TRUE(contains(text, "Har du spørgsmål til samtalen, er du velkommen til at kontakte mig."));
  EXPECT_TRUE(contains(text, "samtalen handler om dit arbejde og din trivsel – ikke om en diagnose."));
}

TEST(IndkaldelseComposer, ValuesPrintExactlyAsTyped) {
  auto input = load_sample("indkaldelse", "fravaerssamtale");
  input->getObject("employee")->set("first_name", std::string("*Ana* [x] | <b>"));
  input->getObject("meeting")->set("location", std::string("Lokale #3 | 1. sal"));
  BlockDocument document = blocks_of(compose_ok("indkaldelse", *input));
  EXPECT_EQ(paragraphs(document)[0], "Kære *Ana* [x] | <b>");  // the address is in the window field, not a paragraph
  const Table& facts = *tables(document)[1];
  ASSERT_EQ(facts.rows[1].size(), 2u);
  EXPECT_EQ(plain(facts.rows[1][1]), "Lokale #3 | 1. sal");
}

TEST(IndkaldelseComposer, HelpersJoinPeopleAndCountDays) {
  model::Indkaldelse letter;
  letter.manager = {"Leder A", std::string("leder")};
  // Names are name fields (never hyphenated), roles are not.
  EXPECT_EQ(participants_text(letter), "Du og " + name_field("Leder A") + " (leder)");
  letter.participants = {{"B", std::nullopt}};
  letter.bisidder = model::Participant{"C", std::string("TR")};
  EXPECT_EQ(participants_text(letter), "Du, " + name_field("Leder A") + " (leder), " + name_field("B") + " og " +
                                          name_field("C") + " (TR) som din bisidder");

  const auto working = model::AbsenceDayCount::WorkingDays;
  std::vector<model::AbsencePeriod> one = {{{2026, 10, 5}, {2026, 10, 5}, std::nullopt}};
  EXPECT_EQ(absence_total_text(one, working), "I alt 1 periode og 1 fraværsdag.");
  one.push_back({{2026, 10, 30}, {2026, 11, 2}, 1.5});
  EXPECT_EQ(absence_total_text(one, working), "I alt 2 perioder og 2,5 fraværsdage.");
  // Friday to Monday: 2 working days, 4 calendar days.
  const std::vector<model::AbsencePeriod> weekend = {{{2026, 10, 30}, {2026, 11, 2}, std::nullopt}};
  EXPECT_EQ(absence_total_text(weekend, working), "I alt 1 periode og 2 fraværsdage.");
  EXPECT_EQ(absence_total_text(weekend, model::AbsenceDayCount::CalendarDays), "I alt 1 periode og 4 fraværsdage.");
}

}  // namespace
}  // namespace sygedok::compose
