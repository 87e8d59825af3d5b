// The finished file: object streams and a cross-reference stream when
// compressing, a classic table otherwise, judged by qpdf and poppler.
#include "pdf/object_streams.h"

#include <gtest/gtest.h>

#include "pdf/pdf_test_support.h"
#include "pdf/pdf_writer.h"

namespace sygedok::pdf {
namespace {

using namespace test;

TEST(ObjectStreams, PackEveryDictionaryAndKeepEveryStream) {
  FrameDocument document = one_line_document("Hej fra Søren");
  const std::string pdf = write_or_fail(document);
  auto check = judge("qpdf --check", pdf);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  // qpdf lists where each object is: in the object stream ("compressed")
  // or at an offset ("uncompressed"); the catalog and the page are packed.
  const auto xref = judge("qpdf --show-xref", pdf).out;
  EXPECT_NE(xref.find("1/0: compressed; stream = "), std::string::npos) << xref;
  EXPECT_NE(xref.find("uncompressed"), std::string::npos) << "streams stay at the top level";
  EXPECT_EQ(judge("pdftotext", pdf, " -").out.find("Hej fra Søren"), 0u);
  EXPECT_NE(judge("pdfinfo", pdf).out.find("Title:"), std::string::npos);
  // Same content either way.
  const std::string plain = write_or_fail(document, {.compress = false});
  EXPECT_EQ(judge("pdftotext", plain, " -").out, judge("pdftotext", pdf, " -").out);
  EXPECT_LT(pdf.size(), plain.size());
}

TEST(ObjectStreams, AStringThatMentionsAStreamKeywordIsNoStream) {
  FrameDocument document = one_line_document("Hej");
  document.info.title = "Notat om endstream endobj (og stream)";
  const std::string pdf = write_or_fail(document);
  EXPECT_EQ(judge("qpdf --check", pdf).exit_code, 0);
  EXPECT_EQ(info_field(judge("pdfinfo", pdf).out, "Title"), "Notat om endstream endobj (og stream)");
}

TEST(ObjectStreams, OwnObjectsReplaceTheirPlaceholderOrFollowLibharusLast) {
  const std::string plain = write_or_fail(one_line_document("Hej"), {.compress = false});
  // Object 1 is the catalog; give the file a new one that names a new object.
  const auto size_at = plain.rfind("/Size ");
  const std::uint32_t size = static_cast<std::uint32_t>(std::stoul(plain.substr(size_at + 6)));
  const std::string catalog = object_text(plain, 1);
  std::string replaced = catalog;
  replaced.insert(replaced.rfind(">>"), "/PieceInfo " + std::to_string(size) + " 0 R\n");
  const std::vector<SerializedObject> own{{1, replaced}, {size, "<</sygedok<</LastModified(D:20261203)>>>>"}};
  for (bool compress : {false, true}) {
    FlateCompressor flate;
    auto finished = finish_objects(plain, own, compress ? &flate : nullptr);
    ASSERT_TRUE(finished.has_value());
    auto check = judge("qpdf --check", *finished);
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    const auto shown = judge("qpdf --show-object=" + std::to_string(size), *finished).out;
    EXPECT_NE(shown.find("/LastModified"), std::string::npos) << shown;
    EXPECT_NE(judge("qpdf --show-object=1", *finished).out.find("/PieceInfo"), std::string::npos);
  }
}

TEST(ObjectStreams, RefuseAFileNotLaidOutAsLibharuWritesOrAGapInTheNumbers) {
  FlateCompressor flate;
  EXPECT_FALSE(finish_objects("", {}, &flate).has_value());
  EXPECT_FALSE(finish_objects("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n999999\n%%EOF\n", {}, &flate));
  const std::string plain = write_or_fail(one_line_document("Hej"), {.compress = false});
  std::string broken = plain;
  broken.replace(broken.find("xref\n0 ") + 5, 1, "x");
  EXPECT_FALSE(finish_objects(broken, {}, &flate).has_value());
  const auto size = static_cast<std::uint32_t>(std::stoul(plain.substr(plain.rfind("/Size ") + 6)));
  EXPECT_FALSE(finish_objects(plain, {{size + 1, "null"}}, &flate).has_value()) << "object `size` would be missing";
}

}  // namespace
}  // namespace sygedok::pdf
