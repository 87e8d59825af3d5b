#pragma once
// The interactive form of a document with signature lines: one empty
// signature field (/FT /Sig) per signer, merged with its widget annotation
// (/Subtype /Widget, printable, an empty appearance stream as PDF/A wants)
// over the rectangle layout gave it, in its page's /Annots (the page then
// has /Tabs /S: tab through the fields in structure order), its
// description for screen readers as /TU, and the
// catalog's /AcroForm listing the fields with /SigFlags 1 (signature
// fields exist; AppendOnly is left to the signing tool). A PAdES tool
// (pdfsig -sign NAME) signs the fields one after another, each in an
// incremental update.
// One instance per document; not thread-safe.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "pdf/hpdf_document.h"
#include "pdf/page_painter.h"

namespace sygedok::pdf {

class SignatureForm {
 public:
  explicit SignatureForm(HpdfDocument& document);

  // Adds a field and widget for each of `fields` to `page`. A name that is
  // empty, contains a period (the separator of qualified field names) or
  // was used before goes into `problems` instead. False when libharu failed.
  // `widgets` gets each field's widget (null for a refused one).
  bool add_fields(HPDF_Page page, const std::vector<PlacedSignatureField>& fields, Diagnostics& problems,
                  std::vector<HPDF_Dict>& widgets);

  // Puts /AcroForm into the catalog when any field was added; false when
  // libharu failed.
  bool finish();

 private:
  // The empty appearance stream (a form XObject) for a widget of this size,
  // shared by widgets of the same size.
  HPDF_Dict empty_appearance(double width, double height);
  bool check_name(const std::string& name, Diagnostics& problems);

  HpdfDocument& document_;
  std::vector<HPDF_Dict> fields_;  // indirect field/widget dictionaries, in page order
  std::set<std::string> names_;
  std::vector<std::pair<std::pair<double, double>, HPDF_Dict>> appearances_;
};

}  // namespace sygedok::pdf
