// Images in the written PDF: one XObject per ImageData however often it is
// drawn, placed by a cm matrix, listed in the page's /XObject resources,
// judged by qpdf and pdfimages; refused images are errors, never a crash.
#include "pdf/image_embedder.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <memory>

#include "core/image_test_support.h"
#include "pdf/pdf_test_support.h"

namespace sygedok::pdf {
namespace {

using namespace test;
using namespace test_images;

// A 60 × 20 RGB PNG: red above, blue below.
std::shared_ptr<const ImageData> logo() {
  std::string raw;
  for (int y = 0; y < 20; ++y) {
    raw += '\0';
    for (int x = 0; x < 60; ++x) raw += y < 10 ? std::string("\xC0\x10\x10", 3) : std::string("\x10\x10\xC0", 3);
  }
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string idat(size, '\0');
  compress2(reinterpret_cast<Bytef*>(idat.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
            static_cast<uLong>(raw.size()), 9);
  idat.resize(size);
  auto image = std::make_shared<ImageData>();
  image->format = ImageFormat::Png;
  image->width_px = 60;
  image->height_px = 20;
  image->bytes = png_file(60, 20, 8, 2, idat);
  return image;
}

FrameDocument with_images(std::shared_ptr<const ImageData> image, int pages) {
  FrameDocument document = one_line_document("Indkaldelse til fraværssamtale");
  for (int p = 1; p < pages; ++p) document.pages.push_back(document.pages[0]);
  for (auto& page : document.pages) page.items.push_back(ImageItem{{mm(150), mm(10), mm(40), mm(40) / 3}, image});
  return document;
}

TEST(ImageEmbedder, DrawsOneSharedImageObjectOnEveryPage) {
  const std::string pdf = write_or_fail(with_images(logo(), 2), {false});
  ASSERT_FALSE(pdf.empty());
  EXPECT_EQ(objects_containing(pdf, "/Subtype /Image").size(), 1u);
  const auto pages = objects_containing(pdf, "/Type /Page\n");
  auto check = judge("qpdf --check", pdf);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  auto list = judge("pdfimages -list", pdf);
  ASSERT_EQ(list.exit_code, 0) << list.err;
  // Header, rule, then one line a page (its page number first): both name
  // the same object, 60 × 20 RGB at 8 bits.
  std::istringstream lines(list.out);
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line)) rows.push_back(line);
  ASSERT_EQ(rows.size(), 4u) << list.out;
  std::regex row("^\\s+(\\d+)\\s+\\d+\\s+image\\s+60\\s+20\\s+rgb\\s+3\\s+8\\s+image\\s+no\\s+(\\d+)\\s+0\\s.*");
  std::smatch first, second;
  ASSERT_TRUE(std::regex_match(rows[2], first, row)) << rows[2];
  ASSERT_TRUE(std::regex_match(rows[3], second, row)) << rows[3];
  EXPECT_EQ(first[1].str(), "1");
  EXPECT_EQ(second[1].str(), "2");
  EXPECT_EQ(first[2].str(), second[2].str());
}

TEST(ImageEmbedder, PlacesTheImageWithACmMatrixInPdfCoordinates) {
  const std::string pdf = write_or_fail(with_images(logo(), 1), {false});
  // x 150 mm = 425.2 pt; top 10 mm, height 13.33 mm: bottom at 841.89 − 28.35 − 37.8 = 775.75 pt.
  EXPECT_NE(pdf.find("q\n113.386 0 0 37.795 425.2 775.75 cm\n/Im1 Do\nQ\n"), std::string::npos);
  EXPECT_NE(pdf.find("/XObject <<\n/Im1 "), std::string::npos);
}

TEST(ImageEmbedder, CompressesPngSamplesAndStaysByteStable) {
  auto image = logo();
  const std::string once = write_or_fail(with_images(image, 2));
  const std::string twice = write_or_fail(with_images(image, 2));
  EXPECT_EQ(once, twice);
  const std::string uncompressed = write_or_fail(with_images(image, 2), {false});
  EXPECT_LT(once.size() + 3000, uncompressed.size());  // 3 600 bytes of samples shrink to a few dozen
  auto list = judge("pdfimages -list", once);
  EXPECT_NE(list.out.find(" image  no "), std::string::npos) << list.out;
}

TEST(ImageEmbedder, RefusesAnImageLibharuCannotEmbedWithoutCrashing) {
  auto broken = std::make_shared<ImageData>(*logo());
  broken->bytes[broken->bytes.size() - 20] ^= 0x5A;  // inside IDAT: the CRC no longer matches
  auto result = write_pdf(with_images(broken, 2), fonts());
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics().size(), 1u);  // once, though drawn twice
  EXPECT_EQ(result.diagnostics()[0].code, "invalid_image");
}

}  // namespace
}  // namespace sygedok::pdf
