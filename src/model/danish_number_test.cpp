#include "model/danish_number.h"

#include <gtest/gtest.h>

#include <limits>

namespace sygedok::model {
namespace {

TEST(DanishNumber, UsesADecimalCommaWithoutTrailingZeros) {
  EXPECT_EQ(format_danish_number(15), "15");
  EXPECT_EQ(format_danish_number(18.5), "18,5");
  EXPECT_EQ(format_danish_number(7.25), "7,25");
  EXPECT_EQ(format_danish_number(7.256), "7,26");
  EXPECT_EQ(format_danish_number(0), "0");
  EXPECT_EQ(format_danish_number(-0.001), "0");
  EXPECT_EQ(format_danish_number(-3.5), "-3,5");
  EXPECT_EQ(format_danish_number(100), "100");
  EXPECT_EQ(format_danish_number(1e20), "1e+20");
  EXPECT_EQ(format_danish_number(std::numeric_limits<double>::quiet_NaN()), "?");
}

}  // namespace
}  // namespace sygedok::model
