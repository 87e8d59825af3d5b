#include "plan/policy.h"

#include <algorithm>
#include <set>

#include "model/json_input.h"
#include "model/json_reader.h"

namespace sygedok::plan {
namespace {

using model::JsonReader;
using model::Presence;

template <std::size_t N>
std::optional<std::size_t> index_of(const std::array<std::string_view, N>& codes, std::string_view code) {
  const auto found = std::find(codes.begin(), codes.end(), code);
  if (found == codes.end()) return std::nullopt;
  return static_cast<std::size_t>(found - codes.begin());
}

// "after_days"/"after_months" (or by_…) as one offset; both may be given.
std::optional<Offset> read_offset(JsonReader& rule, std::string_view prefix, std::string_view label) {
  const std::string days_key = std::string(prefix) + "_days", months_key = std::string(prefix) + "_months";
  auto days = rule.number(days_key, std::string(label) + " i dage", Presence::Optional, 0, 3650);
  auto months = rule.number(months_key, std::string(label) + " i måneder", Presence::Optional, 0, 120);
  if (!days && !months) return std::nullopt;
  return Offset{days ? static_cast<int>(*days) : 0, months ? static_cast<int>(*months) : 0};
}

std::vector<Condition> read_conditions(JsonReader& rule, std::string_view key) {
  std::vector<Condition> conditions;
  const auto codes = rule.text_list(key, "betingelserne", Presence::Optional);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (auto index = index_of(kConditionCodes, codes[i]))
      conditions.push_back(static_cast<Condition>(*index));
    else
      rule.report_error(model::numbered(key, i), "unknown_value", "»" + codes[i] + "« er ingen kendt betingelse.");
  }
  return conditions;
}

std::optional<FrequentAbsenceThreshold> read_threshold(JsonReader& rule) {
  auto object = rule.object("frequent_absence", "grænsen for hyppigt fravær", Presence::Optional);
  if (!object) return std::nullopt;
  FrequentAbsenceThreshold threshold;
  auto periods = object->number("periods", "antallet af fraværsperioder", Presence::Optional, 2, 100);
  auto days = object->number("working_days", "antallet af fraværsdage", Presence::Optional, 1, 180);
  auto months = object->number("window_months", "perioden i måneder", Presence::Required, 1, 24);
  object->warn_unknown_fields();
  if (periods.has_value() == days.has_value()) {
    object->report_error("", "conflict", "Angiv enten periods eller working_days.");
    return std::nullopt;
  }
  threshold.periods = periods ? static_cast<int>(*periods) : 0;
  threshold.working_days = days ? static_cast<int>(*days) : 0;
  if (months) threshold.window_months = static_cast<int>(*months);
  return threshold;
}

Rule read_rule(JsonReader& reader, const std::set<std::string>& earlier_ids) {
  Rule rule;
  rule.id = reader.text("id", "reglens id", Presence::Required).value_or("");
  if (auto what = reader.choice("what", "hvad reglen beder om", Presence::Required, kItemKindCodes))
    rule.what = static_cast<ItemKind>(*index_of(kItemKindCodes, *what));
  rule.title = reader.text("title", "overskriften", Presence::Required).value_or("");
  rule.purpose = reader.text("purpose", "formålet", Presence::Required, model::kLineTextLength).value_or("");
  if (auto obligation = reader.choice("obligation", "pligten", Presence::Required, kObligationCodes))
    rule.obligation = static_cast<Obligation>(*index_of(kObligationCodes, *obligation));
  rule.source = reader.text("source", "kilden", Presence::Required).value_or("");
  rule.start = reader.text("start", "starten", Presence::Required).value_or("first_day");
  rule.after = read_offset(reader, "after", "tidligst");
  rule.by = read_offset(reader, "by", "senest");
  if (auto repeat = reader.object("repeat", "gentagelsen", Presence::Optional)) {
    rule.repeat_every = read_offset(*repeat, "every", "intervallet");
    repeat->warn_unknown_fields();
    if (!rule.repeat_every || (rule.repeat_every->days == 0 && rule.repeat_every->months == 0))
      repeat->report_error("", "required", "Gentagelsen skal have every_days eller every_months over 0.");
  }
  rule.conditions_if = read_conditions(reader, "if");
  rule.conditions_unless = read_conditions(reader, "unless");
  rule.frequent_absence = read_threshold(reader);
  rule.done_by = reader.text_list("done_by", "det, der opfylder reglen", Presence::Required);
  for (std::size_t i = 0; i < rule.done_by.size(); ++i)
    if (!index_of(kEventTypeCodes, rule.done_by[i]))
      reader.report_error(model::numbered("done_by", i), "unknown_value",
                          "»" + rule.done_by[i] + "« er ingen kendt hændelse.");
  if (auto document = reader.object("document", "dokumentet", Presence::Optional)) {
    DocumentLink link;
    link.kind = document->text("kind", "dokumenttypen", Presence::Required).value_or("");
    link.type = document->text("type", "samtaletypen", Presence::Optional);
    document->warn_unknown_fields();
    rule.document = std::move(link);
  }
  reader.warn_unknown_fields();

  const bool from_threshold = rule.start == "frequent_absence";
  if (rule.start != "first_day" && !from_threshold && !earlier_ids.contains(rule.start))
    reader.report_error("start", "unknown_value",
                        "»" + rule.start + "« er hverken first_day, frequent_absence eller en tidligere regels id.");
  if (from_threshold != rule.frequent_absence.has_value())
    reader.report_error("frequent_absence", "conflict",
                        "frequent_absence hører til en regel med start frequent_absence, og kun dertil.");
  if (!from_threshold && !rule.after && !rule.by)
    reader.report_error("", "required", "Reglen skal have mindst én af after_days, after_months, by_days og by_months.");
  return rule;
}

}  // namespace

Result<Policy> parse_policy(std::string_view json, const std::string& origin) {
  const auto problem = [&origin](const Diagnostic& d) {
    return error("", "policy_error",
                 "Politikken »" + origin + "«" + (d.path.empty() ? "" : ", " + d.path) + ": " + d.message);
  };
  auto parsed = model::parse_json_object(json);
  if (!parsed) {
    Diagnostics errors;
    for (const auto& d : parsed.diagnostics()) errors.push_back(problem(d));
    return Result<Policy>::failure(std::move(errors));
  }
  Diagnostics found;
  JsonReader reader(*parsed.value(), "", found);
  Policy policy;
  policy.id = reader.text("id", "politikkens id", Presence::Required).value_or("");
  policy.name = reader.text("name", "politikkens navn", Presence::Required).value_or("");
  policy.source = reader.text("source", "politikkens kilde", Presence::Required).value_or("");
  std::set<std::string> ids;
  for (auto& item : reader.object_list("rules", "reglerne", "regel", Presence::Required)) {
    Rule rule = read_rule(item.reader, ids);
    if (!rule.id.empty() && !ids.insert(rule.id).second)
      item.reader.report_error("id", "duplicate", "Id'et »" + rule.id + "« er brugt før.");
    policy.rules.push_back(std::move(rule));
  }
  reader.warn_unknown_fields();
  // A policy is the service's own configuration: every doubt stops the start.
  if (!found.empty()) {
    Diagnostics errors;
    for (const auto& d : found) errors.push_back(problem(d));
    return Result<Policy>::failure(std::move(errors));
  }
  return Result<Policy>::success(std::move(policy));
}

}  // namespace sygedok::plan
