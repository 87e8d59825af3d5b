#pragma once
// The inputs of the dialogue tool's three documents (docs/dialogue.md), read
// against the tool's questionnaires with every problem at its JSON path:
//   spoergeskema   {"questionnaire", "group"?, "date"?, "sender"?}
//   dialogresultat {"questionnaire", "group", "date", "sender"?,
//                   "respondents": [{"answers": {"L01": 4, …}}],
//                   "priorities"?: [{"block", "votes"?}]}
//   handleplan     {"questionnaire"?, "group", "date", "sender"?,
//                   "actions": [{"block", "what", "who", "when", "effect",
//                                "evidence", "follow_up"}],
//                   "next_round"?, "signers"?: [{"name", "role"?}]}
// Answers are anonymous: a respondent is a set of scores, never a name. A
// question a respondent left out is not answered (not a score). Pure
// functions; the results refer to the tool, which must outlive them.
#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "dialogue/dialogue_tool.h"
#include "model/danish_date.h"
#include "model/parties.h"

namespace sygedok::dialogue {

inline constexpr std::size_t kMaxRespondents = 500;
inline constexpr std::size_t kMaxSigners = 9;

// Who the document is for: the questionnaire's group and the organisation.
struct GroupHeader {
  const Questionnaire* questionnaire = nullptr;  // never null after a successful read
  std::optional<std::string> group;              // "Ledergruppen på Eksempel Skole"
  std::optional<model::Date> date;
  std::optional<model::Sender> sender;           // the letterhead
};

struct QuestionnaireRequest {
  GroupHeader header;
};

struct Respondent {
  std::map<std::string, int> answers;  // question id → 1 … 5
};

struct Priority {
  const BuildingBlock* block = nullptr;
  std::optional<int> votes;  // how many participants marked it
};

struct DialogueAnswers {
  GroupHeader header;  // group and date required
  std::vector<Respondent> respondents;
  std::vector<Priority> priorities;
};

struct Action {
  const BuildingBlock* block = nullptr;
  std::string what, who, when, effect, evidence;
  model::Date follow_up;
};

struct Signer {
  std::string name;
  std::optional<std::string> role;  // "Leder", "TR", "AMR"
};

struct Handleplan {
  GroupHeader header;  // group and date required; the questionnaire optional (null when not given)
  std::vector<Action> actions;
  std::optional<model::Date> next_round;  // when the group repeats steps 1–4
  std::vector<Signer> signers;
};

Result<QuestionnaireRequest> read_questionnaire_request(const Poco::JSON::Object& input, const DialogueTool& tool);
Result<DialogueAnswers> read_dialogue_answers(const Poco::JSON::Object& input, const DialogueTool& tool);
Result<Handleplan> read_handleplan(const Poco::JSON::Object& input, const DialogueTool& tool);

}  // namespace sygedok::dialogue
