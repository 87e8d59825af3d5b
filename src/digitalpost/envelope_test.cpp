// From request JSON to a MeMo message: what is read (and refused), the
// calendar entry of a summons, labels, determinism, and the NemSMS variant.
#include "digitalpost/envelope.h"

#include <gtest/gtest.h>

#include "digitalpost/base64.h"
#include "core/text.h"
#include "digitalpost/memo_rules.h"
#include "digitalpost/memo_writer.h"
#include "digitalpost/test_support.h"
#include "model/json_input.h"

namespace sygedok::digitalpost {
namespace {

using namespace testing;

constexpr const char* kSummons = R"({
  "sender": {"name": "Eksempel Kommune", "unit": "Center for Dagtilbud", "address": "Rådhuspladsen 1, 9999 Eksempelby",
             "cvr": "12345674"},
  "document": {"date": "2026-11-22", "case_number": "2026-004711"},
  "employee": {"name": "Søren Eksempel", "cpr": "010190-1234"},
  "manager": {"name": "Mette Eksempel", "title": "Dagtilbudsleder", "email": "mette@eksempel.dk"},
  "meeting": {"type": "fravaerssamtale", "start": "2026-12-07T10:00", "end": "2026-12-07T11:00",
              "location": "Mødelokale 2, Rådhuset"}
})";

// The request with members replaced or removed (null = remove), at the top level or one level down ("employee.cpr").
std::string edited(std::string json, const std::vector<std::pair<std::string, std::string>>& changes) {
  auto parsed = model::parse_json_object(json);
  EXPECT_TRUE(parsed.ok());
  Poco::JSON::Object::Ptr root = parsed.value();
  for (const auto& [path, value] : changes) {
    Poco::JSON::Object::Ptr object = root;
    std::string key = path;
    if (auto dot = path.find('.'); dot != std::string::npos) {
      object = root->getObject(path.substr(0, dot));
      key = path.substr(dot + 1);
    }
    if (value == "null") {
      object->remove(key);
    } else {
      auto wrapped = model::parse_json_object("{\"v\": " + value + "}");
      EXPECT_TRUE(wrapped.ok()) << value;
      object->set(key, wrapped.value()->get("v"));
    }
  }
  std::ostringstream out;
  root->stringify(out);
  return out.str();
}

Result<EnvelopeInput> read(const std::string& json) {
  auto parsed = model::parse_json_object(json);
  EXPECT_TRUE(parsed.ok());
  return read_envelope_input(*parsed.value());
}

std::string codes_at(const Diagnostics& diagnostics) {
  std::string all;
  for (const auto& d : diagnostics) all += d.path + "=" + d.code + " ";
  return all;
}

// Fresh values that change on every call, so a test sees whether they were used.
FreshValues counting_fresh() {
  auto counter = std::make_shared<int>(0);
  return {[counter] { return uuid_from_seed("fresh " + std::to_string(++*counter)); },
          [counter] { return UtcTime{{2030, 1, 1}, 12, 0, ++*counter % 60}; }};
}

DocumentInfo summons_info() {
  DocumentInfo info;
  info.title = "Indkaldelse til fraværssamtale";
  info.author = "Eksempel Kommune";
  return info;
}

const std::string kPdf("%PDF-1.7\n\x00\xff binary", 20);

MemoMessage built(const std::string& json, std::string_view kind, MemoOptions options = {}) {
  auto input = read(json);
  EXPECT_TRUE(input.ok()) << codes_at(input.diagnostics());
  DocumentInfo info = summons_info();
  auto message =
      build_memo_message(input.value(), {kind, info, kPdf, false, std::nullopt, kind == "indkaldelse"}, options,
                         counting_fresh());
  EXPECT_TRUE(message.ok()) << codes_at(message.diagnostics());
  return message.ok() ? message.value() : MemoMessage{};
}

TEST(EnvelopeInput, ReadsTheIdentifiersAsMemoWantsThem) {
  auto input = read(kSummons);
  ASSERT_TRUE(input.ok()) << codes_at(input.diagnostics());
  EXPECT_EQ(input.value().employee_cpr, "0101901234");  // without the dash, as the official examples
  EXPECT_EQ(input.value().sender_cvr, "12345674");
  EXPECT_EQ(input.value().case_number, std::optional<std::string>("2026-004711"));
  ASSERT_TRUE(input.value().meeting.has_value());
  EXPECT_EQ(input.value().meeting->start, (model::DateTime{{2026, 12, 7}, 10, 0}));
}

TEST(EnvelopeInput, MissingCprAndCvrAreErrorsNamingTheFieldTogetherWithTheRest) {
  auto input = read(edited(kSummons, {{"employee.cpr", "null"},
                                      {"sender.cvr", "null"},
                                      {"created", "\"2026-11-22T10:30\""},
                                      {"message_uuid", "\"123\""}}));
  ASSERT_FALSE(input.ok());
  std::string codes = codes_at(input.diagnostics());
  EXPECT_NE(codes.find("employee.cpr=required_for_envelope"), std::string::npos) << codes;
  EXPECT_NE(codes.find("sender.cvr=required_for_envelope"), std::string::npos) << codes;
  EXPECT_NE(codes.find("created=invalid_date_time"), std::string::npos) << codes;
  EXPECT_NE(codes.find("message_uuid=invalid_uuid"), std::string::npos) << codes;
  for (const auto& d : input.diagnostics()) {
    if (d.code == "required_for_envelope") {
      EXPECT_NE(d.message.find(d.path), std::string::npos) << d.message;
    }
  }
}

TEST(EnvelopeInput, ReadsAttachmentsAndMakesTheirNamesSafe) {
  auto input = read(edited(kSummons, {{"attachments", R"([
      {"filename": "Kommentarer: 7/12", "text": "Jeg er enig."},
      {"filename": "Plan.pdf", "content_base64": "JVBERi0xLjcK", "label": "Plan for tilbagevenden"},
      {"filename": "tegning.svgz", "content_base64": "AAEC", "media_type": "Image/SVG+XML"}])"}}));
  ASSERT_TRUE(input.ok()) << codes_at(input.diagnostics());
  const auto& attachments = input.value().attachments;
  ASSERT_EQ(attachments.size(), 3u);
  EXPECT_EQ(attachments[0].filename, "Kommentarer- 7-12.txt");
  EXPECT_EQ(attachments[0].media_type, "text/plain");
  EXPECT_EQ(attachments[0].content, "Jeg er enig.");
  EXPECT_EQ(attachments[0].label, "Kommentarer- 7-12");
  EXPECT_EQ(attachments[1].media_type, "application/pdf");
  EXPECT_EQ(attachments[1].content, "%PDF-1.7\n");
  EXPECT_EQ(attachments[1].label, "Plan for tilbagevenden");
  EXPECT_EQ(attachments[2].media_type, "image/svg+xml");
  EXPECT_EQ(attachments[2].content, std::string("\x00\x01\x02", 3));
  std::string codes = codes_at(input.diagnostics());
  EXPECT_EQ(codes, "attachments[0].filename=unsafe_file_name ");
}

TEST(EnvelopeInput, RefusesBrokenAttachments) {
  auto input = read(edited(kSummons, {{"attachments", R"([
      {"filename": "a.pdf", "content_base64": "JVBERi0xLjcK", "text": "x"},
      {"filename": "b.pdf", "content_base64": "not base64!"},
      {"filename": "c.weird", "content_base64": "AAEC"},
      {"filename": "d.pdf"},
      {"content_base64": "AAEC"},
      {"filename": "f.pdf", "content_base64": "AAEC", "media_type": "pdf"}])"}}));
  ASSERT_FALSE(input.ok());
  std::string codes = codes_at(input.diagnostics());
  EXPECT_NE(codes.find("attachments[0].text=conflict"), std::string::npos) << codes;
  EXPECT_NE(codes.find("attachments[1].content_base64=invalid_base64"), std::string::npos) << codes;
  EXPECT_NE(codes.find("attachments[2].media_type=required"), std::string::npos) << codes;
  EXPECT_NE(codes.find("attachments[3].content_base64=required"), std::string::npos) << codes;
  EXPECT_NE(codes.find("attachments[4].filename=required"), std::string::npos) << codes;
  EXPECT_NE(codes.find("attachments[5].media_type=invalid_media_type"), std::string::npos) << codes;
}

TEST(Envelope, ASummonsCarriesAnAftaleReservationAtTheMeetingsTime) {
  MemoMessage message = built(kSummons, "indkaldelse");
  ASSERT_TRUE(message.body.has_value());
  ASSERT_EQ(message.body->main.actions.size(), 1u);
  const MemoAction& action = message.body->main.actions[0];
  EXPECT_EQ(action.code, "AFTALE");
  const auto* reservation = std::get_if<MemoReservation>(&action.target);
  ASSERT_NE(reservation, nullptr);
  // 10:00–11:00 in Copenhagen in December (UTC+1).
  EXPECT_EQ(to_memo_date_time(reservation->start), "2026-12-07T09:00:00Z");
  EXPECT_EQ(to_memo_date_time(reservation->end), "2026-12-07T10:00:00Z");
  EXPECT_EQ(action.start, reservation->start);
  EXPECT_EQ(action.end, reservation->end);
  EXPECT_EQ(reservation->location, "Mødelokale 2, Rådhuset");
  EXPECT_EQ(reservation->abstract, "Fraværssamtale");
  EXPECT_EQ(reservation->description,
            "Fraværssamtale med Mette Eksempel, Dagtilbudsleder, Eksempel Kommune, Center for Dagtilbud");
  EXPECT_EQ(reservation->organizer_name, std::optional<std::string>("Mette Eksempel"));
  EXPECT_EQ(reservation->organizer_mail, std::optional<std::string>("mette@eksempel.dk"));
  EXPECT_TRUE(is_memo_uuid(reservation->uuid));
}

TEST(Envelope, SummerMeetingsAreTwoHoursAheadOfUtcAndAMissingEndIsAnHourLater) {
  MemoMessage message = built(edited(kSummons, {{"meeting.start", "\"2026-06-15T13:30\""}, {"meeting.end", "null"},
                                                {"manager.email", "null"}}),
                              "indkaldelse");
  MemoReservation reservation = std::get<MemoReservation>(message.body->main.actions.at(0).target);
  EXPECT_EQ(to_memo_date_time(reservation.start), "2026-06-15T11:30:00Z");
  EXPECT_EQ(to_memo_date_time(reservation.end), "2026-06-15T12:30:00Z");
  EXPECT_FALSE(reservation.organizer_mail.has_value());
}

TEST(Envelope, WithoutTheManagersMailTheOrganizerMailIsTheSendersContact) {
  std::string json = edited(kSummons, {{"sender.contact", R"({"name": "Hanne Eksempel", "email": "dagtilbud@eksempel.dk"})"}});
  auto organizer = [](const std::string& request) {
    return std::get<MemoReservation>(built(request, "indkaldelse").body->main.actions.at(0).target).organizer_mail;
  };
  EXPECT_EQ(organizer(json), std::optional<std::string>("mette@eksempel.dk"));  // the manager's comes first
  EXPECT_EQ(organizer(edited(json, {{"manager.email", "null"}})), std::optional<std::string>("dagtilbud@eksempel.dk"));
}

TEST(Envelope, TheReservationUuidIsGivenOrDerivedFromTheMessage) {
  std::string json = edited(kSummons, {{"message_uuid", "\"8c2ea15d-61fb-4ba9-9366-42f8b194c114\""}});
  MemoReservation derived = std::get<MemoReservation>(built(json, "indkaldelse").body->main.actions.at(0).target);
  MemoReservation again = std::get<MemoReservation>(built(json, "indkaldelse").body->main.actions.at(0).target);
  EXPECT_EQ(derived.uuid, again.uuid);
  EXPECT_NE(derived.uuid, "8c2ea15d-61fb-4ba9-9366-42f8b194c114");
  std::string given = edited(json, {{"reservation_uuid", "\"2b1f4b6e-3c1d-4e8a-9f00-1a2b3c4d5e6f\""}});
  EXPECT_EQ(std::get<MemoReservation>(built(given, "indkaldelse").body->main.actions.at(0).target).uuid,
            "2b1f4b6e-3c1d-4e8a-9f00-1a2b3c4d5e6f");
}

TEST(Envelope, OtherLettersHaveNoCalendarEntry) {
  EXPECT_TRUE(built(kSummons, "referat").body->main.actions.empty());
  EXPECT_TRUE(built(kSummons, "notat").body->main.actions.empty());
}

TEST(Envelope, HeaderPartiesAndMainDocument) {
  MemoMessage message = built(kSummons, "indkaldelse");
  EXPECT_EQ(message.type, MessageType::DigitalPost);
  EXPECT_EQ(message.label, "Indkaldelse til fraværssamtale 7. december 2026");
  EXPECT_EQ(message.sender.id, "12345674");
  EXPECT_EQ(message.sender.id_type, "CVR");
  EXPECT_EQ(message.sender.label, std::optional<std::string>("Eksempel Kommune"));
  EXPECT_EQ(message.recipient.id, "0101901234");
  EXPECT_EQ(message.recipient.id_type, "CPR");
  EXPECT_EQ(message.recipient.label, std::optional<std::string>("Søren Eksempel"));
  ASSERT_TRUE(message.case_reference.has_value());
  EXPECT_EQ(message.case_reference->case_id, "2026-004711");
  EXPECT_EQ(message.case_reference->case_system, "Eksempel Kommune");
  const MemoFile& file = message.body->main.files.at(0);
  EXPECT_EQ(file.encoding_format, "application/pdf");
  EXPECT_EQ(file.language, "da");
  EXPECT_EQ(file.filename, "Indkaldelse til fraværssamtale 7. december 2026.pdf");
  EXPECT_EQ(file.content, kPdf);
  EXPECT_FALSE(built(edited(kSummons, {{"document.case_number", "null"}}), "notat").case_reference.has_value());
  EXPECT_EQ(built(edited(kSummons, {{"case_system", "\"SBSYS\""}}), "notat").case_reference->case_system, "SBSYS");
}

TEST(Envelope, TheLabelUsesTheDocumentDateWithoutAMeetingAndStaysWithin256Characters) {
  auto input = read(edited(kSummons, {{"meeting", "null"}}));
  ASSERT_TRUE(input.ok());
  DocumentInfo info;
  info.title = "Notat";
  EXPECT_EQ(message_label(input.value(), info, "notat"), "Notat 22. november 2026");
  info.title = std::string(300, 'N');
  std::string label = message_label(input.value(), info, "notat");
  EXPECT_LE(label.size(), 256u + 2);  // 255 ASCII letters and "…" (3 bytes)
  EXPECT_TRUE(is_xml_text(label));
  EXPECT_EQ(message_label(input.value(), DocumentInfo{}, "notat"), "Notat 22. november 2026");  // no title: the kind
}

TEST(Envelope, IsByteStableWithMessageUuidAndCreatedAndFreshOtherwise) {
  DocumentInfo info = summons_info();
  auto make = [&](const std::string& json) {
    auto input = read(json);
    EXPECT_TRUE(input.ok());
    auto xml =
        make_envelope(input.value(), {"indkaldelse", info, kPdf, false, std::nullopt, true}, {}, counting_fresh());
    EXPECT_TRUE(xml.ok());
    return xml.ok() ? xml.value() : "";
  };
  std::string fixed = edited(kSummons, {{"message_uuid", "\"8c2ea15d-61fb-4ba9-9366-42f8b194c114\""},
                                        {"created", "\"2026-11-22T10:30:00+01:00\""}});
  std::string first = make(fixed);
  EXPECT_EQ(first, make(fixed));
  EXPECT_NE(first.find("<memo:createdDateTime>2026-11-22T09:30:00Z</memo:createdDateTime>"), std::string::npos);
  EXPECT_NE(first.find("<memo:messageUUID>8c2ea15d-61fb-4ba9-9366-42f8b194c114</memo:messageUUID>"),
            std::string::npos);
  // Without them, each message gets the fresh values.
  std::string fresh = make(kSummons);
  EXPECT_NE(fresh.find("<memo:createdDateTime>2030-01-01T12:00:"), std::string::npos);
  EXPECT_EQ(fresh.find("8c2ea15d-61fb-4ba9-9366-42f8b194c114"), std::string::npos);
}

TEST(Envelope, SystemFreshValuesAreRandomV4UuidsAndTheClock) {
  FreshValues fresh = FreshValues::system();
  std::string a = fresh.new_uuid(), b = fresh.new_uuid();
  EXPECT_TRUE(is_memo_uuid(a)) << a;
  EXPECT_NE(a, b);
  EXPECT_GE(fresh.now().date.year, 2025);
}

TEST(Envelope, NemSmsIsAShortTextWithoutBody) {
  MemoMessage sms = built(kSummons, "indkaldelse", {MemoVersion::V1_2, KombiChannel::NemSms});
  EXPECT_EQ(sms.type, MessageType::NemSms);
  EXPECT_FALSE(sms.body.has_value());
  ASSERT_TRUE(sms.notification.has_value());
  EXPECT_EQ(*sms.notification,
            "Indkaldelse til fraværssamtale 7. december 2026 fra Eksempel Kommune. Mandag den 7. december 2026 "
            "kl. 10.00. Mødelokale 2, Rådhuset.");
  EXPECT_LE(decode_utf8(*sms.notification)->size(), kMemoNotificationLength);
}

TEST(Envelope, AttachmentsBecomeAdditionalDocuments) {
  std::string json = edited(kSummons, {{"attachments", R"([{"filename": "Plan.pdf", "content_base64": "JVBERi0xLjcK"}])"}});
  MemoMessage message = built(json, "indkaldelse");
  ASSERT_EQ(message.body->additional.size(), 1u);
  EXPECT_EQ(message.body->additional[0].label, std::optional<std::string>("Plan"));
  EXPECT_EQ(message.body->additional[0].files.at(0).filename, "Plan.pdf");
  EXPECT_EQ(message.body->additional[0].files.at(0).content, "%PDF-1.7\n");
  auto xml = write_memo(message, {});
  ASSERT_TRUE(xml.ok());
  for (const auto& p : schema(MemoVersion::V1_2).validate(xml.value())) ADD_FAILURE() << p.message;
}

// Physical post: the letter goes in a window envelope, so page 1 must show
// the recipient's address (docs/memo.md).
Result<MemoMessage> physical(KombiChannel channel, bool address_in_window) {
  auto input = read(kSummons);
  EXPECT_TRUE(input.ok());
  DocumentInfo info = summons_info();
  return build_memo_message(input.value(), {"indkaldelse", info, kPdf, address_in_window, std::nullopt, true},
                            {MemoVersion::V1_2, channel}, counting_fresh());
}

TEST(Envelope, PhysicalPostWithTheAddressInTheWindowNeedsNoWarning) {
  for (auto channel : {KombiChannel::PhysicalPost, KombiChannel::Automatic}) {
    auto message = physical(channel, true);
    ASSERT_TRUE(message.ok()) << codes_at(message.diagnostics());
    EXPECT_EQ(codes_at(message.diagnostics()), "");
  }
}

TEST(Envelope, PhysicalPostWithoutAnAddressIsAnErrorNamingEmployeeAddress) {
  auto message = physical(KombiChannel::PhysicalPost, false);
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(codes_at(message.diagnostics()), "employee.address=required_for_envelope ");
  EXPECT_NE(message.diagnostics()[0].message.find("employee.address"), std::string::npos);
}

TEST(Envelope, AutomaticChoiceWithoutAnAddressIsAWarningNamingEmployeeAddress) {
  auto message = physical(KombiChannel::Automatic, false);
  ASSERT_TRUE(message.ok());
  ASSERT_EQ(message.diagnostics().size(), 1u);
  EXPECT_EQ(message.diagnostics()[0].severity, Severity::Warning);
  EXPECT_EQ(codes_at(message.diagnostics()), "employee.address=physical_post_address ");
  EXPECT_NE(message.diagnostics()[0].message.find("employee.address"), std::string::npos);
}

TEST(Envelope, DigitalPostNeedsNoAddress) {
  auto message = physical(KombiChannel::DigitalPost, false);
  ASSERT_TRUE(message.ok());
  EXPECT_EQ(codes_at(message.diagnostics()), "");
}

// An unsigned referat asks for its return by a day: the message allows a
// reply until the end of that day in Danish time (23.59 in winter is 22.59
// UTC), valid by the XSD; physical post cannot be answered, so no reply there.
TEST(Envelope, ALetterToReturnAllowsAReplyUntilTheEndOfItsDay) {
  auto input = read(kSummons);
  ASSERT_TRUE(input.ok());
  DocumentInfo info = summons_info();
  const model::Date friday{2026, 12, 11};
  for (auto channel : {std::optional<KombiChannel>(), std::optional(KombiChannel::DigitalPost),
                       std::optional(KombiChannel::Automatic)}) {
    auto message = build_memo_message(input.value(), {"referat", info, kPdf, true, friday},
                                      {MemoVersion::V1_2, channel}, counting_fresh());
    ASSERT_TRUE(message.ok()) << codes_at(message.diagnostics());
    EXPECT_EQ(message.value().reply_by, std::optional<std::string>("2026-12-11T22:59:00Z"));
    for (auto version : {MemoVersion::V1_1, MemoVersion::V1_2}) {
      auto xml = write_memo(message.value(), {version});
      ASSERT_TRUE(xml.ok());
      EXPECT_NE(xml.value().find("<memo:reply>true</memo:reply>"), std::string::npos);
      EXPECT_NE(xml.value().find("<memo:replyByDateTime>2026-12-11T22:59:00Z</memo:replyByDateTime>"),
                std::string::npos);
      for (const auto& p : schema(version).validate(xml.value())) ADD_FAILURE() << p.message;
    }
  }
  auto posted = build_memo_message(input.value(), {"referat", info, kPdf, true, friday},
                                   {MemoVersion::V1_2, KombiChannel::PhysicalPost}, counting_fresh());
  ASSERT_TRUE(posted.ok());
  EXPECT_FALSE(posted.value().reply_by);
  auto signed_referat = build_memo_message(input.value(), {"referat", info, kPdf}, {}, counting_fresh());
  ASSERT_TRUE(signed_referat.ok());
  EXPECT_FALSE(signed_referat.value().reply_by);
}

TEST(UuidFromSeed, IsAStableVersion4Uuid) {
  EXPECT_EQ(uuid_from_seed("a"), uuid_from_seed("a"));
  EXPECT_NE(uuid_from_seed("a"), uuid_from_seed("b"));
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(is_memo_uuid(uuid_from_seed(std::to_string(i))));
}

}  // namespace
}  // namespace sygedok::digitalpost
