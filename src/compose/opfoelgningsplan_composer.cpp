#include "compose/opfoelgningsplan_composer.h"

#include "compose/markdown_escape.h"
#include "compose/template_data.h"
#include "plan/plan_request.h"

namespace sygedok::compose {
namespace {

using kainjow::mustache::data;
using model::format_date_with_weekday;

// The groups of items, in the order a manager acts on them, and their headings.
constexpr std::pair<plan::ItemState, std::string_view> kGroups[] = {{plan::ItemState::Overdue, "Overskredet"},
                                                                    {plan::ItemState::Due, "Skal gøres nu"},
                                                                    {plan::ItemState::Upcoming, "Senere"},
                                                                    {plan::ItemState::Done, "Gjort"}};

data item_data(const plan::PlanItem& item) {
  data entry;
  entry.set("title", item.rule->title);
  entry.set("purpose", item.rule->purpose);
  entry.set("source", item.rule->source);
  entry.set("earliest", item.earliest && !item.latest ? data(format_date_with_weekday(*item.earliest)) : data(false));
  entry.set("window", item.earliest && item.latest && *item.earliest != *item.latest
                          ? data(format_date_with_weekday(*item.earliest))
                          : data(false));
  entry.set("latest", item.latest ? data(format_date_with_weekday(*item.latest)) : data(false));
  entry.set("summons_by", item.summons_by ? data(format_date_with_weekday(*item.summons_by)) : data(false));
  entry.set("done_on", item.done_on ? data(format_date_with_weekday(*item.done_on)) : data(false));
  data assumed{data::type::list};
  for (plan::Condition c : item.assumed) assumed.push_back(data(std::string(plan::condition_phrase(c))));
  entry.set("assumes", item.assumed.empty() ? data(false) : assumed);
  return entry;
}

data timeline_row(const plan::PlanItem& item) {
  data row;
  row.set("from", model::to_iso(item.earliest.value_or(*item.latest)));
  row.set("to", model::to_iso(item.done_on.value_or(item.latest.value_or(*item.earliest))));
  row.set("title", item.rule->label);
  row.set("state", std::string(plan::kItemStateCodes[static_cast<std::size_t>(item.state)]));
  return row;
}

}  // namespace

Result<plan::Plan> plan_for_request(const Poco::JSON::Object& input, const TemplateStore& templates) {
  auto request = plan::read_plan_request(input);
  Diagnostics problems = request.take_diagnostics();
  if (!request) return Result<plan::Plan>::failure(std::move(problems));
  const OrganisationProfile& profile = templates.profile();
  const plan::PolicySet& policies = templates.policies();
  const std::string id = request.value().policy.value_or(profile.policy);
  const plan::Policy* policy = policies.find(id);
  if (!policy) {
    std::string known;
    for (const auto& name : policies.ids()) known += (known.empty() ? "" : ", ") + name;
    problems.push_back(
        error("policy", "unknown_value", "Politikken »" + id + "« findes ikke. Kendte politikker: " + known + "."));
    return Result<plan::Plan>::failure(std::move(problems));
  }
  const int notice = request.value().notice_working_days.value_or(profile.reading.notice_working_days);
  return Result<plan::Plan>::success(plan::make_plan(request.value(), policies.national(), policy, notice),
                                     std::move(problems));
}

Result<ComposedDocument> compose_opfoelgningsplan(const Poco::JSON::Object& input, const TemplateStore& templates,
                                                  Delivery) {
  auto planned = plan_for_request(input, templates);
  if (!planned) return Result<ComposedDocument>::failure(planned.take_diagnostics());
  const plan::Plan& plan = planned.value();
  const plan::PlanRequest& request = plan.request;

  data facts{data::type::list};
  const auto fact = [&facts](std::string label, std::string value) {
    data row;
    row.set("label", std::move(label));
    row.set("value", std::move(value));
    facts.push_back(row);
  };
  fact("Medarbejder", name_field(request.employee.name));
  if (request.manager)
    fact("Leder", name_field(request.manager->name) + (request.manager->title ? ", " + *request.manager->title : ""));
  if (request.absence) fact("Første sygedag", format_date_with_weekday(request.absence->first_day));
  if (request.absence && request.absence->last_day)
    fact("Sidste sygedag", format_date_with_weekday(*request.absence->last_day));
  fact("Planen gælder pr.", format_date_with_weekday(plan.as_of));
  fact("Retningslinjer", plan.local ? plan.local->name + " og sygedagpengeloven" : plan.national->name);
  fact("Varsel ved indkaldelser", std::to_string(plan.notice_working_days) +
                                      (plan.notice_working_days == 1 ? " arbejdsdag" : " arbejdsdage"));
  data values;
  values.set("facts", facts);
  // The organisation's letterhead when the request names it, and the running head of pages 2+.
  values.set("letterhead", request.sender ? letterhead_data(*request.sender, {plan.as_of, std::nullopt}) : data(false));
  values.set("title", "Opfølgningsplan");
  data employee;
  employee.set("name", name_field(request.employee.name));
  values.set("employee", employee);
  data header;
  header.set("case_reference", false);
  values.set("document", header);
  values.set("as_of", format_date_with_weekday(plan.as_of));
  model::Date start = request.absence ? request.absence->first_day : plan.as_of;
  data rows{data::type::list};
  for (const auto& item : plan.items) {
    start = std::min(start, item.earliest.value_or(*item.latest));
    rows.push_back(timeline_row(item));
  }
  values.set("timeline", plan.items.empty() ? data(false) : rows);
  values.set("timeline_start", model::to_iso(start));
  values.set("timeline_today", model::to_iso(plan.as_of));
  data groups{data::type::list};
  for (const auto& [state, heading] : kGroups) {
    data items{data::type::list};
    for (const auto& item : plan.items)
      if (item.state == state) items.push_back(item_data(item));
    if (items.is_empty_list()) continue;
    data group;
    group.set("heading", std::string(heading));
    group.set("items", items);
    groups.push_back(group);
  }
  values.set("groups", groups);
  values.set("nothing", plan.items.empty());
  values.set("local_policy", plan.local != nullptr);
  values.set("wording", wording_data(templates.profile()));
  auto markdown = templates.render("opfoelgningsplan/opfoelgningsplan", values);
  if (!markdown) return Result<ComposedDocument>::failure(markdown.take_diagnostics());

  DocumentInfo info;
  info.title = "Opfølgningsplan";
  info.author = request.sender ? request.sender->name : "sygedok";
  info.subject = "Opfølgningsplan for " + request.employee.name + " pr. " + model::format_date(plan.as_of);
  ComposedDocument document{collapse_blank_lines(markdown.value()), info, planned.diagnostics(), std::nullopt,
                            std::nullopt};
  return Result<ComposedDocument>::success(std::move(document), planned.diagnostics());
}

}  // namespace sygedok::compose
