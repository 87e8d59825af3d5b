#include "http/dialogue_endpoints.h"

#include "http/problem.h"

namespace sygedok::http {

Reply QuestionnairesEndpoint::handle(Poco::Net::HTTPServerRequest&, RequestContext& context) const {
  context.kind = "dialogue";  // for the access log and metrics
  auto engine = state_.engine.get();
  if (!engine) return engine_not_ready(state_.settings.retry_after_seconds);
  Reply reply;
  reply.content_type = "application/json";
  reply.body = engine->dialogue_questionnaires();
  return reply;
}

std::optional<Reply> DialogueScoresEndpoint::check_head(const Poco::Net::HTTPServerRequest& request,
                                                        RequestContext& context) const {
  context.kind = "dialogresultat";
  return DocumentInputEndpoint::check_head(request, context);
}

Reply DialogueScoresEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  std::string json;
  if (auto refused = read_input(request, context, json)) return *refused;
  auto scores = state_.engine.get()->dialogue_scores(json);
  if (!scores) return invalid_document(scores.diagnostics());
  Reply reply;
  reply.with_header("X-Sygedok-Warnings", std::to_string(scores.diagnostics().size()));
  reply.content_type = "application/json";
  reply.body = std::move(scores).take();
  return reply;
}

std::optional<Reply> HandleplanCalendarEndpoint::check_head(const Poco::Net::HTTPServerRequest& request,
                                                            RequestContext& context) const {
  context.kind = "handleplan";
  return DocumentInputEndpoint::check_head(request, context);
}

Reply HandleplanCalendarEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  std::string json;
  if (auto refused = read_input(request, context, json)) return *refused;
  auto calendar = state_.engine.get()->handleplan_calendar(json);
  if (!calendar) return invalid_document(calendar.diagnostics());
  Reply reply;
  reply.with_header("X-Sygedok-Warnings", std::to_string(calendar.diagnostics().size()));
  reply.content_type = "text/calendar; charset=utf-8";
  reply.body = std::move(calendar).take();
  reply.with_header("Content-Disposition", "attachment; filename=\"handleplan.ics\"");
  return reply;
}

}  // namespace sygedok::http
