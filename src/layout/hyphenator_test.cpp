#include "layout/hyphenator.h"

#include <gtest/gtest.h>

#include <thread>

namespace sygedok::layout {
namespace {

const char* kDanish = "/usr/share/hyphen/hyph_da_DK.dic";

class HyphenatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Hyphenator::load(kDanish);
    ASSERT_TRUE(loaded.ok());
    hyphenator_ = std::move(loaded).take();
  }
  static void TearDownTestSuite() { hyphenator_.reset(); }
  static inline std::shared_ptr<const Hyphenator> hyphenator_;
};

TEST_F(HyphenatorTest, BreaksDanishCompoundsWithAeOeAa) {
  EXPECT_EQ(hyphenator_->hyphenate("arbejdsmiljørepræsentanten"), "ar-bejds-mil-jø-re-præ-sen-tan-ten");
  EXPECT_EQ(hyphenator_->hyphenate("sygefraværssamtale"), "sy-ge-fra-vær-s-sam-ta-le");
  EXPECT_EQ(hyphenator_->hyphenate("behandlingsforløb"), "be-hand-lings-for-løb");
  EXPECT_EQ(hyphenator_->hyphenate("Påbegyndes"), "På-be-gyn-des");
}

TEST_F(HyphenatorTest, IgnoresCase) {
  EXPECT_EQ(hyphenator_->hyphenation_points(U"ARBEJDSMILJØREPRÆSENTANTEN"),
            hyphenator_->hyphenation_points(U"arbejdsmiljørepræsentanten"));
}

TEST_F(HyphenatorTest, KeepsTwoLettersOnEachSide) {
  for (std::u32string word : {U"arbejdsmiljørepræsentanten", U"udarbejdes", U"afholdes", U"ekstra", U"øen"}) {
    for (std::size_t point : hyphenator_->hyphenation_points(word)) {
      EXPECT_GE(point, 2u);
      EXPECT_LE(point, word.size() - 2);
    }
  }
  EXPECT_TRUE(hyphenator_->hyphenation_points(U"øen").empty());
}

TEST_F(HyphenatorTest, WordsTheDictionaryCannotSpellAreLeftWhole) {
  EXPECT_TRUE(hyphenator_->hyphenation_points(U"\u015Dablonaĵo").empty());  // Esperanto, outside ISO8859-1
  EXPECT_EQ(hyphenator_->hyphenate("\xff\xfe"), "\xff\xfe");                // not UTF-8
}

TEST_F(HyphenatorTest, GivesTheSameAnswersFromManyThreads) {
  const auto expected = hyphenator_->hyphenation_points(U"arbejdsmiljørepræsentanten");
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i)
        if (hyphenator_->hyphenation_points(U"arbejdsmiljørepræsentanten") != expected) ++mismatches[t];
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(HyphenatorLoad, MissingDictionaryIsAnError) {
  auto loaded = Hyphenator::load("/nonexistent/hyph_xx.dic");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.diagnostics().front().code, "hyphenation_dictionary");
}

}  // namespace
}  // namespace sygedok::layout
