#pragma once
// The notat (file note) after a contact with a sick employee (seed 002) or
// after an omsorgssamtale (seed 000), typed and validated. A notat needs no
// approval and has no signature lines. JSON shape (? = optional):
//   sender, document, employee, manager     as in every kind (parties.h); employee.address? ["line", …]
//   note {type, date "YYYY-MM-DD", form?}
//     type: sygemelding_1_dag | dialog_1_uge | kontakt_6_dag | omsorgssamtale | kontakt_3_dag | kontakt_8_dag
//     form: telefon (default for the three calls) | fremmoede (default for omsorgssamtale) | video
//   purpose? "…"                  (else the template's text for the note type)
//   summary ["paragraph", …]      what was talked about (at least one)
//   agreements? ["…"]             each completes "Vi aftaler, at …" (a leading "at " is not repeated)
//   next_contact? {date "YYYY-MM-DD", form?, initiative? "leder" | "medarbejder"}
//     or next_contact_text? "…"
//   employee_informed? (true)     the employee was told during the talk that a note is made
//   absence? {first_day}          (absence.h) printed as "Første sygedag"
// Errors besides the JsonReader's: conflict (note after the document's date;
// next_contact and next_contact_text both given), before_meeting (next
// contact not after the talk). Warnings: unknown_field, health words in the
// manager's free text, for an omsorgssamtale the meeting rules of
// warning_rules.h, and for a call named after a day (3, 6, 8) early_call
// when absence.first_day shows it came earlier.
// No member asks for a diagnosis. Plain data; read_notat is thread-safe.
#include <Poco/JSON/Object.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "model/warning_rules.h"
#include "model/absence.h"
#include "model/conversation_form.h"
#include "model/danish_date.h"
#include "model/parties.h"

namespace sygedok::model {

// The contacts a notat records (seeds 000 and 002).
enum class NoteType {
  SygemeldingFoersteDag,  // the call on the 1st or 2nd sick day
  DialogFoersteUge,       // the call after one week
  KontaktSjetteDag,       // the call on the 6th sick day
  Omsorgssamtale,         // agreements after an omsorgssamtale
  KontaktTredjeDag,       // Køge's call after 3 days of absence (seed 001 §3 A)
  KontaktOttendeDag,      // Køge's call after 8 days of absence (seed 001 §3 A)
};

// The codes accepted in JSON, in the order of the enum.
inline constexpr std::array<std::string_view, 6> kNoteTypeCodes = {
    "sygemelding_1_dag", "dialog_1_uge", "kontakt_6_dag", "omsorgssamtale", "kontakt_3_dag", "kontakt_8_dag"};

std::optional<NoteType> note_type_from_code(std::string_view code);
std::string_view note_type_code(NoteType type);
// "Kontakt på 1. eller 2. sygedag": the facts table's "Samtale".
std::string_view note_type_label(NoteType type);
// "Notat om kontakt ved sygemelding": the heading and the PDF title.
std::string_view note_type_title(NoteType type);
// The days of absence (from the first sick day) before which a call named
// after a day of the seeds does not fit its name: 3, 5 (the 6th day) and 8;
// nullopt for the other types.
std::optional<int> note_type_days_after_first(NoteType type);

// The talk the note records.
struct NoteConversation {
  NoteType type = NoteType::SygemeldingFoersteDag;
  Date date;  // not after the document's date
  ConversationForm form = ConversationForm::Phone;
};

enum class ContactInitiative { Manager, Employee };
inline constexpr std::array<std::string_view, 2> kContactInitiativeCodes = {"leder", "medarbejder"};

// When manager and employee talk next, and who takes the initiative (seed 002).
struct NextContact {
  Date date;  // after the talk
  std::optional<ConversationForm> form;
  std::optional<ContactInitiative> initiative;
};

struct Notat {
  Sender sender;
  DocumentHeader document;
  Employee employee;
  Manager manager;
  NoteConversation note;
  std::optional<std::string> purpose;
  std::vector<std::string> summary;
  std::vector<std::string> agreements;
  std::optional<NextContact> next_contact;       // at most one of next_contact
  std::optional<std::string> next_contact_text;  // and next_contact_text
  bool employee_informed = true;
  std::optional<Absence> absence;
};

// Every problem of the input at once (errors, and warnings).
Result<Notat> read_notat(const Poco::JSON::Object& input, const ReadOptions& options = {});

}  // namespace sygedok::model
