#pragma once
// The referat (minutes) of a sick-leave conversation, typed and validated.
// JSON shape (every name below is a member; ? = optional):
//   sender {name, unit?, address, cvr, contact? {name, phone?, email?, web?}}
//   document {date "YYYY-MM-DD", case_number?}
//   employee {name, cpr? "DDMMYY-SSSS", address? ["line", …], phone?}   manager {name, title?}
//   meeting {type, start "YYYY-MM-DDTHH:MM", end?, form? "fremmoede" | "telefon" | "video", location (in person)}
//     type: fravaerssamtale | omsorgssamtale | statussamtale | spredt_fravaer | opfoelgningssamtale
//           | mulighedserklaering
//   bisidder? {name, role?}                 others_present? [{name, role?}]
//   purpose? "…"                            (else the template's text for the meeting type)
//   status ["paragraph", …] (at least one)  return_options? ["…"]
//   agreements? [{what, who, when? | deadline?}]
//     when: "YYYY-MM-DD" or free text ("Uge 50"); deadline: "YYYY-MM-DD" → "Senest …"
//   next_meeting? {type, start, end?, location?}  or  next_meeting_text? "…"
//   read_aloud? (true)  signed_at_meeting? (true)  recorded? (false)
//   return_by? "YYYY-MM-DD"                 (not signed at the meeting: return it signed by then;
//                                            default: the profile's return_working_days after the date)
//   employee_comments? ["paragraph", …]
//   absence? {first_day "YYYY-MM-DD"}      (how long the employee had been sick; the § 7 a warning)
// Besides unknown fields, the warnings of warning_rules.h: the meeting (held),
// the next meeting (planned), and health words in the manager's free text.
// No member asks for a diagnosis. Plain data; read_referat is thread-safe.
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "model/warning_rules.h"
#include "model/absence.h"
#include "model/conversation_form.h"
#include "model/danish_date.h"
#include "model/meeting_type.h"
#include "model/parties.h"

namespace sygedok::model {

struct Meeting {
  MeetingType type = MeetingType::Fravaerssamtale;
  DateTime start;
  std::optional<DateTime> end;  // after start
  ConversationForm form = ConversationForm::InPerson;  // by phone or video when illness prevents a meeting (§ 7 a)
  std::optional<std::string> location;                  // required in person, optional otherwise
};

// One agreement: what is to be done, by whom, and when. Exactly one of
// `on`, `when_text` and `deadline` is set.
struct Agreement {
  std::string what;
  std::string who;
  std::optional<Date> on;                // "when": "2026-12-14"
  std::optional<std::string> when_text;  // "when": "Uge 50"
  std::optional<Date> deadline;          // "deadline": "2026-12-14" ("Senest 14. december 2026")
};

struct NextMeeting {
  MeetingType type = MeetingType::Statussamtale;
  DateTime start;  // after the meeting's start
  std::optional<DateTime> end;
  std::optional<std::string> location;
};

struct Referat {
  Sender sender;
  DocumentHeader document;
  Employee employee;
  Manager manager;
  Meeting meeting;
  std::optional<Participant> bisidder;
  std::vector<Participant> others_present;
  std::optional<std::string> purpose;
  std::vector<std::string> status;
  std::vector<std::string> return_options;
  std::vector<Agreement> agreements;
  std::optional<NextMeeting> next_meeting;     // at most one of next_meeting
  std::optional<std::string> next_meeting_text;  // and next_meeting_text
  bool read_aloud = true;
  bool signed_at_meeting = true;
  std::optional<Date> return_by;  // always set when not signed at the meeting; used only then
  bool recorded = false;
  std::vector<std::string> employee_comments;
  std::optional<Absence> absence;
};

// Every problem of the input at once (errors, and unknown fields as warnings).
Result<Referat> read_referat(const Poco::JSON::Object& input, const ReadOptions& options = {});

}  // namespace sygedok::model
