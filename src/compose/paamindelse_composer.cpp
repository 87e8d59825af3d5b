#include "compose/paamindelse_composer.h"

#include "compose/referat_composer.h"
#include "model/danish_date.h"

namespace sygedok::compose {
namespace {

constexpr std::string_view kTitle = "Påmindelse om referat til underskrift";

}  // namespace

TemplateData paamindelse_data(const model::Paamindelse& letter) {
  TemplateData data;
  add_parties(data, letter.sender, letter.document, letter.employee, letter.manager);
  data.set("title", std::string(kTitle));
  TemplateData referat;
  referat.set("title", referat_title(letter.referat.meeting_type));
  referat.set("noun", std::string(model::meeting_type_noun(letter.referat.meeting_type)));
  referat.set("meeting_date", model::format_date_with_weekday(letter.referat.meeting_date));
  referat.set("sent_on", letter.referat.sent_on ? TemplateData(model::format_date(*letter.referat.sent_on))
                                                : TemplateData(false));
  data.set("referat", referat);
  data.set("return_by", model::format_date_with_weekday(letter.return_by));
  TemplateData facts;  // the same days at the start of a table cell
  facts.set("meeting_date", model::capitalize_first(model::format_date_with_weekday(letter.referat.meeting_date)));
  facts.set("return_by", model::capitalize_first(model::format_date_with_weekday(letter.return_by)));
  data.set("facts", facts);
  data.set("message", letter.message ? paragraphs({*letter.message}) : TemplateData(false));
  return data;
}

DocumentInfo paamindelse_info(const model::Paamindelse& letter) {
  DocumentInfo info;
  info.title = std::string(kTitle);
  info.author = letter.sender.name;
  info.subject = referat_title(letter.referat.meeting_type) + " med " + letter.employee.name + " den " +
                 model::format_date(letter.referat.meeting_date);
  return info;
}

}  // namespace sygedok::compose
