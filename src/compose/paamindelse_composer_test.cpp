#include "compose/paamindelse_composer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "compose/composer_test_support.h"
#include "compose/document_kinds.h"

namespace sygedok::compose {
namespace {

using namespace test_support;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string text_of(const std::string& sample_name, Delivery delivery = Delivery::DigitalPost) {
  auto composed = compose_document("paamindelse", *load_sample("paamindelse", sample_name), builtin_templates(), delivery);
  EXPECT_TRUE(composed.ok());
  return all_paragraph_text(blocks_of(composed.value()));
}

TEST(PaamindelseComposer, IsRegistered) {
  auto kinds = document_kinds();
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "paamindelse"), 1);
}

TEST(PaamindelseComposer, NamesTheReferatItsDateAndTheReturnDate) {
  ComposedDocument composed = compose_ok("paamindelse", *load_sample("paamindelse", "fravaerssamtale"));
  EXPECT_EQ(composed.info.title, "Påmindelse om referat til underskrift");
  EXPECT_EQ(composed.info.subject, "Referat af fraværssamtale med Ana Paula Gonçalves den 2. december 2026");
  ASSERT_TRUE(composed.reply_by);  // the envelope lets the employee reply until then
  EXPECT_EQ(*composed.reply_by, (model::Date{2026, 12, 16}));
  BlockDocument document = blocks_of(composed);
  EXPECT_EQ(headings(document)[0], "# Påmindelse om referat til underskrift");
  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Kære Ana Paula")) << text;
  EXPECT_TRUE(contains(text, "Referatet af vores fraværssamtale onsdag den 2. december 2026 blev ikke underskrevet på "
                             "mødet, og derfor sendte jeg det til dig den 3. december 2026 uden underskrifter."))
      << text;
  EXPECT_TRUE(contains(text, "send det tilbage til mig senest onsdag den 16. december 2026."));
  EXPECT_TRUE(contains(text, "ikke at du er enig i alt"));
  EXPECT_TRUE(contains(text, "kan du skrive dine kommentarer og sende dem med. De bliver vedlagt referatet"));
  auto found = tables(document);
  ASSERT_EQ(found.size(), 2u);  // letterhead and facts
  ASSERT_EQ(found[1]->rows.size(), 3u);
  EXPECT_EQ(plain(found[1]->rows[0][1]), "Referat af fraværssamtale");
  EXPECT_EQ(plain(found[1]->rows[2][1]), "Onsdag den 16. december 2026");
}

TEST(PaamindelseComposer, HowToReturnItFollowsTheDelivery) {
  EXPECT_TRUE(contains(text_of("fravaerssamtale", Delivery::DigitalPost),
                       "Du kan svare på denne besked i Digital Post og vedhæfte det underskrevne referat"));
  for (Delivery other : {Delivery::PhysicalPost, Delivery::Unstated}) {
    std::string text = text_of("fravaerssamtale", other);
    EXPECT_FALSE(contains(text, "Digital Post")) << text;
    EXPECT_TRUE(contains(text, "Du kan sende det med posten til Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby"));
  }
}

TEST(PaamindelseComposer, WithoutASendingDateAndWithTheManagersOwnWords) {
  std::string text = text_of("statussamtale-besked");
  EXPECT_TRUE(contains(text, "og derfor har du fået det uden underskrifter.")) << text;
  EXPECT_TRUE(contains(text, "Sig endelig til, hvis du gerne vil gennemgå det sammen med mig"));
  EXPECT_TRUE(contains(text, "Kære Sofie"));
}

}  // namespace
}  // namespace sygedok::compose
