#pragma once
// The påmindelse (reminder) about a referat that was not signed at the
// meeting (seed 001 §4: the employee signs afterwards and returns it to the
// manager), typed and validated. JSON shape (? = optional):
//   sender, document, manager               as in every kind (parties.h)
//   employee {name, first_name?, cpr?, address? ["line", …]}   (first_name: "Kære …")
//   referat {meeting_type, meeting_date "YYYY-MM-DD", sent_on? "YYYY-MM-DD"}
//     meeting_type as the referat's meeting.type: the referat's title "Referat af …"
//     sent_on: the day the unsigned referat was sent
//   return_by? "YYYY-MM-DD"                 default: the profile's return_working_days after document.date
//   message? "…"                            a personal paragraph from the manager
// Errors besides the JsonReader's: conflict (meeting_date or sent_on after
// the document's date, sent_on before the meeting), before_document
// (return_by before the document's date). Warnings: unknown_field, and
// health words in the message. No member asks for a diagnosis.
// Plain data; read_paamindelse is thread-safe.
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

#include "core/result.h"
#include "model/danish_date.h"
#include "model/meeting_type.h"
#include "model/parties.h"
#include "model/warning_rules.h"

namespace sygedok::model {

// The referat the reminder is about.
struct ReferatToSign {
  MeetingType meeting_type = MeetingType::Fravaerssamtale;
  Date meeting_date;             // not after the document's date
  std::optional<Date> sent_on;   // between the meeting and the document's date
};

struct Paamindelse {
  Sender sender;
  DocumentHeader document;
  Employee employee;
  Manager manager;
  ReferatToSign referat;
  Date return_by;  // not before the document's date
  std::optional<std::string> message;
};

// Every problem of the input at once (errors, and warnings).
Result<Paamindelse> read_paamindelse(const Poco::JSON::Object& input, const ReadOptions& options = {});

}  // namespace sygedok::model
