#pragma once
// The follow-up plan (plan/) as a document for the manager, the kind
// "opfoelgningsplan" (docs/planning.md, "The overview"): the facts, a
// timeline figure (the table marked <!-- sygedok:timeline START TODAY -->,
// layout/timeline.h) and the items grouped by state, each with its dates,
// purpose and source. Its input is the plan request (plan/plan_request.h).
// Stateless; thread-safe.
#include <Poco/JSON/Object.h>

#include "compose/composed_document.h"
#include "compose/template_store.h"
#include "core/result.h"
#include "plan/planner.h"

namespace sygedok::compose {

// Reads a plan request and plans it under the request's policy or else the
// profile's, beside the law's minimum, with the request's or the profile's
// notice. An unknown policy is an error at "policy" naming the known ones.
// The plan refers to the store's policies: it must not outlive the store.
Result<plan::Plan> plan_for_request(const Poco::JSON::Object& input, const TemplateStore& templates);

Result<ComposedDocument> compose_opfoelgningsplan(const Poco::JSON::Object& input, const TemplateStore& templates,
                                                  Delivery delivery);

}  // namespace sygedok::compose
