#include "model/svar_fastholdelsesplan.h"

namespace sygedok::model {
namespace {

// A member that belongs to the other answer.
void only_with(JsonReader& request, std::string_view key, std::string_view answer_code, std::string what) {
  if (request.has(key))
    request.report_error(key, "conflict", std::move(what) + " hører kun til svaret »" + std::string(answer_code) + "«.");
}

Diagnostics reply_warnings(const SvarFastholdelsesplan& reply, const ReadOptions& options) {
  Diagnostics found;
  if (reply.meeting)
    append(found, meeting_warnings({"meeting.start", "mødet", MeetingRole::Summoned, reply.meeting->start.date,
                                    std::nullopt, reply.document.date, reply.absence}, options));
  if (reply.reason) append(found, health_text_warnings("reason", "begrundelsen", *reply.reason));
  if (reply.message) append(found, health_text_warnings("message", "den personlige hilsen", *reply.message));
  return found;
}

}  // namespace

Result<SvarFastholdelsesplan> read_svar_fastholdelsesplan(const Poco::JSON::Object& input,
                                                          const ReadOptions& options) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  ReadParties parties = read_parties(request, EmployeeMembers::Letter);
  const auto& document = parties.document;
  auto requested_on = request.date("requested_on", "datoen for anmodningen", Presence::Required);
  auto answer_code = request.choice("answer", "svaret", Presence::Required, kPlanAnswerCodes);

  SvarFastholdelsesplan reply;
  if (answer_code) reply.answer = *answer_code == kPlanAnswerCodes[0] ? PlanAnswer::Invitation : PlanAnswer::NotNeeded;
  const bool invitation = answer_code && reply.answer == PlanAnswer::Invitation;
  const bool not_needed = answer_code && reply.answer == PlanAnswer::NotNeeded;
  std::optional<Date> meeting_day;
  if (not_needed) {
    only_with(request, "meeting", kPlanAnswerCodes[0], "Et møde");
    only_with(request, "bisidder", kPlanAnswerCodes[0], "En bisidder");
  } else if (auto meeting = request.object("meeting", "oplysningerne om mødet",
                                           invitation ? Presence::Required : Presence::Optional)) {
    reply.meeting = read_meeting_slot(*meeting, meeting_day);
    meeting->warn_unknown_fields();
  }
  if (invitation) only_with(request, "reason", kPlanAnswerCodes[1], "En begrundelse");
  else reply.reason = request.text("reason", "begrundelsen", not_needed ? Presence::Required : Presence::Optional,
                                   kParagraphLength);
  if (!not_needed)
    if (auto bisidder = request.object("bisidder", "oplysningerne om bisidderen", Presence::Optional))
      reply.bisidder = read_participant(*bisidder, "bisidderens navn", "bisidderens rolle");
  reply.absence = read_absence(request, Presence::Optional);
  reply.message = request.text("message", "den personlige hilsen", Presence::Optional, kParagraphLength);

  if (requested_on && document && *requested_on > document->date)
    request.report_error("requested_on", "conflict", "Anmodningen kan ikke ligge efter brevets dato.");
  if (requested_on && reply.absence && *requested_on < reply.absence->first_day)
    request.report_error("requested_on", "conflict", "Anmodningen kan ikke ligge før første sygedag.");
  if (requested_on && meeting_day && *meeting_day < *requested_on)
    request.report_error("meeting.start", "conflict", "Mødet kan ikke ligge før anmodningen.");
  request.warn_unknown_fields();

  if (has_errors(diagnostics)) return Result<SvarFastholdelsesplan>::failure(std::move(diagnostics));
  if (!parties.complete() || !requested_on || !answer_code)  // every gap was reported as an error above
    return Result<SvarFastholdelsesplan>::failure(error("", "invalid_input", "Svaret kunne ikke læses."));
  parties.move_into(reply);
  reply.requested_on = *requested_on;
  append(diagnostics, reply_warnings(reply, options));
  return Result<SvarFastholdelsesplan>::success(std::move(reply), std::move(diagnostics));
}

}  // namespace sygedok::model
