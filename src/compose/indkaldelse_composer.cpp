#include "compose/indkaldelse_composer.h"

#include "model/danish_date.h"
#include "model/danish_number.h"

namespace sygedok::compose {
namespace {

std::string person(const model::Participant& participant) {
  const std::string name = name_field(participant.name);
  return participant.role ? name + " (" + *participant.role + ")" : name;
}

// "a", "a og b", "a, b og c".
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " og " : ", ";
    out += parts[i];
  }
  return out;
}

TemplateData meeting_data(const model::SummonsMeeting& meeting) {
  TemplateData data = meeting_slot_data(meeting);
  data.set("label", std::string(model::meeting_type_label(meeting.type)));
  for (auto code : model::kMeetingTypeCodes)
    data.set("is_" + std::string(code), model::meeting_type_from_code(code) == meeting.type);
  return data;
}

TemplateData absence_periods_data(const std::vector<model::AbsencePeriod>& periods, model::AbsenceDayCount count) {
  TemplateData list{TemplateData::type::list};
  for (const auto& period : periods) {
    TemplateData row;
    row.set("period", model::format_date_range(period.from, period.to));
    row.set("days", model::format_danish_number(model::absence_days(period, count)));
    list.push_back(row);
  }
  return list;
}

TemplateData recipient_data(const model::Employee& employee) {
  if (employee.address.empty()) return TemplateData(false);
  std::vector<std::string> lines = {name_field(employee.name)};
  lines.insert(lines.end(), employee.address.begin(), employee.address.end());
  TemplateData rows{TemplateData::type::list};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TemplateData row;
    row.set("line", lines[i]);
    row.set("last", i + 1 == lines.size());
    rows.push_back(row);
  }
  TemplateData data;
  data.set("lines", rows);
  return data;
}

TemplateData date_or_false(const std::optional<model::Date>& date, bool with_weekday) {
  if (!date) return TemplateData(false);
  return TemplateData(with_weekday ? model::format_date_with_weekday(*date) : model::format_date(*date));
}

}  // namespace

std::string participants_text(const model::Indkaldelse& letter) {
  std::vector<std::string> parts = {"Du"};
  const std::string manager = name_field(letter.manager.name);
  parts.push_back(letter.manager.title ? manager + " (" + *letter.manager.title + ")" : manager);
  for (const auto& participant : letter.participants) parts.push_back(person(participant));
  if (letter.bisidder) parts.push_back(person(*letter.bisidder) + " som din bisidder");
  return joined(parts);
}

std::string absence_total_text(const std::vector<model::AbsencePeriod>& periods, model::AbsenceDayCount counted_as) {
  double days = 0;
  for (const auto& period : periods) days += model::absence_days(period, counted_as);
  std::string count = std::to_string(periods.size());
  return "I alt " + count + (periods.size() == 1 ? " periode" : " perioder") + " og " +
         model::format_danish_number(days) + (days == 1 ? " fraværsdag." : " fraværsdage.");
}

TemplateData indkaldelse_data(const model::Indkaldelse& letter) {
  TemplateData data;
  add_parties(data, letter.sender, letter.document, letter.employee, letter.manager);
  data.set("title", "Indkaldelse til " + std::string(model::meeting_type_noun(letter.meeting.type)));
  data.set("recipient", recipient_data(letter.employee));
  data.set("meeting", meeting_data(letter.meeting));
  data.set("participants_text", participants_text(letter));
  data.set("bisidder", letter.bisidder ? participant_data(*letter.bisidder) : TemplateData(false));
  data.set("purpose", letter.purpose ? paragraphs({*letter.purpose}) : TemplateData(false));
  std::optional<model::Date> first_day;
  if (letter.absence) first_day = letter.absence->first_day;
  data.set("since", date_or_false(first_day, true));
  data.set("previous_meeting", date_or_false(letter.previous_meeting, false));
  data.set("topics", string_list(letter.topics));
  data.set("has_topics", !letter.topics.empty());
  data.set("message", letter.message ? paragraphs({*letter.message}) : TemplateData(false));
  data.set("absence_periods", absence_periods_data(letter.absence_periods, letter.absence_day_count));
  data.set("counts_working_days", letter.absence_day_count == model::AbsenceDayCount::WorkingDays);
  data.set("has_absence_periods", !letter.absence_periods.empty());
  data.set("absence_total", absence_total_text(letter.absence_periods, letter.absence_day_count));
  data.set("reply_by", date_or_false(letter.reply_by, true));
  return data;
}

DocumentInfo indkaldelse_info(const model::Indkaldelse& letter) {
  DocumentInfo info;
  info.title = "Indkaldelse til " + std::string(model::meeting_type_noun(letter.meeting.type));
  info.author = letter.sender.name;
  info.subject = model::capitalize_first(model::meeting_type_noun(letter.meeting.type)) + " med " +
                 letter.employee.name + " den " + model::format_date(letter.meeting.start.date);
  return info;
}

}  // namespace sygedok::compose
