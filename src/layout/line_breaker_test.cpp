#include "layout/line_breaker.h"

#include <gtest/gtest.h>

#include "core/resources.h"
#include "core/text.h"
#include "layout/hyphenator.h"
#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using testing::FakeMetrics;
using testing::hard_break;
using testing::text;

constexpr double kSize = 10;  // 5 pt a character

class LineBreakerTest : public ::testing::Test {
 protected:
  // The drawn text of each line ("-" added where hyphenated).
  std::vector<std::string> lines_of(const Inlines& inlines, double width, const Hyphenator* hyphenator = nullptr,
                                    bool hyphenate = true) {
    build_styled_text(inlines, kSize, false, metrics_, problems_, styled_);
    styled_.hyphenate = hyphenate;
    LineBreaker breaker(metrics_, hyphenator);
    std::vector<LineRange> ranges;
    breaker.break_lines(styled_, width, ranges);
    std::vector<std::string> out;
    for (const auto& range : ranges) {
      if (range.end - range.begin > 1) {
        EXPECT_LE(breaker.drawn_width(styled_, range), width + 1e-9);
      }
      std::string line;
      for (std::size_t i = range.begin; i < LineBreaker::visible_end(styled_, range); ++i)
        if (styled_.chars[i] != kSoftHyphen) append_utf8(line, styled_.chars[i]);
      if (LineBreaker::shows_hyphen(styled_, range)) line += "-";
      out.push_back(line);
    }
    return out;
  }
  std::vector<std::string> lines_of(const std::string& t, double width, const Hyphenator* hyphenator = nullptr) {
    return lines_of(Inlines{text(t)}, width, hyphenator);
  }

  FakeMetrics metrics_;
  TextProblems problems_;
  StyledText styled_;
};

using Lines = std::vector<std::string>;

TEST_F(LineBreakerTest, BreaksAtSpaces) {
  EXPECT_EQ(lines_of("aaa bbb ccc", 35), (Lines{"aaa bbb", "ccc"}));
  EXPECT_EQ(lines_of("aaa bbb ccc", 100), (Lines{"aaa bbb ccc"}));
}

TEST_F(LineBreakerTest, TrailingSpacesDoNotCount) {
  // "aaaa " is 25 pt, but the space hangs: "aaaa" fits in 20 pt.
  EXPECT_EQ(lines_of("aaaa bbbb", 20), (Lines{"aaaa", "bbbb"}));
  EXPECT_EQ(lines_of("aaaa    bbbb", 20), (Lines{"aaaa", "bbbb"}));
}

TEST_F(LineBreakerTest, BreaksAfterHyphens) {
  EXPECT_EQ(lines_of("hæve-sænkebord er", 50), (Lines{"hæve-", "sænkebord", "er"}));
}

TEST_F(LineBreakerTest, NeverBreaksBeforePunctuation) {
  // "aaaa bbbb" fills the 45 pt exactly; the "!" and ")" must go with their word.
  EXPECT_EQ(lines_of("aaaa bbbb!", 45), (Lines{"aaaa", "bbbb!"}));
  EXPECT_EQ(lines_of("aaaa (bbb)", 45), (Lines{"aaaa", "(bbb)"}));
  EXPECT_EQ(lines_of("aaaa bbbb, c", 45), (Lines{"aaaa", "bbbb, c"}));
}

TEST_F(LineBreakerTest, NoBreakSpaceKeepsWordsTogether) {
  EXPECT_EQ(lines_of("aa bb cc", 25), (Lines{"aa bb", "cc"}));
  EXPECT_EQ(lines_of("aa bb\u00A0cc", 25), (Lines{"aa", "bb\u00A0cc"}));
}

TEST_F(LineBreakerTest, LongWordBreaksBetweenCharactersWithoutOverflow) {
  EXPECT_EQ(lines_of("abcdefghijklmnop", 25), (Lines{"abcde", "fghij", "klmno", "p"}));
  EXPECT_EQ(lines_of("ab abcdefghij", 25), (Lines{"ab", "abcde", "fghij"}));
  // Narrower than one character: still one character a line, never an endless loop.
  EXPECT_EQ(lines_of("abc", 2), (Lines{"a", "b", "c"}));
}

TEST_F(LineBreakerTest, OpportunitiesSpanStyledRuns) {
  // "fed" (bold) and "tekst" (regular) form one word: no break between them.
  Inlines inlines{text("Dette er "), text("fed", true), text("tekst, ok")};
  EXPECT_EQ(lines_of(inlines, 70), (Lines{"Dette er", "fedtekst, ok"}));
}

TEST_F(LineBreakerTest, HardBreaksEndLines) {
  Inlines inlines{text("aa"), hard_break(), text("bb"), hard_break(), hard_break(), text("cc")};
  EXPECT_EQ(lines_of(inlines, 500), (Lines{"aa", "bb", "", "cc"}));
}

TEST_F(LineBreakerTest, SoftHyphenShowsOnlyAtLineEnd) {
  EXPECT_EQ(lines_of("aa sygefra\u00ADvær", 70), (Lines{"aa sygefravær"}));
  EXPECT_EQ(lines_of("aa sygefra\u00ADvær", 60), (Lines{"aa sygefra-", "vær"}));
}

TEST_F(LineBreakerTest, ContentWidths) {
  build_styled_text(Inlines{text("aa bbbb c"), hard_break(), text("dd")}, kSize, false, metrics_, problems_, styled_);
  EXPECT_DOUBLE_EQ(min_content_width(styled_), 20);  // "bbbb"
  EXPECT_DOUBLE_EQ(max_content_width(styled_), 45);  // "aa bbbb c"
}

class HyphenatingLineBreakerTest : public LineBreakerTest {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Hyphenator::load("/usr/share/hyphen/hyph_da_DK.dic");
    ASSERT_TRUE(loaded.ok());
    hyphenator_ = std::move(loaded).take();
  }
  static void TearDownTestSuite() { hyphenator_.reset(); }
  static inline std::shared_ptr<const Hyphenator> hyphenator_;
};

TEST_F(HyphenatingLineBreakerTest, HyphenatesTheWordThatDoesNotFit) {
  // 20 characters a line; "Behov for " leaves 10: "arbejds-" fits, "arbejdsmil-" does not.
  EXPECT_EQ(lines_of("Behov for arbejdsmiljørepræsentanten", 100, hyphenator_.get()),
            (Lines{"Behov for arbejds-", "miljørepræsentanten"}));
}

TEST_F(HyphenatingLineBreakerTest, HyphenatesAWordLongerThanTheLine) {
  // 12 characters a line: as much as fits, with the hyphen.
  EXPECT_EQ(lines_of("arbejdsmiljørepræsentanten", 60, hyphenator_.get()),
            (Lines{"arbejdsmil-", "jørepræsen-", "tanten"}));
}

TEST_F(HyphenatingLineBreakerTest, LeavesShortWordsWhole) {
  EXPECT_EQ(lines_of("aaaaaa mødet", 50, hyphenator_.get()), (Lines{"aaaaaa", "mødet"}));
}

TEST_F(HyphenatingLineBreakerTest, LeavesCapitalisedNamesWhole) {
  EXPECT_EQ(lines_of("Mette Kjærgård Østergaard", 70, hyphenator_.get()),
            (Lines{"Mette Kjærgård", "Østergaard"}));
  EXPECT_EQ(lines_of("Mette østergaard", 70, hyphenator_.get()), (Lines{"Mette øster-", "gaard"}));
}

TEST_F(HyphenatingLineBreakerTest, KeepsPunctuationAfterTheWord) {
  EXPECT_EQ(lines_of("Se sygefraværssamtale.", 60, hyphenator_.get()), (Lines{"Se sygefra-", "værssamtale."}));
  EXPECT_EQ(lines_of("Se sygefraværssamtale.", 45, hyphenator_.get()), (Lines{"Se syge-", "fraværs-", "samtale."}));
}

// With the built-in exception list, as documents are set.
class ListedLineBreakerTest : public LineBreakerTest {
 protected:
  static void SetUpTestSuite() {
    HyphenationExceptions exceptions;
    ASSERT_TRUE(exceptions.add(embedded_resources().at("templates/hyphenation-da.txt"), "indbygget").empty());
    auto loaded = Hyphenator::load("/usr/share/hyphen/hyph_da_DK.dic", std::move(exceptions));
    ASSERT_TRUE(loaded.ok());
    hyphenator_ = std::move(loaded).take();
  }
  static void TearDownTestSuite() { hyphenator_.reset(); }
  static inline std::shared_ptr<const Hyphenator> hyphenator_;
};

TEST_F(ListedLineBreakerTest, PrefersTheJointOfACompound) {
  // 24 characters a line: "dagtilbudsle-" would fit, but the joint wins.
  EXPECT_EQ(lines_of("Ring til dagtilbudslederen i dag", 120, hyphenator_.get()),
            (Lines{"Ring til dagtilbuds-", "lederen i dag"}));
  // No joint fits: the last point that does.
  EXPECT_EQ(lines_of("Ring til dagtilbudslederen i dag", 70, hyphenator_.get()),
            (Lines{"Ring til dag-", "tilbudslederen", "i dag"}));
  EXPECT_EQ(lines_of("Se biblioteksleder", 75, hyphenator_.get()), (Lines{"Se biblioteks-", "leder"}));
}

TEST_F(ListedLineBreakerTest, NeverHyphenatesNamesAndBreaksThemOnlyAtSpaces) {
  Span name = text("Ångström-Müller");
  name.name = true;
  EXPECT_EQ(lines_of(Inlines{text("Hr. "), name, text(" kommer")}, 80, hyphenator_.get()),
            (Lines{"Hr.", "Ångström-Müller", "kommer"}));
  // Unmarked, the same text breaks after the hyphen.
  EXPECT_EQ(lines_of("Hr. Ångström-Müller kommer", 80, hyphenator_.get()),
            (Lines{"Hr. Ångström-", "Müller kommer"}));
  Span lower = text("af sygemeldingen");  // a name field's words, even in lower case
  lower.name = true;
  EXPECT_EQ(lines_of(Inlines{text("Til "), lower}, 75, hyphenator_.get()), (Lines{"Til af", "sygemeldingen"}));
  EXPECT_EQ(lines_of("Til af sygemeldingen", 75, hyphenator_.get()), (Lines{"Til af syge-", "meldingen"}));
}

TEST_F(ListedLineBreakerTest, BreaksAWordWithAHyphenOnlyAfterIt) {
  EXPECT_EQ(lines_of("Bestil hæve-sænkebordet nu", 100, hyphenator_.get()),
            (Lines{"Bestil hæve-", "sænkebordet nu"}));
}

TEST_F(ListedLineBreakerTest, NeverHyphenatesAddressesOrCaseNumbers) {
  EXPECT_EQ(lines_of("Skriv til personaleafdelingen@eksempel.dk", 100, hyphenator_.get()),
            (Lines{"Skriv til", "personaleafdelingen@", "eksempel.dk"}));
  EXPECT_EQ(lines_of("Sagen har nr. personalesag2026", 100, hyphenator_.get()),
            (Lines{"Sagen har nr.", "personalesag2026"}));
}

TEST_F(ListedLineBreakerTest, TextWithoutHyphenationKeepsWordsWhole) {
  // A header cell: "Øvrige del-tagere" must not happen.
  EXPECT_EQ(lines_of("Øvrige deltagere", 60, hyphenator_.get()), (Lines{"Øvrige del-", "tagere"}));
  EXPECT_EQ(lines_of(Inlines{text("Øvrige deltagere")}, 60, hyphenator_.get(), false), (Lines{"Øvrige", "deltagere"}));
}

}  // namespace
}  // namespace sygedok::layout
