// The dialogue tool behind the engine's templates tree (its questionnaires;
// render/engine.h): the questionnaires as JSON, a group's scores and a
// handleplan's calendar file.
#include "dialogue/dialogue_json.h"
#include "dialogue/handleplan_calendar.h"
#include "model/json_input.h"
#include "render/engine.h"
#include "render/input_text_check.h"

namespace sygedok::render {
namespace {

// Reads `json` as in every document (NFC, characters the fonts lack
// refused) and hands the object to `read`, then `write` the value read.
template <typename Read, typename Write>
Result<std::string> read_and_write(std::string_view json, const font::FontFamily& fonts, Read read, Write write) {
  auto parsed = model::parse_json_object(json);
  if (!parsed) return Result<std::string>::failure(parsed.take_diagnostics());
  Diagnostics problems = normalize_and_check_text(*parsed.value(), fonts);
  auto value = read(*parsed.value());
  append(problems, value.take_diagnostics());
  if (!value || has_errors(problems)) return Result<std::string>::failure(std::move(problems));
  return Result<std::string>::success(write(value.value()), std::move(problems));
}

}  // namespace

std::string Engine::dialogue_questionnaires() const { return dialogue::tool_to_json(templates_->dialogue()); }

Result<std::string> Engine::dialogue_scores(std::string_view json) const {
  const dialogue::DialogueTool& tool = templates_->dialogue();
  return read_and_write(
      json, *fonts_, [&tool](const Poco::JSON::Object& input) { return dialogue::read_dialogue_answers(input, tool); },
      [&tool](const dialogue::DialogueAnswers& answers) {
        return dialogue::scores_to_json(dialogue::score_answers(answers, tool), answers);
      });
}

Result<std::string> Engine::handleplan_calendar(std::string_view json) const {
  const dialogue::DialogueTool& tool = templates_->dialogue();
  return read_and_write(
      json, *fonts_, [&tool](const Poco::JSON::Object& input) { return dialogue::read_handleplan(input, tool); },
      dialogue::handleplan_to_icalendar);
}

}  // namespace sygedok::render
