#include "model/warning_rules.h"

#include "model/danish_holidays.h"
#include "model/health_terms.h"

namespace sygedok::model {
namespace {

std::string quoted(std::string_view text) { return "»" + std::string(text) + "«"; }

std::string working_days_text(int count) {
  if (count == 0) return "ingen arbejdsdage";
  return std::to_string(count) + (count == 1 ? " arbejdsdag" : " arbejdsdage");
}

// "»depression«", "»depression« og »medicin«", "»a«, »b« og »c«".
std::string word_list(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " og " : ", ";
    out += quoted(words[i]);
  }
  return out;
}

bool is_section_7a_conversation(const std::optional<MeetingType>& type) {
  return type == MeetingType::Fravaerssamtale || type == MeetingType::Statussamtale;
}

}  // namespace

// Sygedagpengeloven § 7 a, stk. 1: the employer holds a personal conversation
// with the employee no later than 4 weeks after the first sick day. Later
// status conversations (every 4 weeks, seed 000) are normal, so the message
// tells the author to disregard it when the first one was held in time.
std::optional<Diagnostic> late_meeting_7a(const MeetingTiming& meeting) {
  if (meeting.role == MeetingRole::Planned || !meeting.absence || !is_section_7a_conversation(meeting.type))
    return std::nullopt;
  const Date& first_day = meeting.absence->first_day;
  // § 7 a: no duty when the employee is under notice and leaves within
  // 8 weeks of the first sick day (shared/domain.md, "The law around it").
  if (const auto& ends = meeting.absence->employment_ends; ends && days_between(first_day, *ends) <= kSection7bDays)
    return warning(meeting.path, "section_7a_not_required",
                   "Medarbejderen er opsagt og fratræder " + format_date_with_weekday(*ends) +
                       ", inden for 8 uger efter første sygedag (" + format_date(first_day) +
                       "). Så har arbejdsgiveren ikke pligt til at holde samtalen efter sygedagpengelovens § 7 a; "
                       "den kan holdes alligevel.");
  long days = days_between(first_day, meeting.date);
  if (days <= kSection7aDays) return std::nullopt;
  Date deadline = add_days(first_day, kSection7aDays);
  return warning(meeting.path, "late_meeting_7a",
                 capitalize_first(meeting.label) + " ligger " + std::to_string(days) + " dage efter første sygedag (" +
                     format_date(first_day) +
                     "). Efter sygedagpengelovens § 7 a skal arbejdsgiveren holde en personlig samtale senest 4 uger "
                     "efter første sygedag, her senest " +
                     format_date_with_weekday(deadline) +
                     ". Er der allerede holdt en samtale inden fristen, kan du se bort fra denne advarsel.");
}

// Sygedagpengeloven § 7 a, stk. 2: the conversation is called "med et
// rimeligt varsel"; the seeds' policies (001 §3, 000) ask for the summons via
// Digital Post "med et rimeligt varsel". We read that as at least
// `notice_working_days` whole working days between the letter's date and the meeting.
std::optional<Diagnostic> short_notice(const MeetingTiming& meeting, int notice_working_days) {
  if (meeting.role != MeetingRole::Summoned || meeting.date < meeting.document_date) return std::nullopt;
  int days = working_days_between(meeting.document_date, meeting.date, notice_working_days);
  if (days >= notice_working_days) return std::nullopt;
  return warning(meeting.path, "short_notice",
                 "Der er " + working_days_text(days) + " mellem brevets dato (" + format_date(meeting.document_date) +
                     ") og " + meeting.label + " (" + format_date(meeting.date) +
                     "). Medarbejderen skal indkaldes med rimeligt varsel; giv gerne mindst " +
                     working_days_text(notice_working_days) + ", så der er tid til at finde en bisidder.");
}

// A summons or a plan for a meeting that lies before the document's own date
// is almost always a typing error. Compared with the document's date, never
// the clock, so the same input always gives the same warnings.
std::optional<Diagnostic> meeting_in_past(const MeetingTiming& meeting) {
  if (meeting.role == MeetingRole::Held || !(meeting.date < meeting.document_date)) return std::nullopt;
  return warning(meeting.path, "meeting_in_past",
                 capitalize_first(meeting.label) + " (" + format_date_with_weekday(meeting.date) +
                     ") ligger før dokumentets dato (" + format_date(meeting.document_date) + "). Tjek datoen.");
}

// Meetings are held on working days, when the employee would otherwise have
// been at work (seed 000: "på et tidspunkt, hvor medarbejderen alligevel
// skulle være på arbejde").
std::optional<Diagnostic> meeting_on_weekend(const MeetingTiming& meeting) {
  if (!is_weekend(meeting.date) || danish_holiday_name(meeting.date)) return std::nullopt;
  return warning(meeting.path, "meeting_on_weekend",
                 capitalize_first(meeting.label) + " er sat til en " +
                     std::string(weekday_name(weekday(meeting.date))) + " (" + format_date(meeting.date) +
                     "). Tjek datoen, eller sørg for, at det passer med medarbejderens arbejdstid.");
}

// The Danish public holidays (danish_holidays.h; store bededag only up to 2023).
std::optional<Diagnostic> meeting_on_holiday(const MeetingTiming& meeting) {
  auto holiday = danish_holiday_name(meeting.date);
  if (!holiday) return std::nullopt;
  return warning(meeting.path, "meeting_on_holiday",
                 capitalize_first(meeting.label) + " er sat til " + std::string(*holiday) + " (" +
                     format_date_with_weekday(meeting.date) + "), som er en helligdag. Tjek datoen.");
}

Diagnostics meeting_warnings(const MeetingTiming& meeting, const ReadOptions& options) {
  Diagnostics found;
  for (auto rule : {late_meeting_7a(meeting), short_notice(meeting, options.notice_working_days),
                    meeting_in_past(meeting), meeting_on_weekend(meeting), meeting_on_holiday(meeting)})
    if (rule) found.push_back(std::move(*rule));
  return found;
}

// Helbredsoplysningsloven § 2: the employer may not ask about the employee's
// illness, only about how it affects the work. The seeds say the same (002:
// "Du må ikke spørge om, hvad medarbejderen fejler, men hvis medarbejderen
// uopfordret fortæller dig om sygdommen, er der intet til hinder for, at I
// taler sygdommen"; 004 "Fakta: Hvad skal du fortælle om sygdom?"). So the
// text is never changed; the author is asked to think twice.
Diagnostics health_text_warnings(std::string_view path, std::string_view label, std::string_view text) {
  auto words = find_health_terms(text);
  if (words.empty()) return {};
  return {warning(std::string(path), "possible_health_details",
                  capitalize_first(label) + " nævner " + word_list(words) +
                      ", som kan være helbredsoplysninger. En leder må ikke spørge, hvad medarbejderen fejler "
                      "(helbredsoplysningsloven). Har medarbejderen selv fortalt det og ønsker det skrevet ned, kan "
                      "teksten blive stående. Ellers så beskriv hellere, hvad medarbejderen kan og ikke kan på "
                      "arbejdet.")};
}

// Sygedagpengeloven § 7 b, stk. 1: the employee can ask for a plan "hvis
// lønmodtageren ikke forventes at vende tilbage til arbejdet inden 8 uger
// regnet fra første sygedag". The employer may still make one (stk. 2 only
// lets the employer decline), so this is a note, not an error.
std::optional<Diagnostic> plan_under_8_weeks(std::string_view path, const Date& first_sick_day,
                                             const Date& expected_return) {
  long days = days_between(first_sick_day, expected_return);
  if (days >= kSection7bDays) return std::nullopt;
  std::string weeks = days % 7 != 0 ? std::to_string(days) + (days == 1 ? " dag" : " dage")
                                    : std::to_string(days / 7) + (days == 7 ? " uge" : " uger");
  return warning(std::string(path), "plan_under_8_weeks",
                 "Medarbejderen forventes tilbage " + format_date(expected_return) + ", " + weeks +
                     " efter første sygedag (" + format_date(first_sick_day) +
                     "). Retten til en fastholdelsesplan efter sygedagpengelovens § 7 b gælder, når medarbejderen "
                     "ikke forventes tilbage inden 8 uger. I kan godt lave planen alligevel; tjek datoerne.");
}

// Seed 001 §5 C (Køge): "Lederen kan efter 3 dages fravær bede om lægelig
// dokumentation for fraværet (friattest)" and "Efter 14 dages fravær kan
// lederen desuden bede om oplysninger om forventet fravær
// (varighedserklæring)" (shared/domain.md: Funktionærloven § 5). Local rules
// differ, so asking earlier is a note, not an error.
std::optional<Diagnostic> early_certificate(std::string_view path, std::string_view noun, int minimum_days,
                                            const Date& first_sick_day, const Date& asked_on) {
  if (days_between(first_sick_day, asked_on) >= minimum_days) return std::nullopt;
  return warning(std::string(path), "early_certificate",
                 "Brevet beder om en " + std::string(noun) + " " + format_date(asked_on) + ", før fraværet (fra " +
                     format_date(first_sick_day) + ") har varet " + std::to_string(minimum_days) +
                     " dage. Efter mange retningslinjer kan man først bede om den derefter; tjek datoerne.");
}

std::optional<Diagnostic> early_call(std::string_view path, std::string_view label, int days_after_first,
                                     const Date& first_sick_day, const Date& call_day) {
  const long days = days_between(first_sick_day, call_day);
  if (days >= days_after_first) return std::nullopt;
  return warning(std::string(path), "early_call",
                 "Notatet handler om »" + std::string(label) + "«, men samtalen " + format_date(call_day) +
                     " ligger kun " + std::to_string(days) + (days == 1 ? " dag" : " dage") +
                     " efter første sygedag (" + format_date(first_sick_day) +
                     "). Tjek datoerne, eller vælg den samtaletype, der passer.");
}

}  // namespace sygedok::model
