#pragma once
// The scores of a group's answers (docs/dialogue.md, "Scores"): per question
// and per building block the number of answers, the mean, the spread (the
// standard deviation of the answers, 0 for one answer), the lowest and
// highest answer and how many gave each step of the scale; and the
// candidates for the dialogue:
//   low     the kMaxCandidates questions with the lowest mean below kLowMean
//   spread  the kMaxCandidates questions with the widest spread of at least
//           kWideSpread (the group disagrees)
// A question nobody answered has no mean and is no candidate. Pure
// function; the scores refer to the answers' questionnaire and the tool.
#include <array>
#include <optional>
#include <vector>

#include "dialogue/dialogue_requests.h"

namespace sygedok::dialogue {

inline constexpr double kLowMean = 3.0;     // below "I middel grad"
inline constexpr double kWideSpread = 1.0;  // one step of the scale
inline constexpr std::size_t kMaxCandidates = 3;

struct Score {
  int answers = 0;
  std::optional<double> mean, spread;
  std::optional<int> lowest, highest;
  std::array<int, kScaleSteps> counts{};  // counts[0]: "Slet ikke"
};

struct QuestionScore {
  const Question* question;
  Score score;
};

struct BlockScore {
  const BuildingBlock* block;
  Score score;
};

enum class CandidateReason { Low, Spread };
inline constexpr std::array<std::string_view, 2> kCandidateReasonCodes = {"low", "spread"};

struct Candidate {
  const Question* question;
  CandidateReason reason;
};

struct Scores {
  int respondents = 0;
  std::vector<BlockScore> blocks;        // the blocks the questionnaire asks about, in the tool's order
  std::vector<QuestionScore> questions;  // in the questionnaire's order
  std::vector<Candidate> candidates;     // low first (lowest mean first), then spread (widest first)
};

Scores score_answers(const DialogueAnswers& answers, const DialogueTool& tool);

}  // namespace sygedok::dialogue
