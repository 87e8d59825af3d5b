// The window block of a letter (compose/template_data.h window_address):
// which kinds carry one, and that every line stays one line.
#include <gtest/gtest.h>

#include "compose/composer_test_support.h"
#include "compose/template_data.h"

namespace sygedok::compose {
namespace {

using namespace test_support;

TEST(WindowAddress, LettersWithAnAddressCarryItAndOtherKindsNever) {
  auto referat = compose_ok("referat", *load_sample("referat", "fravaerssamtale"));
  ASSERT_TRUE(referat.window_address.has_value());
  EXPECT_EQ(referat.window_address->recipient.front().text, "Søren Ærø Åsgaard");
  auto notat = compose_ok("notat", *load_sample("notat", "dialog_1_uge"));
  ASSERT_TRUE(notat.window_address.has_value());
  EXPECT_EQ(notat.window_address->recipient.size(), 4u);
  EXPECT_FALSE(compose_ok("notat", *load_sample("notat", "omsorgssamtale")).window_address.has_value());
  EXPECT_FALSE(compose_ok("indkaldelse", *load_sample("indkaldelse", "statussamtale")).window_address.has_value());
  EXPECT_FALSE(compose_ok("fastholdelsesplan", *load_sample("fastholdelsesplan", "kort")).window_address.has_value());
}

TEST(WindowAddress, PutsEachLineOnOneLine) {
  model::Sender sender{"Eksempel Kommune", std::nullopt, "Rådhuspladsen 1,\n9999 Eksempelby", "12345674", std::nullopt};
  model::Employee employee{"Rasmus  Eksempel", std::nullopt, std::nullopt, {"Engvej\t14 ", "9999 Eksempelby"}};
  auto window = window_address(sender, employee);
  ASSERT_TRUE(window.has_value());
  EXPECT_EQ(window->return_address, "Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby");
  EXPECT_EQ(window->recipient[0].text, "Rasmus Eksempel");
  EXPECT_EQ(window->recipient[1].text, "Engvej 14");
  employee.address.clear();
  EXPECT_FALSE(window_address(sender, employee).has_value());
}

}  // namespace
}  // namespace sygedok::compose
