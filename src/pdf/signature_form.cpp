#include "pdf/signature_form.h"

#include <cmath>

namespace sygedok::pdf {

namespace {

// Annotation flag "Print" (PDF 1.7, table 165); Hidden, Invisible, NoView
// and ToggleNoView stay clear, as PDF/A requires.
constexpr int kPrintFlag = 4;
// /SigFlags bit 1, SignaturesExist: "the document contains at least one
// signature field" (PDF 1.7, table 219), so readers offer signing without
// scanning the pages. Bit 2 (AppendOnly) is the signing tool's to set.
constexpr int kSignaturesExist = 1;

// Hundredths of a point, as the content stream writes the signature line.
double rounded(double value) { return std::round(value * 100.0) / 100.0; }

bool add_numbers(HpdfDocument& document, HPDF_Array array, std::initializer_list<double> values) {
  for (double value : values) document.check(HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(rounded(value))));
  return document.ok();
}

}  // namespace

SignatureForm::SignatureForm(HpdfDocument& document) : document_(document) {}

bool SignatureForm::check_name(const std::string& name, Diagnostics& problems) {
  std::string problem;
  if (name.empty())
    problem = "Et underskriftsfelt har intet navn.";
  else if (name.find('.') != std::string::npos)
    problem = "Underskriftsfeltet »" + name + "« må ikke have punktum i navnet.";
  else if (!names_.insert(name).second)
    problem = "Underskriftsfeltet »" + name + "« findes to gange; hvert felt skal have sit eget navn.";
  if (problem.empty()) return true;
  problems.push_back(error("", "invalid_signature_field", std::move(problem)));
  return false;
}

HPDF_Dict SignatureForm::empty_appearance(double width, double height) {
  const std::pair<double, double> size{rounded(width), rounded(height)};
  for (const auto& [known, stream] : appearances_)
    if (known == size) return stream;
  HpdfDocument& doc = document_;
  HPDF_Dict stream = doc.new_stream("", HpdfDocument::StreamCompression::Never);
  HPDF_Array bbox = doc.require(HPDF_Array_New(doc.mmgr()));
  if (!stream || !bbox || !add_numbers(doc, bbox, {0, 0, size.first, size.second})) return nullptr;
  doc.check(HPDF_Dict_AddName(stream, "Type", "XObject"));
  doc.check(HPDF_Dict_AddName(stream, "Subtype", "Form"));
  doc.check(HPDF_Dict_Add(stream, "BBox", bbox));
  if (!doc.ok()) return nullptr;
  appearances_.emplace_back(size, stream);
  return stream;
}

bool SignatureForm::add_fields(HPDF_Page page, const std::vector<PlacedSignatureField>& fields,
                               Diagnostics& problems, std::vector<HPDF_Dict>& widgets) {
  HpdfDocument& doc = document_;
  HPDF_Array annotations = nullptr;
  widgets.clear();
  for (const PlacedSignatureField& field : fields) {
    widgets.push_back(nullptr);
    if (!check_name(field.name, problems)) continue;
    if (!annotations) {
      annotations = doc.require(HPDF_Array_New(doc.mmgr()));
      if (!annotations || !doc.check(HPDF_Dict_Add(page, "Annots", annotations))) return false;
      // Tab order follows the structure tree (PDF/UA-1, 7.18.3).
      doc.check(HPDF_Dict_AddName(page, "Tabs", "S"));
    }
    HPDF_Dict widget = doc.new_indirect_dict();
    HPDF_Array rect = doc.require(HPDF_Array_New(doc.mmgr()));
    HPDF_Dict appearance = doc.require(HPDF_Dict_New(doc.mmgr()));
    HPDF_Dict empty = empty_appearance(field.right - field.left, field.top - field.bottom);
    if (!widget || !rect || !appearance || !empty ||
        !add_numbers(doc, rect, {field.left, field.bottom, field.right, field.top}))
      return false;
    doc.check(HPDF_Dict_Add(appearance, "N", empty));
    // Field and widget in one dictionary (PDF 1.7, 12.5.6.19).
    doc.check(HPDF_Dict_AddName(widget, "Type", "Annot"));
    doc.check(HPDF_Dict_AddName(widget, "Subtype", "Widget"));
    doc.check(HPDF_Dict_AddName(widget, "FT", "Sig"));
    doc.check(HPDF_Dict_Add(widget, "T", doc.new_text_string(field.name)));
    if (!field.description.empty()) doc.check(HPDF_Dict_Add(widget, "TU", doc.new_text_string(field.description)));
    doc.check(HPDF_Dict_Add(widget, "Rect", rect));
    doc.check(HPDF_Dict_AddNumber(widget, "F", kPrintFlag));
    doc.check(HPDF_Dict_Add(widget, "P", page));
    doc.check(HPDF_Dict_Add(widget, "AP", appearance));
    doc.check(HPDF_Array_Add(annotations, widget));
    fields_.push_back(widget);
    widgets.back() = widget;
    if (!doc.ok()) return false;
  }
  return doc.ok();
}

bool SignatureForm::finish() {
  if (fields_.empty()) return document_.ok();
  HPDF_Dict form = document_.new_indirect_dict();
  HPDF_Array fields = document_.require(HPDF_Array_New(document_.mmgr()));
  if (!form || !fields) return false;
  for (HPDF_Dict field : fields_) document_.check(HPDF_Array_Add(fields, field));
  // /Type is not among the form dictionary's keys (PDF 1.7, 12.7.2), and a
  // key more is allowed; node signers such as @signpdf find the form by it.
  document_.check(HPDF_Dict_AddName(form, "Type", "AcroForm"));
  document_.check(HPDF_Dict_Add(form, "Fields", fields));
  document_.check(HPDF_Dict_AddNumber(form, "SigFlags", kSignaturesExist));
  return document_.check(HPDF_Dict_Add(document_.get()->catalog, "AcroForm", form));
}

}  // namespace sygedok::pdf
