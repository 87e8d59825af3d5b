#pragma once
// What the envelope takes from a request: the parties' identifiers (CVR,
// CPR), names, the document's date and case number, the meeting (for the
// calendar entry), the organiser, and the envelope-only members
// (model/envelope_members.h): message_uuid, created, reservation_uuid,
// case_system, attachments. Read straight from the request JSON with
// model::JsonReader, so it works for every document kind; the kind's own
// reader remains the authority on the document's members, and the engine
// drops any problem here at a path the kind's reader already reported.
//
// Errors: "required_for_envelope" (employee.cpr, sender.cvr missing: a
// letter cannot go by Digital Post without them), "invalid_uuid",
// "invalid_date_time" (created without a zone), and the attachment codes of
// attachments.h; plus the JsonReader codes for malformed shared members.
// Plain data and a pure function; thread-safe.
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "digitalpost/attachments.h"
#include "digitalpost/utc_time.h"
#include "model/danish_date.h"
#include "model/meeting_type.h"

namespace sygedok::digitalpost {

struct EnvelopeMeeting {
  std::optional<model::MeetingType> type;  // when "type" is one of the known codes
  model::DateTime start;                   // local Copenhagen time
  std::optional<model::DateTime> end;
  std::optional<std::string> location;
};

struct EnvelopeInput {
  std::string sender_name;
  std::optional<std::string> sender_unit;
  std::string sender_cvr;     // 8 digits
  std::string employee_name;
  std::string employee_cpr;   // 10 digits, no dash
  model::Date document_date;
  std::optional<std::string> case_number;
  std::optional<EnvelopeMeeting> meeting;
  std::optional<std::string> manager_name;
  std::optional<std::string> manager_title;
  std::optional<std::string> manager_email;
  std::optional<std::string> sender_contact_email;  // sender.contact.email: the organiser's mail when the manager gives none
  // Envelope-only members.
  std::optional<std::string> case_system;
  std::optional<std::string> message_uuid;
  std::optional<UtcTime> created;
  std::optional<std::string> reservation_uuid;
  std::vector<Attachment> attachments;
};

Result<EnvelopeInput> read_envelope_input(const Poco::JSON::Object& request);

}  // namespace sygedok::digitalpost
