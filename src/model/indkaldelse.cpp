#include "model/indkaldelse.h"

#include "model/warning_rules.h"

namespace sygedok::model {
namespace {

// What is known of the meeting even when other parts of it are wrong, so the
// members that depend on it are checked in the same pass.
struct KnownOfMeeting {
  std::optional<MeetingType> type;
  std::optional<Date> day;
};

// Problems reported here or by the reader's typed getters are errors in the
// request's Diagnostics; the meeting is returned whenever it can be built.
std::optional<SummonsMeeting> read_meeting(JsonReader& request, KnownOfMeeting& known) {
  auto meeting = request.object("meeting", "oplysningerne om samtalen", Presence::Required);
  if (!meeting) return std::nullopt;
  auto type_code = meeting->choice("type", "samtaletypen", Presence::Required, kMeetingTypeCodes);
  if (type_code) known.type = meeting_type_from_code(*type_code);
  auto slot = read_meeting_slot(*meeting, known.day);
  meeting->warn_unknown_fields();
  if (!type_code || !slot) return std::nullopt;
  SummonsMeeting summons;
  static_cast<MeetingSlot&>(summons) = std::move(*slot);
  summons.type = *meeting_type_from_code(*type_code);
  return summons;
}

std::vector<Participant> read_participants(JsonReader& request) {
  std::vector<Participant> participants;
  for (auto& item : request.object_list("participants", "de øvrige deltagere", "deltager", Presence::Optional)) {
    std::string number = "deltager nr. " + std::to_string(item.index + 1);
    if (auto participant = read_participant(item.reader, "navnet på " + number, "rollen for " + number))
      participants.push_back(std::move(*participant));
  }
  return participants;
}

// A day that must come before the meeting's; reported at `key` of `reader`.
void before_meeting(JsonReader& reader, std::string_view key, const std::optional<Date>& day,
                    const KnownOfMeeting& meeting, std::string message) {
  if (day && meeting.day && *day >= *meeting.day) reader.report_error(key, "conflict", std::move(message));
}

// The rules of warning_rules.h for a valid summons.
Diagnostics summons_warnings(const Indkaldelse& letter, const ReadOptions& options) {
  Diagnostics found;
  append(found, meeting_warnings({"meeting.start", "samtalen", MeetingRole::Summoned, letter.meeting.start.date,
                                  letter.meeting.type, letter.document.date, letter.absence}, options));
  if (letter.purpose) append(found, health_text_warnings("purpose", "formålet med samtalen", *letter.purpose));
  for (std::size_t i = 0; i < letter.topics.size(); ++i)
    append(found, health_text_warnings("topics[" + std::to_string(i) + "]", "emnerne for samtalen", letter.topics[i]));
  if (letter.message) append(found, health_text_warnings("message", "den personlige hilsen", *letter.message));
  return found;
}

}  // namespace

Result<Indkaldelse> read_indkaldelse(const Poco::JSON::Object& input, const ReadOptions& options) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  auto sender = read_sender(request);
  auto document = read_document_header(request);
  auto employee = read_employee(request, EmployeeMembers::Letter);
  auto manager = read_manager(request);
  KnownOfMeeting known;
  auto meeting = read_meeting(request, known);

  Indkaldelse letter;
  if (auto bisidder = request.object("bisidder", "oplysningerne om bisidderen", Presence::Optional))
    letter.bisidder = read_participant(*bisidder, "bisidderens navn", "bisidderens rolle");
  letter.participants = read_participants(request);
  letter.purpose = request.text("purpose", "formålet med samtalen", Presence::Optional, kParagraphLength);
  letter.topics = request.text_list("topics", "emnerne for samtalen", Presence::Optional, kLineTextLength, 20);
  letter.message = request.text("message", "den personlige hilsen", Presence::Optional, kParagraphLength);
  letter.absence = read_absence(request, Presence::Optional);
  if (known.type == MeetingType::SpredtFravaer && !request.has("absence_periods"))
    request.report_error("absence_periods", "required",
                         "Fraværsperioderne mangler. En indkaldelse til fraværssamtale ved spredt fravær viser "
                         "fraværsperioderne (fraværskortet) i absence_periods.");
  letter.absence_periods = read_absence_periods(request, Presence::Optional);
  letter.absence_day_count = options.absence_day_count;
  letter.previous_meeting = request.date("previous_meeting", "datoen for sidste samtale", Presence::Optional);
  letter.reply_by = request.date("reply_by", "svarfristen", Presence::Optional);
  before_meeting(request, "previous_meeting", letter.previous_meeting, known,
                 "Datoen for sidste samtale skal ligge før den samtale, der indkaldes til.");
  before_meeting(request, "reply_by", letter.reply_by, known,
                 "Svarfristen skal ligge før den dag, samtalen holdes.");
  if (letter.reply_by && document && *letter.reply_by < document->date)
    request.report_error("reply_by", "conflict", "Svarfristen kan ikke ligge før brevets dato.");
  if (letter.absence && known.day && letter.absence->first_day > *known.day)
    request.report_error("absence.first_day", "conflict", "Første sygedag kan ikke ligge efter samtalen.");
  request.warn_unknown_fields();

  if (has_errors(diagnostics)) return Result<Indkaldelse>::failure(std::move(diagnostics));
  if (!sender || !document || !employee || !manager || !meeting)  // every gap was reported as an error above
    return Result<Indkaldelse>::failure(error("", "invalid_input", "Indkaldelsen kunne ikke læses."));
  letter.sender = std::move(*sender);
  letter.document = std::move(*document);
  letter.employee = std::move(*employee);
  letter.manager = std::move(*manager);
  letter.meeting = std::move(*meeting);
  append(diagnostics, summons_warnings(letter, options));
  return Result<Indkaldelse>::success(std::move(letter), std::move(diagnostics));
}

}  // namespace sygedok::model
