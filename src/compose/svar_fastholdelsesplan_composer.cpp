#include "compose/svar_fastholdelsesplan_composer.h"

#include "model/danish_date.h"

namespace sygedok::compose {
namespace {

constexpr std::string_view kTitle = "Svar på din anmodning om en fastholdelsesplan";

}  // namespace

TemplateData svar_fastholdelsesplan_data(const model::SvarFastholdelsesplan& reply) {
  TemplateData data;
  add_parties(data, reply.sender, reply.document, reply.employee, reply.manager);
  data.set("title", std::string(kTitle));
  data.set("requested_on", model::format_date(reply.requested_on));
  data.set("invitation", reply.answer == model::PlanAnswer::Invitation);
  data.set("not_needed", reply.answer == model::PlanAnswer::NotNeeded);
  data.set("meeting", reply.meeting ? meeting_slot_data(*reply.meeting) : TemplateData(false));
  data.set("bisidder", reply.bisidder ? participant_data(*reply.bisidder) : TemplateData(false));
  data.set("reason", reply.reason ? paragraphs({*reply.reason}) : TemplateData(false));
  data.set("since", reply.absence ? TemplateData(model::format_date_with_weekday(reply.absence->first_day))
                                  : TemplateData(false));
  data.set("message", reply.message ? paragraphs({*reply.message}) : TemplateData(false));
  return data;
}

DocumentInfo svar_fastholdelsesplan_info(const model::SvarFastholdelsesplan& reply) {
  DocumentInfo info;
  info.title = std::string(kTitle);
  info.author = reply.sender.name;
  info.subject = std::string(reply.answer == model::PlanAnswer::Invitation ? "Invitation til at lave planen sammen"
                                                                           : "Afgørelse: ingen plan nu") +
                 ", " + reply.employee.name + ", anmodning af " + model::format_date(reply.requested_on);
  return info;
}

}  // namespace sygedok::compose
