// The PDF/A output intent: one /GTS_PDFA1 intent in the catalog whose
// destination profile is the built-in sRGB profile, byte for byte, with
// /N 3; and the profile itself is one PDF/A accepts (ICC version at most 4,
// a display or printer profile, RGB).
#include "pdf/output_intent.h"

#include <gtest/gtest.h>

#include <cstdint>

#include "pdf/pdf_test_support.h"

namespace sygedok::pdf {
namespace {

using namespace test;

std::uint32_t big_endian(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

TEST(OutputIntent, TheBuiltInProfileIsAnRgbDisplayProfilePdfAAccepts) {
  const std::string_view profile = srgb_profile();
  ASSERT_GT(profile.size(), 128u);
  EXPECT_EQ(big_endian(profile, 0), profile.size());  // the header's own size field
  EXPECT_EQ(profile.substr(36, 4), "acsp");
  EXPECT_LE(static_cast<unsigned char>(profile[8]), 4);  // major version
  EXPECT_EQ(profile.substr(12, 4), "mntr");
  EXPECT_EQ(profile.substr(16, 4), "RGB ");
}

TEST(OutputIntent, TheCatalogHasOneSrgbIntentWithTheWholeProfile) {
  for (bool compress : {true, false}) {
    FrameDocument document = one_line_document("Hej");
    // Compressed, the catalog is in an object stream.
    const std::string written = write_or_fail(document, {.compress = compress});
    const std::string pdf = compress ? unpacked(written) : written;
    const auto intents = pdf.find("/OutputIntents [");
    ASSERT_NE(intents, std::string::npos);
    const std::string intent = pdf.substr(intents, pdf.find(']', intents) - intents);
    EXPECT_NE(intent.find("/Type /OutputIntent"), std::string::npos) << intent;
    EXPECT_NE(intent.find("/S /GTS_PDFA1"), std::string::npos) << intent;
    EXPECT_NE(intent.find("/OutputConditionIdentifier (sRGB IEC61966-2.1)"), std::string::npos) << intent;
    const auto first = intent.find("/Type /OutputIntent");
    EXPECT_EQ(intent.find("/Type /OutputIntent", first + 1), std::string::npos) << "one intent only";
    const int profile = reference_of(intent, "/DestOutputProfile");
    ASSERT_GT(profile, 0) << intent;
    EXPECT_TRUE(stream_data(pdf, profile) == srgb_profile()) << "compress " << compress;
    const std::string dictionary = judge("qpdf --show-object=" + std::to_string(profile), pdf).out;
    EXPECT_NE(dictionary.find("/N 3"), std::string::npos) << dictionary;
    EXPECT_EQ(dictionary.find("/FlateDecode") != std::string::npos, compress) << dictionary;
  }
}

}  // namespace
}  // namespace sygedok::pdf
