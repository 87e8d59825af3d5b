#include "pdf/structure_tree.h"

namespace sygedok::pdf {

namespace {

const char* scope_name(HeaderScope scope) { return scope == HeaderScope::Row ? "Row" : "Column"; }

}  // namespace

StructureTreeWriter::StructureTreeWriter(HpdfDocument& document, const DocumentStructure& structure)
    : document_(document), structure_(structure), content_(structure.elements.size()) {}

bool StructureTreeWriter::valid(StructId element) const {
  return element >= 0 && static_cast<std::size_t>(element) < structure_.elements.size();
}

bool StructureTreeWriter::add_page(HPDF_Page page, const std::vector<StructId>& marked_elements) {
  if (!tagged()) return document_.ok();
  for (std::size_t mcid = 0; mcid < marked_elements.size(); ++mcid) {
    if (!valid(marked_elements[mcid])) {
      invalid_ = true;
      continue;
    }
    content_[static_cast<std::size_t>(marked_elements[mcid])].push_back(MarkedContent{page, static_cast<int>(mcid)});
  }
  document_.check(HPDF_Dict_AddNumber(page, "StructParents", static_cast<HPDF_INT32>(parents_.size())));
  parents_.emplace_back(marked_elements);
  return document_.ok();
}

bool StructureTreeWriter::add_annotation(HPDF_Dict widget, HPDF_Page page, StructId element) {
  if (!tagged()) return document_.ok();
  if (!valid(element)) {
    invalid_ = true;
    return document_.ok();
  }
  content_[static_cast<std::size_t>(element)].push_back(Annotation{page, widget});
  document_.check(HPDF_Dict_AddNumber(widget, "StructParent", static_cast<HPDF_INT32>(parents_.size())));
  parents_.emplace_back(element);
  return document_.ok();
}

// /K of an element: its children, then its own content. MCIDs on the
// element's /Pg page are plain numbers; elsewhere /MCR dictionaries.
HPDF_Array StructureTreeWriter::element_content(StructId element, HPDF_Page page_of_element) {
  HpdfDocument& doc = document_;
  HPDF_Array kids = doc.require(HPDF_Array_New(doc.mmgr()));
  if (!kids) return nullptr;
  for (StructId child : structure_[element].children) doc.check(HPDF_Array_Add(kids, dicts_[static_cast<std::size_t>(child)]));
  for (const Content& content : content_[static_cast<std::size_t>(element)]) {
    if (const auto* marked = std::get_if<MarkedContent>(&content)) {
      if (marked->page == page_of_element) {
        doc.check(HPDF_Array_AddNumber(kids, marked->mcid));
        continue;
      }
      HPDF_Dict reference = doc.require(HPDF_Dict_New(doc.mmgr()));
      if (!reference) return nullptr;
      doc.check(HPDF_Dict_AddName(reference, "Type", "MCR"));
      doc.check(HPDF_Dict_Add(reference, "Pg", marked->page));
      doc.check(HPDF_Dict_AddNumber(reference, "MCID", marked->mcid));
      doc.check(HPDF_Array_Add(kids, reference));
    } else {
      const auto& annotation = std::get<Annotation>(content);
      HPDF_Dict reference = doc.require(HPDF_Dict_New(doc.mmgr()));
      if (!reference) return nullptr;
      doc.check(HPDF_Dict_AddName(reference, "Type", "OBJR"));
      doc.check(HPDF_Dict_Add(reference, "Obj", annotation.widget));
      if (annotation.page != page_of_element) doc.check(HPDF_Dict_Add(reference, "Pg", annotation.page));
      doc.check(HPDF_Array_Add(kids, reference));
    }
  }
  return doc.ok() ? kids : nullptr;
}

bool StructureTreeWriter::write_element(StructId element, HPDF_Dict root) {
  HpdfDocument& doc = document_;
  const StructElement& source = structure_[element];
  HPDF_Dict dict = dicts_[static_cast<std::size_t>(element)];
  doc.check(HPDF_Dict_AddName(dict, "S", role_name(source.role)));
  doc.check(HPDF_Dict_Add(dict, "P", source.parent >= 0 ? dicts_[static_cast<std::size_t>(source.parent)] : root));
  HPDF_Page page = nullptr;
  const auto& content = content_[static_cast<std::size_t>(element)];
  if (!content.empty())
    page = std::visit([](const auto& c) { return c.page; }, content.front());
  if (page) doc.check(HPDF_Dict_Add(dict, "Pg", page));
  HPDF_Array kids = element_content(element, page);
  if (!kids) return false;
  if (HPDF_Array_Items(kids) > 0)
    doc.check(HPDF_Dict_Add(dict, "K", kids));
  else
    HPDF_Array_Free(kids);
  if (source.role == StructRole::Figure) doc.check(HPDF_Dict_Add(dict, "Alt", doc.new_text_string(source.alt)));
  if (source.role == StructRole::TH) {
    HPDF_Dict attributes = doc.require(HPDF_Dict_New(doc.mmgr()));
    if (!attributes) return false;
    doc.check(HPDF_Dict_AddName(attributes, "O", "Table"));
    doc.check(HPDF_Dict_AddName(attributes, "Scope", scope_name(source.scope)));
    doc.check(HPDF_Dict_Add(dict, "A", attributes));
  }
  return doc.ok();
}

HPDF_Dict StructureTreeWriter::parent_tree() {
  HpdfDocument& doc = document_;
  HPDF_Dict tree = doc.require(HPDF_Dict_New(doc.mmgr()));
  HPDF_Array numbers = doc.require(HPDF_Array_New(doc.mmgr()));
  if (!tree || !numbers) return nullptr;
  for (std::size_t key = 0; key < parents_.size(); ++key) {
    doc.check(HPDF_Array_AddNumber(numbers, static_cast<HPDF_INT32>(key)));
    if (const auto* page = std::get_if<std::vector<StructId>>(&parents_[key])) {
      HPDF_Array elements = doc.require(HPDF_Array_New(doc.mmgr()));
      if (!elements) return nullptr;
      for (StructId element : *page)
        if (valid(element)) doc.check(HPDF_Array_Add(elements, dicts_[static_cast<std::size_t>(element)]));
      doc.check(HPDF_Array_Add(numbers, elements));
    } else {
      doc.check(HPDF_Array_Add(numbers, dicts_[static_cast<std::size_t>(std::get<StructId>(parents_[key]))]));
    }
  }
  doc.check(HPDF_Dict_Add(tree, "Nums", numbers));
  return doc.ok() ? tree : nullptr;
}

bool StructureTreeWriter::finish() {
  if (!tagged()) return document_.ok();
  if (invalid_) return false;
  HpdfDocument& doc = document_;
  HPDF_Dict root = doc.new_indirect_dict();
  if (!root) return false;
  dicts_.reserve(structure_.elements.size());
  for (std::size_t i = 0; i < structure_.elements.size(); ++i) {
    HPDF_Dict dict = doc.new_indirect_dict();
    if (!dict) return false;
    dicts_.push_back(dict);
  }
  for (std::size_t i = 0; i < structure_.elements.size(); ++i)
    if (!write_element(static_cast<StructId>(i), root)) return false;
  HPDF_Dict tree = parent_tree();
  if (!tree) return false;
  doc.check(HPDF_Dict_AddName(root, "Type", "StructTreeRoot"));
  doc.check(HPDF_Dict_Add(root, "K", dicts_.front()));
  doc.check(HPDF_Dict_Add(root, "ParentTree", tree));
  doc.check(HPDF_Dict_AddNumber(root, "ParentTreeNextKey", static_cast<HPDF_INT32>(parents_.size())));
  HPDF_Dict catalog = doc.get()->catalog;
  doc.check(HPDF_Dict_Add(catalog, "StructTreeRoot", root));
  HPDF_Dict mark_info = doc.require(HPDF_Dict_New(doc.mmgr()));
  if (!mark_info) return false;
  doc.check(HPDF_Dict_Add(mark_info, "Marked", HPDF_Boolean_New(doc.mmgr(), HPDF_TRUE)));
  doc.check(HPDF_Dict_Add(catalog, "MarkInfo", mark_info));
  return doc.ok();
}

}  // namespace sygedok::pdf
