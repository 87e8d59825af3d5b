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
  EXPECT_EQ(find_health_terms("en stress-diagnose fra lægen"), (Words{"diagnose", "lægen"}));
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

TEST(HealthTerms, FindsTheDoctorTreatmentSymptomsAndCommonIllnesses) {
  EXPECT_EQ(find_health_terms("Lægen vurderer, at hun kan begynde om to uger."), Words{"Lægen"});
  EXPECT_EQ(find_health_terms("Hvad siger din læge eller psykolog?"), (Words{"læge", "psykolog"}));
  EXPECT_EQ(find_health_terms("Der er planlagt et behandlingsforløb."), Words{"behandlingsforløb"});
  EXPECT_EQ(find_health_terms("fordi han skal til flere undersøgelser"), Words{"undersøgelser"});
  EXPECT_EQ(find_health_terms("Hun sover bedre og er mindre træt."), (Words{"sover", "træt"}));
  EXPECT_EQ(find_health_terms("Smerterne i ryggen og søvnproblemerne"), (Words{"Smerterne", "søvnproblemerne"}));
  EXPECT_EQ(find_health_terms("Han var indlagt efter en operation."), (Words{"indlagt", "operation"}));
  EXPECT_EQ(find_health_terms("influenza, feber, hovedpine og kvalme"),
            (Words{"influenza", "feber", "hovedpine", "kvalme"}));
  EXPECT_EQ(find_health_terms("Hun har astma og pollenallergi."), (Words{"astma", "pollenallergi"}));
}

TEST(HealthTerms, LeavesWordsAboutAbsenceWorkAndCaseworkAlone) {
  EXPECT_TRUE(find_health_terms("Hun har været sygemeldt; sygefraværet og sygemeldingen følges op.").empty());
  EXPECT_TRUE(
      find_health_terms("Hun får fuld løn under sygdom. Der har været travlt og meget stress i afdelingen.").empty());
  EXPECT_TRUE(find_health_terms("Sagsbehandleren i jobcentret står for sagsbehandlingen.").empty());
  EXPECT_TRUE(find_health_terms("Vi vil lægge en plan. Arbejdsgiveren kan bede om en lægeerklæring.").empty());
  EXPECT_TRUE(find_health_terms("Behovet for et hæve-sænkebord undersøges, og vi undersøger mulighederne.").empty());
  EXPECT_TRUE(find_health_terms("Det psykologiske arbejdsmiljø og kommunens personalepsykologiske ordning.").empty());
  EXPECT_TRUE(find_health_terms("Behov for pauser i stilleværelset efter behov; han trækker sig.").empty());
}

TEST(HealthTerms, InvalidUtf8FindsNothing) { EXPECT_TRUE(find_health_terms("depression \xff").empty()); }

}  // namespace
}  // namespace sygedok::model
