#include "pdf/pdf_strings.h"

#include <gtest/gtest.h>

namespace sygedok::pdf {
namespace {

TEST(PdfStrings, RecognisesPlainAscii) {
  EXPECT_TRUE(is_plain_ascii("Referat (kopi) 2026"));
  EXPECT_FALSE(is_plain_ascii("fraværssamtale"));
  EXPECT_FALSE(is_plain_ascii(std::string("a\0b", 3)));
}

TEST(PdfStrings, EncodesUtf16BigEndianWithByteOrderMarkAndSurrogates) {
  EXPECT_EQ(utf16be_text_string("æ€"), std::string("\xFE\xFF\x00\xE6\x20\xAC", 6));
  EXPECT_EQ(utf16be_text_string("\xF0\x9F\x98\x80"), std::string("\xFE\xFF\xD8\x3D\xDE\x00", 6));  // U+1F600
  EXPECT_EQ(utf16be_text_string(""), std::string("\xFE\xFF", 2));
  EXPECT_EQ(utf16be_text_string("\xC3("), std::nullopt);
}

TEST(PdfStrings, TurnsIsoTimestampsIntoPdfDates) {
  EXPECT_EQ(pdf_date("2026-03-15T09:30:00+01:00"), "D:20260315093000+01'00'");
  EXPECT_EQ(pdf_date("2026-03-15T09:30:00-05:30"), "D:20260315093000-05'30'");
  EXPECT_EQ(pdf_date("2026-03-15T09:30:00Z"), "D:20260315093000+00'00'");
  EXPECT_EQ(pdf_date("2026-03-15T09:30:00.123+0200"), "D:20260315093000+02'00'");
  EXPECT_EQ(pdf_date("2026-03-15 09:30"), "D:20260315093000");
  EXPECT_EQ(pdf_date("2026-03-15"), "D:20260315");
}

TEST(PdfStrings, TurnsIsoTimestampsIntoXmpDatesOfTheSamePrecision) {
  EXPECT_EQ(xmp_date("2026-03-15T09:30:00+01:00"), "2026-03-15T09:30:00+01:00");
  EXPECT_EQ(xmp_date("2026-03-15T09:30:00-05:30"), "2026-03-15T09:30:00-05:30");
  EXPECT_EQ(xmp_date("2026-03-15T09:30:00Z"), "2026-03-15T09:30:00Z");
  EXPECT_EQ(xmp_date("2026-03-15T09:30:00.123+0200"), "2026-03-15T09:30:00+02:00");
  EXPECT_EQ(xmp_date("2026-03-15 09:30"), "2026-03-15T09:30:00");
  EXPECT_EQ(xmp_date("2026-03-15"), "2026-03-15");
}

TEST(PdfStrings, RefusesWhatIsNotATimestamp) {
  for (const char* text : {"", "i går", "2026-13-01", "2026-03-32", "2026-03-15T25:00", "2026-03-15T09:30:00+1",
                           "2026-03-15T09:30:00+01:00x", "2026-3-15", "2026-03-15T09:30:00."}) {
    EXPECT_EQ(pdf_date(text), std::nullopt) << text;
    EXPECT_EQ(xmp_date(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace sygedok::pdf
