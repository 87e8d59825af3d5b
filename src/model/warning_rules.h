#pragma once
// The rules of the law and of good practice that make a document suspicious
// but never stop it: each returns a warning (Severity::Warning) with a stable
// code, the JSON path it concerns and a gentle Danish message, or nothing.
// docs/warnings.md lists every rule with its source.
//
//   late_meeting_7a          sygedagpengeloven § 7 a: the personal conversation no later than 4 weeks after
//                            the first sick day (fraværs- and statussamtale)
//   short_notice             § 7 a "rimeligt varsel"; Køge (seed 001 §3) "med et rimeligt varsel": fewer than
//                            kDefaultNoticeWorkingDays working days between the letter's date and the meeting
//   meeting_in_past          a meeting before the document's own date (never the wall clock)
//   meeting_on_weekend       a meeting on a Saturday or Sunday
//   meeting_on_holiday       a meeting on a Danish public holiday (danish_holidays.h)
//   possible_health_details  helbredsoplysningsloven § 2: free text that names a diagnosis (health_terms.h)
//   plan_under_8_weeks       sygedagpengeloven § 7 b: a fastholdelsesplan for an absence expected under 8 weeks
//   early_call               seeds 001 §3 A and 002: a note on the call of a named day before that day
//   early_certificate        seed 001 §5 C: a friattest asked before 3 days of absence, a varighedserklæring
//                            before 14
//
// Readers of every document kind call meeting_warnings() for each meeting a
// document calls to, reports or plans, and health_text_warnings() for each
// free-text value. Pure functions; thread-safe.
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "model/absence.h"
#include "model/absence_period.h"
#include "model/danish_date.h"
#include "model/meeting_type.h"

namespace sygedok::model {

// Working days the employee should have between the letter and the meeting.
inline constexpr int kDefaultNoticeWorkingDays = 3;
// Working days an employee has to return a referat not signed at the meeting.
inline constexpr int kDefaultReturnWorkingDays = 5;
// Sygedagpengeloven § 7 a: "senest 4 uger efter første sygedag".
inline constexpr int kSection7aDays = 28;
// Sygedagpengeloven § 7 b: "inden 8 uger regnet fra første sygedag".
inline constexpr int kSection7bDays = 56;

// How a document relates to a meeting, which decides the rules that apply.
enum class MeetingRole {
  Summoned,  // the letter calls the employee to it (indkaldelse): all rules
  Held,      // the document reports it (referat, notat): § 7 a, weekend, holiday
  Planned,   // the document mentions a later one (next meeting, follow-up): past, weekend, holiday
};

// What the meeting rules need to know about one meeting. Plain data.
struct MeetingTiming {
  std::string path;   // JSON path of the meeting's start, e.g. "meeting.start"
  std::string label;  // Danish, definite, lower case: "samtalen", "næste samtale", "opfølgning nr. 2"
  MeetingRole role = MeetingRole::Summoned;
  Date date;                           // the day of the meeting
  std::optional<MeetingType> type;     // for § 7 a; nullopt when not one of the five conversations
  Date document_date;                  // the letter's own date ("document.date")
  std::optional<Absence> absence;      // "absence", when known
};

// The organisation's settings that readers apply (the organisation
// profile, compose/organisation_profile.h). Plain data.
struct ReadOptions {
  int notice_working_days = kDefaultNoticeWorkingDays;  // the "short_notice" rule's threshold
  AbsenceDayCount absence_day_count = AbsenceDayCount::WorkingDays;  // the fraværskort's uncounted periods
  int return_working_days = kDefaultReturnWorkingDays;  // an unsigned referat's return_by when not given
  bool certificate_fee_paid_by_employer = false;  // a certificate request says the employer pays the doctor
};

std::optional<Diagnostic> late_meeting_7a(const MeetingTiming& meeting);
std::optional<Diagnostic> short_notice(const MeetingTiming& meeting, int notice_working_days);
std::optional<Diagnostic> meeting_in_past(const MeetingTiming& meeting);
std::optional<Diagnostic> meeting_on_weekend(const MeetingTiming& meeting);  // not when it is a holiday too
std::optional<Diagnostic> meeting_on_holiday(const MeetingTiming& meeting);

// Every rule above that applies to the meeting's role, in that order.
Diagnostics meeting_warnings(const MeetingTiming& meeting, const ReadOptions& options = {});

// One "possible_health_details" warning naming the field (`label`, e.g.
// "status fra samtalen") and the words found, or none.
Diagnostics health_text_warnings(std::string_view path, std::string_view label, std::string_view text);

// Sygedagpengeloven § 7 b: the expected return (full) less than 8 weeks after the first sick day.
std::optional<Diagnostic> plan_under_8_weeks(std::string_view path, const Date& first_sick_day,
                                             const Date& expected_return);

// Seeds 001 §3 A (Køge: calls after 3 and after 8 days of absence) and 002
// (Albertslund: a call on the 6th day): a note on such a call (`label`)
// dated `call_day`, fewer than `days_after_first` days after the first sick day.
std::optional<Diagnostic> early_call(std::string_view path, std::string_view label, int days_after_first,
                                     const Date& first_sick_day, const Date& call_day);

// Seed 001 §5 C: a certificate (`noun`: "friattest") asked on `asked_on`,
// before the absence from `first_sick_day` has lasted `minimum_days` days.
std::optional<Diagnostic> early_certificate(std::string_view path, std::string_view noun, int minimum_days,
                                            const Date& first_sick_day, const Date& asked_on);

}  // namespace sygedok::model
