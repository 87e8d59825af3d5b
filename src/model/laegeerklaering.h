#pragma once
// The request for a medical certificate (anmodning om lægeerklæring): a
// friattest (documentation that the absence is due to illness) or a
// varighedserklæring (how long it is expected to last), typed and
// validated (seed 001 §5 C; shared/domain.md). JSON shape (? = optional):
//   sender, document, manager                  as in every kind (parties.h)
//   employee {name, first_name?, cpr?, address? ["line", …]}   (first_name: "Kære …")
//   certificate {type, deliver_by "YYYY-MM-DD", reason?}
//     type: friattest | varighedserklaering     reason: why it is asked (else the template's text)
//   absence {first_day "YYYY-MM-DD", employment_ends?}   required: the absence the certificate is about
//   fee_paid_by_employer? (bool)                the employer pays the doctor's fee; default: the
//                                               organisation profile's certificate_fee_paid_by_employer
//   message? "…"                                a personal paragraph from the manager
// Errors besides the JsonReader's: conflict (first sick day after the
// document's date), before_document (deliver_by before the document's
// date). Warnings: unknown_field, early_certificate (warning_rules.h), and
// health words in reason and message. No member asks for a diagnosis, and
// neither certificate holds one. Plain data; read_laegeerklaering is thread-safe.
#include <Poco/JSON/Object.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "model/absence.h"
#include "model/danish_date.h"
#include "model/parties.h"
#include "model/warning_rules.h"

namespace sygedok::model {

enum class CertificateType { Friattest, Varighedserklaering };
inline constexpr std::array<std::string_view, 2> kCertificateTypeCodes = {"friattest", "varighedserklaering"};

// "friattest", "varighedserklæring": the word inside a sentence.
std::string_view certificate_noun(CertificateType type);
// "friattesten", "varighedserklæringen": the same, definite.
std::string_view certificate_definite(CertificateType type);
// The days of absence after which seed 001 lets the manager ask (3 and 14).
int certificate_minimum_days(CertificateType type);

struct CertificateRequest {
  CertificateType type = CertificateType::Friattest;
  Date deliver_by;  // not before the document's date
  std::optional<std::string> reason;
};

struct Laegeerklaering {
  Sender sender;
  DocumentHeader document;
  Employee employee;
  Manager manager;
  CertificateRequest certificate;
  Absence absence;
  bool fee_paid_by_employer = false;  // from the input, else the profile; false: the letter says nothing of the fee
  std::optional<std::string> message;
};

// Every problem of the input at once (errors, and warnings).
Result<Laegeerklaering> read_laegeerklaering(const Poco::JSON::Object& input, const ReadOptions& options = {});

}  // namespace sygedok::model
