#pragma once
// The dialogue tool's routes beside its three document kinds
// (docs/dialogue.md):
//   GET  /v1/dialogue/questionnaires → 200 JSON: the scale, the building
//        blocks and every questionnaire (no personal data; public)
//   POST /v1/dialogue/scores   (the input of dialogresultat) → 200 JSON: the
//        scores per building block and question, the candidates and the
//        priorities; X-Sygedok-Warnings counts the warnings
//   POST /v1/dialogue/calendar (the input of handleplan) → 200 text/calendar:
//        the follow-up dates
// Bad input → 422 problem+json with every problem and its path. The head
// and body checks are the document endpoints'. Stateless apart from the
// shared ServiceState: thread-safe.
#include "http/document_endpoints.h"
#include "render/engine.h"

namespace sygedok::http {

class QuestionnairesEndpoint : public Endpoint {
 public:
  explicit QuestionnairesEndpoint(ServiceState& state) : state_(state) {}
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;

 private:
  ServiceState& state_;
};

// A POST route that reads a dialogue input and answers one text made from it
// (the scores' JSON, the handleplan's calendar file).
class DialogueOutputEndpoint : public DocumentInputEndpoint {
 public:
  struct Output {
    std::string_view kind;          // the input's kind, for the access log and metrics
    Result<std::string> (render::Engine::*make)(std::string_view json) const;
    std::string_view content_type;
    std::string_view file_name;     // Content-Disposition: attachment; empty: inline
  };
  DialogueOutputEndpoint(ServiceState& state, Output output) : DocumentInputEndpoint(state), output_(output) {}
  std::optional<Reply> check_head(const Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;

 private:
  Output output_;
};

inline constexpr DialogueOutputEndpoint::Output kDialogueScores{"dialogresultat", &render::Engine::dialogue_scores,
                                                                "application/json", ""};
inline constexpr DialogueOutputEndpoint::Output kHandleplanCalendar{
    "handleplan", &render::Engine::handleplan_calendar, "text/calendar; charset=utf-8", "handleplan.ics"};

}  // namespace sygedok::http
