#include "layout/hyphenator.h"

#include <gtest/gtest.h>

#include <thread>
#include <utility>

#include "core/resources.h"

namespace sygedok::layout {
namespace {

const char* kDanish = "/usr/share/hyphen/hyph_da_DK.dic";

// The built-in exception list, as the engine reads it.
HyphenationExceptions built_in_exceptions() {
  HyphenationExceptions exceptions;
  auto problems = exceptions.add(embedded_resources().at("templates/hyphenation-da.txt"), "indbygget");
  EXPECT_TRUE(problems.empty()) << problems.front().message;
  return exceptions;
}

class HyphenatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Hyphenator::load(kDanish, built_in_exceptions());
    ASSERT_TRUE(loaded.ok());
    hyphenator_ = std::move(loaded).take();
  }
  static void TearDownTestSuite() { hyphenator_.reset(); }
  static inline std::shared_ptr<const Hyphenator> hyphenator_;
};

// Every place where each word may be divided, and no other: "-" a point,
// "=" the joint of a compound, which line breaking prefers. Words of the
// follow-up documents and their readers; most are in the exception list
// because the patterns misplace their joints ("dagtil-budsleder").
TEST_F(HyphenatorTest, DividesHrWordsOnlyWhereDanishAllows) {
  const std::pair<const char*, const char*> kWords[] = {
      {"dagtilbudsleder", "dag=til-buds=le-der"},
      {"biblioteksleder", "bib-lio-teks=le-der"},
      {"afdelingsleder", "af-de-lings=le-der"},
      {"institutionsleder", "in-sti-tu-tions=le-der"},
      {"skoleleder", "sko-le=le-der"},
      {"medarbejder", "med=ar-bej-der"},
      {"medarbejderen", "med=ar-bej-deren"},
      {"administrationsmedarbejder", "ad-mi-ni-stra-tions=med=ar-bej-der"},
      {"pædagogmedhjælper", "pæ-da-gog=med=hjæl-per"},
      {"hjemmehjælper", "hjem-me=hjæl-per"},
      {"sundhedsplejerske", "sund-heds=ple-jer-ske"},
      {"socialrådgiver", "so-ci-al=råd=gi-ver"},
      {"rengøringsassistent", "ren=gø-rings=as-si-stent"},
      {"sagsbehandler", "sags=be-hand-ler"},
      {"arbejdsgiver", "ar-bejds=gi-ver"},
      {"arbejdstager", "ar-bejds=ta-ger"},
      {"lønmodtager", "løn=mod=ta-ger"},
      {"kontaktperson", "kon-takt=per-son"},
      {"tillidsrepræsentant", "til-lids=re-præ-sen-tant"},
      {"arbejdsmiljørepræsentant", "ar-bejds=mil-jø=re-præ-sen-tant"},
      {"arbejdsmiljørepræsentanten", "ar-bejds=mil-jø=re-præ-sen-tanten"},
      {"deltagere", "del=ta-ge-re"},
      {"sygefraværssamtale", "sy-ge=fra-værs=sam-ta-le"},
      {"fraværssamtalen", "fra-værs=sam-ta-len"},
      {"statussamtale", "sta-tus=sam-ta-le"},
      {"omsorgssamtale", "om-sorgs=sam-ta-le"},
      {"opfølgningssamtale", "op-følg-nings=sam-ta-le"},
      {"telefonsamtale", "te-le-fon=sam-ta-le"},
      {"sygemelding", "sy-ge=mel-ding"},
      {"raskmelding", "rask=mel-ding"},
      {"deltidssygemelding", "del-tids=sy-ge=mel-ding"},
      {"fastholdelsesplan", "fast=hol-del-ses=plan"},
      {"fastholdelsesplanen", "fast=hol-del-ses=planen"},
      {"handlingsplan", "hand-lings=plan"},
      {"mulighedserklæring", "mu-lig-heds=er-klæ-ring"},
      {"mulighedserklæringens", "mu-lig-heds=er-klæ-ringens"},
      {"varighedserklæring", "va-rig-heds=er-klæ-ring"},
      {"helbredsoplysninger", "hel-breds=op-lys-nin-ger"},
      {"sygedagpenge", "sy-ge=dag=pen-ge"},
      {"sygedagpengeloven", "sy-ge=dag=pen-ge=loven"},
      {"funktionærloven", "funk-tio-nær=loven"},
      {"fraværskort", "fra-værs=kort"},
      {"fraværsdage", "fra-værs=dage"},
      {"fraværsperioder", "fra-værs=pe-ri-o-der"},
      {"kalenderdage", "ka-len-der=dage"},
      {"arbejdsdage", "ar-bejds=dage"},
      {"arbejdstiden", "ar-bejds=tiden"},
      {"arbejdspladsen", "ar-bejds=pladsen"},
      {"arbejdsopgaver", "ar-bejds=op-ga-ver"},
      {"arbejdsevne", "ar-bejds=ev-ne"},
      {"tilbagevenden", "til-ba-ge=ven-den"},
      {"genoptagelse", "gen=op=ta-gel-se"},
      {"fritagelse", "fri=ta-gel-se"},
      {"omplacering", "om=pla-ce-ring"},
      {"opfølgning", "op=følg-ning"},
      {"indkaldelsen", "ind=kal-del-sen"},
      {"underskrift", "un-der=skrift"},
      {"underskrifter", "un-der=skrifter"},
      {"bisidder", "bi=sid-der"},
      {"hjælpemidler", "hjæl-pe=mid-ler"},
      {"jobcentret", "job=cen-tret"},
      {"personalemappen", "per-so-na-le=map-pen"},
      {"personaleafdelingen", "per-so-na-le=af-de-lingen"},
      {"retningslinjer", "ret-nings=lin-jer"},
      {"mødelokale", "mø-de=lo-ka-le"},
      {"sagsnummer", "sags=num-mer"},
      {"udarbejdes", "ud=ar-bej-des"},
  };
  static_assert(std::size(kWords) >= 50);
  for (const auto& [word, expected] : kWords) EXPECT_EQ(hyphenator_->hyphenate(word), expected) << word;
}

TEST_F(HyphenatorTest, UnlistedWordsFollowThePatternsAtTheirJoints) {
  // Patterns "be-hand-lings-for-løb", three letters kept on each side.
  EXPECT_EQ(hyphenator_->hyphenate("behandlingsforløb"), "behand-lings-for-løb");
  // Patterns "sy-ge-fra-vær-s-sam-ta-le": a point on both sides of the "s"
  // is an uncertain joint; the later one counts, as a joint.
  EXPECT_EQ(hyphenator_->hyphenate("sygefraværsforløb"), "syge-fra-værs=for-løb");
  EXPECT_EQ(hyphenator_->hyphenate("kommunikation"), "kom-mu-ni-ka-tion");
  EXPECT_TRUE(hyphenator_->hyphen_points(U"ekstra").empty());  // shorter than eight letters
}

TEST_F(HyphenatorTest, IgnoresCase) {
  EXPECT_EQ(hyphenator_->hyphen_points(U"ARBEJDSMILJØREPRÆSENTANTEN"),
            hyphenator_->hyphen_points(U"arbejdsmiljørepræsentanten"));
  EXPECT_EQ(hyphenator_->hyphenate("Dagtilbudsleder"), "Dag=til-buds=le-der");
  EXPECT_EQ(hyphenator_->hyphenate("SYGEMELDINGEN"), "SY-GE=MEL-DINGEN");
}

TEST_F(HyphenatorTest, KeepsThreeLettersOnEachSideOfThePatternsPoints) {
  for (std::u32string word : {U"sygefraværsforløb", U"behandlingsforløb", U"kommunikation", U"øen"}) {
    for (const HyphenPoint& point : hyphenator_->hyphen_points(word)) {
      EXPECT_GE(point.at, 3u);
      EXPECT_LE(point.at, word.size() - 3);
    }
  }
}

TEST_F(HyphenatorTest, WordsTheDictionaryCannotSpellAreLeftWhole) {
  EXPECT_TRUE(hyphenator_->hyphen_points(U"\u015Dablonaĵojn").empty());  // Esperanto, outside ISO8859-1
  EXPECT_EQ(hyphenator_->hyphenate("\xff\xfe"), "\xff\xfe");                // not UTF-8
}

TEST_F(HyphenatorTest, GivesTheSameAnswersFromManyThreads) {
  const auto expected = hyphenator_->hyphen_points(U"arbejdsmiljørepræsentanten");
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i)
        if (hyphenator_->hyphen_points(U"arbejdsmiljørepræsentanten") != expected) ++mismatches[t];
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(HyphenationExceptions, AListedWordReplacesItsEarlierEntry) {
  HyphenationExceptions exceptions;
  EXPECT_TRUE(exceptions.add("# comment\nmed=ar-bej-der\n\n", "a").empty());
  EXPECT_TRUE(exceptions.add("medarbejder  # never divided here\n", "b").empty());
  ASSERT_NE(exceptions.find(U"Medarbejderne"), nullptr);
  EXPECT_TRUE(exceptions.find(U"Medarbejderne")->empty());
  EXPECT_EQ(exceptions.find(U"medarbejderskab"), nullptr);  // "skab" is no ending
}

TEST(HyphenationExceptions, ReportsEveryBadLineWithItsNumber) {
  HyphenationExceptions exceptions;
  auto problems = exceptions.add("god=ord\n-forkert\nto--streger\nslut-\ntal-1\n", "liste.txt");
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].code, "hyphenation_exceptions");
  EXPECT_NE(problems[0].message.find("»liste.txt«, linje 2"), std::string::npos) << problems[0].message;
  EXPECT_NE(problems[3].message.find("linje 5"), std::string::npos);
  EXPECT_NE(exceptions.find(U"godord"), nullptr);
}

TEST(HyphenatorLoad, MissingDictionaryIsAnError) {
  auto loaded = Hyphenator::load("/nonexistent/hyph_xx.dic");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.diagnostics().front().code, "hyphenation_dictionary");
}

}  // namespace
}  // namespace sygedok::layout
