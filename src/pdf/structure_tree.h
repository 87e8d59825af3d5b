#pragma once
// Writes a document's logical structure (core/structure.h) as the tagged
// PDF structure tree (PDF 1.7, 14.7–14.8): one structure element per
// element with its standard role (/S), parent (/P) and children (/K: child
// elements, marked-content ids of its page (/Pg) or /MCR on other pages,
// /OBJR for a signature widget), /Alt for figures, /A << /O /Table /Scope
// … >> for header cells; the /StructTreeRoot with the /ParentTree that
// leads from each page's MCIDs and each widget back to their elements;
// /StructParents on pages, /StructParent on widgets; and /MarkInfo
// << /Marked true >> in the catalog.
// The elements are written as PDF text by this class, not built as
// libharu dictionaries (a document has about a hundred; libharu's objects
// cost more to build, write and free than the rest of the page): libharu
// holds only a placeholder for the root, which the catalog refers to, and
// pdf/object_streams.h puts the serialised objects into the file.
// One instance per document, fed page by page; not thread-safe.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/structure.h"
#include "pdf/hpdf_document.h"
#include "pdf/object_streams.h"

namespace sygedok::pdf {

class StructureTreeWriter {
 public:
  // With a non-empty structure, puts /StructTreeRoot and /MarkInfo into the catalog.
  StructureTreeWriter(HpdfDocument& document, const DocumentStructure& structure);

  // Whether the document is tagged (its structure is not empty).
  bool tagged() const { return !structure_.empty(); }

  // After page `page` was painted: `marked_elements[mcid]` is the element of
  // each of its marked-content ids. Gives the page its /StructParents.
  bool add_page(HPDF_Page page, const std::vector<StructId>& marked_elements);
  // `widget` on `page` is the content of `element` (a Form): gives it its
  // /StructParent.
  bool add_annotation(HPDF_Dict widget, HPDF_Page page, StructId element);

  // False when an item named an element that does not exist.
  bool valid() const { return !invalid_; }

  // The root and the elements as PDF objects, the elements numbered from
  // `first_free_number` on (call it after libharu made its last object).
  // Their text lives in this writer.
  std::vector<SerializedObject> objects(std::uint32_t first_free_number);

 private:
  struct MarkedContent {
    std::uint32_t page;  // object number
    int mcid;
  };
  struct Annotation {
    std::uint32_t page;    // object number
    std::uint32_t widget;  // object number
  };
  using Content = std::variant<MarkedContent, Annotation>;

  bool is_element(StructId element) const;
  void append_element(StructId element, std::uint32_t first_number, std::string& out) const;
  void append_root(std::uint32_t first_number, std::string& out) const;

  HpdfDocument& document_;
  const DocumentStructure& structure_;
  std::uint32_t root_ = 0;                     // the placeholder's object number
  std::vector<std::vector<Content>> content_;  // per element, in reading order
  // The parent tree's entries in key order: a page's elements by MCID, or
  // one widget's element.
  std::vector<std::variant<std::vector<StructId>, StructId>> parents_;
  bool invalid_ = false;
  std::string text_;  // the objects' text, one after another
};

}  // namespace sygedok::pdf
