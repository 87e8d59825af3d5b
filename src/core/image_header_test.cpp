#include "core/image_header.h"

#include <gtest/gtest.h>

#include "core/image_test_support.h"

namespace sygedok {
namespace {

using namespace test_images;

const std::string kPalette = png_chunk("PLTE", std::string("\xFF\x00\x00\x00\x00\xFF", 6));

TEST(ImageHeader, ReadsThePixelSizeAndColoursOfAPng) {
  auto header = read_image_header(png_file(300, 100, 8, 2, "data"));
  ASSERT_TRUE(header.ok()) << header.diagnostics().front().message;
  EXPECT_EQ(header.value().format, ImageFormat::Png);
  EXPECT_EQ(header.value().width, 300u);
  EXPECT_EQ(header.value().height, 100u);
  EXPECT_EQ(header.value().bits_per_component, 8);
  EXPECT_EQ(header.value().components, 3);
  EXPECT_FALSE(header.value().alpha);
  EXPECT_FALSE(header.value().transparency_chunk);
  EXPECT_FALSE(header.value().interlaced);
}

TEST(ImageHeader, TellsAlphaPaletteTransparencyAndInterlacing) {
  auto rgba = read_image_header(png_file(2, 2, 8, 6, "x"));
  ASSERT_TRUE(rgba.ok());
  EXPECT_TRUE(rgba.value().alpha);
  EXPECT_EQ(rgba.value().components, 3);
  auto grey_alpha = read_image_header(png_file(2, 2, 16, 4, "x"));
  ASSERT_TRUE(grey_alpha.ok());
  EXPECT_EQ(grey_alpha.value().components, 1);
  EXPECT_EQ(grey_alpha.value().bits_per_component, 16);
  auto palette = read_image_header(png_file(2, 2, 4, 3, "x", {kPalette, png_chunk("tRNS", std::string(1, '\0'))}));
  ASSERT_TRUE(palette.ok()) << palette.diagnostics().front().message;
  EXPECT_TRUE(palette.value().palette);
  EXPECT_TRUE(palette.value().transparency_chunk);
  EXPECT_EQ(palette.value().bits_per_component, 4);
  auto interlaced = read_image_header(png_file(2, 2, 8, 0, "x", {}, 1));
  ASSERT_TRUE(interlaced.ok());
  EXPECT_TRUE(interlaced.value().interlaced);
}

void expect_invalid(const std::string& bytes, const std::string& fragment) {
  auto header = read_image_header(bytes);
  ASSERT_FALSE(header.ok()) << "accepted; expected a message with »" << fragment << "«";
  ASSERT_EQ(header.diagnostics().size(), 1u);
  EXPECT_EQ(header.diagnostics()[0].code, "invalid_image");
  EXPECT_NE(header.diagnostics()[0].message.find(fragment), std::string::npos) << header.diagnostics()[0].message;
}

TEST(ImageHeader, RefusesMalformedPngs) {
  const std::string good = png_file(4, 4, 8, 2, "pixels");
  expect_invalid(good.substr(0, good.size() - 12), "afkortet");  // no IEND
  expect_invalid(good.substr(0, 20), "afkortet");
  std::string bad_crc = good;
  bad_crc[8 + 8 + 3] ^= 0x01;  // the width, inside IHDR
  expect_invalid(bad_crc, "kontrolsummen");
  expect_invalid(png_file(0, 4, 8, 2, "x"), "ugyldig størrelse");
  expect_invalid(png_file(4, 4, 16, 3, "x", {kPalette}), "farvetype 3 med bitdybde 16");
  expect_invalid(png_file(4, 4, 8, 5, "x"), "farvetype 5");
  expect_invalid(png_file(4, 4, 8, 3, "x"), "palet");  // a palette image without PLTE
  std::string no_data("\x89PNG\r\n\x1a\n", 8);
  no_data += png_ihdr(4, 4, 8, 2) + png_chunk("IEND", "");
  expect_invalid(no_data, "ingen billeddata");
  std::string data_first("\x89PNG\r\n\x1a\n", 8);
  data_first += png_chunk("IDAT", "x") + png_ihdr(4, 4, 8, 2) + png_chunk("IEND", "");
  expect_invalid(data_first, "IHDR");
  std::string huge_length = good;
  huge_length[8 + 8 + 13 + 4] = '\x7F';  // the IDAT chunk's length
  expect_invalid(huge_length, "længere end resten");
}

TEST(ImageHeader, ReadsTheFrameHeaderOfAJpeg) {
  auto header = read_image_header(jpeg_file(640, 200, 3));
  ASSERT_TRUE(header.ok()) << header.diagnostics().front().message;
  EXPECT_EQ(header.value().format, ImageFormat::Jpeg);
  EXPECT_EQ(header.value().width, 640u);
  EXPECT_EQ(header.value().height, 200u);
  EXPECT_EQ(header.value().components, 3);
  EXPECT_EQ(header.value().bits_per_component, 8);
  EXPECT_FALSE(header.value().progressive);
  auto progressive = read_image_header(jpeg_file(10, 10, 1, 0xC2));
  ASSERT_TRUE(progressive.ok());
  EXPECT_TRUE(progressive.value().progressive);
  EXPECT_EQ(progressive.value().components, 1);
  auto cmyk = read_image_header(jpeg_file(10, 10, 4));
  ASSERT_TRUE(cmyk.ok());
  EXPECT_EQ(cmyk.value().components, 4);
}

TEST(ImageHeader, RefusesMalformedOrUnusualJpegs) {
  const std::string good = jpeg_file(10, 10, 3);
  expect_invalid(good.substr(0, good.size() - 2), "EOI");
  expect_invalid(good.substr(0, 10), "afkortet");
  expect_invalid(jpeg_file(10, 10, 3, 0xC9), "aritmetisk");
  expect_invalid(jpeg_file(10, 10, 3, 0xC3), "variant");
  expect_invalid(jpeg_file(10, 0, 3), "størrelse");
  expect_invalid(jpeg_file(10, 10, 2), "2 farvekanaler");
  expect_invalid(std::string("\xFF\xD8\xFF\xDA\x00\x08", 6) + std::string(6, '\0') + "\xFF\xD9", "SOF");
  std::string bad_length = good;
  bad_length[4] = '\x7F';  // the high byte of APP0's length
  expect_invalid(bad_length, "længere end resten");
}

TEST(ImageHeader, RefusesWhatIsNeitherPngNorJpeg) {
  expect_invalid("GIF89a", "hverken");
  expect_invalid("", "hverken");
}

TEST(ImageHeader, ComputesPngsCrc32) {
  EXPECT_EQ(png_crc32("IEND"), 0xAE426082u);  // the CRC every PNG ends with
  EXPECT_EQ(png_crc32("123456789"), 0xCBF43926u);
}

TEST(ImageHeader, JoinsTheDataOfEveryIdatChunk) {
  std::string file("\x89PNG\r\n\x1a\n", 8);
  file += png_ihdr(1, 1, 8, 0) + png_chunk("IDAT", "ab") + png_chunk("tEXt", "x") + png_chunk("IDAT", "cd") +
          png_chunk("IEND", "");
  ASSERT_TRUE(read_image_header(file).ok());
  EXPECT_EQ(png_compressed_data(file), "abcd");
}

}  // namespace
}  // namespace sygedok
