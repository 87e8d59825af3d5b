#include "compose/fastholdelsesplan_composer.h"

#include "model/danish_date.h"
#include "model/danish_holidays.h"
#include "model/danish_number.h"

namespace sygedok::compose {
namespace {

TemplateData schedule_data(const std::vector<model::SchedulePeriod>& schedule) {
  TemplateData list{TemplateData::type::list};
  for (const auto& period : schedule) {
    TemplateData step;
    step.set("period", format_period(period.from, period.to));
    step.set("hours", model::format_danish_number(period.hours_per_week));
    step.set("tasks", period.tasks);
    list.push_back(step);
  }
  return list;
}

TemplateData follow_up_data(const std::vector<model::FollowUp>& follow_ups) {
  TemplateData list{TemplateData::type::list};
  for (const auto& follow_up : follow_ups) {
    TemplateData item;
    item.set("when", model::capitalize_first(follow_up.at ? model::format_date_time(*follow_up.at)
                                                          : model::format_date_with_weekday(follow_up.date)));
    item.set("what", follow_up.what);
    list.push_back(item);
  }
  return list;
}

TemplateData section_56_data(const std::optional<model::JobcenterInvolvement>& jobcenter) {
  if (!jobcenter || !jobcenter->section_56) return TemplateData(false);
  TemplateData data;
  data.set("is_overvejes", jobcenter->section_56 == model::Section56::Overvejes);
  data.set("is_ansoegt", jobcenter->section_56 == model::Section56::Ansoegt);
  data.set("is_bevilget", jobcenter->section_56 == model::Section56::Bevilget);
  return data;
}

TemplateData optional_paragraphs(const std::optional<std::string>& text) {
  return text ? paragraphs({*text}) : TemplateData(false);
}

}  // namespace

std::string format_period(const model::Date& from, const std::optional<model::Date>& to) {
  return to ? model::format_date_range(from, *to) : "Fra " + model::format_date(from);
}

TemplateData fastholdelsesplan_data(const model::Fastholdelsesplan& plan) {
  TemplateData data;
  add_parties(data, plan.sender, plan.document, plan.employee, plan.manager);
  data.set("title", "Fastholdelsesplan");
  data.set("first_day", model::format_date(plan.absence.first_day));
  data.set("by_employee", plan.initiative == model::Initiative::Employee);
  data.set("requested_on", plan.requested_on ? TemplateData(model::format_date(*plan.requested_on)) : TemplateData(false));
  // "fordi fraværet forventes at vare mere end 8 uger" only when the expected return says so.
  data.set("over_8_weeks", plan.expected_return && model::days_between(plan.absence.first_day,
                                                                      *plan.expected_return) > model::kSection7bDays);
  data.set("expected_return",
           plan.expected_return ? TemplateData(model::format_date(*plan.expected_return)) : TemplateData(false));
  data.set("goal", optional_paragraphs(plan.goal));
  data.set("schedule", schedule_data(plan.schedule));
  data.set("changed_tasks", string_list(plan.changed_tasks));
  data.set("has_changed_tasks", !plan.changed_tasks.empty());
  data.set("aids", string_list(plan.aids));
  data.set("has_aids", !plan.aids.empty());
  data.set("adjustments", string_list(plan.adjustments));
  data.set("has_adjustments", !plan.adjustments.empty());
  data.set("jobcenter_involvement",
           optional_paragraphs(plan.jobcenter ? plan.jobcenter->involvement : std::optional<std::string>()));
  data.set("section_56", section_56_data(plan.jobcenter));
  data.set("colleagues", optional_paragraphs(plan.colleagues));
  data.set("follow_up", follow_up_data(plan.follow_up));
  return data;
}

DocumentInfo fastholdelsesplan_info(const model::Fastholdelsesplan& plan) {
  DocumentInfo info;
  info.title = "Fastholdelsesplan";
  info.author = plan.sender.name;
  info.subject = "Fastholdelsesplan for " + plan.employee.name + " efter sygedagpengelovens § 7 b";
  return info;
}

}  // namespace sygedok::compose
