#pragma once
// The indkaldelse (summons letter) to a sick-leave conversation, typed and
// validated. JSON shape (? = optional):
//   sender, document, manager            as in every kind (parties.h)
//   employee {name, first_name?, cpr?, address? ["line", …]}   (first_name: "Kære …")
//   meeting {type, start "YYYY-MM-DDTHH:MM", end, form?, location?, phone?, link?}
//     type: fravaerssamtale | omsorgssamtale | statussamtale | spredt_fravaer | opfoelgningssamtale
//           | mulighedserklaering
//     form: fremmoede (default; needs location) | telefon (phone?: the number the manager calls)
//           | video (link?: the address of the video meeting)
//   bisidder? {name, role?}               a bisidder the employee has already named
//   participants? [{name, role?}]         others taking part besides employee, manager, bisidder
//   purpose? "…"                          (else the template's opening for the meeting type)
//   topics? ["…"]                         added to the type's list of what will be talked about
//   message? "…"                          a personal paragraph from the manager
//   absence? {first_day "YYYY-MM-DD"}     (absence.h) "sygemeldt siden …"; the § 7 a warning
//   absence_periods? [{from, to?, days?}] (absence_period.h) the fraværskort; required for spredt_fravaer
//   previous_meeting? "YYYY-MM-DD"        the last conversation ("ved vores samtale den …")
//   reply_by? "YYYY-MM-DD"                the day to say so if the time does not suit
// Errors besides the JsonReader's: end_before_start, required (location for
// an in-person meeting, absence_periods for spredt_fravaer), conflict (phone
// or link with another form; reply_by, previous_meeting or absence.first_day
// not before the meeting). Warnings: unknown_field and those of
// warning_rules.h (the summoned meeting; health words in purpose, topics, message).
// No member asks for a diagnosis; employee.cpr is for the envelope only.
// Plain data; read_indkaldelse is thread-safe.
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "model/warning_rules.h"
#include "model/absence.h"
#include "model/absence_period.h"
#include "model/conversation_form.h"
#include "model/danish_date.h"
#include "model/meeting_slot.h"
#include "model/meeting_type.h"
#include "model/parties.h"

namespace sygedok::model {

// The meeting a summons calls to: its type, when, how and where.
struct SummonsMeeting : MeetingSlot {
  MeetingType type = MeetingType::Fravaerssamtale;
};

struct Indkaldelse {
  Sender sender;
  DocumentHeader document;
  Employee employee;
  Manager manager;
  SummonsMeeting meeting;
  std::optional<Participant> bisidder;
  std::vector<Participant> participants;
  std::optional<std::string> purpose;
  std::vector<std::string> topics;
  std::optional<std::string> message;
  std::optional<Absence> absence;
  std::vector<AbsencePeriod> absence_periods;
  AbsenceDayCount absence_day_count = AbsenceDayCount::WorkingDays;  // from the organisation profile
  std::optional<Date> previous_meeting;
  std::optional<Date> reply_by;
};

// Every problem of the input at once (errors, and warnings).
Result<Indkaldelse> read_indkaldelse(const Poco::JSON::Object& input, const ReadOptions& options = {});

}  // namespace sygedok::model
