// A node signer on our signature-ready PDFs: @signpdf/placeholder-plain,
// the first step of the most used npm signing flow, adds its own signature
// field. It reads only classic cross-reference tables (its README: no
// streams, PDF 1.3), so it refuses our PDFs as written (an object stream
// and a cross-reference stream, docs/pdf-standards.md); after
// `qpdf --object-streams=disable` it adds its field beside ours, found
// through /Type /AcroForm, and qpdf --check still succeeds. Its two
// warnings are about the cross-reference section it appends.
#include <gtest/gtest.h>

#include "node_judges.h"
#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

// The signature fields qpdf finds in the form, in its order, one per line.
std::string signature_fields(const std::filesystem::path& pdf) {
  ToolRun listed = run("qpdf --json --json-key=acroform " + quote(pdf.string()) +
                       " | python3 -c 'import json, sys; [print(f[\"fullname\"]) for f in json.load(sys.stdin)"
                       "[\"acroform\"][\"fields\"] if f[\"fieldtype\"] == \"/Sig\"]'");
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  return listed.out;
}

TEST(SignPdf, RefusesOurCrossReferenceStreamAsItsReadmeSays) {
  const Sample referat = sample("referat", "fravaerssamtale");
  TempDir dir;
  ToolRun placed = add_signpdf_placeholder(rendered_pdf(referat), dir / "placed.pdf");
  EXPECT_EQ(placed.exit_code, 1) << placed.out << placed.err;
  EXPECT_NE(placed.out.find("placeholder: refused: Expected xref"), std::string::npos) << placed.out << placed.err;
}

TEST(SignPdf, AddsItsFieldBesideOursOnceTheCrossReferenceIsATable) {
  for (const Sample& signed_ready : all_samples()) {
    if (expected_signature_fields(signed_ready).empty()) continue;
    SCOPED_TRACE(signed_ready.path.string());
    TempDir dir;
    ToolRun table = run("qpdf --object-streams=disable " + quote(rendered_pdf(signed_ready).string()) + " " +
                        quote((dir / "table.pdf").string()));
    ASSERT_EQ(table.exit_code, 0) << table.err;
    ToolRun placed = add_signpdf_placeholder(dir / "table.pdf", dir / "placed.pdf");
    ASSERT_EQ(placed.exit_code, 0) << placed.out << placed.err;
    std::string expected;
    for (const auto& field : expected_signature_fields(signed_ready)) expected += field + "\n";
    EXPECT_EQ(signature_fields(dir / "placed.pdf"), "Signature1\n" + expected);
    ToolRun checked = run("qpdf --check " + quote((dir / "placed.pdf").string()));
    EXPECT_TRUE(checked.exit_code == 0 || checked.exit_code == 3) << checked.out << checked.err;  // 3: warnings only
    EXPECT_EQ(checked.out.find("ERROR"), std::string::npos) << checked.out;
    EXPECT_EQ(checked.err.find("ERROR"), std::string::npos) << checked.err;
  }
}

}  // namespace
}  // namespace sygedok::e2e
