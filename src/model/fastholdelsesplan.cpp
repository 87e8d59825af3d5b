#include "model/fastholdelsesplan.h"

#include "model/warning_rules.h"

namespace sygedok::model {
namespace {

std::string step_label(std::size_t index) { return "trin nr. " + std::to_string(index + 1) + " i trappeplanen"; }

std::optional<SchedulePeriod> read_period(ListItem& item) {
  JsonReader& object = item.reader;
  std::string step = step_label(item.index);
  auto from = object.date("from", "startdatoen for " + step, Presence::Required);
  auto to = object.date("to", "slutdatoen for " + step, Presence::Optional);
  auto hours =
      object.number("hours_per_week", "timetallet for " + step, Presence::Required, kMinHoursPerWeek, kMaxHoursPerWeek);
  auto tasks = object.text("tasks", "opgaverne i " + step, Presence::Required, kLineTextLength);
  bool ordered = true;
  if (from && to && *to < *from) {
    object.report_error(
        "to", "end_before_start",
        sentence(step, " slutter, før det begynder. Slutdatoen skal ligge på eller efter startdatoen."));
    ordered = false;
  }
  object.warn_unknown_fields();
  if (!from || !hours || !tasks || !ordered) return std::nullopt;
  return SchedulePeriod{*from, to, *hours, *tasks};
}

// Steps follow each other without overlap, from the first sick day on; only
// the last may be open-ended. `indexes` are the steps' places in the JSON list.
void check_schedule_order(JsonReader& request, const std::vector<SchedulePeriod>& schedule,
                          const std::vector<std::size_t>& indexes, const std::optional<Absence>& absence) {
  for (std::size_t i = 0; i < schedule.size(); ++i) {
    std::string path = "schedule[" + std::to_string(indexes[i]) + "]";
    if (i == 0 && absence && schedule[i].from < absence->first_day)
      request.report_error(path + ".from", "conflict", "Trappeplanen kan ikke begynde før første sygedag.");
    if (!schedule[i].to && i + 1 < schedule.size())
      request.report_error(path + ".to", "required",
                           sentence(step_label(indexes[i]), " mangler en slutdato. Kun det sidste trin kan stå uden."));
    if (i > 0 && schedule[i - 1].to && !(*schedule[i - 1].to < schedule[i].from))
      request.report_error(path + ".from", "conflict",
                           sentence(step_label(indexes[i]),
                                    " begynder, før det forrige trin slutter. Trinnene skal "
                                    "komme efter hinanden."));
  }
}

std::optional<JobcenterInvolvement> read_jobcenter(JsonReader& request) {
  auto jobcenter = request.object("jobcenter", "oplysningerne om jobcentret", Presence::Optional);
  if (!jobcenter) return std::nullopt;
  JobcenterInvolvement result;
  result.involvement =
      jobcenter->text("involvement", "teksten om jobcentrets inddragelse", Presence::Optional, kParagraphLength);
  if (auto code = jobcenter->choice("section_56", "status for § 56-aftalen", Presence::Optional, kSection56Codes))
    for (std::size_t i = 0; i < kSection56Codes.size(); ++i)
      if (kSection56Codes[i] == *code) result.section_56 = static_cast<Section56>(i);
  jobcenter->warn_unknown_fields();
  return result;
}

std::optional<FollowUp> read_follow_up(ListItem& item) {
  JsonReader& object = item.reader;
  std::string number = "opfølgning nr. " + std::to_string(item.index + 1);
  auto written = object.text("date", "datoen for " + number, Presence::Required, 40);
  FollowUp follow_up;
  bool time_ok = false;
  if (written && written->find('T') != std::string::npos) {
    follow_up.at = object.date_time("date", "tidspunktet for " + number, Presence::Required);
    if (follow_up.at) follow_up.date = follow_up.at->date;
    time_ok = follow_up.at.has_value();
  } else if (written) {
    auto date = object.date("date", "datoen for " + number, Presence::Required);
    if (date) follow_up.date = *date;
    time_ok = date.has_value();
  }
  auto what = object.text("what", "emnet for " + number, Presence::Required, kLineTextLength);
  object.warn_unknown_fields();
  if (!time_ok || !what) return std::nullopt;
  follow_up.what = *what;
  return follow_up;
}

// Dates that contradict each other; each reported at the later-read member.
void check_dates(JsonReader& request, const std::optional<Absence>& absence, const std::optional<Date>& requested_on,
                 const std::optional<Date>& expected_return, const std::optional<DocumentHeader>& document) {
  if (!absence) return;
  if (requested_on && *requested_on < absence->first_day)
    request.report_error("requested_on", "conflict", "Datoen for medarbejderens anmodning ligger før første sygedag.");
  if (requested_on && document && document->date < *requested_on)
    request.report_error(
        "requested_on", "conflict",
        "Datoen for medarbejderens anmodning ligger efter planens dato. Planen laves efter anmodningen.");
  if (expected_return && !(absence->first_day < *expected_return))
    request.report_error("expected_return", "conflict",
                         "Den forventede tilbagevenden skal ligge efter første sygedag.");
}

// The rules of warning_rules.h for a valid plan.
Diagnostics plan_warnings(const Fastholdelsesplan& plan, const ReadOptions& options) {
  Diagnostics found;
  if (plan.expected_return)
    if (auto short_absence = plan_under_8_weeks("expected_return", plan.absence.first_day, *plan.expected_return))
      found.push_back(std::move(*short_absence));
  for (std::size_t i = 0; i < plan.follow_up.size(); ++i)
    append(found, meeting_warnings({"follow_up[" + std::to_string(i) + "].date",
                                    "opfølgning nr. " + std::to_string(i + 1), MeetingRole::Planned,
                                    plan.follow_up[i].date, std::nullopt, plan.document.date, plan.absence}, options));
  auto check = [&](const std::string& path, std::string_view label, const std::string& text) {
    append(found, health_text_warnings(path, label, text));
  };
  auto check_list = [&](std::string_view key, std::string_view label, const std::vector<std::string>& texts) {
    for (std::size_t i = 0; i < texts.size(); ++i)
      check(std::string(key) + "[" + std::to_string(i) + "]", label, texts[i]);
  };
  if (plan.goal) check("goal", "formålet med planen", *plan.goal);
  for (std::size_t i = 0; i < plan.schedule.size(); ++i)
    check("schedule[" + std::to_string(i) + "].tasks", "opgaverne i " + step_label(i), plan.schedule[i].tasks);
  check_list("changed_tasks", "de ændrede arbejdsopgaver", plan.changed_tasks);
  check_list("aids", "hjælpemidlerne", plan.aids);
  check_list("adjustments", "tilpasningerne af arbejdspladsen", plan.adjustments);
  if (plan.jobcenter && plan.jobcenter->involvement)
    check("jobcenter.involvement", "teksten om jobcentret", *plan.jobcenter->involvement);
  if (plan.colleagues) check("colleagues", "teksten om kollegaerne", *plan.colleagues);
  for (std::size_t i = 0; i < plan.follow_up.size(); ++i)
    check("follow_up[" + std::to_string(i) + "].what", "opfølgning nr. " + std::to_string(i + 1),
          plan.follow_up[i].what);
  return found;
}

}  // namespace

Result<Fastholdelsesplan> read_fastholdelsesplan(const Poco::JSON::Object& input, const ReadOptions& options) {
  Diagnostics diagnostics;
  JsonReader request(input, "", diagnostics);
  auto sender = read_sender(request);
  auto document = read_document_header(request);
  auto employee = read_employee(request);
  auto manager = read_manager(request);
  auto absence = read_absence(request, Presence::Required);
  const auto initiative_code =
      request.choice("initiative", "hvem der tog initiativ til planen", Presence::Optional, kInitiativeCodes);
  const Initiative initiative =
      initiative_code == "arbejdsgiver" ? Initiative::Employer : Initiative::Employee;
  auto requested_on = request.date("requested_on", "datoen for medarbejderens anmodning",
                                   initiative == Initiative::Employee ? Presence::Required : Presence::Optional);
  if (initiative == Initiative::Employer && requested_on) {
    request.report_error("requested_on", "conflict",
                         "Planen er lavet på arbejdsgiverens initiativ (initiative: \"arbejdsgiver\"), så der er "
                         "ingen anmodning fra medarbejderen at datere. Fjern requested_on, eller sæt initiative til "
                         "\"medarbejder\".");
    requested_on.reset();
  }

  Fastholdelsesplan plan;
  plan.expected_return = request.date("expected_return", "datoen for forventet fuld tilbagevenden", Presence::Optional);
  plan.goal = request.text("goal", "formålet med planen", Presence::Optional, kParagraphLength);
  std::vector<std::size_t> schedule_indexes;
  for (auto& item : request.object_list("schedule", "trappeplanen", "trin", Presence::Required))
    if (auto period = read_period(item)) {
      plan.schedule.push_back(std::move(*period));
      schedule_indexes.push_back(item.index);
    }
  check_schedule_order(request, plan.schedule, schedule_indexes, absence);
  plan.changed_tasks = request.text_list("changed_tasks", "de ændrede arbejdsopgaver", Presence::Optional);
  plan.aids = request.text_list("aids", "hjælpemidlerne", Presence::Optional);
  plan.adjustments = request.text_list("adjustments", "tilpasningerne af arbejdspladsen", Presence::Optional);
  plan.jobcenter = read_jobcenter(request);
  plan.colleagues = request.text("colleagues", "teksten om kollegaerne", Presence::Optional, kParagraphLength);
  for (auto& item : request.object_list("follow_up", "opfølgningerne", "opfølgning", Presence::Required))
    if (auto follow_up = read_follow_up(item)) plan.follow_up.push_back(std::move(*follow_up));
  check_dates(request, absence, requested_on, plan.expected_return, document);
  request.warn_unknown_fields();

  if (has_errors(diagnostics)) return Result<Fastholdelsesplan>::failure(std::move(diagnostics));
  if (!sender || !document || !employee || !manager || !absence ||
      (initiative == Initiative::Employee && !requested_on))  // reported above
    return Result<Fastholdelsesplan>::failure(error("", "invalid_input", "Fastholdelsesplanen kunne ikke læses."));
  plan.sender = std::move(*sender);
  plan.document = std::move(*document);
  plan.employee = std::move(*employee);
  plan.manager = std::move(*manager);
  plan.absence = *absence;
  plan.initiative = initiative;
  plan.requested_on = requested_on;
  append(diagnostics, plan_warnings(plan, options));
  return Result<Fastholdelsesplan>::success(std::move(plan), std::move(diagnostics));
}

}  // namespace sygedok::model
