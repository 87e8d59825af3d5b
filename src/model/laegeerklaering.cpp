#include "model/laegeerklaering.h"

namespace sygedok::model {
namespace {

std::size_t index_of(CertificateType type) { return static_cast<std::size_t>(type); }

std::optional<CertificateRequest> read_certificate(JsonReader& request, const std::optional<DocumentHeader>& document) {
  auto certificate = request.object("certificate", "oplysningerne om erklæringen", Presence::Required);
  if (!certificate) return std::nullopt;
  auto type_code = certificate->choice("type", "erklæringens type", Presence::Required, kCertificateTypeCodes);
  auto deliver_by = certificate->date("deliver_by", "fristen for at sende erklæringen", Presence::Required);
  auto reason = certificate->text("reason", "begrundelsen", Presence::Optional, kParagraphLength);
  if (deliver_by && document && *deliver_by < document->date)
    certificate->report_error("deliver_by", "before_document", "Fristen kan ikke ligge før brevets dato.");
  certificate->warn_unknown_fields();
  if (!type_code || !deliver_by) return std::nullopt;
  CertificateType type = type_code == kCertificateTypeCodes[0] ? CertificateType::Friattest
                                                               : CertificateType::Varighedserklaering;
  return CertificateRequest{type, *deliver_by, reason};
}

}  // namespace

std::string_view certificate_noun(CertificateType type) {
  constexpr std::array<std::string_view, kCertificateTypeCodes.size()> kNouns = {"friattest", "varighedserklæring"};
  return kNouns[index_of(type)];
}

std::string_view certificate_definite(CertificateType type) {
  constexpr std::array<std::string_view, kCertificateTypeCodes.size()> kNouns = {"friattesten",
                                                                                 "varighedserklæringen"};
  return kNouns[index_of(type)];
}

int certificate_minimum_days(CertificateType type) { return type == CertificateType::Friattest ? 3 : 14; }

Result<Laegeerklaering> read_laegeerklaering(const Poco::JSON::Object& input, const ReadOptions& options) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  ReadParties parties = read_parties(request, EmployeeMembers::Letter);
  const auto& document = parties.document;
  auto certificate = read_certificate(request, document);
  auto absence = read_absence(request, Presence::Required);
  if (absence && document && absence->first_day > document->date)
    request.report_error("absence.first_day", "conflict", "Første sygedag kan ikke ligge efter brevets dato.");

  Laegeerklaering letter;
  auto fee = request.boolean("fee_paid_by_employer", "oplysningen om, hvem der betaler lægens honorar",
                             Presence::Optional);
  letter.fee_paid_by_employer = fee.value_or(options.certificate_fee_paid_by_employer);
  letter.message = request.text("message", "den personlige hilsen", Presence::Optional, kParagraphLength);
  request.warn_unknown_fields();

  if (has_errors(diagnostics)) return Result<Laegeerklaering>::failure(std::move(diagnostics));
  if (!parties.complete() || !certificate || !absence)  // every gap was reported as an error above
    return Result<Laegeerklaering>::failure(error("", "invalid_input", "Anmodningen kunne ikke læses."));
  parties.move_into(letter);
  letter.certificate = std::move(*certificate);
  letter.absence = *absence;
  if (auto early = early_certificate("document.date", certificate_noun(letter.certificate.type),
                                     certificate_minimum_days(letter.certificate.type), letter.absence.first_day,
                                     letter.document.date))
    diagnostics.push_back(std::move(*early));
  if (letter.certificate.reason)
    append(diagnostics, health_text_warnings("certificate.reason", "begrundelsen", *letter.certificate.reason));
  if (letter.message) append(diagnostics, health_text_warnings("message", "den personlige hilsen", *letter.message));
  return Result<Laegeerklaering>::success(std::move(letter), std::move(diagnostics));
}

}  // namespace sygedok::model
