#include "dialogue/scores.h"

#include <algorithm>
#include <cmath>

namespace sygedok::dialogue {
namespace {

Score score_of(const std::vector<int>& values) {
  Score score;
  score.answers = static_cast<int>(values.size());
  if (values.empty()) return score;
  double sum = 0;
  for (int value : values) {
    sum += value;
    ++score.counts[static_cast<std::size_t>(value - 1)];
  }
  const double mean = sum / static_cast<double>(values.size());
  double squares = 0;
  for (int value : values) squares += (value - mean) * (value - mean);
  score.mean = mean;
  score.spread = std::sqrt(squares / static_cast<double>(values.size()));
  score.lowest = *std::min_element(values.begin(), values.end());
  score.highest = *std::max_element(values.begin(), values.end());
  return score;
}

// The first kMaxCandidates questions of `scores` ordered by `before` that `qualifies`.
template <typename Qualifies, typename Before>
void add_candidates(std::vector<QuestionScore> scores, CandidateReason reason, Qualifies qualifies, Before before,
                    std::vector<Candidate>& out) {
  std::erase_if(scores, [&](const QuestionScore& s) { return !s.score.mean || !qualifies(s.score); });
  std::stable_sort(scores.begin(), scores.end(),
                   [&](const QuestionScore& a, const QuestionScore& b) { return before(a.score, b.score); });
  for (std::size_t i = 0; i < std::min(kMaxCandidates, scores.size()); ++i) out.push_back({scores[i].question, reason});
}

}  // namespace

Scores score_answers(const DialogueAnswers& answers, const DialogueTool& tool) {
  Scores scores;
  scores.respondents = static_cast<int>(answers.respondents.size());
  const Questionnaire& questionnaire = *answers.header.questionnaire;
  // Each question's answers once; a block pools those of its questions.
  std::vector<std::vector<int>> values(questionnaire.questions.size());
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    for (const auto& respondent : answers.respondents)
      if (auto found = respondent.answers.find(questionnaire.questions[i].id); found != respondent.answers.end())
        values[i].push_back(found->second);
    scores.questions.push_back({&questionnaire.questions[i], score_of(values[i])});
  }
  for (const auto& block : tool.blocks()) {
    std::vector<int> pooled;
    bool asked = false;
    for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
      if (questionnaire.questions[i].block != block.id) continue;
      asked = true;
      pooled.insert(pooled.end(), values[i].begin(), values[i].end());
    }
    if (asked) scores.blocks.push_back({&block, score_of(pooled)});
  }
  add_candidates(
      scores.questions, CandidateReason::Low, [](const Score& s) { return *s.mean < kLowMean; },
      [](const Score& a, const Score& b) { return *a.mean < *b.mean; }, scores.candidates);
  add_candidates(
      scores.questions, CandidateReason::Spread, [](const Score& s) { return *s.spread >= kWideSpread; },
      [](const Score& a, const Score& b) { return *a.spread > *b.spread; }, scores.candidates);
  return scores;
}

}  // namespace sygedok::dialogue
