#pragma once
// The leaders' and MED dialogue tool (seed 003) as data: the five-point
// scale, the six building blocks of "Huset" and the questionnaires, one per
// target group (docs/dialogue.md). Built in: templates/dialogue/huset.json
// (scale and blocks) and templates/dialogue/<id>.json (a questionnaire);
// DIR/dialogue/*.json overlays them when a templates directory is given (a
// huset.json there replaces the scale and blocks, a questionnaire replaces
// the one with the same id or adds one). Immutable once loaded;
// thread-safe to share.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace sygedok::dialogue {

inline constexpr int kScaleSteps = 5;  // 1 "Slet ikke" … 5 "I meget høj grad"

struct BuildingBlock {
  std::string id;     // "systematiske_samtaler"
  std::string title;  // "Systematiske samtaler"
  std::string aim;    // one sentence: what doing well in this block means
};

struct Question {
  std::string id;     // "L18"
  std::string block;  // a BuildingBlock id
  std::string text;   // a statement the respondent scores
  bool higher_med = false;  // also suits MED committees higher in the organisation
};

struct Questionnaire {
  std::string id;        // "ledelse"
  std::string title;     // "Ledelsesgruppen eller lederen"
  std::string audience;  // who answers it, one or two sentences
  std::string intro;     // how to answer
  std::vector<Question> questions;  // in the order they are asked

  const Question* find(std::string_view question_id) const;
};

class DialogueTool {
 public:
  // Errors: "dialogue_error" for every problem of every file (unreadable,
  // bad JSON, a missing member, a scale that is not 1–5, a question in an
  // unknown block, a repeated id), all of them.
  static Result<std::shared_ptr<const DialogueTool>> load(const std::optional<std::string>& overlay_dir = {});

  const std::string& source() const { return source_; }
  const std::vector<std::string>& scale() const { return scale_; }  // the labels of 1 … 5
  const std::vector<BuildingBlock>& blocks() const { return blocks_; }
  const BuildingBlock* block(std::string_view id) const;
  const Questionnaire* questionnaire(std::string_view id) const;
  std::vector<const Questionnaire*> questionnaires() const;  // by id
  std::vector<std::string> questionnaire_ids() const;

 private:
  std::string source_;
  std::vector<std::string> scale_;
  std::vector<BuildingBlock> blocks_;
  std::map<std::string, Questionnaire, std::less<>> questionnaires_;
};

}  // namespace sygedok::dialogue
