#include "dialogue/dialogue_tool.h"

#include <gtest/gtest.h>

#include <set>

#include "core/temp_dir_test_support.h"

namespace sygedok::dialogue {
namespace {

using sygedok::testing::TempDir;

std::string all_messages(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics) text += d.code + ": " + d.message + "\n";
  return text;
}

TEST(DialogueTool, TheBuiltInToolHasTheSeedsScaleBlocksAndBothTargetGroups) {
  auto tool = DialogueTool::load();
  ASSERT_TRUE(tool.ok()) << all_messages(tool.diagnostics());
  const DialogueTool& t = *tool.value();
  EXPECT_EQ(t.scale(), (std::vector<std::string>{"Slet ikke", "I nogen grad", "I middel grad", "I høj grad",
                                                 "I meget høj grad"}));
  ASSERT_EQ(t.blocks().size(), 6u);
  EXPECT_EQ(t.questionnaire_ids(), (std::vector<std::string>{"ledelse", "med"}));
  EXPECT_EQ(t.questionnaire("ledelse")->questions.size(), 28u);
  EXPECT_EQ(t.questionnaire("med")->questions.size(), 24u);
  // Every building block is asked about in both sets, and only the MED set marks questions for higher levels.
  for (const Questionnaire* questionnaire : t.questionnaires()) {
    std::set<std::string> blocks;
    int marked = 0;
    for (const auto& question : questionnaire->questions) {
      blocks.insert(question.block);
      marked += question.higher_med;
    }
    EXPECT_EQ(blocks.size(), 6u) << questionnaire->id;
    EXPECT_EQ(marked > 0, questionnaire->id == "med");
  }
}

TEST(DialogueTool, AnOverlayReplacesAQuestionnaireByIdAndAddsNewOnes) {
  TempDir dir;
  dir.write("dialogue/ledelse.json", R"({"id": "ledelse", "title": "Lederen", "audience": "Os.", "intro": "Kryds.",
    "questions": [{"id": "A1", "block": "tidlige_indsatser", "text": "Vi griber ind tidligt."}]})");
  dir.write("dialogue/egen.json", R"({"id": "egen", "title": "Egen", "audience": "Os.", "intro": "Kryds.",
    "questions": [{"id": "E1", "block": "tydelig_ledelse", "text": "Vi siger det klart."}]})");
  auto tool = DialogueTool::load(dir.path().string());
  ASSERT_TRUE(tool.ok()) << all_messages(tool.diagnostics());
  EXPECT_EQ(tool.value()->questionnaire("ledelse")->questions.size(), 1u);
  EXPECT_EQ(tool.value()->questionnaire_ids(), (std::vector<std::string>{"egen", "ledelse", "med"}));
}

TEST(DialogueTool, EveryFaultOfAnOverlayStopsTheLoadWithItsFileAndMember) {
  TempDir dir;
  dir.write("dialogue/fejl.json", R"({"id": "fejl", "title": "Fejl", "audience": "Os.", "intro": "Kryds.",
    "questions": [{"id": "F1", "block": "ukendt", "text": "Et."}, {"id": "F1", "block": "tydelig_ledelse", "text": "To."}]})");
  dir.write("dialogue/huset.json", R"({"source": "Test", "scale": [{"value": 1, "label": "Nej"}, {"value": 2, "label": "Ja"}],
    "building_blocks": [{"id": "tydelig_ledelse", "title": "Tydelig ledelse", "aim": "Klart."}]})");
  auto tool = DialogueTool::load(dir.path().string());
  ASSERT_FALSE(tool.ok());
  const std::string messages = all_messages(tool.diagnostics());
  EXPECT_NE(messages.find("huset.json"), std::string::npos) << messages;
  EXPECT_NE(messages.find("netop fem trin"), std::string::npos) << messages;
  EXPECT_NE(messages.find("questions[1].id"), std::string::npos) << messages;
  for (const auto& d : tool.diagnostics()) EXPECT_EQ(d.code, "dialogue_error");
}

TEST(DialogueTool, AQuestionInABlockTheHouseLacksIsRefused) {
  TempDir dir;
  dir.write("dialogue/fejl.json", R"({"id": "fejl", "title": "Fejl", "audience": "Os.", "intro": "Kryds.",
    "questions": [{"id": "F1", "block": "ukendt", "text": "Et."}]})");
  auto tool = DialogueTool::load(dir.path().string());
  ASSERT_FALSE(tool.ok());
  EXPECT_NE(all_messages(tool.diagnostics()).find("spørgsmål F1: byggestenen »ukendt« findes ikke"), std::string::npos)
      << all_messages(tool.diagnostics());
}

}  // namespace
}  // namespace sygedok::dialogue
