#pragma once
// A follow-up policy as data: the calls, conversations, certificates and
// plans that a law or an organisation's guidelines ask for, each rule with
// its source (templates/policies/*.json, docs/planning.md):
//
//   {"id": "koege", "name": "…", "source": "…", "rules": [
//     {"id": "koege_opringning_3", "what": "call", "title": "…", "purpose": "…",
//      "obligation": "must", "source": "Køge (seed 001), afsnit 3 A",
//      "start": "first_day", "after_days": 3, "by_days"?: …, "after_months"?: …, "by_months"?: …,
//      "repeat"?: {"every_days": 28} | {"every_months": 1},
//      "if"?: ["expected_over_4_weeks"], "unless"?: ["leaves_within_8_weeks"],
//      "frequent_absence"?: {"periods": 5, "window_months": 6} | {"working_days": 6, "window_months": 6},
//      "done_by": ["opringning"], "document"?: {"kind": "indkaldelse", "type": "statussamtale"}}]}
//
// `start` is "first_day" (days and months count from the first sick day),
// "frequent_absence" (from the day the rule's threshold was crossed) or the
// id of an earlier rule of the same policy (from the day that rule was done).
// Plain data; parse_policy is a pure function.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sygedok::plan {

enum class ItemKind { Call, Conversation, Certificate, Plan };
inline constexpr std::array<std::string_view, 4> kItemKindCodes = {"call", "conversation", "certificate", "plan"};

// Must: the policy asks for it. May: an option the policy names (a
// certificate the manager may ask for, a plan the employee may ask for).
enum class Obligation { Must, May };
inline constexpr std::array<std::string_view, 2> kObligationCodes = {"must", "may"};

// What happened, as the plan's input names it ("held"): the conversations of
// model/meeting_type.h, a call, and what a rule may ask for.
inline constexpr std::array<std::string_view, 10> kEventTypeCodes = {
    "opringning",          "fravaerssamtale",   "omsorgssamtale",    "statussamtale",
    "spredt_fravaer",      "opfoelgningssamtale", "friattest",       "varighedserklaering",
    "mulighedserklaering", "fastholdelsesplan"};

// Facts of the request a rule may depend on (docs/planning.md).
enum class Condition { ExpectedOver4Weeks, ExpectedOver8Weeks, LeavesWithin8Weeks };
inline constexpr std::array<std::string_view, 3> kConditionCodes = {"expected_over_4_weeks", "expected_over_8_weeks",
                                                                    "leaves_within_8_weeks"};

// An offset from a rule's start: whole days or calendar months.
struct Offset {
  int days = 0;
  int months = 0;
};

// Frequent absence: `periods` absence periods, or `working_days` working
// days of absence, within `window_months` calendar months.
struct FrequentAbsenceThreshold {
  int periods = 0;       // 0: counted in working days
  int working_days = 0;  // 0: counted in periods
  int window_months = 6;
};

struct DocumentLink {
  std::string kind;                 // "indkaldelse"
  std::optional<std::string> type;  // "statussamtale"
};

struct Rule {
  std::string id;
  ItemKind what = ItemKind::Call;
  std::string title;
  std::string purpose;
  Obligation obligation = Obligation::Must;
  std::string source;
  std::string start;  // "first_day", "frequent_absence" or a rule id
  std::optional<Offset> after;  // earliest
  std::optional<Offset> by;     // latest
  std::optional<Offset> repeat_every;
  std::vector<Condition> conditions_if, conditions_unless;
  std::optional<FrequentAbsenceThreshold> frequent_absence;
  std::vector<std::string> done_by;  // kEventTypeCodes
  std::optional<DocumentLink> document;
};

struct Policy {
  std::string id;
  std::string name;
  std::string source;
  std::vector<Rule> rules;
};

// Reads one policy file's text; `origin` names it in messages. Every problem
// is an error with code "policy_error" naming the file and the member
// ("rules[2].after_days"): unknown members and codes, a rule without any
// date bound, a start that names no earlier rule, ids used twice.
Result<Policy> parse_policy(std::string_view json, const std::string& origin);

}  // namespace sygedok::plan
