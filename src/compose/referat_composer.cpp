#include "compose/referat_composer.h"

#include "model/danish_date.h"
#include "model/danish_holidays.h"
#include "model/danish_number.h"

namespace sygedok::compose {
namespace {

std::string meeting_time(const model::DateTime& start, const std::optional<model::DateTime>& end) {
  return end ? model::format_time_span(start, *end) : model::format_date_time(start);
}

TemplateData meeting_data(const model::Meeting& meeting) {
  TemplateData data;
  data.set("label", std::string(model::meeting_type_label(meeting.type)));
  data.set("when", model::capitalize_first(meeting_time(meeting.start, meeting.end)));
  data.set("location", text_or_false(meeting.location));
  data.set("in_person", meeting.form == model::ConversationForm::InPerson);
  data.set("form", std::string(model::conversation_form_label(meeting.form)));
  for (auto code : model::kMeetingTypeCodes)
    data.set("is_" + std::string(code), model::meeting_type_from_code(code) == meeting.type);
  return data;
}

TemplateData agreement_data(const model::Agreement& agreement) {
  TemplateData data;
  data.set("what", agreement.what);
  data.set("who", agreement.who);
  std::optional<std::string> when = agreement.when_text;
  if (agreement.on) when = model::format_date(*agreement.on);
  data.set("when", text_or_false(when));
  data.set("deadline", agreement.deadline ? TemplateData(model::format_date(*agreement.deadline)) : TemplateData(false));
  return data;
}

// How long the employee had been sick on the meeting day, computed from the
// first sick day: "i to uger", "i mere end seks uger" (whole weeks, and
// "mere end" when days are left over), "siden mandag den 30. november 2026"
// within the first week; false without a first day or with one after the meeting.
TemplateData sick_for(const std::optional<model::Absence>& absence, const model::Date& meeting_day) {
  if (!absence) return TemplateData(false);
  const long days = model::days_between(absence->first_day, meeting_day);
  if (days < 0) return TemplateData(false);
  if (days < 7) return TemplateData("siden " + model::format_date_with_weekday(absence->first_day));
  const int weeks = static_cast<int>(days / 7);
  return TemplateData(std::string(days % 7 == 0 ? "i " : "i mere end ") + model::weeks_in_words(weeks));
}

TemplateData next_meeting_data(const model::NextMeeting& next) {
  TemplateData data;
  data.set("label", model::capitalize_first(model::meeting_type_noun(next.type)));
  data.set("when", meeting_time(next.start, next.end));
  data.set("location", text_or_false(next.location));
  return data;
}

}  // namespace

std::string referat_title(model::MeetingType type) {
  return "Referat af " + std::string(model::meeting_type_noun(type));
}

TemplateData referat_data(const model::Referat& referat) {
  TemplateData data;
  add_parties(data, referat.sender, referat.document, referat.employee, referat.manager);
  data.set("title", referat_title(referat.meeting.type));
  data.set("meeting", meeting_data(referat.meeting));
  // "i dag" only in a referat dated the meeting day; otherwise the day itself.
  data.set("held_today", referat.document.date == referat.meeting.start.date);
  data.set("meeting_day", model::format_date_with_weekday(referat.meeting.start.date));
  data.set("sick_for", sick_for(referat.absence, referat.meeting.start.date));
  data.set("bisidder", referat.bisidder ? participant_data(*referat.bisidder) : TemplateData(false));

  TemplateData others{TemplateData::type::list};
  for (std::size_t i = 0; i < referat.others_present.size(); ++i) {
    TemplateData person = participant_data(referat.others_present[i]);
    person.set("last", i + 1 == referat.others_present.size());
    others.push_back(person);
  }
  data.set("others_present", others);
  data.set("has_others_present", !referat.others_present.empty());

  data.set("purpose", referat.purpose ? paragraphs({*referat.purpose}) : TemplateData(false));
  data.set("status", paragraphs(referat.status));
  data.set("return_options", string_list(referat.return_options));
  data.set("has_return_options", !referat.return_options.empty());

  TemplateData agreements{TemplateData::type::list};
  for (const auto& agreement : referat.agreements) agreements.push_back(agreement_data(agreement));
  data.set("agreements", agreements);
  data.set("has_agreements", !referat.agreements.empty());

  data.set("next_meeting", referat.next_meeting ? next_meeting_data(*referat.next_meeting) : TemplateData(false));
  data.set("next_meeting_text",
           referat.next_meeting_text ? paragraphs({*referat.next_meeting_text}) : TemplateData(false));
  data.set("read_aloud", referat.read_aloud);
  data.set("signed_at_meeting", referat.signed_at_meeting);
  data.set("return_by", referat.return_by ? TemplateData(model::format_date_with_weekday(*referat.return_by))
                                          : TemplateData(false));
  data.set("recorded", referat.recorded);
  data.set("employee_comments", paragraphs(referat.employee_comments));
  data.set("has_employee_comments", !referat.employee_comments.empty());
  return data;
}

DocumentInfo referat_info(const model::Referat& referat) {
  DocumentInfo info;
  info.title = referat_title(referat.meeting.type);
  info.author = referat.sender.name;
  info.subject = model::capitalize_first(model::meeting_type_noun(referat.meeting.type)) + " med " +
                 referat.employee.name + " den " + model::format_date(referat.meeting.start.date);
  return info;
}

}  // namespace sygedok::compose
