#include "compose/svar_fastholdelsesplan_composer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "compose/composer_test_support.h"
#include "compose/document_kinds.h"

namespace sygedok::compose {
namespace {

using namespace test_support;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(SvarFastholdelsesplanComposer, IsRegistered) {
  auto kinds = document_kinds();
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "svar_fastholdelsesplan"), 1);
}

TEST(SvarFastholdelsesplanComposer, TheInvitationCallsToAMeetingWithACalendarEntry) {
  ComposedDocument composed = compose_ok("svar_fastholdelsesplan", *load_sample("svar_fastholdelsesplan", "invitation"));
  EXPECT_EQ(composed.info.title, "Svar på din anmodning om en fastholdelsesplan");
  EXPECT_TRUE(composed.calendar_entry);
  EXPECT_FALSE(composed.reply_by);
  BlockDocument document = blocks_of(composed);
  auto heads = headings(document);
  EXPECT_NE(std::find(heads.begin(), heads.end(), "## Vi laver planen sammen"), heads.end());
  EXPECT_EQ(std::find(heads.begin(), heads.end(), "## Vores vurdering"), heads.end());
  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Tak for din anmodning om en fastholdelsesplan den 4. januar 2027. Du har været "
                             "sygemeldt siden mandag den 9. november 2026."))
      << text;
  EXPECT_TRUE(contains(text, "Jeg vil gerne lave planen sammen med dig"));
  EXPECT_TRUE(contains(text, "Du er velkommen til at have en bisidder med"));
  EXPECT_TRUE(contains(text, "den første opfølgningssamtale i kommunens jobcenter"));
  EXPECT_FALSE(contains(text, "ikke er behov"));
  auto found = tables(document);
  ASSERT_EQ(found.size(), 2u);  // letterhead and facts
  ASSERT_EQ(found[1]->rows.size(), 4u);
  EXPECT_EQ(plain(found[1]->rows[1][1]), "Vi laver planen sammen");
  EXPECT_EQ(plain(found[1]->rows[2][0]), "Tidspunkt");
}

TEST(SvarFastholdelsesplanComposer, TheDecisionGivesTheReasonAndWhatTheEmployeeCanDo) {
  ComposedDocument composed = compose_ok("svar_fastholdelsesplan", *load_sample("svar_fastholdelsesplan", "ikke_behov"));
  EXPECT_FALSE(composed.calendar_entry);
  BlockDocument document = blocks_of(composed);
  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Jeg har vurderet, at der ikke er behov for en fastholdelsesplan nu.")) << text;
  EXPECT_TRUE(contains(text, "Du har selv fortalt, at du regner med at være tilbage på fuld tid efter nytår"));
  EXPECT_FALSE(contains(text, "Jeg vil gerne lave planen sammen med dig"));
  auto can_do = list_after(document, "Det kan du gøre");
  ASSERT_EQ(can_do.size(), 3u);
  EXPECT_EQ(can_do[0], "Du kan til enhver tid bede om en plan igen, for eksempel hvis din situation ændrer sig.");
  auto found = tables(document);
  ASSERT_EQ(found.size(), 2u);  // letterhead and facts, without a meeting
  ASSERT_EQ(found[1]->rows.size(), 2u);
  EXPECT_EQ(plain(found[1]->rows[0][1]), "3. december 2026");
  EXPECT_EQ(plain(found[1]->rows[1][1]), "Der er ikke behov for en plan nu");
}

}  // namespace
}  // namespace sygedok::compose
