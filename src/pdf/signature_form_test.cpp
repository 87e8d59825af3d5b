// Signature fields as a signing tool meets them: one /FT /Sig field merged
// with a printable widget over the rectangle layout gave, on the right page,
// listed in /AcroForm; no page content of their own; names checked; and
// poppler's pdfsig recognises them as unsigned signature fields.
#include "pdf/signature_form.h"

#include <gtest/gtest.h>

#include "pdf/pdf_test_support.h"

namespace sygedok::pdf {
namespace {

using namespace test;

const Rect kLeaderRect{mm(25), mm(250), mm(70), mm(20)};
const Rect kEmployeeRect{mm(110), mm(250), mm(70), mm(20)};

// Page 1 text only; page 2 two signature fields above their lines.
FrameDocument document_with_fields() {
  FrameDocument document = one_line_document("Referat");
  FramePage second;
  second.size = document.pages[0].size;
  second.items.push_back(text(mm(25), mm(40), "Underskrifter"));
  for (const auto& [rect, name] : {std::pair{kLeaderRect, "Underskrift_leder"},
                                   std::pair{kEmployeeRect, "Underskrift_medarbejder"}}) {
    second.items.push_back(SignatureFieldItem{rect, name});
    second.items.push_back(
        LineItem{{rect.x, rect.y + rect.height}, {rect.x + rect.width, rect.y + rect.height}, 0.75, Color()});
  }
  document.pages.push_back(std::move(second));
  return document;
}

// The PDF rectangle [left bottom right top] of a layout rectangle on A4.
std::vector<double> pdf_rect(const Rect& r) {
  const double height = mm(297);
  return {r.x, height - (r.y + r.height), r.x + r.width, height - r.y};
}

void expect_near_all(const std::vector<double>& actual, const std::vector<double>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) EXPECT_NEAR(actual[i], expected[i], 0.006) << "value " << i;
}

TEST(SignatureForm, EachFieldIsAPrintableSignatureWidgetOnItsPage) {
  const std::string pdf = write_or_fail(document_with_fields(), {.compress = false});
  const std::vector<int> fields = objects_containing(pdf, "/FT /Sig");
  ASSERT_EQ(fields.size(), 2u);
  const std::vector<int> pages = objects_containing(pdf, "/Type /Page\n");
  ASSERT_EQ(pages.size(), 2u);

  const std::string leader = object_text(pdf, fields[0]);
  const std::string employee = object_text(pdf, fields[1]);
  EXPECT_NE(leader.find("/T (Underskrift_leder)"), std::string::npos) << leader;
  EXPECT_NE(employee.find("/T (Underskrift_medarbejder)"), std::string::npos) << employee;
  expect_near_all(numbers_of(leader, "/Rect"), pdf_rect(kLeaderRect));
  expect_near_all(numbers_of(employee, "/Rect"), pdf_rect(kEmployeeRect));
  for (const std::string& field : {leader, employee}) {
    EXPECT_NE(field.find("/Type /Annot"), std::string::npos) << field;
    EXPECT_NE(field.find("/Subtype /Widget"), std::string::npos) << field;
    EXPECT_NE(field.find("/F 4\n"), std::string::npos) << field;
    EXPECT_EQ(reference_of(field, "/P"), pages[1]) << field;
    EXPECT_EQ(field.find("/V "), std::string::npos) << "an empty field has no value";
  }
  // The second page lists both widgets; the first has none.
  EXPECT_EQ(object_text(pdf, pages[0]).find("/Annots"), std::string::npos);
  const std::string annotations = object_text(pdf, pages[1]);
  EXPECT_NE(annotations.find("/Annots [ " + std::to_string(fields[0]) + " 0 R " + std::to_string(fields[1]) + " 0 R"),
            std::string::npos)
      << annotations;
}

TEST(SignatureForm, WidgetsHaveAnEmptyFormXObjectAsTheirNormalAppearance) {
  const std::string pdf = write_or_fail(document_with_fields(), {.compress = false});
  const std::vector<int> fields = objects_containing(pdf, "/FT /Sig");
  ASSERT_EQ(fields.size(), 2u);
  const int appearance = reference_of(object_text(pdf, fields[0]), "/AP <<\n/N");
  ASSERT_GT(appearance, 0) << object_text(pdf, fields[0]);
  // Both fields have the same size, so they share it.
  EXPECT_EQ(reference_of(object_text(pdf, fields[1]), "/AP <<\n/N"), appearance);
  const std::string form = object_text(pdf, appearance);
  EXPECT_NE(form.find("/Type /XObject"), std::string::npos) << form;
  EXPECT_NE(form.find("/Subtype /Form"), std::string::npos) << form;
  expect_near_all(numbers_of(form, "/BBox"), {0, 0, kLeaderRect.width, kLeaderRect.height});
  EXPECT_EQ(stream_data(pdf, appearance), "");
}

TEST(SignatureForm, TheCatalogListsTheFieldsInAnAcroFormThatSaysSignatureFieldsExist) {
  const std::string pdf = write_or_fail(document_with_fields(), {.compress = false});
  const std::vector<int> fields = objects_containing(pdf, "/FT /Sig");
  ASSERT_EQ(fields.size(), 2u);
  const std::vector<int> catalogs = objects_containing(pdf, "/Type /Catalog");
  ASSERT_EQ(catalogs.size(), 1u);
  const int form = reference_of(object_text(pdf, catalogs[0]), "/AcroForm");
  ASSERT_GT(form, 0);
  const std::string acroform = object_text(pdf, form);
  EXPECT_NE(acroform.find("/Fields [ " + std::to_string(fields[0]) + " 0 R " + std::to_string(fields[1]) + " 0 R"),
            std::string::npos)
      << acroform;
  EXPECT_NE(acroform.find("/SigFlags 1\n"), std::string::npos) << acroform;  // SignaturesExist, not AppendOnly
  EXPECT_NE(acroform.find("/Type /AcroForm\n"), std::string::npos) << acroform;  // how @signpdf finds the form
  EXPECT_EQ(acroform.find("/NeedAppearances"), std::string::npos);
}

TEST(SignatureForm, NoFieldsMeansNoFormAndNoAnnotations) {
  const std::string pdf = write_or_fail(one_line_document("Hej"), {.compress = false});
  EXPECT_EQ(pdf.find("/AcroForm"), std::string::npos);
  EXPECT_EQ(pdf.find("/Annots"), std::string::npos);
}

// The page content stream of an uncompressed one-page document.
std::string page_content(const std::string& pdf) {
  const std::vector<int> pages = objects_containing(pdf, "/Type /Page\n");
  if (pages.size() != 1) return "<" + std::to_string(pages.size()) + " pages>";
  return stream_data(pdf, reference_of(object_text(pdf, pages[0]), "/Contents"));
}

TEST(SignatureForm, FieldsAddNothingToThePageContent) {
  FrameDocument with_field = one_line_document("Hej");
  const FrameDocument without_field = with_field;
  with_field.pages[0].items.push_back(SignatureFieldItem{kLeaderRect, "Underskrift_leder"});
  const std::string content = page_content(write_or_fail(without_field, {.compress = false}));
  EXPECT_NE(content.find(" Tj"), std::string::npos) << content;
  EXPECT_EQ(page_content(write_or_fail(with_field, {.compress = false})), content);
}

TEST(SignatureForm, RefusesEmptyRepeatedAndQualifiedNames) {
  for (const auto& names : std::vector<std::vector<std::string>>{
           {""}, {"Underskrift_leder", "Underskrift_leder"}, {"Underskrift.leder"}}) {
    FrameDocument document = one_line_document("Hej");
    for (const auto& name : names) document.pages[0].items.push_back(SignatureFieldItem{kLeaderRect, name});
    auto result = write_pdf(document, fonts());
    ASSERT_FALSE(result.ok()) << names.size() << " " << names[0];
    EXPECT_EQ(result.diagnostics().front().code, "invalid_signature_field");
  }
}

TEST(SignatureForm, PdfsigSeesTheUnsignedFieldsByName) {
  auto run = judge("pdfsig", write_or_fail(document_with_fields()));
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("Signature #1:\n  - Signature Field Name: Underskrift_leder\n"
                         "  The signature form field is not signed."),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("Signature #2:\n  - Signature Field Name: Underskrift_medarbejder\n"
                         "  The signature form field is not signed."),
            std::string::npos)
      << run.out;
}

}  // namespace
}  // namespace sygedok::pdf
