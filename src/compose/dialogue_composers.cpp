#include "compose/dialogue_composers.h"

#include <cstdio>

#include "compose/template_data.h"
#include "dialogue/scores.h"
#include "model/danish_number.h"

namespace sygedok::compose {
namespace {

using kainjow::mustache::data;
using model::format_date_with_weekday;

// Signature lines per row of the signature block.
constexpr std::size_t kSignersPerRow = 3;

// "3,4": one decimal with a decimal comma, as the documents print scores.
std::string one_decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string result = text;
  for (char& c : result)
    if (c == '.') c = ',';
  return result;
}

data fact(std::string label, std::string value) {
  data row;
  row.set("label", std::move(label));
  row.set("value", std::move(value));
  return row;
}

// What every dialogue document shares: title, letterhead, running head, facts.
data header_data(const dialogue::GroupHeader& header, const std::string& title, data facts,
                 const TemplateStore& templates) {
  data values;
  values.set("title", title);
  values.set("letterhead", header.sender && header.date
                               ? letterhead_data(*header.sender, {*header.date, std::nullopt})
                               : data(false));
  data group;
  group.set("name", header.group ? data(*header.group) : data(""));
  values.set("employee", group);  // the running head's second column
  data document;
  document.set("case_reference", false);
  values.set("document", document);
  values.set("has_facts", !facts.is_empty_list());
  values.set("facts", facts);
  values.set("wording", wording_data(templates.profile()));
  return values;
}

// The facts table's rows; the questionnaire's only where the title does not name it.
data header_facts(const dialogue::GroupHeader& header, bool with_questionnaire) {
  data facts{data::type::list};
  if (header.group) facts.push_back(fact("Gruppe", *header.group));
  if (header.date) facts.push_back(fact("Dato", format_date_with_weekday(*header.date)));
  if (header.questionnaire && with_questionnaire) facts.push_back(fact("Spørgeskema", header.questionnaire->title));
  return facts;
}

data scale_data(const dialogue::DialogueTool& tool) {
  data scale{data::type::list};
  for (std::size_t i = 0; i < tool.scale().size(); ++i) {
    data step;
    step.set("value", std::to_string(i + 1));
    step.set("label", tool.scale()[i]);
    step.set("last", i + 1 == tool.scale().size());
    scale.push_back(step);
  }
  return scale;
}

Result<ComposedDocument> finish(const TemplateStore& templates, std::string_view template_name, const data& values,
                                DocumentInfo info, Diagnostics warnings) {
  auto markdown = templates.render(template_name, values);
  if (!markdown) {
    Diagnostics all = markdown.take_diagnostics();
    append(all, warnings);
    return Result<ComposedDocument>::failure(std::move(all));
  }
  ComposedDocument document{collapse_blank_lines(markdown.value()), std::move(info), warnings, std::nullopt,
                            std::nullopt, false, {}};
  return Result<ComposedDocument>::success(std::move(document), std::move(warnings));
}

DocumentInfo info_of(const dialogue::GroupHeader& header, std::string title) {
  DocumentInfo info;
  info.title = title;
  info.author = header.sender ? header.sender->name : "sygedok";
  info.subject = title + (header.group ? " – " + *header.group : "") +
                 (header.date ? " – " + model::format_date(*header.date) : "");
  return info;
}

data score_cells(const dialogue::Score& score) {
  data cells;
  cells.set("answers", std::to_string(score.answers));
  cells.set("mean", score.mean ? data(one_decimal(*score.mean)) : data("–"));
  cells.set("spread", score.spread ? data(one_decimal(*score.spread)) : data("–"));
  return cells;
}

}  // namespace

Result<ComposedDocument> compose_spoergeskema(const Poco::JSON::Object& input, const TemplateStore& templates,
                                              Delivery) {
  const dialogue::DialogueTool& tool = templates.dialogue();
  auto request = dialogue::read_questionnaire_request(input, tool);
  if (!request) return Result<ComposedDocument>::failure(request.take_diagnostics());
  const dialogue::GroupHeader& header = request.value().header;
  const dialogue::Questionnaire& questionnaire = *header.questionnaire;
  const std::string title = "Spørgeskema: " + questionnaire.title;
  data values = header_data(header, title, header_facts(header, false), templates);
  values.set("audience", questionnaire.audience);
  values.set("intro", questionnaire.intro);
  values.set("scale", scale_data(tool));
  data blocks{data::type::list};
  for (const auto& block : tool.blocks()) {
    data questions{data::type::list};
    for (const auto& question : questionnaire.questions) {
      if (question.block != block.id) continue;
      data entry;
      entry.set("id", question.id);
      entry.set("text", question.text);
      entry.set("higher_med", question.higher_med);
      questions.push_back(entry);
    }
    if (questions.is_empty_list()) continue;
    data entry;
    entry.set("title", block.title);
    entry.set("aim", block.aim);
    entry.set("questions", questions);
    blocks.push_back(entry);
  }
  values.set("blocks", blocks);
  bool any_higher_med = false;
  for (const auto& question : questionnaire.questions) any_higher_med = any_higher_med || question.higher_med;
  values.set("any_higher_med", any_higher_med);
  return finish(templates, "spoergeskema/spoergeskema", values, info_of(header, title), request.diagnostics());
}

Result<ComposedDocument> compose_dialogresultat(const Poco::JSON::Object& input, const TemplateStore& templates,
                                                Delivery) {
  const dialogue::DialogueTool& tool = templates.dialogue();
  auto answers = dialogue::read_dialogue_answers(input, tool);
  if (!answers) return Result<ComposedDocument>::failure(answers.take_diagnostics());
  const dialogue::GroupHeader& header = answers.value().header;
  const dialogue::Scores scores = dialogue::score_answers(answers.value(), tool);
  const std::string title = "Resultat af dialogværktøjet";
  data facts = header_facts(header, true);
  facts.push_back(fact("Besvarelser", std::to_string(scores.respondents)));
  data values = header_data(header, title, facts, templates);
  values.set("scale", scale_data(tool));
  values.set("scale_max", std::to_string(tool.scale().size()));
  values.set("low_mean", one_decimal(dialogue::kLowMean));
  values.set("wide_spread", one_decimal(dialogue::kWideSpread));
  values.set("max_candidates", model::count_in_words(static_cast<int>(dialogue::kMaxCandidates)));

  data chart{data::type::list}, blocks{data::type::list};
  for (const auto& block : scores.blocks) {
    data row = score_cells(block.score);
    row.set("title", block.block->title);
    chart.push_back(row);
    data questions{data::type::list};
    for (const auto& question : scores.questions) {
      if (question.question->block != block.block->id) continue;
      data entry = score_cells(question.score);
      entry.set("id", question.question->id);
      entry.set("text", question.question->text);
      questions.push_back(entry);
    }
    data entry = score_cells(block.score);
    entry.set("title", block.block->title);
    entry.set("questions", questions);
    blocks.push_back(entry);
  }
  values.set("chart", chart);
  values.set("blocks", blocks);

  data low{data::type::list}, spread{data::type::list};
  for (const auto& candidate : scores.candidates) {
    for (const auto& question : scores.questions) {
      if (question.question != candidate.question) continue;
      data entry = score_cells(question.score);
      entry.set("id", question.question->id);
      entry.set("text", question.question->text);
      (candidate.reason == dialogue::CandidateReason::Low ? low : spread).push_back(entry);
    }
  }
  values.set("low", low);
  values.set("spread_candidates", spread);
  values.set("has_low", !low.is_empty_list());
  values.set("has_spread", !spread.is_empty_list());
  values.set("no_candidates", scores.candidates.empty());

  data priorities{data::type::list};
  for (const auto& priority : answers.value().priorities) {
    data entry;
    entry.set("title", priority.block->title);
    entry.set("votes", priority.votes ? data(*priority.votes == 1 ? std::string("1 stemme")
                                                                  : std::to_string(*priority.votes) + " stemmer")
                                      : data(false));
    priorities.push_back(entry);
  }
  values.set("priorities", priorities.is_empty_list() ? data(false) : priorities);
  return finish(templates, "dialogresultat/dialogresultat", values, info_of(header, title), answers.diagnostics());
}

Result<ComposedDocument> compose_handleplan(const Poco::JSON::Object& input, const TemplateStore& templates,
                                            Delivery) {
  const dialogue::DialogueTool& tool = templates.dialogue();
  auto read = dialogue::read_handleplan(input, tool);
  if (!read) return Result<ComposedDocument>::failure(read.take_diagnostics());
  const dialogue::Handleplan& plan = read.value();
  const std::string title = "Handleplan";
  data facts = header_facts(plan.header, true);
  if (plan.next_round) facts.push_back(fact("Næste runde", format_date_with_weekday(*plan.next_round)));
  data values = header_data(plan.header, title, facts, templates);

  // The actions grouped by building block, in the tool's order.
  data blocks{data::type::list};
  for (const auto& block : tool.blocks()) {
    data actions{data::type::list};
    for (const auto& action : plan.actions) {
      if (action.block != &block) continue;
      data entry;
      entry.set("what", action.what);
      entry.set("who", action.who);
      entry.set("when", action.when);
      entry.set("effect", action.effect);
      entry.set("evidence", action.evidence);
      entry.set("follow_up", format_date_with_weekday(action.follow_up));
      actions.push_back(entry);
    }
    if (actions.is_empty_list()) continue;
    data entry;
    entry.set("title", block.title);
    entry.set("actions", actions);
    blocks.push_back(entry);
  }
  values.set("blocks", blocks);
  values.set("next_round", plan.next_round ? data(format_date_with_weekday(*plan.next_round)) : data(false));

  // Rows of at most kSignersPerRow lines, as even as they can be (4 → 2 + 2).
  const std::size_t row_count = (plan.signers.size() + kSignersPerRow - 1) / kSignersPerRow;
  const std::size_t per_row = row_count ? (plan.signers.size() + row_count - 1) / row_count : 1;
  data rows{data::type::list};
  for (std::size_t first = 0; first < plan.signers.size(); first += per_row) {
    data signers{data::type::list};
    std::string fields;
    bool has_roles = false;
    for (std::size_t i = first; i < std::min(first + per_row, plan.signers.size()); ++i) {
      data signer;
      signer.set("name", name_field(plan.signers[i].name));
      signer.set("role", plan.signers[i].role.value_or(""));
      has_roles = has_roles || plan.signers[i].role.has_value();
      signers.push_back(signer);
      fields += (fields.empty() ? "" : " ") + ("Underskrift" + std::to_string(i + 1));
    }
    data row;
    row.set("fields", fields);
    row.set("signers", signers);
    row.set("has_roles", has_roles);
    rows.push_back(row);
  }
  values.set("signature_rows", rows.is_empty_list() ? data(false) : rows);
  values.set("signing", !plan.signers.empty());
  return finish(templates, "handleplan/handleplan", values, info_of(plan.header, title), read.diagnostics());
}

}  // namespace sygedok::compose
