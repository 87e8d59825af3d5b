#include "http/plan_endpoint.h"

#include "core/json_writer.h"
#include "http/problem.h"
#include "plan/plan_calendar.h"
#include "plan/plan_json.h"

namespace sygedok::http {

std::optional<Reply> PlanEndpoint::check_head(const Poco::Net::HTTPServerRequest& request,
                                              RequestContext& context) const {
  context.kind = "plan";  // for the access log and metrics
  return DocumentInputEndpoint::check_head(request, context);
}

Reply PlanEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  std::string json;
  if (auto refused = read_input(request, context, json)) return *refused;
  auto engine = state_.engine.get();
  static constexpr std::string_view kOffered[] = {"application/json", "text/calendar", "application/pdf"};
  const std::size_t preferred = preferred_media_type(request, kOffered);
  if (preferred == 2) {  // the overview as a document: the kind opfoelgningsplan
    auto rendered = engine->render("opfoelgningsplan", json);
    if (!rendered) return invalid_document(rendered.diagnostics());
    state_.metrics.document_rendered("opfoelgningsplan");
    return pdf_reply(rendered.value(), false);
  }
  auto plan = engine->plan(json);
  if (!plan) return invalid_document(plan.diagnostics());
  Reply reply;
  reply.with_header("X-Sygedok-Warnings", std::to_string(plan.diagnostics().size()));
  if (preferred == 1) {
    reply.content_type = "text/calendar; charset=utf-8";
    reply.body = plan::plan_to_icalendar(plan.value());
    reply.with_header("Content-Disposition", "attachment; filename=\"opfoelgningsplan.ics\"");
    return reply;
  }
  JsonWriter body;
  body.begin_object();
  body.key("plan").raw(plan::plan_to_json(plan.value()));
  body.key("warnings").raw(diagnostics_json(plan.diagnostics(), Severity::Warning));
  body.end_object();
  reply.content_type = "application/json";
  reply.body = body.take();
  return reply;
}

}  // namespace sygedok::http
