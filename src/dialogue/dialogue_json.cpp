#include "dialogue/dialogue_json.h"

#include <cstdio>

#include "core/json_writer.h"

namespace sygedok::dialogue {
namespace {

void decimal(JsonWriter& out, const std::optional<double>& value) {
  if (!value) {
    out.raw("null");
    return;
  }
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", *value);
  out.raw(text);
}

void optional_int(JsonWriter& out, const std::optional<int>& value) {
  if (value) out.number(*value);
  else out.raw("null");
}

void score_members(JsonWriter& out, const Score& score) {
  out.key("answers").number(score.answers);
  out.key("mean");
  decimal(out, score.mean);
  out.key("spread");
  decimal(out, score.spread);
  out.key("min");
  optional_int(out, score.lowest);
  out.key("max");
  optional_int(out, score.highest);
  out.key("counts").begin_array();
  for (int count : score.counts) out.number(count);
  out.end_array();
}

}  // namespace

std::string tool_to_json(const DialogueTool& tool) {
  JsonWriter out;
  out.begin_object().key("source").value(tool.source()).key("scale").begin_array();
  for (std::size_t i = 0; i < tool.scale().size(); ++i)
    out.begin_object().key("value").number(static_cast<int>(i) + 1).key("label").value(tool.scale()[i]).end_object();
  out.end_array().key("building_blocks").begin_array();
  for (const auto& block : tool.blocks())
    out.begin_object().key("id").value(block.id).key("title").value(block.title).key("aim").value(block.aim).end_object();
  out.end_array().key("questionnaires").begin_array();
  for (const Questionnaire* questionnaire : tool.questionnaires()) {
    out.begin_object()
        .key("id").value(questionnaire->id)
        .key("title").value(questionnaire->title)
        .key("audience").value(questionnaire->audience)
        .key("intro").value(questionnaire->intro)
        .key("questions").begin_array();
    for (const auto& question : questionnaire->questions)
      out.begin_object()
          .key("id").value(question.id)
          .key("block").value(question.block)
          .key("text").value(question.text)
          .key("higher_med").boolean(question.higher_med)
          .end_object();
    out.end_array().end_object();
  }
  out.end_array().end_object();
  return out.take();
}

std::string scores_to_json(const Scores& scores, const DialogueAnswers& answers) {
  JsonWriter out;
  out.begin_object()
      .key("questionnaire").value(answers.header.questionnaire->id)
      .key("respondents").number(scores.respondents)
      .key("blocks").begin_array();
  for (const auto& block : scores.blocks) {
    out.begin_object().key("id").value(block.block->id).key("title").value(block.block->title);
    score_members(out, block.score);
    out.end_object();
  }
  out.end_array().key("questions").begin_array();
  for (const auto& question : scores.questions) {
    out.begin_object()
        .key("id").value(question.question->id)
        .key("block").value(question.question->block)
        .key("text").value(question.question->text);
    score_members(out, question.score);
    out.end_object();
  }
  out.end_array().key("candidates").begin_array();
  for (const auto& candidate : scores.candidates)
    out.begin_object()
        .key("question").value(candidate.question->id)
        .key("reason").value(kCandidateReasonCodes[static_cast<std::size_t>(candidate.reason)])
        .end_object();
  out.end_array().key("priorities").begin_array();
  for (const auto& priority : answers.priorities) {
    out.begin_object().key("block").value(priority.block->id).key("title").value(priority.block->title).key("votes");
    optional_int(out, priority.votes);
    out.end_object();
  }
  out.end_array().end_object();
  return out.take();
}

}  // namespace sygedok::dialogue
