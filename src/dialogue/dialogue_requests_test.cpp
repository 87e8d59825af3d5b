#include "dialogue/dialogue_requests.h"

#include <gtest/gtest.h>

#include "model/test_support.h"

namespace sygedok::dialogue {
namespace {

using model::testing::errors;
using model::testing::parse;

const DialogueTool& tool() {
  static const auto loaded = DialogueTool::load();
  return *loaded.value();
}

TEST(DialogueAnswers, AScoreOutsideOneToFiveNamesItsQuestionAndRespondent) {
  auto answers = read_dialogue_answers(*parse(R"({"questionnaire": "ledelse", "group": "G", "date": "2026-12-07",
    "respondents": [{"answers": {"L01": 4}}, {"answers": {"L07": 7, "L08": 2.5, "L09": null, "X1": 3}}]})"),
                                       tool());
  ASSERT_FALSE(answers.ok());
  EXPECT_EQ(errors(answers.diagnostics()),
            (std::map<std::string, std::string>{{"respondents[1].answers.L07", "out_of_range"},
                                                {"respondents[1].answers.L08", "out_of_range"},
                                                {"respondents[1].answers.X1", "unknown_value"}}));
}

TEST(DialogueAnswers, ANullAnswerIsNotAnsweredAndPrioritiesKeepTheirOrder) {
  auto answers = read_dialogue_answers(*parse(R"({"questionnaire": "med", "group": "G", "date": "2026-12-07",
    "respondents": [{"answers": {"M01": 5, "M02": null}}],
    "priorities": [{"block": "tidlige_indsatser", "votes": 3}, {"block": "tydelig_ledelse"}]})"),
                                       tool());
  ASSERT_TRUE(answers.ok());
  EXPECT_EQ(answers.value().respondents[0].answers, (std::map<std::string, int>{{"M01", 5}}));
  ASSERT_EQ(answers.value().priorities.size(), 2u);
  EXPECT_EQ(answers.value().priorities[0].block->id, "tidlige_indsatser");
  EXPECT_EQ(answers.value().priorities[0].votes, 3);
  EXPECT_FALSE(answers.value().priorities[1].votes);
}

TEST(DialogueAnswers, EveryProblemOfTheHeaderAndPrioritiesHasItsPath) {
  auto answers = read_dialogue_answers(*parse(R"({"questionnaire": "ukendt", "date": "2026-02-30",
    "respondents": [], "priorities": [{"block": "tydelig_ledelse"}, {"block": "tydelig_ledelse"}, {"block": "x"}]})"),
                                       tool());
  ASSERT_FALSE(answers.ok());
  EXPECT_EQ(errors(answers.diagnostics()), (std::map<std::string, std::string>{{"questionnaire", "unknown_value"},
                                                                              {"group", "required"},
                                                                              {"date", "invalid_date"},
                                                                              {"respondents", "empty"},
                                                                              {"priorities[1].block", "duplicate"},
                                                                              {"priorities[2].block", "unknown_value"}}));
}

TEST(QuestionnaireRequest, TheLetterheadNeedsTheDate) {
  auto request = read_questionnaire_request(*parse(R"({"questionnaire": "ledelse",
    "sender": {"name": "Eksempel Kommune", "address": "Rådhuspladsen 1, 9999 Eksempelby", "cvr": "12345674"}})"),
                                            tool());
  ASSERT_FALSE(request.ok());
  EXPECT_EQ(errors(request.diagnostics()), (std::map<std::string, std::string>{{"date", "required"}}));
  EXPECT_TRUE(read_questionnaire_request(*parse(R"({"questionnaire": "med"})"), tool()).ok());
}

TEST(Handleplan, FollowUpsAndTheNextRoundMayNotLieBeforeThePlan) {
  auto plan = read_handleplan(*parse(R"({"group": "G", "date": "2026-12-14", "next_round": "2026-12-01",
    "actions": [{"block": "ordentlig_statistik", "what": "a", "who": "b", "when": "c", "effect": "d",
                 "evidence": "e", "follow_up": "2026-12-13"},
                {"block": "nej", "what": "", "who": "b", "when": "c", "effect": "d", "evidence": "e",
                 "follow_up": "2027-01-10"}],
    "signers": [{"role": "Leder"}]})"),
                              tool());
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(errors(plan.diagnostics()), (std::map<std::string, std::string>{{"actions[0].follow_up", "before_date"},
                                                                           {"actions[1].block", "unknown_value"},
                                                                           {"actions[1].what", "empty"},
                                                                           {"next_round", "before_date"},
                                                                           {"signers[0].name", "required"}}));
}

}  // namespace
}  // namespace sygedok::dialogue
