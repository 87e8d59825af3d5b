#include "compose/laegeerklaering_composer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "compose/composer_test_support.h"
#include "compose/document_kinds.h"

namespace sygedok::compose {
namespace {

using namespace test_support;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string text_of(const Poco::JSON::Object& input, Delivery delivery = Delivery::DigitalPost) {
  auto composed = compose_document("laegeerklaering", input, builtin_templates(), delivery);
  EXPECT_TRUE(composed.ok());
  return composed.ok() ? all_paragraph_text(blocks_of(composed.value())) : "";
}

TEST(LaegeerklaeringComposer, IsRegistered) {
  auto kinds = document_kinds();
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "laegeerklaering"), 1);
}

TEST(LaegeerklaeringComposer, AFriattestSaysWhatItIsWhyByWhenAndHow) {
  ComposedDocument composed = compose_ok("laegeerklaering", *load_sample("laegeerklaering", "friattest"));
  EXPECT_EQ(composed.info.title, "Anmodning om friattest");
  ASSERT_TRUE(composed.reply_by);
  EXPECT_EQ(*composed.reply_by, (model::Date{2026, 11, 27}));
  BlockDocument document = blocks_of(composed);
  EXPECT_EQ(headings(document)[0], "# Anmodning om friattest");
  std::string text = all_paragraph_text(document);
  EXPECT_TRUE(contains(text, "Du har været sygemeldt siden torsdag den 12. november 2026")) << text;
  EXPECT_TRUE(contains(text, "En friattest er lægens dokumentation for, at dit fravær skyldes sygdom."));
  EXPECT_TRUE(contains(text, "Vi beder om den for at få dokumenteret dit fravær."));
  EXPECT_TRUE(contains(text, "Du behøver ikke fortælle, hvad du fejler, og det skal heller ikke stå i friattesten."));
  EXPECT_TRUE(contains(text, "send den til mig senest fredag den 27. november 2026."));
  EXPECT_TRUE(contains(text, "Du kan svare på denne besked i Digital Post og vedhæfte friattesten"));
  EXPECT_FALSE(contains(text, "honorar")) << "who pays is said only when the input or the profile says so";
}

TEST(LaegeerklaeringComposer, AVarighedserklaeringWithItsOwnReasonAndTheFee) {
  std::string text = text_of(*load_sample("laegeerklaering", "varighedserklaering"));
  EXPECT_TRUE(contains(text, "En varighedserklæring er lægens vurdering af, hvor længe dit fravær forventes at vare."));
  EXPECT_TRUE(contains(text, "Vi skal planlægge bemandingen i vuggestuen frem til jul")) << text;
  EXPECT_FALSE(contains(text, "sammen med dig forberede"));  // the default reason gives way
  EXPECT_TRUE(contains(text, "Vi betaler lægens honorar for varighedserklæringen."));
  EXPECT_TRUE(contains(text, "Alle her hilser mange gange."));
}

TEST(LaegeerklaeringComposer, HowToSendItFollowsTheDelivery) {
  auto input = load_sample("laegeerklaering", "friattest");
  for (Delivery other : {Delivery::PhysicalPost, Delivery::Unstated}) {
    std::string text = text_of(*input, other);
    EXPECT_FALSE(contains(text, "Digital Post")) << text;
    EXPECT_TRUE(contains(text, "Du kan sende den med posten til Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby"));
  }
}

}  // namespace
}  // namespace sygedok::compose
