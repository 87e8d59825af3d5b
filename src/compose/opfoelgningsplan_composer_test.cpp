#include "compose/opfoelgningsplan_composer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "compose/document_kinds.h"

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

}  // namespace
}  // namespace sygedok::compose
