#include "pdf/image_check.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "core/image_test_support.h"

namespace sygedok::pdf {
namespace {

using namespace test_images;

std::string deflate(const std::string& raw) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string out(size, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
            static_cast<uLong>(raw.size()), 9);
  out.resize(size);
  return out;
}

// `height` rows of filter byte 0 and `row` bytes of 0x80.
std::string rows(std::size_t height, std::size_t row, char filter = '\0') {
  std::string raw;
  for (std::size_t y = 0; y < height; ++y) raw += filter + std::string(row, '\x80');
  return raw;
}

ImageData png(std::uint32_t width, std::uint32_t height, int depth, int colour_type, const std::string& idat,
              const std::vector<std::string>& middle = {}, int interlace = 0) {
  ImageData image;
  image.format = ImageFormat::Png;
  image.width_px = width;
  image.height_px = height;
  image.bytes = png_file(width, height, depth, colour_type, idat, middle, interlace);
  return image;
}

ImageData jpeg(std::uint16_t width, std::uint16_t height, int components, int precision = 8) {
  ImageData image;
  image.format = ImageFormat::Jpeg;
  image.width_px = width;
  image.height_px = height;
  image.bytes = jpeg_file(width, height, components, 0xC0, precision);
  return image;
}

void expect_refused(const ImageData& image, const std::string& code, const std::string& fragment) {
  Diagnostics problems = check_image(image);
  ASSERT_EQ(problems.size(), 1u) << "accepted; expected »" << fragment << "«";
  EXPECT_EQ(problems[0].code, code);
  EXPECT_NE(problems[0].message.find(fragment), std::string::npos) << problems[0].message;
}

TEST(CheckImage, AcceptsEightBitRgbGreyAndPalettePngs) {
  EXPECT_TRUE(check_image(png(30, 10, 8, 2, deflate(rows(10, 90)))).empty());
  EXPECT_TRUE(check_image(png(30, 10, 8, 0, deflate(rows(10, 30)))).empty());
  const std::string palette = png_chunk("PLTE", std::string("\xFF\x00\x00\x00\x00\xFF", 6));
  EXPECT_TRUE(check_image(png(30, 10, 1, 3, deflate(rows(10, 4)), {palette})).empty());  // 30 bits → 4 bytes a row
}

TEST(CheckImage, AcceptsEightBitGreyAndRgbJpegs) {
  EXPECT_TRUE(check_image(jpeg(40, 20, 3)).empty());
  EXPECT_TRUE(check_image(jpeg(40, 20, 1)).empty());
}

TEST(CheckImage, RefusesWhatLibharuWouldEmbedWronglyOrAsTransparency) {
  expect_refused(png(4, 4, 16, 2, deflate(rows(4, 24))), "unsupported_image", "16 bit");
  expect_refused(png(4, 4, 8, 6, deflate(rows(4, 16))), "unsupported_image", "gennemsigtige");
  expect_refused(png(4, 4, 8, 2, deflate(rows(4, 12)), {png_chunk("tRNS", std::string(6, '\0'))}),
                 "unsupported_image", "gennemsigtige");
  expect_refused(png(4, 4, 8, 2, deflate(rows(4, 12)), {}, 1), "unsupported_image", "interlacing");
  expect_refused(jpeg(4, 4, 4), "unsupported_image", "CMYK");
  expect_refused(jpeg(4, 4, 3, 12), "unsupported_image", "12 bit");
}

// libpng aborts the process on these (libharu 2.3.0 does not catch its
// errors): they must be refused before libharu sees them.
TEST(CheckImage, RefusesPixelDataThatDoesNotInflateToTheRows) {
  std::string damaged = deflate(rows(10, 90));
  damaged[damaged.size() - 3] ^= 0x55;  // the Adler-32 check
  expect_refused(png(30, 10, 8, 2, damaged), "invalid_image", "beskadiget");
  expect_refused(png(30, 10, 8, 2, deflate(rows(5, 90))), "invalid_image", "beskadiget");   // too few rows
  expect_refused(png(30, 10, 8, 2, deflate(rows(11, 90))), "invalid_image", "beskadiget");  // too many
  expect_refused(png(30, 10, 8, 2, deflate(rows(10, 90, '\x05'))), "invalid_image", "beskadiget");  // filter 5
  expect_refused(png(30, 10, 8, 2, deflate(rows(10, 90)) + "extra"), "invalid_image", "beskadiget");
  const std::string whole = deflate(rows(10, 90));
  expect_refused(png(30, 10, 8, 2, whole.substr(0, whole.size() / 2)), "invalid_image", "beskadiget");
}

TEST(CheckImage, RefusesAFileThatIsNotWhatTheImageDataSays) {
  ImageData wrong_size = jpeg(40, 20, 3);
  wrong_size.width_px = 41;
  expect_refused(wrong_size, "invalid_image", "passer ikke");
  ImageData not_an_image;
  not_an_image.bytes = "GIF89a";
  expect_refused(not_an_image, "invalid_image", "hverken");
}

}  // namespace
}  // namespace sygedok::pdf
