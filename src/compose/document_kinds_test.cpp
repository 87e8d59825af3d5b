#include "compose/document_kinds.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "compose/composer_test_support.h"
#include "markup/markdown_parser.h"
#include "model/json_input.h"

namespace sygedok::compose {
namespace {

std::string sample_text(const std::string& name) {
  std::ifstream in(std::string(SYGEDOK_SOURCE_DIR) + "/samples/referat/" + name + ".json", std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Poco::JSON::Object::Ptr sample(const std::string& name) {
  auto parsed = model::parse_json_object(sample_text(name));
  EXPECT_TRUE(parsed.ok()) << name;
  return parsed.value();
}

const TemplateStore& builtin_templates() {
  static auto store = TemplateStore::load();
  EXPECT_TRUE(store.ok());
  return *store.value();
}

ComposedDocument compose_ok(const Poco::JSON::Object& input) {
  auto composed = compose_document("referat", input, builtin_templates());
  EXPECT_TRUE(composed.ok()) << (composed.ok() ? "" : composed.diagnostics()[0].path + " " +
                                                          composed.diagnostics()[0].message);
  return composed.ok() ? composed.value() : ComposedDocument{};
}

std::string plain(const Inlines& spans) {
  std::string out;
  for (const auto& span : spans) out += span.kind == Span::Kind::HardBreak ? "\n" : span.text;
  return out;
}

// The tables in the flow (not the running head).
std::vector<const Table*> tables(const BlockDocument& document) {
  std::vector<const Table*> found;
  for (const auto& block : document.blocks)
    if (const auto* table = std::get_if<Table>(&block.node); table && table->role != Table::Role::RunningHead)
      found.push_back(table);
  return found;
}

std::vector<std::string> headings(const BlockDocument& document) {
  std::vector<std::string> found;
  for (const auto& block : document.blocks)
    if (const auto* heading = std::get_if<Heading>(&block.node))
      found.push_back(std::string(static_cast<std::size_t>(heading->level), '#') + " " + plain(heading->text));
  return found;
}

std::string all_paragraph_text(const BlockDocument& document) {
  std::string out;
  for (const auto& block : document.blocks)
    if (const auto* paragraph = std::get_if<Paragraph>(&block.node)) out += plain(paragraph->text) + "\n";
  return out;
}

BlockDocument blocks_of(const ComposedDocument& composed) {
  auto blocks = markup::parse_markdown(composed.markdown);
  EXPECT_TRUE(blocks.ok()) << (blocks.ok() ? "" : blocks.diagnostics()[0].message);
  return blocks.ok() ? blocks.value() : BlockDocument{};
}

TEST(DocumentKinds, ListsTheReferatAndTheFastholdelsesplan) {
  auto kinds = document_kinds();
  EXPECT_EQ(kinds.front(), "referat");
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "fastholdelsesplan"), kinds.end());
  for (const auto& kind : registered_document_kinds()) EXPECT_FALSE(kind.description.empty()) << kind.name;
}

TEST(DocumentKinds, AnUnknownKindIsAnError) {
  auto composed = compose_document("kaffeaftale", *sample("fravaerssamtale"), builtin_templates());
  ASSERT_FALSE(composed.ok());
  EXPECT_EQ(composed.diagnostics()[0].code, "unknown_kind");
  EXPECT_NE(composed.diagnostics()[0].message.find("referat"), std::string::npos);
}

TEST(ReferatComposer, TheFirstSampleHasThePeerReferatsContent) {
  ComposedDocument composed = compose_ok(*sample("fravaerssamtale"));
  EXPECT_EQ(composed.info.title, "Referat af fraværssamtale");
  EXPECT_EQ(composed.info.author, "Eksempel Kommune");
  EXPECT_NE(composed.info.subject.find("Søren Ærø Åsgaard"), std::string::npos);
  EXPECT_TRUE(composed.warnings.empty());

  BlockDocument document = blocks_of(composed);
  EXPECT_EQ(headings(document),
            (std::vector<std::string>{"# Referat af fraværssamtale", "## Formål", "## Status",
                                      "## Muligheder for tilbagevenden", "## Aftaler", "## Næste samtale"}));
  auto found = tables(document);
  ASSERT_EQ(found.size(), 4u);  // letterhead, facts, agreements, signatures

  const Table& letterhead = *found[0];
  EXPECT_EQ(letterhead.role, Table::Role::Letterhead);
  ASSERT_EQ(letterhead.rows.size(), 3u);
  EXPECT_EQ(plain(letterhead.rows[0][0]), "Eksempel Kommune");
  EXPECT_TRUE(letterhead.rows[0][0][0].bold);
  EXPECT_EQ(plain(letterhead.rows[1][0]), "Center for Dagtilbud");
  EXPECT_EQ(plain(letterhead.rows[2][0]), "Rådhuspladsen 1, 9999 Eksempelby");
  EXPECT_EQ(plain(letterhead.rows[0][1]), "CVR-nr. 12345674");
  EXPECT_EQ(plain(letterhead.rows[1][1]), "Dato: 7. december 2026");
  EXPECT_EQ(plain(letterhead.rows[2][1]), "Sagsnr. 2026-004711");

  const auto is_head = [](const Block& b) {
    return std::holds_alternative<Table>(b.node) && std::get<Table>(b.node).role == Table::Role::RunningHead;
  };
  const auto head_block = std::find_if(document.blocks.begin(), document.blocks.end(), is_head);
  ASSERT_NE(head_block, document.blocks.end());
  const Table& head = std::get<Table>(head_block->node);
  ASSERT_EQ(head.rows.size(), 1u);
  EXPECT_EQ(plain(head.rows[0][0]), "Referat af fraværssamtale");
  EXPECT_EQ(plain(head.rows[0][1]), "Søren Ærø Åsgaard");
  EXPECT_EQ(plain(head.rows[0][2]), "Sagsnr. 2026-004711");

  const Table& facts = *found[1];
  EXPECT_EQ(facts.role, Table::Role::Plain);
  EXPECT_TRUE(facts.header.empty());
  ASSERT_EQ(facts.rows.size(), 3u);
  const std::vector<std::vector<std::string>> expected_facts = {
      {"Medarbejder", "Søren Ærø Åsgaard", "Leder", "Mette Kjærgård Østergaard"},
      {"Dato og tid", "Mandag den 7. december 2026 kl. 10.00\u201311.00", "Sted", "Mødelokale 2, Rådhuset"},
      {"Bisidder", "Jens Ølgaard (TR)", "Samtaletype", "Fraværssamtale"}};
  for (std::size_t r = 0; r < 3; ++r)
    for (std::size_t c = 0; c < 4; ++c) EXPECT_EQ(plain(facts.rows[r][c]), expected_facts[r][c]) << r << "," << c;
  EXPECT_TRUE(facts.rows[0][0][0].bold);
  // Name fields arrive as names (never hyphenated), other values do not.
  EXPECT_TRUE(facts.rows[0][1][0].name);
  EXPECT_FALSE(facts.rows[1][1][0].name);
  EXPECT_TRUE(letterhead.rows[0][0][0].name);

  const Table& agreements = *found[2];
  ASSERT_EQ(agreements.header.size(), 3u);
  EXPECT_EQ(plain(agreements.header[2]), "Hvornår");
  ASSERT_EQ(agreements.rows.size(), 3u);
  EXPECT_EQ(plain(agreements.rows[0][2]), "Senest 14. december 2026");
  EXPECT_EQ(plain(agreements.rows[1][1]), "Jens (AMR)");
  EXPECT_EQ(plain(agreements.rows[1][2]), "Uge 50");

  const Table& signatures = *found[3];
  EXPECT_EQ(signatures.role, Table::Role::Signatures);
  EXPECT_EQ(signatures.field_names, (std::vector<std::string>{"Underskrift_leder", "Underskrift_medarbejder"}));
  EXPECT_EQ(plain(signatures.header[0]), "Dato og underskrift, leder");
  EXPECT_EQ(plain(signatures.rows[0][0]), "Mette Kjærgård Østergaard");
  EXPECT_EQ(plain(signatures.rows[0][1]), "Søren Ærø Åsgaard");

  std::string text = all_paragraph_text(document);
  for (const char* sentence :
       {"Vi har i dag holdt en fraværssamtale, fordi du har været sygemeldt i to uger.",
        "Han regner med at kunne begynde gradvist om cirka to uger.",
        "Statussamtale mandag den 4. januar 2027 kl. 9.00 i mødelokale 2. Du får en indkaldelse via Digital Post.",
        "Referatet blev læst op ved samtalens afslutning. Med underskrifterne bekræfter leder og medarbejder, at de "
        "har læst referatet – ikke at de er enige i alt. Har medarbejderen egne bemærkninger, vedlægges de referatet. "
        "Referatet sendes til medarbejderen via Digital Post og lægges i personalemappen.",
        "Samtalen blev ikke optaget."})
    EXPECT_NE(text.find(sentence), std::string::npos) << sentence << "\n" << text;
  EXPECT_EQ(text.find("skriv under"), std::string::npos);
}

// The first sentence of the purpose for a meeting on 7 December 2026 (a
// Monday) in a referat dated `date`, the first sick day `first_day` (or none).
std::string purpose_for(const std::string& date, const std::optional<std::string>& first_day,
                        const std::string& type = "fravaerssamtale") {
  auto input = sample("fravaerssamtale");
  input->getObject("document")->set("date", date);
  input->getObject("meeting")->set("type", type);
  if (first_day)
    input->getObject("absence")->set("first_day", *first_day);
  else
    input->remove("absence");
  const ComposedDocument composed = compose_ok(*input);
  const std::string purpose = test_support::paragraph_after(test_support::blocks_of(composed), "Formål");
  return purpose.substr(0, purpose.find(". Vi ") + 1);  // the second sentence begins "Vi …"
}

TEST(ReferatComposer, ThePurposeSaysHowLongTheEmployeeHadBeenSickFromTheFirstSickDay) {
  EXPECT_EQ(purpose_for("2026-12-07", "2026-11-23"),
            "Vi har i dag holdt en fraværssamtale, fordi du har været sygemeldt i to uger.");
  // Seven weeks and a day: the § 7 a warning fires, and the text says so too.
  EXPECT_EQ(purpose_for("2026-12-07", "2026-10-18"),
            "Vi har i dag holdt en fraværssamtale, fordi du har været sygemeldt i mere end syv uger.");
  EXPECT_EQ(purpose_for("2026-12-07", "2026-12-02"),
            "Vi har i dag holdt en fraværssamtale, fordi du har været sygemeldt siden onsdag den 2. december 2026.");
  EXPECT_EQ(purpose_for("2026-12-07", std::nullopt), "Vi har i dag holdt en fraværssamtale.");
  EXPECT_EQ(purpose_for("2026-12-07", "2026-12-24"), "Vi har i dag holdt en fraværssamtale.")
      << "a first sick day after the meeting says nothing";
  EXPECT_EQ(purpose_for("2026-12-07", "2026-11-23", "statussamtale"),
            "Vi har i dag holdt en statussamtale, fordi du har været sygemeldt i to uger.");
}

TEST(ReferatComposer, ThePurposeSaysIDagOnlyInAReferatDatedTheMeetingDay) {
  EXPECT_EQ(purpose_for("2026-12-09", "2026-11-23"),
            "Vi holdt en fraværssamtale mandag den 7. december 2026, fordi du på det tidspunkt havde været "
            "sygemeldt i to uger.");
  EXPECT_EQ(purpose_for("2026-12-09", "2026-11-23", "omsorgssamtale"),
            "Vi holdt en omsorgssamtale mandag den 7. december 2026.");
  EXPECT_EQ(purpose_for("2026-12-09", "2026-11-23", "spredt_fravaer"),
            "Vi talte sammen mandag den 7. december 2026, fordi du havde haft flere perioder med sygefravær inden "
            "for det seneste halve år.");
  EXPECT_EQ(purpose_for("2026-12-07", "2026-11-23", "opfoelgningssamtale"),
            "Vi har i dag holdt en opfølgningssamtale, som vi aftalte ved sidste samtale.");
}

// Not signed at the meeting: a return date from the input, else the
// profile's return_working_days (5) after the referat's date (Monday 7
// December 2026 → Monday 14 December); the envelope may then take a reply.
TEST(ReferatComposer, AnUnsignedReferatGivesItsReturnDateAndHowToReturnIt) {
  auto input = sample("fravaerssamtale");
  input->set("signed_at_meeting", false);
  ComposedDocument composed = compose_ok(*input);
  std::string text = test_support::all_paragraph_text(test_support::blocks_of(composed));
  EXPECT_NE(text.find("Du får det derfor uden underskrifter via Digital Post. Læs det igennem, skriv under, og send "
                      "det tilbage til mig senest mandag den 14. december 2026, for eksempel som svar på denne "
                      "besked i Digital Post."),
            std::string::npos)
      << text;
  EXPECT_EQ(composed.reply_by, (model::Date{2026, 12, 14}));
  input->set("return_by", std::string("2026-12-18"));
  composed = compose_ok(*input);
  text = test_support::all_paragraph_text(test_support::blocks_of(composed));
  EXPECT_NE(text.find("send det tilbage til mig senest fredag den 18. december 2026, for eksempel"), std::string::npos)
      << text;
  EXPECT_EQ(composed.reply_by, (model::Date{2026, 12, 18}));
  // Signed at the meeting, nothing is to be returned.
  EXPECT_FALSE(compose_ok(*sample("fravaerssamtale")).reply_by);
}

// Sentences about sending name the channel only when it is known.
TEST(ReferatComposer, SaysHowItIsSentByTheDelivery) {
  auto input = sample("fravaerssamtale");
  auto text_for = [&](Delivery delivery) {
    auto composed = compose_document("referat", *input, builtin_templates(), delivery);
    EXPECT_TRUE(composed.ok());
    return composed.ok() ? test_support::all_paragraph_text(test_support::blocks_of(composed.value())) : "";
  };
  EXPECT_NE(text_for(Delivery::DigitalPost).find("Referatet sendes til medarbejderen via Digital Post og lægges"),
            std::string::npos);
  EXPECT_NE(text_for(Delivery::PhysicalPost).find("Referatet sendes til medarbejderen med posten og lægges"),
            std::string::npos);
  EXPECT_NE(text_for(Delivery::Unstated).find("Referatet sendes til medarbejderen og lægges"), std::string::npos);
  input->set("signed_at_meeting", false);
  const std::string posted = text_for(Delivery::PhysicalPost);
  EXPECT_NE(posted.find("Du får det derfor uden underskrifter med posten."), std::string::npos) << posted;
  EXPECT_EQ(posted.find("Digital Post"), std::string::npos) << posted;
  const std::string unstated = text_for(Delivery::Unstated);
  EXPECT_NE(unstated.find("Du får det derfor uden underskrifter. Læs"), std::string::npos) << unstated;
  EXPECT_EQ(unstated.find("Digital Post"), std::string::npos) << unstated;
}

TEST(ReferatComposer, AReturnDateBeforeTheReferatIsAnErrorAndUnusedWhenSigned) {
  auto input = sample("fravaerssamtale");
  input->set("signed_at_meeting", false);
  input->set("return_by", std::string("2026-12-01"));
  auto refused = compose_document("referat", *input, builtin_templates());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.diagnostics().front().path, "return_by");
  EXPECT_EQ(refused.diagnostics().front().code, "before_document");
  input->set("signed_at_meeting", true);
  input->set("return_by", std::string("2026-12-14"));
  auto signed_referat = compose_document("referat", *input, builtin_templates());
  ASSERT_TRUE(signed_referat.ok());
  ASSERT_EQ(signed_referat.value().warnings.size(), 1u);
  EXPECT_EQ(signed_referat.value().warnings[0].code, "unused");
  EXPECT_EQ(signed_referat.value().warnings[0].path, "return_by");
}

TEST(ReferatComposer, APhoneConversationNeedsNoPlaceAndSaysItsForm) {
  auto input = sample("fravaerssamtale");
  input->getObject("meeting")->set("form", std::string("telefon"));
  input->getObject("meeting")->remove("location");
  const ComposedDocument composed = compose_ok(*input);
  const auto found = test_support::tables(test_support::blocks_of(composed));
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(test_support::plain(found[1]->rows[1][2]), "Mødeform");
  EXPECT_EQ(test_support::plain(found[1]->rows[1][3]), "Telefonsamtale");
  // In person, the place is required.
  input->getObject("meeting")->set("form", std::string("fremmoede"));
  auto refused = compose_document("referat", *input, builtin_templates());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.diagnostics().front().path, "meeting.location");
  EXPECT_EQ(refused.diagnostics().front().code, "required");
}

TEST(ReferatComposer, TheLongSampleIsNotSignedAndCarriesComments) {
  ComposedDocument composed = compose_ok(*sample("statussamtale-lang"));
  EXPECT_EQ(composed.info.title, "Referat af statussamtale");
  BlockDocument document = blocks_of(composed);
  auto found = tables(document);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1]->rows.size(), 4u);  // facts with others present
  EXPECT_EQ(plain(found[1]->rows[3][1]),
            "Şükrü Öztürk (HR-konsulent), Zoë Ångström-Müller (arbejdsmiljørepræsentant)");
  EXPECT_GE(found[2]->rows.size(), 30u);
  EXPECT_EQ(plain(found[2]->rows[25][0]), "Tjeklisten »Første uge tilbage« [version 2] gennemgås");
  auto heads = headings(document);
  EXPECT_NE(std::find(heads.begin(), heads.end(), "## Medarbejderens kommentarer"), heads.end());
  std::string text = all_paragraph_text(document);
  // Not signed at the meeting: it asks the employee, as "du", to sign and return it.
  EXPECT_NE(text.find("Du får det derfor uden underskrifter via Digital Post. Læs det igennem, skriv under, og send "
                      "det tilbage til mig"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Med din underskrift bekræfter du, at du har læst referatet – ikke at du er enig i alt."),
            std::string::npos);
  EXPECT_NE(text.find("Jeg kunne ikke skrive under på mødet"), std::string::npos);
  int italic_comments = 0;  // the employee's own words are set in italics
  for (const auto& block : document.blocks) {
    const auto* paragraph = std::get_if<Paragraph>(&block.node);
    if (paragraph && plain(paragraph->text).rfind("Jeg ", 0) == 0 && paragraph->text[0].italic) ++italic_comments;
  }
  EXPECT_EQ(italic_comments, 2);
  EXPECT_NE(text.find("kontakte Birgitte Æbelø Sørensen på telefon 12 34 56 78 eller på e-mail"), std::string::npos);
  // "1. marts: …" stays a bullet's text instead of starting a numbered list.
  const List* options = nullptr;
  for (const auto& block : document.blocks)
    if (const auto* list = std::get_if<List>(&block.node)) options = list;
  ASSERT_TRUE(options);
  EXPECT_FALSE(options->ordered);
  EXPECT_EQ(plain(std::get<Paragraph>(options->items[0][0].node).text).substr(0, 9), "1. marts:");
  ASSERT_EQ(options->items[0].size(), 1u);
}

TEST(ReferatComposer, NamesPrintExactlyAsTyped) {
  auto input = sample("fravaerssamtale");
  const std::string name = "*Anna* [x] <b> & 1. maj | Ø";
  input->getObject("employee")->set("name", name);
  input->getObject("manager")->set("name", std::string("# Mette_Østergaard"));
  BlockDocument document = blocks_of(compose_ok(*input));
  auto found = tables(document);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(plain(found[1]->rows[0][1]), name);
  EXPECT_EQ(plain(found[1]->rows[0][3]), "# Mette_Østergaard");
  EXPECT_EQ(found[1]->rows[0].size(), 4u);
  EXPECT_EQ(plain(found[3]->rows[0][1]), name);
  EXPECT_EQ(plain(found[3]->rows[0][0]), "# Mette_Østergaard");
}

TEST(ReferatComposer, AMissingRequiredValueIsAnErrorNotABlank) {
  auto input = sample("fravaerssamtale");
  input->getObject("employee")->remove("name");
  input->getObject("meeting")->set("start", std::string("7. december"));
  auto composed = compose_document("referat", *input, builtin_templates());
  ASSERT_FALSE(composed.ok());
  std::set<std::string> paths;
  for (const auto& d : composed.diagnostics()) paths.insert(d.path + " " + d.code);
  EXPECT_EQ(paths, (std::set<std::string>{"employee.name required", "meeting.start invalid_date_time"}));
}

TEST(ReferatComposer, UnknownFieldsComposeWithAWarning) {
  auto input = sample("fravaerssamtale");
  input->set("diagnose", std::string("ikke relevant"));
  auto composed = compose_document("referat", *input, builtin_templates());
  ASSERT_TRUE(composed.ok());
  ASSERT_EQ(composed.value().warnings.size(), 1u);
  EXPECT_EQ(composed.value().warnings[0].path, "diagnose");
  EXPECT_EQ(composed.value().warnings[0].code, "unknown_field");
  EXPECT_EQ(composed.diagnostics().size(), 1u);
}

TEST(ReferatComposer, EachMeetingTypeHasItsTitleAndPurpose) {
  const std::pair<const char*, const char*> expected[] = {
      {"omsorgssamtale", "Referat af omsorgssamtale"},
      {"statussamtale", "Referat af statussamtale"},
      {"spredt_fravaer", "Referat af fraværssamtale ved spredt fravær"},
      {"opfoelgningssamtale", "Referat af opfølgningssamtale"},
      {"mulighedserklaering", "Referat af samtale om mulighedserklæring"}};
  std::set<std::string> purposes;
  for (const auto& [type, title] : expected) {
    auto input = sample("fravaerssamtale");
    input->getObject("meeting")->set("type", std::string(type));
    ComposedDocument composed = compose_ok(*input);
    EXPECT_EQ(composed.info.title, title);
    BlockDocument document = blocks_of(composed);
    EXPECT_EQ(headings(document)[0], std::string("# ") + title);
    // The paragraph after "## Formål" is the type's own text.
    for (std::size_t i = 0; i + 1 < document.blocks.size(); ++i) {
      const auto* heading = std::get_if<Heading>(&document.blocks[i].node);
      if (heading && plain(heading->text) == "Formål")
        purposes.insert(plain(std::get<Paragraph>(document.blocks[i + 1].node).text));
    }
  }
  EXPECT_EQ(purposes.size(), std::size(expected));
}

TEST(ReferatComposer, OptionalPartsAndTheirAlternatives) {
  auto input = sample("fravaerssamtale");
  input->set("purpose", std::string("Første afsnit.\n\nAndet afsnit."));
  input->remove("agreements");
  input->remove("return_options");
  input->remove("next_meeting");
  input->remove("bisidder");
  input->set("recorded", true);
  input->set("read_aloud", false);
  input->getObject("employee")->set("cpr", std::string("010203-0000"));
  input->getObject("sender")->remove("unit");
  input->getObject("document")->remove("case_number");
  BlockDocument document = blocks_of(compose_ok(*input));
  auto heads = headings(document);
  EXPECT_EQ(std::find(heads.begin(), heads.end(), "## Muligheder for tilbagevenden"), heads.end());
  std::string text = all_paragraph_text(document);
  for (const char* part : {"Første afsnit.\nAndet afsnit.\n", "Der blev ikke indgået aftaler ved samtalen.",
                           "Der er ikke aftalt en ny samtale endnu.",
                           "Samtalen blev optaget efter fælles aftale mellem leder og medarbejder."})
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text;
  EXPECT_EQ(text.find("læst op"), std::string::npos);
  auto found = tables(document);
  ASSERT_EQ(found.size(), 3u);  // no agreements table
  EXPECT_EQ(plain(found[0]->rows[1][0]), "Rådhuspladsen 1, 9999 Eksempelby");
  EXPECT_EQ(found[0]->rows.size(), 2u);  // name + address beside CVR + date
  EXPECT_EQ(plain(found[1]->rows[0][1]), "Søren Ærø Åsgaard");  // the CPR number is never printed
  EXPECT_EQ(compose_ok(*input).markdown.find("010203"), std::string::npos);
  EXPECT_EQ(plain(found[1]->rows[2][1]), "Ingen");
}

TEST(ReferatComposer, NextMeetingAsFreeText) {
  auto input = sample("fravaerssamtale");
  input->remove("next_meeting");
  input->set("next_meeting_text", std::string("Vi finder en tid, når lægen har svaret."));
  std::string text = all_paragraph_text(blocks_of(compose_ok(*input)));
  EXPECT_NE(text.find("Vi finder en tid, når lægen har svaret."), std::string::npos);
  EXPECT_EQ(text.find("Indkaldelse sendes via Digital Post"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::compose
