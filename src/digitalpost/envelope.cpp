#include "digitalpost/envelope.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/UUIDGenerator.h>

#include <chrono>
#include <cstdio>

#include "digitalpost/memo_rules.h"
#include "digitalpost/memo_writer.h"

namespace sygedok::digitalpost {
namespace {

constexpr int kDefaultMeetingMinutes = 60;  // when a summons gives no end

std::string title_of(const DocumentInfo& info, std::string_view kind) {
  if (!info.title.empty()) return info.title;
  return model::capitalize_first(kind);
}

UtcTime plus_minutes(const UtcTime& time, int minutes) {
  return utc_from_unix_seconds(unix_seconds(time) + static_cast<std::int64_t>(minutes) * 60);
}

MemoReservation reservation_for(const EnvelopeInput& input, const EnvelopeMeeting& meeting,
                                const std::string& title, const std::string& message_uuid) {
  MemoReservation reservation;
  reservation.abstract = meeting.type ? model::capitalize_first(model::meeting_type_noun(*meeting.type)) : title;
  std::string description = reservation.abstract;
  if (input.manager_name) {
    description += " med " + *input.manager_name;
    if (input.manager_title) description += ", " + *input.manager_title;
  }
  description += ", " + input.sender_name;
  if (input.sender_unit) description += ", " + *input.sender_unit;
  reservation.description = fit_text(description, kMemoTextLength);
  reservation.abstract = fit_text(reservation.abstract, kMemoTextLength);
  reservation.uuid = input.reservation_uuid ? *input.reservation_uuid : uuid_from_seed(message_uuid + "/reservation");
  reservation.location = fit_text(meeting.location.value_or("Se indkaldelsen"), kMemoTextLength);
  reservation.start = copenhagen_to_utc(meeting.start);
  reservation.end = meeting.end ? copenhagen_to_utc(*meeting.end) : plus_minutes(reservation.start, kDefaultMeetingMinutes);
  // Replies about the meeting go to the manager, else to the letter's contact.
  if (auto mail = input.manager_email ? input.manager_email : input.sender_contact_email)
    reservation.organizer_mail = fit_text(*mail, kMemoTextLength);
  if (input.manager_name) reservation.organizer_name = fit_text(*input.manager_name, kMemoTextLength);
  return reservation;
}

MemoAction calendar_action(MemoReservation reservation) {
  MemoAction action;
  action.label = "Opret aftale i kalender";
  action.code = "AFTALE";
  action.start = reservation.start;
  action.end = reservation.end;
  action.target = std::move(reservation);
  return action;
}

// The text of a NemSMS: what, from whom, and for a letter calling to a meeting when and where.
std::string sms_text(const EnvelopeInput& input, const std::string& label, bool calendar_entry) {
  std::string text = label + " fra " + input.sender_name + ".";
  if (calendar_entry && input.meeting) {
    text += " " + model::capitalize_first(model::format_date_time(input.meeting->start)) + ".";
    if (input.meeting->location) text += " " + *input.meeting->location + ".";
  }
  return fit_text(text, kMemoNotificationLength);
}

MemoBody body_for(const EnvelopeInput& input, const Letter& letter, const std::string& label,
                  const std::string& message_uuid, UtcTime created) {
  MemoBody body;
  body.created = created;
  body.main.label = fit_text(title_of(letter.info, letter.kind), kMemoTextLength);
  body.main.files.push_back({"application/pdf", safe_file_name(label, ".pdf"), "da", std::string(letter.pdf)});
  if (letter.calendar_entry && input.meeting)
    body.main.actions.push_back(
        calendar_action(reservation_for(input, *input.meeting, title_of(letter.info, letter.kind), message_uuid)));
  for (const auto& attachment : input.attachments) {
    MemoDocument document;
    document.label = attachment.label;
    document.files.push_back({attachment.media_type, attachment.filename, "da", attachment.content});
    body.additional.push_back(std::move(document));
  }
  return body;
}

}  // namespace

FreshValues FreshValues::system() {
  return {[] { return Poco::UUIDGenerator::defaultGenerator().createRandom().toString(); },
          [] {
            auto now = std::chrono::system_clock::now();
            return utc_from_unix_seconds(
                std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
          }};
}

std::string message_label(const EnvelopeInput& input, const DocumentInfo& info, std::string_view kind) {
  model::Date date = input.meeting ? input.meeting->start.date : input.document_date;
  return fit_text(title_of(info, kind) + " " + model::format_date(date), kMemoTextLength);
}

std::string uuid_from_seed(std::string_view seed) {
  Poco::SHA2Engine sha256(Poco::SHA2Engine::SHA_256);
  sha256.update(seed.data(), static_cast<unsigned>(seed.size()));
  Poco::DigestEngine::Digest digest = sha256.digest();
  digest[6] = static_cast<unsigned char>((digest[6] & 0x0F) | 0x40);  // version 4
  digest[8] = static_cast<unsigned char>((digest[8] & 0x3F) | 0x80);  // variant 10xx
  std::string uuid;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) uuid += '-';
    char hex[3];
    std::snprintf(hex, sizeof hex, "%02x", digest[i]);
    uuid += hex;
  }
  return uuid;
}

Result<MemoMessage> build_memo_message(const EnvelopeInput& input, const Letter& letter, const MemoOptions& options,
                                       const FreshValues& fresh) {
  Diagnostics warnings;
  MemoMessage message;
  message.uuid = input.message_uuid ? *input.message_uuid : fresh.new_uuid();
  message.label = message_label(input, letter.info, letter.kind);
  message.sender = {input.sender_cvr, "CVR", fit_text(input.sender_name, kMemoTextLength)};
  message.recipient = {input.employee_cpr, "CPR", fit_text(input.employee_name, kMemoTextLength)};
  if (input.case_number)
    message.case_reference =
        MemoCase{fit_text(*input.case_number, kMemoTextLength),
                 fit_text(input.case_system.value_or(input.sender_name), kMemoTextLength)};

  if (options.kombi == KombiChannel::NemSms) {
    message.type = MessageType::NemSms;
    message.notification = sms_text(input, message.label, letter.calendar_entry);
    warnings.push_back(warning("", "nemsms_text_only",
                               "Med NemSMS sendes kun en kort tekst (notification); PDF'en, bilagene og "
                               "kalenderaftalen kommer ikke med."));
  } else {
    message.body = body_for(input, letter, message.label, message.uuid, input.created ? *input.created : fresh.now());
    if (letter.reply_by && options.kombi != KombiChannel::PhysicalPost)
      message.reply_by = to_memo_date_time(copenhagen_to_utc({*letter.reply_by, 23, 59}));
  }
  Diagnostics problems;
  if (options.kombi == KombiChannel::PhysicalPost && !letter.address_in_window)
    problems.push_back(error("employee.address", "required_for_envelope",
                             "Brevet skal sendes som fysisk post, men der er ingen adresse på modtageren. Skriv "
                             "medarbejderens adresse (employee.address), så den står i rudefeltet på side 1."));
  if (options.kombi == KombiChannel::Automatic && !letter.address_in_window)
    warnings.push_back(warning("employee.address", "physical_post_address",
                               "Brevet sendes som fysisk post, hvis medarbejderen er fritaget for Digital Post, men "
                               "der er ingen adresse på modtageren. Skriv medarbejderens adresse "
                               "(employee.address), så den står i rudefeltet på side 1."));
  append(problems, check_memo_message(message));
  if (!problems.empty()) return Result<MemoMessage>::failure(std::move(problems));
  return Result<MemoMessage>::success(std::move(message), std::move(warnings));
}

Result<std::string> make_envelope(const EnvelopeInput& input, const Letter& letter, const MemoOptions& options,
                                  const FreshValues& fresh) {
  auto message = build_memo_message(input, letter, options, fresh);
  if (!message) return Result<std::string>::failure(message.take_diagnostics());
  auto xml = write_memo(message.value(), options);
  if (!xml) return Result<std::string>::failure(xml.take_diagnostics());
  return Result<std::string>::success(std::move(xml).take(), message.diagnostics());
}

}  // namespace sygedok::digitalpost
