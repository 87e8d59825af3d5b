// Associated files as readers and archives find them: qpdf and pdfdetach
// read back the exact bytes; the file specification carries /F, /UF, /Desc
// and /AFRelationship; the stream its MIME type and size; the catalog lists
// it in /AF and the /EmbeddedFiles name tree; nothing of this without files.
#include "pdf/associated_files.h"

#include <gtest/gtest.h>

#include "pdf/pdf_test_support.h"

namespace sygedok::pdf {
namespace {

using namespace test;

AttachedFile source_file(std::string bytes) {
  AttachedFile file;
  file.name = "kilde.json";
  file.mime_type = "application/json";
  file.description = "Kildedata for dokumentet";
  file.bytes = std::move(bytes);
  return file;
}

const std::string kJson =
    "{\n  \"employee\": {\"name\": \"Søren Ærø Åsgaard\"},\n  \"archive\": {\"embed_source\": true}\n}\n";

TEST(AssociatedFiles, ReadersGetTheExactBytesBack) {
  FrameDocument document = one_line_document("Hej");
  document.attachments.push_back(source_file(kJson));
  const std::string pdf = write_or_fail(document);
  auto shown = judge("qpdf --show-attachment=kilde.json", pdf);
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_TRUE(shown.out == kJson) << shown.out;
  auto listed = judge("pdfdetach -list", pdf);
  EXPECT_EQ(listed.out, "1 embedded files\n1: kilde.json\n");
}

TEST(AssociatedFiles, TheFileSpecificationSaysWhatTheFileIsAndWhereItBelongs) {
  FrameDocument document = one_line_document("Hej");
  document.attachments.push_back(source_file(kJson));
  const std::string pdf = write_or_fail(document, {.compress = false});
  const std::vector<int> specs = objects_containing(pdf, "/Type /Filespec");
  ASSERT_EQ(specs.size(), 1u);
  const std::string spec = object_text(pdf, specs[0]);
  EXPECT_NE(spec.find("/F (kilde.json)"), std::string::npos) << spec;
  EXPECT_NE(spec.find("/UF (kilde.json)"), std::string::npos) << spec;
  EXPECT_NE(spec.find("/AFRelationship /Source"), std::string::npos) << spec;
  EXPECT_NE(spec.find("/Desc (Kildedata for dokumentet)"), std::string::npos) << spec;
  const int stream = reference_of(spec, "/F");
  ASSERT_GT(stream, 0) << spec;
  EXPECT_EQ(reference_of(spec, "/UF"), stream);
  const std::string embedded = object_text(pdf, stream);
  EXPECT_NE(embedded.find("/Type /EmbeddedFile"), std::string::npos) << embedded;
  EXPECT_NE(embedded.find("/Subtype /application#2Fjson"), std::string::npos) << embedded;
  EXPECT_NE(embedded.find("/Size " + std::to_string(kJson.size())), std::string::npos) << embedded;
  EXPECT_EQ(embedded.find("Date"), std::string::npos) << "no dates unless given";

  const std::vector<int> catalogs = objects_containing(pdf, "/Type /Catalog");
  ASSERT_EQ(catalogs.size(), 1u);
  const std::string catalog = object_text(pdf, catalogs[0]);
  EXPECT_NE(catalog.find("/AF [ " + std::to_string(specs[0]) + " 0 R ]"), std::string::npos) << catalog;
  EXPECT_NE(catalog.find("/EmbeddedFiles <<\n/Names [ (kilde.json) " + std::to_string(specs[0]) + " 0 R ]"),
            std::string::npos)
      << catalog;
}

TEST(AssociatedFiles, WritesTheModificationDateOnlyWhenGiven) {
  FrameDocument document = one_line_document("Hej");
  document.attachments.push_back(source_file(kJson));
  document.attachments[0].modified = "2026-03-15T09:30:00+01:00";
  const std::string pdf = write_or_fail(document, {.compress = false});
  EXPECT_NE(pdf.find("/ModDate (D:20260315093000+01'00')"), std::string::npos);
  document.attachments[0].modified = "i går";
  auto refused = write_pdf(document, fonts());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.diagnostics().front().code, "invalid_date");
}

TEST(AssociatedFiles, NamesBeyondAsciiKeepTheirUnicodeNameAndSortInTheTree) {
  FrameDocument document = one_line_document("Hej");
  document.attachments.push_back(source_file("{}"));
  document.attachments[0].name = "søren.json";
  document.attachments[0].relationship = FileRelationship::Data;
  document.attachments.push_back(source_file("[]"));
  document.attachments[1].name = "bilag.json";
  const std::string pdf = write_or_fail(document, {.compress = false});
  EXPECT_NE(pdf.find("/F (s_ren.json)"), std::string::npos);
  EXPECT_NE(pdf.find("/AFRelationship /Data"), std::string::npos);
  EXPECT_LT(pdf.find("(bilag.json) "), pdf.find("(s_ren.json) "));
  auto listed = judge("pdfdetach -enc UTF-8 -list", write_or_fail(document));
  EXPECT_NE(listed.out.find(": søren.json\n"), std::string::npos) << listed.out;
  EXPECT_NE(listed.out.find(": bilag.json\n"), std::string::npos) << listed.out;
}

TEST(AssociatedFiles, RefusesNamelessAndRepeatedFiles) {
  for (const auto& names : std::vector<std::vector<std::string>>{{""}, {"kilde.json", "kilde.json"}}) {
    FrameDocument document = one_line_document("Hej");
    for (const auto& name : names) {
      document.attachments.push_back(source_file("{}"));
      document.attachments.back().name = name;
    }
    auto result = write_pdf(document, fonts());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.diagnostics().front().code, "invalid_attachment");
  }
}

TEST(AssociatedFiles, NoFilesMeansNoAssociatedFilesAndNoNameTree) {
  const std::string pdf = write_or_fail(one_line_document("Hej"), {.compress = false});
  EXPECT_EQ(pdf.find("/AF "), std::string::npos);
  EXPECT_EQ(pdf.find("/EmbeddedFiles"), std::string::npos);
  EXPECT_EQ(pdf.find("/Filespec"), std::string::npos);
}

TEST(AssociatedFiles, NamesRelationships) {
  EXPECT_STREQ(relationship_name(FileRelationship::Source), "Source");
  EXPECT_STREQ(relationship_name(FileRelationship::Alternative), "Alternative");
  EXPECT_STREQ(relationship_name(FileRelationship::Supplement), "Supplement");
  EXPECT_STREQ(relationship_name(FileRelationship::Unspecified), "Unspecified");
  EXPECT_EQ(ascii_file_name("kilde æ.json"), "kilde _.json");
}

}  // namespace
}  // namespace sygedok::pdf
