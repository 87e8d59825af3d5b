#pragma once
// The dialogue tool's three documents (dialogue/, docs/dialogue.md):
//   spoergeskema    the questionnaire of one target group to print and
//                   fill in by hand: per building block its aim and a table
//                   of statements with a tick box per step of the scale
//   dialogresultat  the group's scores: a chart of the building blocks'
//                   means and spreads (the table marked
//                   <!-- sygedok:score-chart -->, layout/score_chart.h), the
//                   candidates for the dialogue, the chosen priorities and
//                   every statement's scores
//   handleplan      per action its building block, what, who, when, the
//                   hoped-for effect, how it will be seen and the follow-up
//                   date; signature lines when the input names signers
// None goes to an employee: no Digital Post sentences. Stateless;
// thread-safe.
#include <Poco/JSON/Object.h>

#include "compose/composed_document.h"
#include "compose/template_store.h"
#include "core/result.h"

namespace sygedok::compose {

Result<ComposedDocument> compose_spoergeskema(const Poco::JSON::Object& input, const TemplateStore& templates,
                                              Delivery delivery);
Result<ComposedDocument> compose_dialogresultat(const Poco::JSON::Object& input, const TemplateStore& templates,
                                                Delivery delivery);
Result<ComposedDocument> compose_handleplan(const Poco::JSON::Object& input, const TemplateStore& templates,
                                            Delivery delivery);

}  // namespace sygedok::compose
