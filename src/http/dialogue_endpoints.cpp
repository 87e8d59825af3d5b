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

std::optional<Reply> DialogueOutputEndpoint::check_head(const Poco::Net::HTTPServerRequest& request,
                                                        RequestContext& context) const {
  context.kind = std::string(output_.kind);
  return DocumentInputEndpoint::check_head(request, context);
}

Reply DialogueOutputEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  std::string json;
  if (auto refused = read_input(request, context, json)) return *refused;
  auto made = (state_.engine.get().get()->*output_.make)(json);
  if (!made) return invalid_document(made.diagnostics());
  Reply reply;
  reply.with_header("X-Sygedok-Warnings", std::to_string(made.diagnostics().size()));
  reply.content_type = std::string(output_.content_type);
  reply.body = std::move(made).take();
  if (!output_.file_name.empty())
    reply.with_header("Content-Disposition", "attachment; filename=\"" + std::string(output_.file_name) + "\"");
  return reply;
}

}  // namespace sygedok::http
