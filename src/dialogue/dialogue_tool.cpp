#include "dialogue/dialogue_tool.h"

#include <algorithm>
#include <set>

#include "model/data_files.h"
#include "model/json_input.h"
#include "model/json_reader.h"

namespace sygedok::dialogue {
namespace {

using model::JsonReader;
using model::Presence;
using ToolResult = Result<std::shared_ptr<const DialogueTool>>;

constexpr std::size_t kMaxFileBytes = 256 * 1024;
constexpr std::string_view kHouseFile = "huset.json";

bool is_id(std::string_view id) {
  return !id.empty() && id.size() <= 40 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string read_id(JsonReader& reader, std::string_view label) {
  auto id = reader.text("id", label, Presence::Required).value_or("");
  if (!id.empty() && !is_id(id))
    reader.report_error("id", "invalid", "»" + id + "« er intet gyldigt id (bogstaver a–z, cifre og _).");
  return id;
}

// An id used once in its list; a repeat is an error at the item's "id".
void check_unique(JsonReader& item, const std::string& id, std::set<std::string>& seen) {
  if (!id.empty() && !seen.insert(id).second) item.report_error("id", "duplicate", "Id'et »" + id + "« er brugt før.");
}

// Every problem of one file as a "dialogue_error" that names the file and the member.
Diagnostics as_file_errors(const Diagnostics& found, const std::string& origin) {
  Diagnostics errors;
  for (const auto& d : found)
    if (d.severity == Severity::Error || d.code == "unknown_field")
      errors.push_back(error("", "dialogue_error",
                             "Dialogværktøjet »" + origin + "«" + (d.path.empty() ? "" : ", " + d.path) + ": " +
                                 d.message));
  return errors;
}

struct House {
  std::string source;
  std::vector<std::string> scale;
  std::vector<BuildingBlock> blocks;
};

House read_house(JsonReader& reader) {
  House house;
  house.source = reader.text("source", "kilden", Presence::Required).value_or("");
  for (auto& step : reader.object_list("scale", "skalaen", "trin", Presence::Required)) {
    auto value = step.reader.number("value", "trinnets værdi", Presence::Required, 1, kScaleSteps);
    auto label = step.reader.text("label", "trinnets ord", Presence::Required);
    step.reader.warn_unknown_fields();
    if (value && *value != static_cast<double>(step.index + 1))
      step.reader.report_error("value", "out_of_range", "Skalaens trin skal have værdierne 1 til 5 i rækkefølge.");
    house.scale.push_back(label.value_or(""));
  }
  if (house.scale.size() != kScaleSteps)
    reader.report_error("scale", "out_of_range", "Skalaen skal have netop fem trin.");
  std::set<std::string> ids;
  for (auto& item : reader.object_list("building_blocks", "byggestenene", "byggesten", Presence::Required)) {
    BuildingBlock block;
    block.id = read_id(item.reader, "byggestenens id");
    block.title = item.reader.text("title", "byggestenens navn", Presence::Required).value_or("");
    block.aim = item.reader.text("aim", "byggestenens mål", Presence::Required, model::kLineTextLength).value_or("");
    item.reader.warn_unknown_fields();
    check_unique(item.reader, block.id, ids);
    house.blocks.push_back(std::move(block));
  }
  reader.warn_unknown_fields();
  return house;
}

Questionnaire read_questionnaire(JsonReader& reader) {
  Questionnaire questionnaire;
  questionnaire.id = read_id(reader, "spørgeskemaets id");
  questionnaire.title = reader.text("title", "spørgeskemaets titel", Presence::Required).value_or("");
  questionnaire.audience = reader.text("audience", "målgruppen", Presence::Required, model::kLineTextLength).value_or("");
  questionnaire.intro = reader.text("intro", "vejledningen", Presence::Required, model::kLineTextLength).value_or("");
  std::set<std::string> ids;
  for (auto& item : reader.object_list("questions", "spørgsmålene", "spørgsmål", Presence::Required)) {
    Question question;
    question.id = read_id(item.reader, "spørgsmålets id");
    question.block = item.reader.text("block", "spørgsmålets byggesten", Presence::Required).value_or("");
    question.text = item.reader.text("text", "spørgsmålets tekst", Presence::Required, model::kLineTextLength).value_or("");
    question.higher_med = item.reader.boolean("higher_med", "mærket for højere MED-udvalg", Presence::Optional).value_or(false);
    item.reader.warn_unknown_fields();
    check_unique(item.reader, question.id, ids);
    questionnaire.questions.push_back(std::move(question));
  }
  reader.warn_unknown_fields();
  return questionnaire;
}

}  // namespace

const Question* Questionnaire::find(std::string_view question_id) const {
  for (const auto& question : questions)
    if (question.id == question_id) return &question;
  return nullptr;
}

ToolResult DialogueTool::load(const std::optional<std::string>& overlay_dir) {
  Diagnostics problems;
  auto tool = std::make_shared<DialogueTool>();
  std::map<std::string, std::string> origins;  // questionnaire id → file, for the block check
  bool has_house = false;
  for (const auto& file : model::builtin_and_overlay_files("templates/dialogue/", overlay_dir, "dialogue",
                                                           kMaxFileBytes, "dialogue_error", problems)) {
    auto parsed = model::parse_json_object(file.text);
    if (!parsed) {
      append(problems, as_file_errors(parsed.diagnostics(), file.origin));
      continue;
    }
    Diagnostics found;
    JsonReader reader(*parsed.value(), "", found);
    if (file.origin.ends_with(kHouseFile)) {
      House house = read_house(reader);
      if (found.empty()) {
        tool->source_ = std::move(house.source);
        tool->scale_ = std::move(house.scale);
        tool->blocks_ = std::move(house.blocks);
        has_house = true;
      }
    } else {
      Questionnaire questionnaire = read_questionnaire(reader);
      if (found.empty()) {
        origins[questionnaire.id] = file.origin;
        tool->questionnaires_[questionnaire.id] = std::move(questionnaire);
      }
    }
    append(problems, as_file_errors(found, file.origin));
  }
  if (!has_house && problems.empty())
    problems.push_back(error("", "dialogue_error", "Dialogværktøjets huset.json (skala og byggesten) mangler."));
  for (const auto& [id, questionnaire] : tool->questionnaires_)
    for (const auto& question : questionnaire.questions)
      if (has_house && !tool->block(question.block))
        problems.push_back(error("", "dialogue_error",
                                 "Dialogværktøjet »" + origins[id] + "«, spørgsmål " + question.id +
                                     ": byggestenen »" + question.block + "« findes ikke i huset.json."));
  if (!problems.empty()) return ToolResult::failure(std::move(problems));
  return ToolResult::success(std::move(tool));
}

const BuildingBlock* DialogueTool::block(std::string_view id) const {
  for (const auto& block : blocks_)
    if (block.id == id) return &block;
  return nullptr;
}

const Questionnaire* DialogueTool::questionnaire(std::string_view id) const {
  const auto found = questionnaires_.find(id);
  return found == questionnaires_.end() ? nullptr : &found->second;
}

std::vector<const Questionnaire*> DialogueTool::questionnaires() const {
  std::vector<const Questionnaire*> all;
  for (const auto& [id, questionnaire] : questionnaires_) all.push_back(&questionnaire);
  return all;
}

std::vector<std::string> DialogueTool::questionnaire_ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, questionnaire] : questionnaires_) ids.push_back(id);
  return ids;
}

}  // namespace sygedok::dialogue
