#pragma once
// The employer's reply to an employee's request for a fastholdelsesplan
// (sygedagpengeloven § 7 b; seed 001 §5 A: the manager may find that a plan
// is not needed), typed and validated. Either an invitation to make the plan
// together at a meeting, or the decision that a plan is not needed, with the
// reason. JSON shape (? = optional):
//   sender, document, manager                  as in every kind (parties.h)
//   employee {name, first_name?, cpr?, address? ["line", …]}   (first_name: "Kære …")
//   requested_on "YYYY-MM-DD"                  the day the employee asked (not after the document)
//   answer: invitation | ikke_behov
//   meeting {start, end, form?, location?, phone?, link?}   (meeting_slot.h) with invitation only
//   reason "…"                                 why a plan is not needed: with ikke_behov only
//   bisidder? {name, role?}                    a bisidder the employee has already named (invitation)
//   absence? {first_day, employment_ends?}     "sygemeldt siden …"
//   message? "…"                               a personal paragraph from the manager
// Errors besides the JsonReader's and meeting_slot.h's: required (meeting for
// an invitation, reason for ikke_behov), conflict (a member of the other
// answer; requested_on after the document's date or before the first sick
// day; the meeting before the request). Warnings: unknown_field, the
// summoned meeting's rules (warning_rules.h), health words in reason and
// message. No member asks for a diagnosis. Plain data; the reader is thread-safe.
#include <Poco/JSON/Object.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "model/absence.h"
#include "model/danish_date.h"
#include "model/meeting_slot.h"
#include "model/parties.h"
#include "model/warning_rules.h"

namespace sygedok::model {

enum class PlanAnswer { Invitation, NotNeeded };
inline constexpr std::array<std::string_view, 2> kPlanAnswerCodes = {"invitation", "ikke_behov"};

struct SvarFastholdelsesplan {
  Sender sender;
  DocumentHeader document;
  Employee employee;
  Manager manager;
  Date requested_on;
  PlanAnswer answer = PlanAnswer::Invitation;
  std::optional<MeetingSlot> meeting;  // set exactly for an invitation
  std::optional<std::string> reason;   // set exactly when not needed
  std::optional<Participant> bisidder;  // invitation only
  std::optional<Absence> absence;
  std::optional<std::string> message;
};

// Every problem of the input at once (errors, and warnings).
Result<SvarFastholdelsesplan> read_svar_fastholdelsesplan(const Poco::JSON::Object& input,
                                                          const ReadOptions& options = {});

}  // namespace sygedok::model
