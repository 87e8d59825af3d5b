#include "compose/laegeerklaering_composer.h"

#include "model/danish_date.h"

namespace sygedok::compose {
namespace {

std::string title_of(const model::Laegeerklaering& letter) {
  return "Anmodning om " + std::string(model::certificate_noun(letter.certificate.type));
}

}  // namespace

TemplateData laegeerklaering_data(const model::Laegeerklaering& letter) {
  TemplateData data;
  add_parties(data, letter.sender, letter.document, letter.employee, letter.manager);
  data.set("title", title_of(letter));
  TemplateData certificate;
  certificate.set("noun", std::string(model::certificate_noun(letter.certificate.type)));
  certificate.set("label", model::capitalize_first(model::certificate_noun(letter.certificate.type)));
  certificate.set("definite", std::string(model::certificate_definite(letter.certificate.type)));
  certificate.set("deliver_by", model::format_date_with_weekday(letter.certificate.deliver_by));
  certificate.set("deliver_by_cell",
                  model::capitalize_first(model::format_date_with_weekday(letter.certificate.deliver_by)));
  for (auto code : model::kCertificateTypeCodes)
    certificate.set("is_" + std::string(code), code == model::kCertificateTypeCodes[static_cast<std::size_t>(
                                                           letter.certificate.type)]);
  data.set("certificate", certificate);
  data.set("reason", letter.certificate.reason ? paragraphs({*letter.certificate.reason}) : TemplateData(false));
  data.set("since", model::format_date_with_weekday(letter.absence.first_day));
  data.set("fee_paid_by_employer", letter.fee_paid_by_employer);
  data.set("message", letter.message ? paragraphs({*letter.message}) : TemplateData(false));
  return data;
}

DocumentInfo laegeerklaering_info(const model::Laegeerklaering& letter) {
  DocumentInfo info;
  info.title = title_of(letter);
  info.author = letter.sender.name;
  info.subject = model::capitalize_first(model::certificate_noun(letter.certificate.type)) + " fra " +
                 letter.employee.name + " senest " + model::format_date(letter.certificate.deliver_by);
  return info;
}

}  // namespace sygedok::compose
