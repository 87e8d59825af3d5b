#include "compose/opfoelgningsplan_composer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "compose/document_kinds.h"
#include "model/json_input.h"

namespace sygedok::compose {
namespace {

// A rule's document is a kind the service renders (docs/planning.md).
TEST(OpfoelgningsplanComposer, EveryPolicyRuleNamesADocumentKindThatExists) {
  auto store = TemplateStore::load();
  ASSERT_TRUE(store);
  const auto kinds = document_kinds();
  const plan::PolicySet& policies = store.value()->policies();
  for (const auto& id : policies.ids())
    for (const auto& rule : policies.find(id)->rules)
      if (rule.document)
        EXPECT_NE(std::find(kinds.begin(), kinds.end(), rule.document->kind), kinds.end()) << rule.id;
}

// The intro names the organisation's guidelines only when there are some beside the law.
TEST(OpfoelgningsplanComposer, TheIntroNamesGuidelinesOnlyWhenTheOrganisationHasThem) {
  auto store = TemplateStore::load();
  ASSERT_TRUE(store);
  for (const auto& [policy, phrase] : {std::pair{"national", "som loven beder om"},
                                       std::pair{"koege", "som retningslinjerne og loven beder om"}}) {
    auto input = model::parse_json_object(std::string(R"({"as_of": "2026-12-10", "policy": ")") + policy +
                                          R"(", "employee": {"name": "Testa"}, "absence": {"first_day": "2026-12-01"}})");
    ASSERT_TRUE(input);
    auto composed = compose_opfoelgningsplan(*input.value(), *store.value(), Delivery::DigitalPost);
    ASSERT_TRUE(composed) << policy;
    EXPECT_NE(composed.value().markdown.find(phrase), std::string::npos) << policy << "\n" << composed.value().markdown;
    if (std::string(policy) == "national")
      EXPECT_EQ(composed.value().markdown.find("retningslinjerne"), std::string::npos);
  }
}

}  // namespace
}  // namespace sygedok::compose
