#include "model/paamindelse.h"

#include "model/danish_holidays.h"

namespace sygedok::model {
namespace {

std::optional<ReferatToSign> read_referat_to_sign(JsonReader& request, const std::optional<DocumentHeader>& document) {
  auto referat = request.object("referat", "oplysningerne om referatet", Presence::Required);
  if (!referat) return std::nullopt;
  auto type_code = referat->choice("meeting_type", "samtaletypen", Presence::Required, kMeetingTypeCodes);
  auto meeting_date = referat->date("meeting_date", "datoen for samtalen", Presence::Required);
  auto sent_on = referat->date("sent_on", "datoen, hvor referatet blev sendt", Presence::Optional);
  if (meeting_date && document && *meeting_date > document->date)
    referat->report_error("meeting_date", "conflict", "Samtalen kan ikke ligge efter påmindelsens dato (document.date).");
  if (sent_on && meeting_date && *sent_on < *meeting_date)
    referat->report_error("sent_on", "conflict", "Referatet kan ikke være sendt før samtalen.");
  if (sent_on && document && *sent_on > document->date)
    referat->report_error("sent_on", "conflict", "Referatet kan ikke være sendt efter påmindelsens dato (document.date).");
  referat->warn_unknown_fields();
  if (!type_code || !meeting_date) return std::nullopt;
  return ReferatToSign{*meeting_type_from_code(*type_code), *meeting_date, sent_on};
}

}  // namespace

Result<Paamindelse> read_paamindelse(const Poco::JSON::Object& input, const ReadOptions& options) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  ReadParties parties = read_parties(request, EmployeeMembers::Letter);
  const auto& document = parties.document;
  auto referat = read_referat_to_sign(request, document);

  Paamindelse letter;
  auto return_by = request.date("return_by", "fristen for at sende referatet underskrevet tilbage", Presence::Optional);
  if (return_by && document && *return_by < document->date)
    request.report_error("return_by", "before_document", "Fristen kan ikke ligge før påmindelsens dato.");
  letter.message = request.text("message", "den personlige hilsen", Presence::Optional, kParagraphLength);
  request.warn_unknown_fields();

  if (has_errors(diagnostics)) return Result<Paamindelse>::failure(std::move(diagnostics));
  if (!parties.complete() || !referat)  // every gap was reported as an error above
    return Result<Paamindelse>::failure(error("", "invalid_input", "Påmindelsen kunne ikke læses."));
  parties.move_into(letter);
  letter.referat = *referat;
  letter.return_by = return_by.value_or(add_working_days(letter.document.date, options.return_working_days));
  if (letter.message) append(diagnostics, health_text_warnings("message", "den personlige hilsen", *letter.message));
  return Result<Paamindelse>::success(std::move(letter), std::move(diagnostics));
}

}  // namespace sygedok::model
