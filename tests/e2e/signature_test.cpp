// Signature-ready documents, judged by a real signing tool: every sample
// with signature lines has one empty signature field per signer, named
// after the role, its widget exactly over its signature line; poppler's
// pdfsig signs the fields one after another (the second time with -etsi)
// with a throw-away certificate made by certutil, reports every signature
// valid, and the signed file still passes qpdf --check.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <sstream>

#include "pdf_objects.h"
#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

// A throw-away NSS database with one self-signed signing certificate,
// made once per test run.
class SigningCertificate {
 public:
  static const SigningCertificate& get() {
    static const SigningCertificate certificate;
    return certificate;
  }
  bool ok() const { return ok_; }
  const std::string& problem() const { return problem_; }
  // pdfsig's options to sign with it.
  std::string options() const { return "-nssdir " + quote("sql:" + dir_.path().string()) + " -nick signer"; }

 private:
  SigningCertificate() {
    const std::string db = quote("sql:" + dir_.path().string());
    write_text(dir_ / "noise", std::string(64, 'x') + dir_.path().string());
    auto created = run("certutil -N -d " + db + " --empty-password");
    auto signer = run("certutil -S -d " + db +
                      " -n signer -s 'CN=Test Underskriver,O=Eksempel Kommune,C=DK' -x -t CT,C,C -k rsa -g 2048"
                      " -Z SHA256 -v 12 --keyUsage digitalSignature,nonRepudiation -z " +
                      quote((dir_ / "noise").string()));
    ok_ = created.exit_code == 0 && signer.exit_code == 0;
    problem_ = created.err + signer.err;
  }

  TempDir dir_;
  bool ok_ = false;
  std::string problem_;
};

// The names of the document's signature fields, in /AcroForm order.
std::vector<std::string> signature_field_names(const PdfObjects& objects) {
  std::vector<std::string> names;
  auto form = objects.dict(objects.catalog()->get("/AcroForm"));
  if (form.isNull()) return names;
  auto fields = objects.array(form->get("/Fields"));
  for (std::size_t i = 0; fields && i < fields->size(); ++i) {
    auto field = objects.dict(fields->get(static_cast<unsigned>(i)));
    if (!field.isNull() && string_of(field->get("/FT")) == "/Sig") names.push_back(text_of(field->get("/T")));
  }
  return names;
}

// pdfsig's report, one block per signature.
struct SignatureReport {
  std::string field, validation, type;
};

std::vector<SignatureReport> pdfsig_report(const std::string& output) {
  std::vector<SignatureReport> reports;
  std::istringstream lines(output);
  std::string line;
  auto value = [&](const std::string& label) { return line.substr(line.find(label) + label.size()); };
  while (std::getline(lines, line)) {
    if (line.rfind("Signature #", 0) == 0) reports.emplace_back();
    if (reports.empty()) continue;
    if (line.find("- Signature Field Name: ") != std::string::npos) reports.back().field = value("Field Name: ");
    if (line.find("- Signature Validation: ") != std::string::npos) reports.back().validation = value("Validation: ");
    if (line.find("- Signature Type: ") != std::string::npos) reports.back().type = value("Type: ");
  }
  return reports;
}

// The kinds signed by manager and employee (templates/partials/signatures.mustache).

class Signing : public ::testing::TestWithParam<Sample> {};

TEST_P(Signing, EverySignerHasAnEmptySignatureFieldNamedAfterTheRole) {
  PdfObjects objects(rendered_pdf(GetParam()));
  ASSERT_TRUE(objects.ok()) << objects.error();
  const auto names = signature_field_names(objects);
  const auto expected = expected_signature_fields(GetParam());
  if (expected.empty()) {
    EXPECT_TRUE(names.empty()) << "a kind with signature lines belongs in expected_signature_fields()";
    return;
  }
  EXPECT_EQ(names, expected);
  auto run_result = run("pdfsig " + quote(rendered_pdf(GetParam()).string()));
  EXPECT_EQ(run_result.exit_code, 0) << run_result.err;
  for (const auto& report : pdfsig_report(run_result.out)) EXPECT_EQ(report.validation, "") << report.field;
  EXPECT_NE(run_result.out.find("The signature form field is not signed."), std::string::npos) << run_result.out;
}

// The stroked horizontal lines of a content stream: "x1 y m x2 y l".
struct Segment {
  double x1, x2, y;
};

std::vector<Segment> horizontal_lines(const std::string& content) {
  std::vector<Segment> segments;
  static const std::regex line("(-?[\\d.]+) (-?[\\d.]+) m\n(-?[\\d.]+) (-?[\\d.]+) l\n");
  for (auto it = std::sregex_iterator(content.begin(), content.end(), line); it != std::sregex_iterator(); ++it) {
    const double y1 = std::stod((*it)[2].str()), y2 = std::stod((*it)[4].str());
    if (std::fabs(y1 - y2) < 0.001) segments.push_back({std::stod((*it)[1].str()), std::stod((*it)[3].str()), y1});
  }
  return segments;
}

TEST_P(Signing, EachWidgetSitsExactlyOnItsSignatureLine) {
  PdfObjects objects(rendered_pdf(GetParam()));
  ASSERT_TRUE(objects.ok()) << objects.error();
  int widgets = 0;
  for (const std::string& page : objects.pages()) {
    auto page_dict = objects.dict(page);
    auto annotations = objects.array(page_dict->get("/Annots"));
    if (annotations.isNull()) continue;
    const auto lines = horizontal_lines(objects.stream_data(page_dict->get("/Contents")));
    for (std::size_t i = 0; i < annotations->size(); ++i) {
      const Poco::Dynamic::Var reference = annotations->get(static_cast<unsigned>(i));
      auto widget = objects.dict(reference);
      ASSERT_FALSE(widget.isNull());
      if (string_of(widget->get("/FT")) != "/Sig") continue;
      ++widgets;
      EXPECT_EQ(string_of(widget->get("/P")), page) << "the widget names its own page";
      auto rect = objects.array(widget->get("/Rect"));
      ASSERT_EQ(rect->size(), 4u);
      const double left = number_of(rect->get(0)), bottom = number_of(rect->get(1));
      const double right = number_of(rect->get(2)), top = number_of(rect->get(3));
      EXPECT_GT(top - bottom, 20) << "room to sign in";
      bool on_line = false;
      for (const Segment& line : lines)
        on_line = on_line || (std::fabs(line.y - bottom) < 0.01 && std::fabs(line.x1 - left) < 0.01 &&
                              std::fabs(line.x2 - right) < 0.01);
      EXPECT_TRUE(on_line) << text_of(widget->get("/T")) << " [" << left << " " << bottom << " " << right << " "
                           << top << "] has no signature line along its bottom edge";
    }
  }
  EXPECT_EQ(widgets, static_cast<int>(expected_signature_fields(GetParam()).size()));
}

TEST_P(Signing, PdfsigSignsEveryFieldInTurnAndEverySignatureVerifies) {
  const SigningCertificate& certificate = SigningCertificate::get();
  ASSERT_TRUE(certificate.ok()) << certificate.problem();
  PdfObjects objects(rendered_pdf(GetParam()));
  ASSERT_TRUE(objects.ok()) << objects.error();
  const std::vector<std::string> fields = signature_field_names(objects);
  if (fields.empty()) GTEST_SKIP() << "no signature lines in this kind";

  TempDir dir;
  std::filesystem::path current = rendered_pdf(GetParam());
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::filesystem::path signed_pdf = dir / ("signed-" + std::to_string(i + 1) + ".pdf");
    // The last field PAdES-style (-etsi); poppler 22.12 accepts the option
    // but still writes adbe.pkcs7.detached when it fills an existing field.
    const std::string etsi = i + 1 == fields.size() ? " -etsi" : "";
    auto signing = run("pdfsig " + certificate.options() + etsi + " -sign " + quote(fields[i]) + " " +
                       quote(current.string()) + " " + quote(signed_pdf.string()));
    ASSERT_EQ(signing.exit_code, 0) << "signing " << fields[i] << ": " << signing.out << signing.err;
    current = signed_pdf;
  }

  auto verified = run("pdfsig " + certificate.options() + " " + quote(current.string()));
  ASSERT_EQ(verified.exit_code, 0) << verified.out << verified.err;
  const auto reports = pdfsig_report(verified.out);
  ASSERT_EQ(reports.size(), fields.size()) << verified.out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    EXPECT_EQ(reports[i].field, fields[i]);
    EXPECT_EQ(reports[i].validation, "Signature is Valid.") << verified.out;
    EXPECT_TRUE(reports[i].type == "adbe.pkcs7.detached" || reports[i].type == "ETSI.CAdES.detached")
        << reports[i].type;
  }

  auto check = run("qpdf --check " + quote(current.string()));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors found"), std::string::npos) << check.out;
}

INSTANTIATE_TEST_SUITE_P(Samples, Signing, ::testing::ValuesIn(all_samples()), sample_test_name);

}  // namespace
}  // namespace sygedok::e2e
