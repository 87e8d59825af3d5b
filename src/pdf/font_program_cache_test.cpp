#include "pdf/font_program_cache.h"

#include <gtest/gtest.h>

#include "pdf/pdf_test_support.h"
#include "pdf/pdf_writer.h"

namespace sygedok::pdf {
namespace {

using namespace test;

std::shared_ptr<const CompressedFontProgram> program(const std::string& bytes) {
  auto made = std::make_shared<CompressedFontProgram>();
  made->deflated = bytes;
  made->length = bytes.size();
  return made;
}

TEST(FontProgramCache, KeepsTheNewestEntriesUpToItsCapacity) {
  FontProgramCache cache(2);
  cache.insert("a", program("1"));
  cache.insert("b", program("2"));
  cache.insert("a", program("other"));  // kept already: unchanged
  EXPECT_EQ(cache.find("a")->deflated, "1");
  cache.insert("c", program("3"));
  EXPECT_EQ(cache.find("a"), nullptr) << "the oldest went";
  EXPECT_EQ(cache.find("b")->deflated, "2");
  EXPECT_EQ(cache.find("c")->deflated, "3");
  FontProgramCache none(0);
  none.insert("a", program("1"));
  EXPECT_EQ(none.find("a"), nullptr);
}

TEST(FontProgramCache, AHitWritesTheSameBytesAsAMissAndAsNoCache) {
  FontProgramCache cache;
  const FrameDocument document = one_line_document("Hej fra Søren Ærø Åsgaard");
  const std::string without = write_or_fail(document);
  const std::string miss = write_or_fail(document, {.font_programs = &cache});
  EXPECT_EQ(cache.size(), 1u) << "one face is used";
  const std::string hit = write_or_fail(document, {.font_programs = &cache});
  EXPECT_EQ(cache.size(), 1u) << "the second document found the first one's program";
  EXPECT_EQ(miss, without);
  EXPECT_EQ(hit, without);
  // Other glyphs, another program: the text still extracts exactly.
  const std::string other = write_or_fail(one_line_document("Zoë Quist"), {.font_programs = &cache});
  EXPECT_EQ(judge("pdftotext", other, " -").out.rfind("Zoë Quist", 0), 0u);
  EXPECT_EQ(judge("pdffonts", other).err, "");
  EXPECT_EQ(cache.size(), 2u);
}

}  // namespace
}  // namespace sygedok::pdf
