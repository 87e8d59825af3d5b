// Tagged output: marked content around every item (pdf/page_painter.h), the
// structure tree and its links (pdf/structure_tree.h), read back from the
// uncompressed file and judged by poppler.
#include <gtest/gtest.h>

#include <regex>

#include "pdf/page_painter.h"
#include "pdf/pdf_test_support.h"
#include "pdf/pdf_writer.h"

namespace sygedok::pdf {
namespace {

using namespace test;

// Document > [H1, P, Div > Form]: a title, a paragraph over two text runs, a
// rule between them and a signature field.
FrameDocument tagged_document() {
  FrameDocument document = one_line_document("Titel");
  DocumentStructure& s = document.structure;
  const StructId root = s.add(StructRole::Document, kArtifact);
  const StructId h1 = s.add(StructRole::H1, root);
  const StructId p = s.add(StructRole::P, root);
  const StructId div = s.add(StructRole::Div, root);
  const StructId form = s.add(StructRole::Form, div);
  s[form].alt = "Dato og underskrift, leder";
  auto& items = document.pages[0].items;
  std::get<TextItem>(items[0]).element = h1;
  TextItem first = text(72, 120, "Første linje ");
  first.element = p;
  TextItem second = text(72, 134, "anden linje.");
  second.element = p;
  items.emplace_back(first);
  items.emplace_back(LineItem{{72, 140}, {300, 140}, 0.75, {}});
  items.emplace_back(second);
  items.emplace_back(SignatureFieldItem{{72, 200, 150, 40}, "Underskrift_leder", form});
  return document;
}

// The marked-content and text-object operators of a content stream, in order.
std::vector<std::string> skeleton(const std::string& content) {
  static const std::regex op(R"((/\w+(<</MCID \d+>>BDC| BMC))|\bEMC\b|\bBT\b|\bET\b)");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(content.begin(), content.end(), op); it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

TEST(MarkedContent, WrapsRunsOfOneElementOnceAndKeepsTextObjectsInside) {
  HpdfDocument document(false);
  FontEmbedder embedder(document, fonts());
  const FrameDocument frame = tagged_document();
  PagePainter painter(embedder, 842, nullptr, &frame.structure);
  for (const auto& item : frame.pages[0].items) painter.paint(item);
  // The two runs of the paragraph share MCID 1 although a rule (an
  // artifact) lies between them in the content; nothing nests, and every
  // sequence opened inside BT ends before its ET.
  EXPECT_EQ(skeleton(painter.finish()),
            (std::vector<std::string>{"BT", "/H1<</MCID 0>>BDC", "EMC", "/P<</MCID 1>>BDC", "EMC", "ET",
                                      "/Artifact BMC", "EMC", "BT", "/P<</MCID 2>>BDC", "EMC", "ET"}));
  EXPECT_EQ(painter.marked_elements(), (std::vector<StructId>{1, 2, 2}));
  ASSERT_EQ(painter.signature_fields().size(), 1u);
  EXPECT_EQ(painter.signature_fields()[0].description, "Dato og underskrift, leder");
}

TEST(MarkedContent, AnUntaggedPageHasNone) {
  HpdfDocument document(false);
  FontEmbedder embedder(document, fonts());
  PagePainter painter(embedder, 842);
  painter.paint(text(72, 100, "Hej"));
  const std::string content = painter.finish();
  EXPECT_EQ(content.find("BDC"), std::string::npos);
  EXPECT_EQ(content.find("BMC"), std::string::npos);
  EXPECT_TRUE(painter.marked_elements().empty());
}

TEST(StructureTree, LinksPagesWidgetsAndElementsBothWays) {
  const std::string pdf = write_or_fail(tagged_document(), {.compress = false});
  EXPECT_NE(pdf.find("/MarkInfo <<\n/Marked true\n>>"), std::string::npos);
  EXPECT_NE(pdf.find("/DisplayDocTitle true"), std::string::npos);
  EXPECT_NE(pdf.find("/StructParents 0"), std::string::npos);
  EXPECT_NE(pdf.find("/Tabs /S"), std::string::npos);
  EXPECT_NE(pdf.find("/StructParent 1"), std::string::npos) << "the widget follows the page in the parent tree";
  EXPECT_NE(pdf.find("/TU (Dato og underskrift, leder)"), std::string::npos);
  const auto root = objects_containing(pdf, "/Type/StructTreeRoot");
  ASSERT_EQ(root.size(), 1u);
  const std::string tree = object_text(pdf, root[0]);
  EXPECT_NE(tree.find("/ParentTreeNextKey 2"), std::string::npos) << tree;
  EXPECT_EQ(objects_containing(pdf, "<</S/P/").size(), 1u);
  const auto form = objects_containing(pdf, "<</S/Form/");
  ASSERT_EQ(form.size(), 1u);
  EXPECT_NE(object_text(pdf, form[0]).find("/Type/OBJR/Obj "), std::string::npos);
  // poppler reads the tree through the parent tree without complaint.
  const auto run = judge("pdfinfo -struct-text", pdf);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_NE(run.out.find("H1 (block)\n    \"Titel\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("P (block)\n    \"Første linje \"\n    \"anden linje.\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Form"), std::string::npos) << run.out;
}

TEST(StructureTree, AnItemOfAnElementThatDoesNotExistIsRefused) {
  FrameDocument document = tagged_document();
  std::get<TextItem>(document.pages[0].items[0]).element = 99;
  auto pdf = write_pdf(document, fonts());
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.diagnostics().front().code, "invalid_structure");
}

TEST(StructureTree, AnUntaggedDocumentClaimsNeitherStructureNorPdfUa) {
  const std::string pdf = write_or_fail(one_line_document("Hej"), {.compress = false});
  EXPECT_EQ(pdf.find("/StructTreeRoot"), std::string::npos);
  EXPECT_EQ(pdf.find("/MarkInfo"), std::string::npos);
  EXPECT_EQ(pdf.find("pdfuaid"), std::string::npos);
  EXPECT_NE(pdf.find("<pdfaid:conformance>B</pdfaid:conformance>"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::pdf
