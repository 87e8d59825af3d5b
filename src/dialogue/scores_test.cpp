#include "dialogue/scores.h"

#include <gtest/gtest.h>

#include "dialogue/dialogue_json.h"
#include "model/test_support.h"

namespace sygedok::dialogue {
namespace {

using model::testing::parse;

const DialogueTool& tool() {
  static const auto loaded = DialogueTool::load();
  return *loaded.value();
}

DialogueAnswers answers(const std::string& respondents) {
  auto read = read_dialogue_answers(
      *parse(R"({"questionnaire": "ledelse", "group": "G", "date": "2026-12-07", "respondents": )" + respondents + "}"),
      tool());
  EXPECT_TRUE(read.ok());
  return read.value();
}

const QuestionScore& question(const Scores& scores, std::string_view id) {
  for (const auto& q : scores.questions)
    if (q.question->id == id) return q;
  ADD_FAILURE() << id;
  return scores.questions.front();
}

TEST(Scores, MeanSpreadAndCountsOfEachQuestion) {
  const auto read = answers(R"([{"answers": {"L01": 1, "L02": 4}}, {"answers": {"L01": 5, "L02": 4}},
                                {"answers": {"L01": 3}}])");
  const Scores scores = score_answers(read, tool());
  EXPECT_EQ(scores.respondents, 3);
  const Score& l01 = question(scores, "L01").score;
  EXPECT_EQ(l01.answers, 3);
  EXPECT_DOUBLE_EQ(*l01.mean, 3.0);
  EXPECT_NEAR(*l01.spread, 1.63299, 1e-4);  // sqrt(8/3): the spread of these answers, not an estimate
  EXPECT_EQ(l01.lowest, 1);
  EXPECT_EQ(l01.highest, 5);
  EXPECT_EQ(l01.counts, (std::array<int, 5>{1, 0, 1, 0, 1}));
  EXPECT_DOUBLE_EQ(*question(scores, "L02").score.spread, 0.0);
  EXPECT_EQ(question(scores, "L03").score.answers, 0);
  EXPECT_FALSE(question(scores, "L03").score.mean);
}

TEST(Scores, ABlockPoolsTheAnswersToItsQuestions) {
  const Scores scores = score_answers(answers(R"([{"answers": {"L01": 2, "L02": 4, "L07": 5}}])"), tool());
  ASSERT_EQ(scores.blocks.size(), 6u);
  EXPECT_EQ(scores.blocks[0].block->id, "tydelig_ledelse");
  EXPECT_EQ(scores.blocks[0].score.answers, 2);
  EXPECT_DOUBLE_EQ(*scores.blocks[0].score.mean, 3.0);
  EXPECT_EQ(scores.blocks[1].score.answers, 1);
  EXPECT_FALSE(scores.blocks[5].score.mean);
}

TEST(Scores, CandidatesAreTheThreeLowestBelowThreeThenTheThreeWidestSpreads) {
  const Scores scores = score_answers(answers(R"([
    {"answers": {"L01": 1, "L02": 2, "L03": 2, "L04": 1, "L05": 1, "L06": 5, "L07": 3, "L08": 4}},
    {"answers": {"L01": 1, "L02": 3, "L03": 2, "L04": 5, "L05": 2, "L06": 1, "L07": 3, "L08": 4}}])"),
                                      tool());
  std::vector<std::pair<std::string, CandidateReason>> found;
  for (const auto& c : scores.candidates) found.emplace_back(c.question->id, c.reason);
  // Means: L01 1, L05 1.5, L02 2.5 and L03 2 below 3; L04 and L06 3 are not. Spreads: L04 and L06 2, L02 and L05 0.5.
  EXPECT_EQ(found, (std::vector<std::pair<std::string, CandidateReason>>{{"L01", CandidateReason::Low},
                                                                         {"L05", CandidateReason::Low},
                                                                         {"L03", CandidateReason::Low},
                                                                         {"L04", CandidateReason::Spread},
                                                                         {"L06", CandidateReason::Spread}}));
}

TEST(Scores, TheJsonCarriesTwoDecimalsAndNullWithoutAnswers) {
  const auto read = answers(R"([{"answers": {"L01": 1}}, {"answers": {"L01": 2}}, {"answers": {"L01": 2}}])");
  const std::string json = scores_to_json(score_answers(read, tool()), read);
  EXPECT_NE(json.find(R"("id":"L01","block":"tydelig_ledelse")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("answers":3,"mean":1.67,"spread":0.47,"min":1,"max":2,"counts":[1,2,0,0,0])"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("answers":0,"mean":null,"spread":null,"min":null,"max":null)"), std::string::npos) << json;
  EXPECT_TRUE(parse(json)->has("candidates"));
}

}  // namespace
}  // namespace sygedok::dialogue
