#include "dialogue/dialogue_requests.h"

#include <set>

#include "model/json_reader.h"

namespace sygedok::dialogue {
namespace {

using model::JsonReader;
using model::Presence;

template <typename T>
Result<T> finish(T value, Diagnostics found) {
  for (const auto& d : found)
    if (d.severity == Severity::Error) return Result<T>::failure(std::move(found));
  return Result<T>::success(std::move(value), std::move(found));
}

GroupHeader read_header(JsonReader& reader, const DialogueTool& tool, Presence questionnaire_presence,
                        Presence group_presence) {
  GroupHeader header;
  const auto ids = tool.questionnaire_ids();
  const std::vector<std::string_view> allowed(ids.begin(), ids.end());
  if (auto id = reader.known_value("questionnaire", "spørgeskemaet", questionnaire_presence, allowed))
    header.questionnaire = tool.questionnaire(*id);
  header.group = reader.text("group", "gruppens navn", group_presence);
  header.date = reader.date("date", "datoen", group_presence);
  if (reader.has("sender")) header.sender = model::read_sender(reader);
  if (header.sender && !reader.has("date"))
    reader.report_error("date", "required", "Datoen mangler: brevhovedet med afsenderen viser datoen.");
  return header;
}

const BuildingBlock* read_block(model::ListItem& item, const DialogueTool& tool) {
  std::vector<std::string_view> ids;
  for (const auto& block : tool.blocks()) ids.push_back(block.id);
  auto id = item.reader.known_value("block", "byggestenen", Presence::Required, ids);
  return id ? tool.block(*id) : nullptr;
}

Respondent read_respondent(model::ListItem& item, const Questionnaire* questionnaire) {
  Respondent respondent;
  auto answers = item.reader.object("answers", "svarene", Presence::Required);
  item.reader.warn_unknown_fields();
  if (!answers) return respondent;
  for (const auto& id : answers->member_names()) {
    if (questionnaire && !questionnaire->find(id)) {
      answers->report_error(id, "unknown_value",
                            "Spørgsmålet »" + id + "« findes ikke i spørgeskemaet »" + questionnaire->id + "«.");
      continue;
    }
    const std::string label = "svaret på spørgsmål " + id;
    if (auto score = answers->number(id, label, Presence::Optional, 1, kScaleSteps)) {
      if (*score != static_cast<int>(*score))
        answers->report_error(id, "out_of_range", "Svaret på spørgsmål " + id + " skal være et helt tal fra 1 til 5.");
      else
        respondent.answers[id] = static_cast<int>(*score);
    }
  }
  return respondent;
}

}  // namespace

Result<QuestionnaireRequest> read_questionnaire_request(const Poco::JSON::Object& input, const DialogueTool& tool) {
  Diagnostics found;
  JsonReader reader(input, "", found);
  QuestionnaireRequest request{read_header(reader, tool, Presence::Required, Presence::Optional)};
  reader.warn_unknown_fields();
  return finish(std::move(request), std::move(found));
}

Result<DialogueAnswers> read_dialogue_answers(const Poco::JSON::Object& input, const DialogueTool& tool) {
  Diagnostics found;
  JsonReader reader(input, "", found);
  DialogueAnswers answers;
  answers.header = read_header(reader, tool, Presence::Required, Presence::Required);
  for (auto& item : reader.object_list("respondents", "besvarelserne", "besvarelse", Presence::Required,
                                       kMaxRespondents))
    answers.respondents.push_back(read_respondent(item, answers.header.questionnaire));
  std::set<const BuildingBlock*> chosen;
  for (auto& item : reader.object_list("priorities", "prioriteterne", "prioritet", Presence::Optional)) {
    Priority priority{read_block(item, tool), std::nullopt};
    if (auto votes = item.reader.number("votes", "antallet af stemmer", Presence::Optional, 0, 10000))
      priority.votes = static_cast<int>(*votes);
    item.reader.warn_unknown_fields();
    if (priority.block && !chosen.insert(priority.block).second)
      item.reader.report_error("block", "duplicate", "Byggestenen »" + priority.block->title + "« er valgt før.");
    if (priority.block) answers.priorities.push_back(priority);
  }
  reader.warn_unknown_fields();
  return finish(std::move(answers), std::move(found));
}

Result<Handleplan> read_handleplan(const Poco::JSON::Object& input, const DialogueTool& tool) {
  Diagnostics found;
  JsonReader reader(input, "", found);
  Handleplan plan;
  plan.header = read_header(reader, tool, Presence::Optional, Presence::Required);
  for (auto& item : reader.object_list("actions", "handlingerne", "handling", Presence::Required)) {
    Action action;
    action.block = read_block(item, tool);
    const auto text = [&item](std::string_view key, std::string_view label) {
      return item.reader.text(key, label, Presence::Required, model::kLineTextLength).value_or("");
    };
    action.what = text("what", "hvad I vil gøre");
    action.who = text("who", "hvem der gør hvad");
    action.when = item.reader.text("when", "hvornår", Presence::Required).value_or("");
    action.effect = text("effect", "den effekt, I håber på");
    action.evidence = text("evidence", "hvordan I vil se effekten");
    auto follow_up = item.reader.date("follow_up", "opfølgningsdatoen", Presence::Required);
    item.reader.warn_unknown_fields();
    if (follow_up && plan.header.date && *follow_up < *plan.header.date)
      item.reader.report_error("follow_up", "before_date",
                               "Opfølgningsdatoen ligger før handleplanens dato " +
                                   model::format_date(*plan.header.date) + ".");
    if (follow_up) action.follow_up = *follow_up;
    plan.actions.push_back(std::move(action));
  }
  plan.next_round = reader.date("next_round", "datoen for næste runde", Presence::Optional);
  if (plan.next_round && plan.header.date && *plan.next_round < *plan.header.date)
    reader.report_error("next_round", "before_date",
                        "Næste runde ligger før handleplanens dato " + model::format_date(*plan.header.date) + ".");
  for (auto& item : reader.object_list("signers", "underskriverne", "underskriver", Presence::Optional, kMaxSigners)) {
    if (auto signer = model::read_participant(item.reader, "underskriverens navn", "underskriverens rolle"))
      plan.signers.push_back({signer->name, signer->role});
  }
  reader.warn_unknown_fields();
  return finish(std::move(plan), std::move(found));
}

}  // namespace sygedok::dialogue
