#pragma once
// Writes a document's logical structure (core/structure.h) as the tagged
// PDF structure tree (PDF 1.7, 14.7–14.8): one structure element
// dictionary per element with its standard role (/S), parent (/P) and
// children (/K: child elements, marked-content ids of its page (/Pg) or
// /MCR on other pages, /OBJR for a signature widget), /Alt for figures,
// /A << /O /Table /Scope … >> for header cells; the /StructTreeRoot with
// the /ParentTree that leads from each page's MCIDs and each widget back to
// their elements; /StructParents on pages, /StructParent on widgets; and
// /MarkInfo << /Marked true >> in the catalog. Element dictionaries leave
// out the optional /Type /StructElem to keep files small.
// One instance per document, fed page by page; not thread-safe.
#include <variant>
#include <vector>

#include "core/structure.h"
#include "pdf/hpdf_document.h"

namespace sygedok::pdf {

class StructureTreeWriter {
 public:
  StructureTreeWriter(HpdfDocument& document, const DocumentStructure& structure);

  // Whether the document is tagged (its structure is not empty).
  bool tagged() const { return !structure_.empty(); }

  // After page `page` was painted: `marked_elements[mcid]` is the element of
  // each of its marked-content ids. Gives the page its /StructParents.
  bool add_page(HPDF_Page page, const std::vector<StructId>& marked_elements);
  // `widget` on `page` is the content of `element` (a Form): gives it its
  // /StructParent.
  bool add_annotation(HPDF_Dict widget, HPDF_Page page, StructId element);

  // Writes the elements, the structure tree root and /MarkInfo. False when
  // libharu failed or an item named an element that does not exist.
  bool finish();

 private:
  struct MarkedContent {
    HPDF_Page page;
    int mcid;
  };
  struct Annotation {
    HPDF_Page page;
    HPDF_Dict widget;
  };
  using Content = std::variant<MarkedContent, Annotation>;

  bool valid(StructId element) const;
  HPDF_Array element_content(StructId element, HPDF_Page page_of_element);
  bool write_element(StructId element, HPDF_Dict root);
  HPDF_Dict parent_tree();

  HpdfDocument& document_;
  const DocumentStructure& structure_;
  std::vector<std::vector<Content>> content_;  // per element, in reading order
  std::vector<HPDF_Dict> dicts_;               // per element, made by finish()
  // The parent tree's entries in key order: a page's elements by MCID, or
  // one widget's element.
  std::vector<std::variant<std::vector<StructId>, StructId>> parents_;
  bool invalid_ = false;
};

}  // namespace sygedok::pdf
