#include "model/health_terms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sygedok::model {
namespace {

using Words = std::vector<std::string>;

TEST(HealthTerms, FindsDiagnosesMedicineAndOperations) {
  EXPECT_EQ(find_health_terms("Hun har fået konstateret en depression."), Words{"depression"});
  EXPECT_EQ(find_health_terms("Han venter på en operation og tager medicin."), (Words{"operation", "medicin"}));
  EXPECT_EQ(find_health_terms("Diagnosen er ikke endelig."), Words{"Diagnosen"});
  EXPECT_EQ(find_health_terms("Der er tale om kræft."), Words{"kræft"});
  EXPECT_EQ(find_health_terms("Hun blev opereret i fredags."), Words{"opereret"});
}

TEST(HealthTerms, FindsStemsInsideCompoundsAndAfterHyphens) {
  EXPECT_EQ(find_health_terms("brystkræft"), Words{"brystkræft"});
  EXPECT_EQ(find_health_terms("en stress-diagnose fra lægen"), Words{"diagnose"});
  EXPECT_EQ(find_health_terms("stressdiagnose"), Words{"stressdiagnose"});
  EXPECT_EQ(find_health_terms("Han har en diskusprolaps."), Words{"diskusprolaps"});
  EXPECT_EQ(find_health_terms("Medicineringen justeres."), Words{"Medicineringen"});
}

TEST(HealthTerms, IgnoresCaseAndReportsEachWordOnce) {
  EXPECT_EQ(find_health_terms("DEPRESSION, depression og Depression"),
            (Words{"DEPRESSION", "depression", "Depression"}));
  EXPECT_EQ(find_health_terms("medicin og medicin"), Words{"medicin"});
  EXPECT_EQ(find_health_terms("ADHD"), Words{"ADHD"});
}

TEST(HealthTerms, LeavesOrdinaryWordsThatShareAStemAlone) {
  EXPECT_TRUE(find_health_terms("Hun skal spare på kræfterne, og vi mangler arbejdskræfter.").empty());
  EXPECT_TRUE(find_health_terms("Han løser de operationelle opgaver i teamet.").empty());
  EXPECT_TRUE(find_health_terms("Alkoholpolitikken gælder for alle.").empty());
  EXPECT_TRUE(find_health_terms("Langsomt men sikkert.").empty());
  EXPECT_TRUE(find_health_terms("Forkortelser tæller kun som hele ord: adhdx, xptsd.").empty());
}

TEST(HealthTerms, AllowsWhatTheSeedsAskAbout) {
  // Seed 000's dialog questions: the doctor's view and treatment that causes absence.
  EXPECT_TRUE(find_health_terms("Hvad siger din læge/psykolog i forhold til tilbagevenden til arbejdet?").empty());
  EXPECT_TRUE(find_health_terms("Der er planlagt et behandlingsforløb, som vil medføre fravær to formiddage om "
                                "ugen i de kommende fire uger.")
                  .empty());
  EXPECT_TRUE(
      find_health_terms("Hun får fuld løn under sygdom. Der har været travlt og meget stress i afdelingen.").empty());
  EXPECT_TRUE(
      find_health_terms("Mulighedserklæring udfyldes til egen læge. Kommunens personalepsykologiske ordning.").empty());
  EXPECT_TRUE(find_health_terms("Behov for hæve-sænkebord og pauser i stilleværelset efter behov.").empty());
}

TEST(HealthTerms, InvalidUtf8FindsNothing) { EXPECT_TRUE(find_health_terms("depression \xff").empty()); }

}  // namespace
}  // namespace sygedok::model
