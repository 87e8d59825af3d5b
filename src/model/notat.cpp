#include "model/notat.h"

#include "model/warning_rules.h"

namespace sygedok::model {
namespace {

struct NoteTypeNames {
  std::string_view label;
  std::string_view title;
};

constexpr std::array<NoteTypeNames, kNoteTypeCodes.size()> kNoteTypeNames = {{
    {"Kontakt på 1. eller 2. sygedag", "Notat om kontakt ved sygemelding"},
    {"Dialog efter en uges sygemelding", "Notat om dialog efter en uges sygemelding"},
    {"Kontakt på 6. sygedag", "Notat om kontakt på 6. sygedag"},
    {"Omsorgssamtale", "Notat om aftaler efter omsorgssamtale"},
    {"Kontakt efter 3 dages sygefravær", "Notat om kontakt efter 3 dages sygefravær"},
    {"Kontakt efter 8 dages sygefravær", "Notat om kontakt efter 8 dages sygefravær"},
}};

std::size_t index_of(NoteType type) { return static_cast<std::size_t>(type); }

std::optional<NoteConversation> read_note(JsonReader& request, const std::optional<DocumentHeader>& document) {
  auto note = request.object("note", "oplysningerne om samtalen", Presence::Required);
  if (!note) return std::nullopt;
  auto type_code = note->choice("type", "notatets samtaletype", Presence::Required, kNoteTypeCodes);
  auto date = note->date("date", "samtalens dato", Presence::Required);
  auto form_code = note->choice("form", "samtalens form", Presence::Optional, kConversationFormCodes);
  if (date && document && *date > document->date)
    note->report_error("date", "conflict", "Samtalen kan ikke ligge efter notatets dato (document.date).");
  note->warn_unknown_fields();
  if (!type_code || !date || (note->has("form") && !form_code)) return std::nullopt;
  NoteType type = *note_type_from_code(*type_code);
  ConversationForm fallback = type == NoteType::Omsorgssamtale ? ConversationForm::InPerson : ConversationForm::Phone;
  return NoteConversation{type, *date, form_code ? *conversation_form_from_code(*form_code) : fallback};
}

std::optional<NextContact> read_next_contact(JsonReader& request, const std::optional<NoteConversation>& note) {
  auto next = request.object("next_contact", "oplysningerne om næste kontakt", Presence::Optional);
  if (!next) return std::nullopt;
  auto date = next->date("date", "datoen for næste kontakt", Presence::Required);
  auto form_code = next->choice("form", "formen for næste kontakt", Presence::Optional, kConversationFormCodes);
  auto initiative_code =
      next->choice("initiative", "hvem der tager initiativet til næste kontakt", Presence::Optional,
                   kContactInitiativeCodes);
  if (date && note && *date <= note->date)
    next->report_error("date", "before_meeting", "Næste kontakt skal ligge efter den samtale, notatet handler om.");
  next->warn_unknown_fields();
  if (!date) return std::nullopt;
  NextContact contact{*date, std::nullopt, std::nullopt};
  if (form_code) contact.form = conversation_form_from_code(*form_code);
  if (initiative_code)
    contact.initiative = *initiative_code == kContactInitiativeCodes[0] ? ContactInitiative::Manager
                                                                        : ContactInitiative::Employee;
  return contact;
}

// The rules of warning_rules.h for a valid notat. Only an omsorgssamtale is a
// meeting; the calls happen on whatever day the employee is sick.
Diagnostics note_warnings(const Notat& notat, const ReadOptions& options) {
  Diagnostics found;
  if (notat.note.type == NoteType::Omsorgssamtale) {
    append(found, meeting_warnings({"note.date", "samtalen", MeetingRole::Held, notat.note.date,
                                    MeetingType::Omsorgssamtale, notat.document.date, notat.absence}, options));
  }
  if (auto days = note_type_days_after_first(notat.note.type); days && notat.absence)
    if (auto early = early_call("note.date", note_type_label(notat.note.type), *days, notat.absence->first_day,
                                notat.note.date))
      found.push_back(std::move(*early));
  if (notat.purpose) append(found, health_text_warnings("purpose", "baggrunden for samtalen", *notat.purpose));
  for (std::size_t i = 0; i < notat.summary.size(); ++i)
    append(found, health_text_warnings(numbered("summary", i), "samtalens indhold", notat.summary[i]));
  for (std::size_t i = 0; i < notat.agreements.size(); ++i)
    append(found, health_text_warnings(numbered("agreements", i), "aftale nr. " + std::to_string(i + 1),
                                       notat.agreements[i]));
  if (notat.next_contact_text)
    append(found, health_text_warnings("next_contact_text", "teksten om næste kontakt", *notat.next_contact_text));
  return found;
}

}  // namespace

std::optional<NoteType> note_type_from_code(std::string_view code) {
  for (std::size_t i = 0; i < kNoteTypeCodes.size(); ++i)
    if (kNoteTypeCodes[i] == code) return static_cast<NoteType>(i);
  return std::nullopt;
}

std::string_view note_type_code(NoteType type) { return kNoteTypeCodes[index_of(type)]; }
std::string_view note_type_label(NoteType type) { return kNoteTypeNames[index_of(type)].label; }
std::string_view note_type_title(NoteType type) { return kNoteTypeNames[index_of(type)].title; }

std::optional<int> note_type_days_after_first(NoteType type) {
  switch (type) {
    case NoteType::KontaktTredjeDag: return 3;
    case NoteType::KontaktSjetteDag: return 5;
    case NoteType::KontaktOttendeDag: return 8;
    default: return std::nullopt;
  }
}

Result<Notat> read_notat(const Poco::JSON::Object& input, const ReadOptions& options) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  auto sender = read_sender(request);
  auto document = read_document_header(request);
  auto employee = read_employee(request, EmployeeMembers::Addressed);
  auto manager = read_manager(request);
  auto note = read_note(request, document);

  Notat notat;
  notat.purpose = request.text("purpose", "baggrunden for samtalen", Presence::Optional, kParagraphLength);
  notat.summary = request.text_list("summary", "samtalens indhold", Presence::Required, kParagraphLength);
  notat.agreements = request.text_list("agreements", "aftalerne", Presence::Optional);
  notat.next_contact = read_next_contact(request, note);
  notat.next_contact_text =
      request.text("next_contact_text", "teksten om næste kontakt", Presence::Optional, kParagraphLength);
  if (request.has("next_contact") && notat.next_contact_text)
    request.report_error("next_contact_text", "conflict",
                         "Angiv enten næste kontakt (next_contact) eller en tekst om næste kontakt "
                         "(next_contact_text), ikke begge.");
  notat.employee_informed =
      request.boolean("employee_informed", "oplysningen om, at medarbejderen er orienteret om notatet",
                      Presence::Optional)
          .value_or(true);
  notat.absence = read_absence(request, Presence::Optional);
  if (notat.absence && note && notat.absence->first_day > note->date)
    request.report_error("absence.first_day", "conflict", "Første sygedag kan ikke ligge efter samtalen.");
  request.warn_unknown_fields();

  if (has_errors(diagnostics)) return Result<Notat>::failure(std::move(diagnostics));
  if (!sender || !document || !employee || !manager || !note)  // every gap was reported as an error above
    return Result<Notat>::failure(error("", "invalid_input", "Notatet kunne ikke læses."));
  notat.sender = std::move(*sender);
  notat.document = std::move(*document);
  notat.employee = std::move(*employee);
  notat.manager = std::move(*manager);
  notat.note = *note;
  append(diagnostics, note_warnings(notat, options));
  return Result<Notat>::success(std::move(notat), std::move(diagnostics));
}

}  // namespace sygedok::model
