#include "model/referat.h"

#include "model/danish_holidays.h"
#include "model/warning_rules.h"

namespace sygedok::model {
namespace {

bool looks_like_iso_date(std::string_view text) {
  if (text.size() < 5 || text[4] != '-') return false;
  for (std::size_t i = 0; i < 4; ++i)
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

std::optional<MeetingType> read_meeting_type(JsonReader& object, std::string_view label) {
  auto code = object.choice("type", label, Presence::Required, kMeetingTypeCodes);
  return code ? meeting_type_from_code(*code) : std::nullopt;
}

// "end" must come after "start"; reported at "end".
bool end_after_start(JsonReader& object, const std::optional<DateTime>& start, const std::optional<DateTime>& end,
                     std::string_view message) {
  if (!start || !end || *end > *start) return true;
  object.report_error("end", "end_before_start", std::string(message));
  return false;
}

// `start` is set whenever the start is valid, also when other parts of the meeting are not.
std::optional<Meeting> read_meeting(JsonReader& request, std::optional<DateTime>& start) {
  auto meeting = request.object("meeting", "oplysningerne om samtalen", Presence::Required);
  if (!meeting) return std::nullopt;
  auto type = read_meeting_type(*meeting, "samtaletypen");
  start = meeting->date_time("start", "samtalens starttidspunkt", Presence::Required);
  auto end = meeting->date_time("end", "samtalens sluttidspunkt", Presence::Optional);
  auto form_code = meeting->choice("form", "samtalens form", Presence::Optional, kConversationFormCodes);
  const bool form_ok = form_code.has_value() || !meeting->has("form");
  const ConversationForm form = form_code ? *conversation_form_from_code(*form_code) : ConversationForm::InPerson;
  const bool in_person = form_ok && form == ConversationForm::InPerson;
  // A meeting in person has a place; a phone or video conversation may name one.
  auto location = meeting->text("location", "samtalens sted", in_person ? Presence::Required : Presence::Optional);
  bool ordered = end_after_start(*meeting, start, end, "Samtalens sluttidspunkt skal ligge efter starttidspunktet.");
  meeting->warn_unknown_fields();
  if (!type || !start || !form_ok || (in_person && !location) || !ordered) return std::nullopt;
  return Meeting{*type, *start, end, form, location};
}

std::optional<Participant> read_bisidder(JsonReader& request) {
  auto bisidder = request.object("bisidder", "oplysningerne om bisidderen", Presence::Optional);
  if (!bisidder) return std::nullopt;
  return read_participant(*bisidder, "bisidderens navn", "bisidderens rolle");
}

std::vector<Participant> read_others_present(JsonReader& request) {
  std::vector<Participant> others;
  for (auto& item : request.object_list("others_present", "de øvrige deltagere", "deltager", Presence::Optional)) {
    std::string number = "deltager nr. " + std::to_string(item.index + 1);
    if (auto participant = read_participant(item.reader, "navnet på " + number, "rollen for " + number))
      others.push_back(std::move(*participant));
  }
  return others;
}

std::optional<Agreement> read_agreement(ListItem& item) {
  JsonReader& object = item.reader;
  std::string number = "aftale nr. " + std::to_string(item.index + 1);
  auto what = object.text("what", "hvad der er aftalt i " + number, Presence::Required, kLineTextLength);
  auto who = object.text("who", "den ansvarlige i " + number, Presence::Required);
  bool has_when = object.has("when"), has_deadline = object.has("deadline");
  Agreement agreement;
  bool time_ok = true;
  if (has_when && has_deadline) {
    object.report_error("deadline", "conflict",
                        sentence(number, " har både et tidspunkt (when) og en frist (deadline). Angiv kun det ene."));
    time_ok = false;
  } else if (has_deadline) {
    agreement.deadline = object.date("deadline", "fristen i " + number, Presence::Required);
    time_ok = agreement.deadline.has_value();
  } else if (!has_when) {
    object.report_error("when", "required",
                        sentence("tidspunktet i " + number,
                                 " mangler. Angiv hvornår (when), f.eks. »Uge 50« eller en dato, eller en frist "
                                 "(deadline)."));
    time_ok = false;
  } else {
    auto when = object.text("when", "tidspunktet i " + number, Presence::Required);
    if (!when) {
      time_ok = false;
    } else if (looks_like_iso_date(*when)) {
      agreement.on = object.date("when", "tidspunktet i " + number, Presence::Required);
      time_ok = agreement.on.has_value();
    } else {
      agreement.when_text = when;
    }
  }
  object.warn_unknown_fields();
  if (!what || !who || !time_ok) return std::nullopt;
  agreement.what = *what;
  agreement.who = *who;
  return agreement;
}

std::optional<NextMeeting> read_next_meeting(JsonReader& request, const std::optional<DateTime>& meeting_start) {
  auto next = request.object("next_meeting", "oplysningerne om næste samtale", Presence::Optional);
  if (!next) return std::nullopt;
  auto type = read_meeting_type(*next, "typen af næste samtale");
  auto start = next->date_time("start", "starttidspunktet for næste samtale", Presence::Required);
  auto end = next->date_time("end", "sluttidspunktet for næste samtale", Presence::Optional);
  auto location = next->text("location", "stedet for næste samtale", Presence::Optional);
  bool ordered = end_after_start(*next, start, end, "Næste samtales sluttidspunkt skal ligge efter starttidspunktet.");
  if (start && meeting_start && *start <= *meeting_start) {
    next->report_error("start", "before_meeting", "Næste samtale skal ligge efter denne samtale.");
    ordered = false;
  }
  next->warn_unknown_fields();
  if (!type || !start || !ordered) return std::nullopt;
  return NextMeeting{*type, *start, end, location};
}

// The rules of warning_rules.h for a valid referat. The employee's own
// comments are not checked: what the employee volunteers may be written down.
Diagnostics referat_warnings(const Referat& referat, const ReadOptions& options) {
  Diagnostics found;
  append(found, meeting_warnings({"meeting.start", "samtalen", MeetingRole::Held, referat.meeting.start.date,
                                  referat.meeting.type, referat.document.date, referat.absence}, options));
  if (referat.next_meeting)
    append(found, meeting_warnings({"next_meeting.start", "næste samtale", MeetingRole::Planned,
                                    referat.next_meeting->start.date, referat.next_meeting->type,
                                    referat.document.date, referat.absence}, options));
  if (referat.purpose) append(found, health_text_warnings("purpose", "formålet med samtalen", *referat.purpose));
  for (std::size_t i = 0; i < referat.status.size(); ++i)
    append(found, health_text_warnings(numbered("status", i), "status fra samtalen", referat.status[i]));
  for (std::size_t i = 0; i < referat.return_options.size(); ++i)
    append(found, health_text_warnings(numbered("return_options", i), "mulighederne for tilbagevenden",
                                       referat.return_options[i]));
  for (std::size_t i = 0; i < referat.agreements.size(); ++i)
    append(found, health_text_warnings(numbered("agreements", i) + ".what", "aftale nr. " + std::to_string(i + 1),
                                       referat.agreements[i].what));
  if (referat.next_meeting_text)
    append(found, health_text_warnings("next_meeting_text", "teksten om næste samtale", *referat.next_meeting_text));
  return found;
}

}  // namespace

Result<Referat> read_referat(const Poco::JSON::Object& input, const ReadOptions& options) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  auto sender = read_sender(request);
  auto document = read_document_header(request);
  auto employee = read_employee(request, EmployeeMembers::Minutes);
  auto manager = read_manager(request);
  std::optional<DateTime> meeting_start;
  auto meeting = read_meeting(request, meeting_start);

  Referat referat;
  referat.bisidder = read_bisidder(request);
  referat.others_present = read_others_present(request);
  referat.purpose = request.text("purpose", "formålet med samtalen", Presence::Optional, kParagraphLength);
  referat.status = request.text_list("status", "status fra samtalen", Presence::Required, kParagraphLength);
  referat.return_options = request.text_list("return_options", "mulighederne for tilbagevenden", Presence::Optional);
  for (auto& item : request.object_list("agreements", "aftalerne", "aftale", Presence::Optional))
    if (auto agreement = read_agreement(item)) referat.agreements.push_back(std::move(*agreement));
  referat.next_meeting = read_next_meeting(request, meeting_start);
  referat.next_meeting_text =
      request.text("next_meeting_text", "teksten om næste samtale", Presence::Optional, kParagraphLength);
  if (request.has("next_meeting") && referat.next_meeting_text)
    request.report_error("next_meeting_text", "conflict",
                         "Angiv enten næste samtale (next_meeting) eller en tekst om næste samtale "
                         "(next_meeting_text), ikke begge.");
  referat.read_aloud = request.boolean("read_aloud", "oplysningen om oplæsning", Presence::Optional).value_or(true);
  referat.signed_at_meeting =
      request.boolean("signed_at_meeting", "oplysningen om underskrift på mødet", Presence::Optional).value_or(true);
  referat.return_by = request.date("return_by", "fristen for at sende referatet underskrevet tilbage", Presence::Optional);
  if (referat.return_by && referat.signed_at_meeting)
    request.report_warning("return_by", "unused",
                           "Fristen for at sende referatet tilbage bruges kun, når referatet ikke blev underskrevet "
                           "på mødet (signed_at_meeting: false), og står derfor ikke i referatet.");
  else if (referat.return_by && document && *referat.return_by < document->date)
    request.report_error("return_by", "before_document",
                         "Fristen for at sende referatet tilbage kan ikke ligge før referatets dato.");
  else if (!referat.return_by && !referat.signed_at_meeting && document)
    referat.return_by = add_working_days(document->date, options.return_working_days);
  referat.recorded = request.boolean("recorded", "oplysningen om optagelse", Presence::Optional).value_or(false);
  referat.employee_comments =
      request.text_list("employee_comments", "medarbejderens kommentarer", Presence::Optional, kParagraphLength);
  referat.absence = read_absence(request, Presence::Optional);
  request.warn_unknown_fields();

  if (has_errors(diagnostics)) return Result<Referat>::failure(std::move(diagnostics));
  if (!sender || !document || !employee || !manager || !meeting)  // every gap was reported as an error above
    return Result<Referat>::failure(error("", "invalid_input", "Referatet kunne ikke læses."));
  referat.sender = std::move(*sender);
  referat.document = std::move(*document);
  referat.employee = std::move(*employee);
  referat.manager = std::move(*manager);
  referat.meeting = std::move(*meeting);
  append(diagnostics, referat_warnings(referat, options));
  return Result<Referat>::success(std::move(referat), std::move(diagnostics));
}

}  // namespace sygedok::model
