#include "pdf/flate.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace sygedok::pdf {
namespace {

std::string inflate(const std::string& compressed, std::size_t size) {
  std::string out(size, '\0');
  uLongf length = static_cast<uLongf>(size);
  if (uncompress(reinterpret_cast<Bytef*>(out.data()), &length, reinterpret_cast<const Bytef*>(compressed.data()),
                 static_cast<uLong>(compressed.size())) != Z_OK)
    return "<inflate failed>";
  out.resize(length);
  return out;
}

TEST(FlateCompressor, RoundTripsEveryStreamWithOneCompressor) {
  FlateCompressor flate;
  std::string long_text;
  for (int i = 0; i < 2000; ++i) long_text += "BT /F1 10.5 Tf 72 " + std::to_string(i) + " Td <00240045> Tj ET\n";
  for (const std::string& input : {long_text, std::string("kort"), std::string()}) {
    std::string compressed;
    ASSERT_TRUE(flate.compress(input, compressed));
    EXPECT_EQ(inflate(compressed, input.size() + 1), input);
    if (input.size() > 1000) {
      EXPECT_LT(compressed.size() * 5, input.size());
    }
  }
}

}  // namespace
}  // namespace sygedok::pdf
