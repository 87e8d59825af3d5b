#include "plan/plan_json.h"

#include "core/json_writer.h"

namespace sygedok::plan {
namespace {

void write_policy(JsonWriter& json, const Policy& policy) {
  json.begin_object();
  json.key("id").value(policy.id).key("name").value(policy.name).key("source").value(policy.source);
  json.end_object();
}

// 6 → "6", 6.5 → "6.5": a count of periods or (half) days.
std::string count_text(double count) {
  std::string text = std::to_string(static_cast<long>(count * 10 + 0.5) / 10);
  const long tenths = static_cast<long>(count * 10 + 0.5) % 10;
  return tenths == 0 ? text : text + "." + std::to_string(tenths);
}

void write_date(JsonWriter& json, std::string_view key, const std::optional<model::Date>& date) {
  if (date) json.key(key).value(model::to_iso(*date));
}

// The start of the document's request, for a form to open prefilled or a
// system to complete: only members the document kind reads.
void write_request_skeleton(JsonWriter& json, const DocumentLink& document, const Plan& plan) {
  const PlanRequest& request = plan.request;
  json.key("request").begin_object();
  json.key("document").begin_object().key("date").value(model::to_iso(plan.as_of)).end_object();
  json.key("employee").begin_object().key("name").value(request.employee.name);
  if (request.employee.cpr) json.key("cpr").value(request.employee.cpr->text);
  json.end_object();
  if (request.absence) json.key("absence").begin_object().key("first_day").value(model::to_iso(request.absence->first_day)).end_object();
  if (document.kind == "indkaldelse" && document.type) {
    json.key("meeting").begin_object().key("type").value(*document.type).end_object();
    if (*document.type == "spredt_fravaer") {
      json.key("absence_periods").begin_array();
      for (const auto& period : request.absence_periods) {
        json.begin_object().key("from").value(model::to_iso(period.from));
        if (period.to != period.from) json.key("to").value(model::to_iso(period.to));
        if (period.days) json.key("days").raw(count_text(*period.days));
        json.end_object();
      }
      json.end_array();
    }
  }
  if (document.kind == "notat" && document.type)
    json.key("note").begin_object().key("type").value(*document.type).end_object();
  json.end_object();
}

void write_item(JsonWriter& json, const PlanItem& item, const Plan& plan) {
  const Rule& rule = *item.rule;
  json.begin_object();
  json.key("id").value(item.id);
  json.key("what").value(kItemKindCodes[static_cast<std::size_t>(rule.what)]);
  json.key("title").value(rule.title);
  json.key("purpose").value(rule.purpose);
  json.key("obligation").value(kObligationCodes[static_cast<std::size_t>(rule.obligation)]);
  json.key("state").value(kItemStateCodes[static_cast<std::size_t>(item.state)]);
  write_date(json, "earliest", item.earliest);
  write_date(json, "latest", item.latest);
  write_date(json, "summons_by", item.summons_by);
  write_date(json, "done_on", item.done_on);
  if (!item.done_by.empty()) json.key("done_by").value(item.done_by);
  json.key("occurrence").number(item.occurrence);
  json.key("policy").value(item.policy->id);
  json.key("source").value(rule.source);
  if (!item.assumed.empty()) {
    json.key("assumes").begin_array();
    for (Condition c : item.assumed) json.value(condition_phrase(c));
    json.end_array();
  }
  if (item.frequent_absence) {
    const bool periods = rule.frequent_absence->periods > 0;
    json.key("frequent_absence").begin_object();
    json.key("crossed_on").value(model::to_iso(item.frequent_absence->on));
    json.key("window_from").value(model::to_iso(item.frequent_absence->window_from));
    json.key("count").raw(count_text(item.frequent_absence->count));
    json.key("unit").value(periods ? "perioder" : "arbejdsdage");
    json.end_object();
  }
  if (rule.document) {
    json.key("document").begin_object().key("kind").value(rule.document->kind);
    if (rule.document->type) json.key("type").value(*rule.document->type);
    json.end_object();
    if (item.state != ItemState::Done) write_request_skeleton(json, *rule.document, plan);
  }
  json.end_object();
}

}  // namespace

std::string plan_to_json(const Plan& plan) {
  JsonWriter json;
  json.begin_object();
  json.key("as_of").value(model::to_iso(plan.as_of));
  json.key("policies").begin_array();
  write_policy(json, *plan.national);
  if (plan.local) write_policy(json, *plan.local);
  json.end_array();
  json.key("notice_working_days").number(plan.notice_working_days);
  int counts[kItemStateCodes.size()] = {};
  for (const auto& item : plan.items) ++counts[static_cast<std::size_t>(item.state)];
  json.key("summary").begin_object();
  for (std::size_t i = 0; i < kItemStateCodes.size(); ++i) json.key(kItemStateCodes[i]).number(counts[i]);
  json.end_object();
  json.key("items").begin_array();
  for (const auto& item : plan.items) write_item(json, item, plan);
  json.end_array();
  json.end_object();
  return json.take();
}

}  // namespace sygedok::plan
