// The dialogue tool from the command line (docs/dialogue.md): the
// handleplan's calendar file read by a second implementation,
// python3-icalendar (tests/judges/ical_judge.py), one all-day event per
// follow-up date and one for the next round; the scores as JSON read by
// Poco's parser, with as many questions as the questionnaire asks; and a
// bad score refused with its path and exit code 1, writing no file.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "tool.h"

namespace sygedok::e2e {
namespace {

Poco::JSON::Object::Ptr parse(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

TEST(DialogueCli, TheHandleplansCalendarHasAnEventForEveryFollowUpAndTheNextRound) {
  TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "samples" / "handleplan")) {
    const auto ics = dir / "plan.ics";
    auto made = run(sygedok("dialogue calendar " + quote(entry.path().string()) + " -o " + quote(ics.string())));
    ASSERT_EQ(made.exit_code, 0) << made.err;
    auto judged = run("/usr/bin/python3 " + quote((source_dir() / "tests" / "judges" / "ical_judge.py").string()) +
                      " " + quote(ics.string()));
    ASSERT_EQ(judged.exit_code, 0) << judged.out << judged.err;
    auto plan = parse(read_text(entry.path()));
    std::multiset<std::string> expected, found;
    auto actions = plan->getArray("actions");
    for (std::size_t i = 0; i < actions->size(); ++i)
      expected.insert(actions->getObject(static_cast<unsigned>(i))->getValue<std::string>("follow_up"));
    if (plan->has("next_round")) expected.insert(plan->getValue<std::string>("next_round"));
    std::istringstream lines(judged.out);
    for (std::string line; std::getline(lines, line);) {
      // "UID START END SUMMARY": an all-day event ends the day after it starts.
      std::istringstream fields(line);
      std::string uid, start, end;
      fields >> uid >> start >> end;
      found.insert(start);
      EXPECT_NE(line.find(plan->getValue<std::string>("group")), std::string::npos) << line;
    }
    EXPECT_EQ(found, expected) << entry.path().filename() << "\n" << judged.out;
  }
}

TEST(DialogueCli, ScoresEveryQuestionOfTheQuestionnaire) {
  auto questionnaires = run(sygedok("dialogue questionnaires"));
  ASSERT_EQ(questionnaires.exit_code, 0) << questionnaires.err;
  auto tool = parse(questionnaires.out);
  std::map<std::string, std::size_t> question_counts;
  auto sets = tool->getArray("questionnaires");
  for (std::size_t i = 0; i < sets->size(); ++i) {
    auto set = sets->getObject(static_cast<unsigned>(i));
    question_counts[set->getValue<std::string>("id")] = set->getArray("questions")->size();
  }
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "samples" / "dialogresultat")) {
    auto scored = run(sygedok("dialogue scores " + quote(entry.path().string())));
    ASSERT_EQ(scored.exit_code, 0) << scored.err;
    auto scores = parse(scored.out);
    const auto input = parse(read_text(entry.path()));
    EXPECT_EQ(scores->getArray("questions")->size(), question_counts.at(input->getValue<std::string>("questionnaire")));
    EXPECT_EQ(scores->getValue<std::size_t>("respondents"), input->getArray("respondents")->size());
  }
}

TEST(DialogueCli, ABadScoreIsRefusedWithItsPathAndNoFile) {
  TempDir dir;
  write_text(dir / "in.json", R"({"questionnaire": "ledelse", "group": "G", "date": "2026-12-07",
                                  "respondents": [{"answers": {"L03": 6}}]})");
  auto refused = run(sygedok("dialogue scores " + quote((dir / "in.json").string()) + " -o " +
                             quote((dir / "out.json").string())));
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("respondents[0].answers.L03"), std::string::npos) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out.json"));
}

}  // namespace
}  // namespace sygedok::e2e
