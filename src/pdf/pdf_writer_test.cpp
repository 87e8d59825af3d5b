// write_pdf judged from outside: qpdf (structure), pdffonts (fonts embedded
// as subsets with a ToUnicode map poppler accepts), pdftotext (the text a
// reader gets back), pdfinfo (version, metadata); plus determinism, /ID and
// the refusal of characters the fonts lack.
#include "pdf/pdf_writer.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "pdf/pdf_test_support.h"

namespace sygedok::pdf {
namespace {

using namespace test;

const std::string kNames =
    "æøå ÆØÅ Łukasz Wójcik, Şükrü Öztürk, Nguyễn Thị Ngọc Trâm – “citat” €";

// Two A4 pages with text in regular and bold, a rule, boxes and a signature field.
FrameDocument two_page_document(const std::string& employee) {
  FrameDocument document = one_line_document("Referat af fraværssamtale");
  auto& first = document.pages[0];
  first.items[0] = text(mm(25), mm(30), "Referat af fraværssamtale", FontStyle::Bold, 16);
  first.items.push_back(text(mm(25), mm(45), "Medarbejder: " + employee));
  first.items.push_back(LineItem{{mm(25), mm(50)}, {mm(185), mm(50)}, 0.5, Color::gray(0.4)});
  first.items.push_back(RectItem{{mm(25), mm(60), mm(160), mm(20)}, Color::gray(0.95), Color::gray(0.6), 0.75});
  first.items.push_back(text(mm(28), mm(70), "Aftaler: " + kNames));
  first.items.push_back(SignatureFieldItem{{mm(25), mm(250), mm(70), mm(20)}, "Underskrift_leder"});
  FramePage second;
  second.size = first.size;
  for (int line = 0; line < 40; ++line)
    second.items.push_back(text(mm(25), mm(30) + line * 15, "Linje " + std::to_string(line + 1) +
                                                                ": Medarbejderen og lederen aftalte næste skridt."));
  document.pages.push_back(std::move(second));
  return document;
}

std::string trim_end(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\f' || text.back() == ' ')) text.pop_back();
  return text;
}

TEST(PdfWriter, StartsWithPdf17HeaderAndBinaryComment) {
  const std::string pdf = write_or_fail(one_line_document("Hej"));
  ASSERT_GT(pdf.size(), 20u);
  EXPECT_EQ(pdf.substr(0, 9), "%PDF-1.7\n");
  ASSERT_EQ(pdf[9], '%');
  for (int i = 10; i < 14; ++i) EXPECT_GE(static_cast<unsigned char>(pdf[i]), 128) << "byte " << i;
  EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");
}

TEST(PdfWriter, PassesQpdfCheck) {
  auto run = judge("qpdf --check", write_or_fail(two_page_document("Søren Ærø Åsgaard")));
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("No syntax or stream encoding errors found"), std::string::npos) << run.out;
}

TEST(PdfWriter, PassesQpdfCheckUncompressed) {
  auto run = judge("qpdf --check", write_or_fail(two_page_document("Søren"), {.compress = false}));
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
}

TEST(PdfWriter, EmbedsOnlyTheUsedFacesAsSubsetsWithUnicodeMaps) {
  auto run = judge("pdffonts", write_or_fail(two_page_document("Søren")));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "") << "pdffonts warned";
  std::istringstream lines(run.out);
  std::string line;
  std::vector<std::string> names;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    std::istringstream columns(line);
    std::string name, type1, type2, encoding, emb, sub, uni;
    columns >> name >> type1 >> type2 >> encoding >> emb >> sub >> uni;
    names.push_back(name);
    EXPECT_EQ(type1 + " " + type2, "CID TrueType") << line;
    EXPECT_EQ(encoding, "Identity-H") << line;
    EXPECT_EQ(emb, "yes") << line;
    EXPECT_EQ(sub, "yes") << line;
    EXPECT_EQ(uni, "yes") << line;
    EXPECT_TRUE(std::regex_match(name, std::regex("[A-Z]{6}\\+DejaVuSans(-Bold)?"))) << name;
  }
  ASSERT_EQ(names.size(), 2u) << run.out;  // regular and bold; italic faces unused
  EXPECT_NE(names[0].substr(7), names[1].substr(7));
}

TEST(PdfWriter, TextExtractsExactlyWithoutWarnings) {
  auto run = judge("pdftotext -enc UTF-8", write_or_fail(one_line_document(kNames)), " -");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(trim_end(run.out), kNames);
}

TEST(PdfWriter, AllFacesExtractTheirText) {
  FrameDocument document = one_line_document("Regulær æøå");
  document.pages[0].items.push_back(text(mm(25), mm(50), "Fed ÆØÅ", FontStyle::Bold));
  document.pages[0].items.push_back(text(mm(25), mm(60), "Kursiv “citat”", FontStyle::Italic));
  document.pages[0].items.push_back(text(mm(25), mm(70), "Fed kursiv €", FontStyle::BoldItalic));
  const std::string pdf = write_or_fail(document);
  auto extracted = judge("pdftotext -enc UTF-8", pdf, " -");
  EXPECT_EQ(extracted.err, "");
  for (const char* line : {"Regulær æøå", "Fed ÆØÅ", "Kursiv “citat”", "Fed kursiv €"})
    EXPECT_NE(extracted.out.find(line), std::string::npos) << line << " in " << extracted.out;
  auto listed = judge("pdffonts", pdf);
  EXPECT_EQ(listed.err, "");
  for (const char* face : {"+DejaVuSans ", "+DejaVuSans-Bold ", "+DejaVuSans-Oblique ", "+DejaVuSans-BoldOblique "})
    EXPECT_NE(listed.out.find(face), std::string::npos) << face << " in " << listed.out;
}

TEST(PdfWriter, InfoShowsVersionDanishMetadataAndPageSize) {
  FrameDocument document = two_page_document("Søren");
  document.info.created = "2026-03-15T09:30:00+01:00";
  auto run = judge("env TZ=UTC pdfinfo", write_or_fail(document));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(info_field(run.out, "PDF version"), "1.7");
  EXPECT_EQ(info_field(run.out, "Title"), "Referat af fraværssamtale");
  EXPECT_EQ(info_field(run.out, "Subject"), "Opfølgning på sygefravær");
  EXPECT_EQ(info_field(run.out, "Author"), "Eksempel Kommune");
  EXPECT_EQ(info_field(run.out, "Creator"), "sygedok");
  EXPECT_EQ(info_field(run.out, "Pages"), "2");
  EXPECT_EQ(info_field(run.out, "Page size"), "595.276 x 841.89 pts (A4)");
  EXPECT_EQ(info_field(run.out, "CreationDate"), "Sun Mar 15 08:30:00 2026 UTC");
  EXPECT_EQ(info_field(run.out, "ModDate"), "Sun Mar 15 08:30:00 2026 UTC");
}

TEST(PdfWriter, WritesDatesOnlyWhenGivenAndTheCatalogLanguage) {
  FrameDocument document = one_line_document("Hej");
  const std::string without = write_or_fail(document, {.compress = false});
  EXPECT_EQ(without.find("/CreationDate"), std::string::npos);
  EXPECT_EQ(without.find("/ModDate"), std::string::npos);
  EXPECT_NE(without.find("/Lang (da-DK)"), std::string::npos);
  document.info.created = "2026-03-15T09:30:00+01:00";
  const std::string with = write_or_fail(document, {.compress = false});
  EXPECT_NE(with.find("/CreationDate (D:20260315093000+01'00')"), std::string::npos);
  EXPECT_NE(with.find("/ModDate (D:20260315093000+01'00')"), std::string::npos);
}

TEST(PdfWriter, RefusesAnUnreadableCreationTime) {
  FrameDocument document = one_line_document("Hej");
  document.info.created = "i går";
  auto result = write_pdf(document, fonts());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics().front().code, "invalid_date");
}

TEST(PdfWriter, SameInputGivesTheSameBytes) {
  const std::string first = write_or_fail(two_page_document("Søren"));
  const std::string second = write_or_fail(two_page_document("Søren"));
  ASSERT_FALSE(first.empty());
  EXPECT_TRUE(first == second);
}

std::string trailer_id(const std::string& pdf) {
  std::smatch match;
  static const std::regex id("/ID \\[ ?<([0-9A-F]{32})> <([0-9A-F]{32})>");
  if (!std::regex_search(pdf, match, id)) return "";
  EXPECT_EQ(match[1].str(), match[2].str());
  return match[1].str();
}

TEST(PdfWriter, DifferentInputGivesADifferentId) {
  const std::string first = trailer_id(write_or_fail(two_page_document("Søren")));
  const std::string second = trailer_id(write_or_fail(two_page_document("Sørens")));
  ASSERT_EQ(first.size(), 32u);
  ASSERT_EQ(second.size(), 32u);
  EXPECT_NE(first, std::string(32, '0'));
  EXPECT_NE(first, second);
  FrameDocument retitled = two_page_document("Søren");
  retitled.info.title = "Referat";
  EXPECT_NE(trailer_id(write_or_fail(retitled)), first);
}

TEST(PdfWriter, CompressesStreamsUnlessToldNot) {
  const FrameDocument document = two_page_document("Søren");
  const std::string compressed = write_or_fail(document);
  const std::string plain = write_or_fail(document, {.compress = false});
  EXPECT_NE(compressed.find("/FlateDecode"), std::string::npos);
  EXPECT_EQ(plain.find("/FlateDecode"), std::string::npos);
  EXPECT_NE(plain.find("beginbfchar"), std::string::npos);
  EXPECT_LT(compressed.size() * 2, plain.size());
}

TEST(PdfWriter, RefusesCharactersTheFontLacks) {
  FrameDocument document = one_line_document("Smil \xF0\x9F\x98\x80 og \xE4\xB8\xAD");  // U+1F600, U+4E2D
  auto result = write_pdf(document, fonts());
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics().size(), 2u);
  EXPECT_EQ(result.diagnostics()[0].code, "unsupported_character");
  EXPECT_NE(result.diagnostics()[0].message.find("U+4E2D"), std::string::npos) << result.diagnostics()[0].message;
  EXPECT_NE(result.diagnostics()[1].message.find("U+1F600"), std::string::npos) << result.diagnostics()[1].message;
}

TEST(PdfWriter, RefusesInvalidUtf8AndAnEmptyDocument) {
  auto invalid = write_pdf(one_line_document("Ugyldig \xC3("), fonts());
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.diagnostics().front().code, "invalid_utf8");
  auto empty = write_pdf(FrameDocument{}, fonts());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.diagnostics().front().code, "empty_document");
}

}  // namespace
}  // namespace sygedok::pdf
