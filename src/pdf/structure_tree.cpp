#include "pdf/structure_tree.h"

#include "pdf/content_stream.h"
#include "pdf/pdf_strings.h"

namespace sygedok::pdf {

namespace {

std::uint32_t object_number(void* object) {
  return static_cast<HPDF_Obj_Header*>(object)->obj_id & 0x00FFFFFF;
}

void append_reference(std::string& out, std::uint32_t number) {
  append_integer(out, number);
  out += " 0 R";
}

}  // namespace

StructureTreeWriter::StructureTreeWriter(HpdfDocument& document, const DocumentStructure& structure)
    : document_(document), structure_(structure), content_(structure.elements.size()) {
  if (!tagged()) return;
  HPDF_Dict root = document.new_indirect_dict();  // its text comes from append_root()
  HPDF_Dict mark_info = document.require(HPDF_Dict_New(document.mmgr()));
  if (!root || !mark_info) return;
  root_ = object_number(root);
  HPDF_Dict catalog = document.get()->catalog;
  document.check(HPDF_Dict_Add(catalog, "StructTreeRoot", root));
  document.check(HPDF_Dict_Add(mark_info, "Marked", HPDF_Boolean_New(document.mmgr(), HPDF_TRUE)));
  document.check(HPDF_Dict_Add(catalog, "MarkInfo", mark_info));
}

bool StructureTreeWriter::is_element(StructId element) const {
  return element >= 0 && static_cast<std::size_t>(element) < structure_.elements.size();
}

bool StructureTreeWriter::add_page(HPDF_Page page, const std::vector<StructId>& marked_elements) {
  if (!tagged()) return document_.ok();
  for (std::size_t mcid = 0; mcid < marked_elements.size(); ++mcid) {
    if (!is_element(marked_elements[mcid])) {
      invalid_ = true;
      continue;
    }
    content_[static_cast<std::size_t>(marked_elements[mcid])].push_back(
        MarkedContent{object_number(page), static_cast<int>(mcid)});
  }
  document_.check(HPDF_Dict_AddNumber(page, "StructParents", static_cast<HPDF_INT32>(parents_.size())));
  parents_.emplace_back(marked_elements);
  return document_.ok();
}

bool StructureTreeWriter::add_annotation(HPDF_Dict widget, HPDF_Page page, StructId element) {
  if (!tagged()) return document_.ok();
  if (!is_element(element)) {
    invalid_ = true;
    return document_.ok();
  }
  content_[static_cast<std::size_t>(element)].push_back(Annotation{object_number(page), object_number(widget)});
  document_.check(HPDF_Dict_AddNumber(widget, "StructParent", static_cast<HPDF_INT32>(parents_.size())));
  parents_.emplace_back(element);
  return document_.ok();
}

// <</S/TD/P 40 0 R/Pg 4 0 R/K[11]>>: the kids are the child elements, then
// the element's own content; MCIDs on its /Pg page are plain numbers,
// elsewhere /MCR dictionaries.
void StructureTreeWriter::append_element(StructId element, std::uint32_t first_number, std::string& out) const {
  const StructElement& source = structure_[element];
  const auto& content = content_[static_cast<std::size_t>(element)];
  out += "<</S/";
  out += role_name(source.role);
  out += "/P ";
  append_reference(out, source.parent >= 0 ? first_number + static_cast<std::uint32_t>(source.parent) : root_);
  std::uint32_t page = 0;
  if (!content.empty()) {
    page = std::visit([](const auto& c) { return c.page; }, content.front());
    out += "/Pg ";
    append_reference(out, page);
  }
  if (!source.children.empty() || !content.empty()) {
    out += "/K[";
    for (StructId child : source.children) {
      append_reference(out, first_number + static_cast<std::uint32_t>(child));
      out += ' ';
    }
    for (const Content& item : content) {
      if (const auto* marked = std::get_if<MarkedContent>(&item)) {
        if (marked->page == page) {
          append_integer(out, marked->mcid);
        } else {
          out += "<</Type/MCR/Pg ";
          append_reference(out, marked->page);
          out += "/MCID ";
          append_integer(out, marked->mcid);
          out += ">>";
        }
      } else {
        const auto& annotation = std::get<Annotation>(item);
        out += "<</Type/OBJR/Obj ";
        append_reference(out, annotation.widget);
        if (annotation.page != page) {
          out += "/Pg ";
          append_reference(out, annotation.page);
        }
        out += ">>";
      }
      out += ' ';
    }
    out.back() = ']';
  }
  if (source.role == StructRole::Figure) {
    out += "/Alt";
    append_text_string(out, source.alt);
  }
  if (source.role == StructRole::TH)
    out += source.scope == HeaderScope::Row ? "/A<</O/Table/Scope/Row>>" : "/A<</O/Table/Scope/Column>>";
  out += ">>";
}

// The root with the parent tree: per page its elements by MCID, per widget its element.
void StructureTreeWriter::append_root(std::uint32_t first_number, std::string& out) const {
  out += "<</Type/StructTreeRoot/K ";
  append_reference(out, first_number);
  out += "/ParentTree<</Nums[";
  for (std::size_t key = 0; key < parents_.size(); ++key) {
    append_integer(out, static_cast<std::int64_t>(key));
    if (const auto* page = std::get_if<std::vector<StructId>>(&parents_[key])) {
      out += '[';
      for (StructId element : *page) {
        append_reference(out, first_number + static_cast<std::uint32_t>(element));
        out += ' ';
      }
      out += ']';
    } else {
      out += ' ';
      append_reference(out, first_number + static_cast<std::uint32_t>(std::get<StructId>(parents_[key])));
    }
    out += ' ';
  }
  out += "]>>/ParentTreeNextKey ";
  append_integer(out, static_cast<std::int64_t>(parents_.size()));
  out += ">>";
}

std::vector<SerializedObject> StructureTreeWriter::objects(std::uint32_t first_free_number) {
  std::vector<SerializedObject> objects;
  if (!tagged() || invalid_) return objects;
  const std::size_t count = structure_.elements.size();
  text_.clear();
  text_.reserve(64 * count + 16 * count);
  std::vector<std::size_t> ends;
  ends.reserve(count + 1);
  append_root(first_free_number, text_);
  ends.push_back(text_.size());
  for (std::size_t i = 0; i < count; ++i) {
    append_element(static_cast<StructId>(i), first_free_number, text_);
    ends.push_back(text_.size());
  }
  // Views into text_ only now that it no longer grows.
  const std::string_view text = text_;
  objects.reserve(count + 1);
  objects.push_back({root_, text.substr(0, ends[0])});
  for (std::size_t i = 0; i < count; ++i)
    objects.push_back({first_free_number + static_cast<std::uint32_t>(i), text.substr(ends[i], ends[i + 1] - ends[i])});
  return objects;
}

}  // namespace sygedok::pdf
