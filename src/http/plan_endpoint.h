#pragma once
// POST /v1/plan → 200 {"plan": {…}, "warnings": [...]}: the follow-up plan
// for a plan request (plan/plan_request.h, docs/planning.md); with
// Accept: text/calendar the plan's iCalendar file instead
// (plan/plan_calendar.h), X-Sygedok-Warnings counting the warnings; with
// Accept: application/pdf the overview PDF (the kind opfoelgningsplan); 422
// problem+json with every problem and its path for a request that cannot
// be planned. The head and body checks are the document endpoints' (engine
// loaded, JSON, size, deadline, syntax). Stateless apart from the shared
// ServiceState: thread-safe.
#include "http/document_endpoints.h"

namespace sygedok::http {

class PlanEndpoint : public DocumentInputEndpoint {
 public:
  using DocumentInputEndpoint::DocumentInputEndpoint;
  std::optional<Reply> check_head(const Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

}  // namespace sygedok::http
