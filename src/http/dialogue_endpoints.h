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

namespace sygedok::http {

class QuestionnairesEndpoint : public Endpoint {
 public:
  explicit QuestionnairesEndpoint(ServiceState& state) : state_(state) {}
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;

 private:
  ServiceState& state_;
};

class DialogueScoresEndpoint : public DocumentInputEndpoint {
 public:
  using DocumentInputEndpoint::DocumentInputEndpoint;
  std::optional<Reply> check_head(const Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

class HandleplanCalendarEndpoint : public DocumentInputEndpoint {
 public:
  using DocumentInputEndpoint::DocumentInputEndpoint;
  std::optional<Reply> check_head(const Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

}  // namespace sygedok::http
