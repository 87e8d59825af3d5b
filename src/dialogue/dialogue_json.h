#pragma once
// The dialogue tool as JSON for the web page and other systems
// (docs/dialogue.md): GET /v1/dialogue/questionnaires (the scale, the
// building blocks and every questionnaire) and POST /v1/dialogue/scores
// (the scores of scores.h; means and spreads rounded to two decimals, null
// without answers). Pure functions; thread-safe.
#include <string>

#include "dialogue/scores.h"

namespace sygedok::dialogue {

std::string tool_to_json(const DialogueTool& tool);
std::string scores_to_json(const Scores& scores, const DialogueAnswers& answers);

}  // namespace sygedok::dialogue
