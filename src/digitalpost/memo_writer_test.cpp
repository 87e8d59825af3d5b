// The XML writer: element order exactly as the XSD's sequences, the memo:
// prefix, base64 content that decodes to the bytes given, 1.1 and 1.2 both
// valid against their official schemas (libxml2), and the KombiPostAfsend
// wrapper for every channel code.
#include "digitalpost/memo_writer.h"

#include <gtest/gtest.h>

#include "digitalpost/base64.h"
#include "digitalpost/test_support.h"

namespace sygedok::digitalpost {
namespace {

using namespace testing;

// Every part the writer can write, with awkward text (XML specials, Danish letters, binary content).
MemoMessage full_message() {
  MemoMessage message;
  message.uuid = "8c2ea15d-61fb-4ba9-9366-42f8b194c114";
  message.label = "Indkaldelse til fraværssamtale 7. december 2026 <&>";
  message.sender = {"12345674", "CVR", "Eksempel Kommune"};
  message.recipient = {"0101901234", "CPR", "Søren Ærø Åsgaard"};
  message.case_reference = MemoCase{"2026-004711", "Eksempel Kommune"};
  MemoBody body;
  body.created = {{2026, 11, 22}, 9, 30, 0};
  body.main.label = "Indkaldelse til fraværssamtale";
  body.main.files.push_back({"application/pdf", "Indkaldelse.pdf", "da", std::string("%PDF-1.7\n\0\xff\xfe", 12)});
  MemoReservation reservation{"Fraværssamtale med Mette", "2b1f4b6e-3c1d-4e8a-9f00-1a2b3c4d5e6f", "Fraværssamtale",
                              "Mødelokale 2, Rådhuset", {{2026, 12, 7}, 9, 0, 0}, {{2026, 12, 7}, 10, 0, 0},
                              "mette@eksempel.dk", "Mette Kjærgård"};
  body.main.actions.push_back({"Opret aftale i kalender", "AFTALE", reservation.start, reservation.end, reservation});
  body.main.actions.push_back({"Læs om sygefravær", "INFORMATION", {}, {}, MemoEntryPoint{"https://eksempel.dk/syg"}});
  MemoDocument attachment;
  attachment.label = "Medarbejderens kommentarer";
  attachment.files.push_back({"text/plain", "Kommentarer.txt", "da", "Jeg er enig.\n"});
  body.additional.push_back(attachment);
  message.body = body;
  return message;
}

std::string written(const MemoMessage& message, MemoOptions options = {}) {
  auto xml = write_memo(message, options);
  EXPECT_TRUE(xml.ok()) << (xml.ok() ? "" : xml.diagnostics().front().message);
  return xml.ok() ? xml.value() : "";
}

using Names = std::vector<std::string>;

TEST(MemoWriter, WritesElementsInTheOrderOfTheXsd) {
  auto xml = parse(written(full_message()));
  xmlNodePtr root = xml.root();
  ASSERT_NE(root, nullptr);
  EXPECT_EQ(qualified_name(root), "memo:Message");
  EXPECT_EQ(child_names(root), (Names{"memo:MessageHeader", "memo:MessageBody"}));
  xmlNodePtr header = child(root, "memo:MessageHeader");
  EXPECT_EQ(child_names(header), (Names{"memo:messageType", "memo:messageUUID", "memo:label", "memo:Sender",
                                        "memo:Recipient", "memo:ContentData"}));
  EXPECT_EQ(child_names(child(header, "memo:Sender")), (Names{"memo:senderID", "memo:idType", "memo:label"}));
  EXPECT_EQ(child_names(child(header, "memo:Recipient")), (Names{"memo:recipientID", "memo:idType", "memo:label"}));
  EXPECT_EQ(child_names(at(header, {"memo:ContentData", "memo:CaseID"})), (Names{"memo:caseID", "memo:caseSystem"}));
  xmlNodePtr body = child(root, "memo:MessageBody");
  EXPECT_EQ(child_names(body), (Names{"memo:createdDateTime", "memo:MainDocument", "memo:AdditionalDocument"}));
  xmlNodePtr main = child(body, "memo:MainDocument");
  EXPECT_EQ(child_names(main), (Names{"memo:label", "memo:File", "memo:Action", "memo:Action"}));
  EXPECT_EQ(child_names(child(main, "memo:File")),
            (Names{"memo:encodingFormat", "memo:filename", "memo:language", "memo:content"}));
  xmlNodePtr action = child(main, "memo:Action");
  EXPECT_EQ(child_names(action), (Names{"memo:label", "memo:actionCode", "memo:startDateTime", "memo:endDateTime",
                                        "memo:Reservation"}));
  EXPECT_EQ(child_names(child(action, "memo:Reservation")),
            (Names{"memo:description", "memo:reservationUUID", "memo:abstract", "memo:location",
                   "memo:startDateTime", "memo:endDateTime", "memo:organizerMail", "memo:organizerName"}));
  EXPECT_EQ(text(at(action, {"memo:Reservation", "memo:startDateTime"})), "2026-12-07T09:00:00Z");
}

TEST(MemoWriter, UsesTheMemoPrefixAndNoDefaultNamespace) {
  std::string xml = written(full_message());
  EXPECT_EQ(xml.find("xmlns=\""), std::string::npos);
  EXPECT_NE(xml.find("<memo:Message memoVersion=\"1.2\" xmlns:memo=\"https://DigitalPost.dk/MeMo-1\">"),
            std::string::npos);
  EXPECT_EQ(xml.find("memoSchVersion"), std::string::npos);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
}

TEST(MemoWriter, EscapesTextAndKeepsContentBytesExact) {
  MemoMessage message = full_message();
  auto xml = parse(written(message));
  xmlNodePtr header = child(xml.root(), "memo:MessageHeader");
  EXPECT_EQ(text(child(header, "memo:label")), message.label);
  EXPECT_EQ(text(at(header, {"memo:Recipient", "memo:label"})), "Søren Ærø Åsgaard");
  xmlNodePtr content = at(xml.root(), {"memo:MessageBody", "memo:MainDocument", "memo:File", "memo:content"});
  EXPECT_EQ(base64_decode(text(content)), message.body->main.files[0].content);
}

TEST(MemoWriter, Version12IsValidAgainstTheOfficialSchema) {
  Diagnostics problems = schema(MemoVersion::V1_2).validate(written(full_message()));
  for (const auto& p : problems) ADD_FAILURE() << p.message;
}

TEST(MemoWriter, Version11IsValidAgainstThe11SchemaAndCarriesItsRequiredParts) {
  std::string xml = written(full_message(), {MemoVersion::V1_1, std::nullopt});
  Diagnostics problems = schema(MemoVersion::V1_1).validate(xml);
  for (const auto& p : problems) ADD_FAILURE() << p.message;
  EXPECT_NE(xml.find("memoVersion=\"1.1\" memoSchVersion=\"1.1.0\""), std::string::npos);
  auto parsed = parse(xml);
  Names header = child_names(child(parsed.root(), "memo:MessageHeader"));
  EXPECT_EQ(Names(header.begin(), header.begin() + 5),
            (Names{"memo:messageType", "memo:messageUUID", "memo:label", "memo:mandatory", "memo:legalNotification"}));
  // The schemas differ: the 1.1 message is not a valid 1.2 message (memoSchVersion), and vice versa.
  EXPECT_FALSE(schema(MemoVersion::V1_2).validate(xml).empty());
  EXPECT_FALSE(schema(MemoVersion::V1_1).validate(written(full_message())).empty());
}

TEST(MemoWriter, TheSchemaJudgeRefusesABrokenOrder) {
  std::string xml = written(full_message());
  // Swap label and messageUUID: well-formed, but out of the XSD's order.
  std::string uuid = "<memo:messageUUID>8c2ea15d-61fb-4ba9-9366-42f8b194c114</memo:messageUUID>";
  auto at_uuid = xml.find(uuid);
  ASSERT_NE(at_uuid, std::string::npos);
  xml.erase(at_uuid, uuid.size());
  auto at_sender = xml.find("<memo:Sender>");
  xml.insert(at_sender, uuid);
  EXPECT_FALSE(schema(MemoVersion::V1_2).validate(xml).empty());
}

class KombiChannels : public ::testing::TestWithParam<KombiChannel> {};

TEST_P(KombiChannels, WrapsTheMessageInAKombiRequest) {
  std::string xml = written(full_message(), {MemoVersion::V1_2, GetParam()});
  auto parsed = parse(xml);
  ASSERT_NE(parsed.root(), nullptr);
  EXPECT_EQ(qualified_name(parsed.root()), "kombi_request");
  EXPECT_EQ(parsed.root()->ns, nullptr);
  EXPECT_EQ(child_names(parsed.root()), (Names{"KombiValgKode", "memo:Message"}));
  EXPECT_EQ(text(child(parsed.root(), "KombiValgKode")), std::string(kombi_code(GetParam())));
  Diagnostics problems = schema(MemoVersion::V1_2).validate(xml);  // the memo:Message inside
  for (const auto& p : problems) ADD_FAILURE() << p.message;
}

INSTANTIATE_TEST_SUITE_P(AllCodes, KombiChannels,
                         ::testing::Values(KombiChannel::DigitalPost, KombiChannel::PhysicalPost,
                                           KombiChannel::Automatic, KombiChannel::NemSms));

TEST(KombiCodes, AreSpelledAsSf1601SpellsThem) {
  EXPECT_EQ(kombi_code(KombiChannel::DigitalPost), "Digital Post");
  EXPECT_EQ(kombi_code(KombiChannel::PhysicalPost), "Fysisk Post");
  EXPECT_EQ(kombi_code(KombiChannel::Automatic), "Automatisk Valg");
  EXPECT_EQ(kombi_code(KombiChannel::NemSms), "NemSMS");
  EXPECT_EQ(parse_kombi_channel("fysiskpost"), KombiChannel::PhysicalPost);
  EXPECT_EQ(parse_kombi_channel("Automatisk Valg"), KombiChannel::Automatic);
  EXPECT_EQ(parse_kombi_channel("nemsms"), KombiChannel::NemSms);
  EXPECT_FALSE(parse_kombi_channel("Brevdue"));
}

TEST(MemoWriter, ANemSmsHasNoBodyAndValidates) {
  MemoMessage sms = full_message();
  sms.type = MessageType::NemSms;
  sms.notification = "Indkaldelse fra Eksempel Kommune.";
  sms.body.reset();
  std::string xml = written(sms, {MemoVersion::V1_2, KombiChannel::NemSms});
  auto parsed = parse(xml);
  xmlNodePtr message = child(parsed.root(), "memo:Message");
  EXPECT_EQ(child_names(message), (Names{"memo:MessageHeader"}));
  EXPECT_EQ(text(at(message, {"memo:MessageHeader", "memo:messageType"})), "NEMSMS");
  Diagnostics problems = schema(MemoVersion::V1_2).validate(xml);
  for (const auto& p : problems) ADD_FAILURE() << p.message;
}

TEST(MemoWriter, RefusesAMessageThatBreaksARule) {
  MemoMessage message = full_message();
  message.body->additional[0].files[0].filename = "Kommentarer?.txt";
  auto xml = write_memo(message, {});
  ASSERT_FALSE(xml.ok());
  EXPECT_EQ(xml.diagnostics().front().code, "memo_rule");
}

}  // namespace
}  // namespace sygedok::digitalpost
