#include "digitalpost/envelope_input.h"

#include "digitalpost/memo_rules.h"
#include "model/identifiers.h"
#include "model/json_reader.h"

namespace sygedok::digitalpost {
namespace {

using model::JsonReader;
using model::Presence;

std::string digits_only(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

void require_for_envelope(JsonReader& object, std::string_view key, std::string_view what) {
  object.report_error(key, "required_for_envelope",
                      model::sentence(what, " (" + object.path_of(key) +
                                                ") skal angives, når brevet skal sendes med Digital Post."));
}

// The member `key` of the request as an object, without reporting its absence.
std::optional<JsonReader> optional_object(JsonReader& request, std::string_view key, std::string_view label) {
  return request.object(key, label, Presence::Optional);
}

std::optional<std::string> read_uuid(JsonReader& request, std::string_view key, std::string_view label) {
  auto uuid = request.text(key, label, Presence::Optional, 40);
  if (uuid && !is_memo_uuid(*uuid)) {
    request.report_error(key, "invalid_uuid",
                         model::sentence(label, " »" + *uuid +
                                                    "« er ikke et UUID version 4 (som "
                                                    "8c2ea15d-61fb-4ba9-9366-42f8b194c114)."));
    return std::nullopt;
  }
  return uuid;
}

std::optional<UtcTime> read_created(JsonReader& request) {
  constexpr std::string_view kLabel = "tidspunktet for meddelelsen";
  auto written = request.text("created", kLabel, Presence::Optional, 40);
  if (!written) return std::nullopt;
  auto instant = parse_iso_instant(*written);
  if (!instant)
    request.report_error("created", "invalid_date_time",
                         model::sentence(kLabel, " »" + *written +
                                                     "« er ikke et tidspunkt med tidszone. Skriv det som "
                                                     "2026-11-22T09:30:00Z eller 2026-11-22T10:30:00+01:00."));
  return instant;
}

std::optional<EnvelopeMeeting> read_meeting(JsonReader& request) {
  auto meeting = optional_object(request, "meeting", "oplysningerne om samtalen");
  if (!meeting) return std::nullopt;
  auto type_code = meeting->text("type", "samtaletypen", Presence::Optional);
  auto start = meeting->date_time("start", "samtalens starttidspunkt", Presence::Optional);
  auto end = meeting->date_time("end", "samtalens sluttidspunkt", Presence::Optional);
  auto location = meeting->text("location", "samtalens sted", Presence::Optional);
  if (!start) return std::nullopt;
  if (end && *end <= *start) end.reset();  // the kind's reader reports it
  std::optional<model::MeetingType> type;
  if (type_code) type = model::meeting_type_from_code(*type_code);
  return EnvelopeMeeting{type, *start, end, location};
}

}  // namespace

Result<EnvelopeInput> read_envelope_input(const Poco::JSON::Object& input) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  EnvelopeInput envelope;
  bool complete = true;

  if (auto sender = request.object("sender", "oplysningerne om afsenderen", Presence::Required)) {
    auto name = sender->text("name", "afsenderens navn", Presence::Required);
    envelope.sender_unit = sender->text("unit", "afsenderens enhed", Presence::Optional);
    if (auto contact = optional_object(*sender, "contact", "afsenderens kontaktperson"))
      envelope.sender_contact_email = contact->text("email", "kontaktpersonens e-mailadresse", Presence::Optional);
    auto cvr = sender->text("cvr", "afsenderens CVR-nummer", Presence::Optional, 20);
    if (!sender->has("cvr")) require_for_envelope(*sender, "cvr", "afsenderens CVR-nummer");
    if (cvr && !model::is_valid_cvr(digits_only(*cvr))) {
      sender->report_error("cvr", "invalid_cvr", "Afsenderens CVR-nummer »" + *cvr + "« er ikke gyldigt.");
      cvr.reset();
    }
    complete = complete && name && cvr;
    if (name && cvr) {
      envelope.sender_name = *name;
      envelope.sender_cvr = digits_only(*cvr);
    }
  } else {
    complete = false;
  }

  if (auto employee = request.object("employee", "oplysningerne om medarbejderen", Presence::Required)) {
    auto name = employee->text("name", "medarbejderens navn", Presence::Required);
    auto written_cpr = employee->text("cpr", "medarbejderens CPR-nummer", Presence::Optional, 20);
    if (!employee->has("cpr")) require_for_envelope(*employee, "cpr", "medarbejderens CPR-nummer");
    std::optional<model::Cpr> cpr;
    if (written_cpr) {
      cpr = model::parse_cpr(*written_cpr);
      if (!cpr)
        employee->report_error("cpr", "invalid_cpr",
                               "Medarbejderens CPR-nummer »" + *written_cpr + "« er ikke gyldigt.");
    }
    complete = complete && name && cpr;
    if (name && cpr) {
      envelope.employee_name = *name;
      envelope.employee_cpr = digits_only(cpr->text);
    }
  } else {
    complete = false;
  }

  if (auto document = request.object("document", "oplysningerne om dokumentet", Presence::Required)) {
    auto date = document->date("date", "dokumentets dato", Presence::Required);
    envelope.case_number = document->text("case_number", "sagsnummeret", Presence::Optional, 60);
    complete = complete && date;
    if (date) envelope.document_date = *date;
  } else {
    complete = false;
  }

  if (auto manager = optional_object(request, "manager", "oplysningerne om lederen")) {
    envelope.manager_name = manager->text("name", "lederens navn", Presence::Optional);
    envelope.manager_title = manager->text("title", "lederens titel", Presence::Optional);
    envelope.manager_email = manager->text("email", "lederens e-mailadresse", Presence::Optional);
  }
  envelope.meeting = read_meeting(request);

  envelope.case_system = request.text("case_system", "sagssystemet", Presence::Optional);
  envelope.message_uuid = read_uuid(request, "message_uuid", "meddelelsens UUID");
  envelope.reservation_uuid = read_uuid(request, "reservation_uuid", "kalenderaftalens UUID");
  envelope.created = read_created(request);
  envelope.attachments = read_attachments(request);

  if (has_errors(diagnostics)) return Result<EnvelopeInput>::failure(std::move(diagnostics));
  if (!complete)  // a gap the JsonReader reported as an error; kept as a guard
    return Result<EnvelopeInput>::failure(
        error("", "invalid_input", "Oplysningerne til Digital Post-meddelelsen kunne ikke læses."));
  return Result<EnvelopeInput>::success(std::move(envelope), std::move(diagnostics));
}

}  // namespace sygedok::digitalpost
