#include "digitalpost/base64.h"

#include <gtest/gtest.h>

#include <random>

namespace sygedok::digitalpost {
namespace {

TEST(Base64, EncodesTheRfc4648Vectors) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
  EXPECT_EQ(base64_encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64_encode(std::string("\xff\xfe\x00", 3)), "//4A");
}

TEST(Base64, RoundTripsEveryLengthOfRandomBytes) {
  std::mt19937 random(7);
  for (std::size_t length = 0; length < 200; ++length) {
    std::string bytes;
    for (std::size_t i = 0; i < length; ++i) bytes += static_cast<char>(random() & 0xFF);
    auto decoded = base64_decode(base64_encode(bytes));
    ASSERT_TRUE(decoded.has_value()) << length;
    ASSERT_EQ(*decoded, bytes) << length;
  }
}

TEST(Base64, DecodingIgnoresLineBreaksButNothingElse) {
  EXPECT_EQ(base64_decode("Zm9v\r\nYmFy\n"), std::optional<std::string>("foobar"));
  EXPECT_EQ(base64_decode("Zm9vYg=="), std::optional<std::string>("foob"));
  EXPECT_FALSE(base64_decode("Zm9vY"));       // not a multiple of four
  EXPECT_FALSE(base64_decode("Zm9v!mFy"));    // not in the alphabet
  EXPECT_FALSE(base64_decode("Zg==Zm9v"));    // data after padding
  EXPECT_FALSE(base64_decode("Z==="));        // too much padding
  EXPECT_FALSE(base64_decode("Zh=="));        // non-zero bits under the padding
  EXPECT_FALSE(base64_decode("Zm9v-_Fy"));    // the URL alphabet is another encoding
}

}  // namespace
}  // namespace sygedok::digitalpost
