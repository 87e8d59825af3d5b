#include "structure_tree.h"

#include <cmath>

namespace sygedok::e2e {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

std::string without_slash(const std::string& name) { return name.rfind('/', 0) == 0 ? name.substr(1) : name; }

// The items of `value` when it is an array, else `value` itself.
std::vector<Var> items_of(const PdfObjects& objects, const Var& value) {
  std::vector<Var> items;
  if (auto array = objects.array(value)) {
    for (std::size_t i = 0; i < array->size(); ++i) items.push_back(array->get(static_cast<unsigned>(i)));
  } else if (!value.isEmpty()) {
    items.push_back(value);
  }
  return items;
}

bool is_integer(const Var& value) {
  const double number = number_of(value);
  return !std::isnan(number) && number == std::floor(number);
}

}  // namespace

StructureTree::StructureTree(const PdfObjects& objects) : objects_(objects) {
  auto catalog = objects.catalog();
  if (catalog.isNull() || !catalog->has("/StructTreeRoot")) return;
  auto root = objects.dict(catalog->get("/StructTreeRoot"));
  if (root.isNull()) {
    problems_.push_back("/StructTreeRoot is not a dictionary");
    return;
  }
  present_ = true;
  if (auto map = objects.dict(root->get("/RoleMap"))) {
    std::vector<std::string> names;
    map->getNames(names);
    for (const auto& name : names) role_map_[without_slash(name)] = without_slash(string_of(map->get(name)));
  }
  const std::string root_ref = string_of(catalog->get("/StructTreeRoot"));
  for (const Var& kid : items_of(objects, root->get("/K"))) add(kid, -1, root_ref, 0);
  if (root->has("/ParentTree")) read_number_tree(root->get("/ParentTree"), 0);
}

int StructureTree::find(const std::string& ref) const {
  for (std::size_t i = 0; i < elements_.size(); ++i)
    if (!ref.empty() && elements_[i].ref == ref) return static_cast<int>(i);
  return -1;
}

void StructureTree::add(const Var& value, int parent, const std::string& expected_parent, int depth) {
  if (depth > 50 || elements_.size() > 100000) {
    problems_.push_back("the structure tree is deeper than 50 levels or has a cycle");
    return;
  }
  auto dict = objects_.dict(value);
  if (dict.isNull() || !dict->has("/S")) {
    problems_.push_back("a kid of a structure element is no structure element: " + string_of(value));
    return;
  }
  StructElement element;
  element.ref = is_reference(value) ? string_of(value) : "";
  if (!element.ref.empty() && find(element.ref) >= 0) {
    problems_.push_back(element.ref + " is a kid of two elements (or of itself)");
    return;
  }
  element.type = without_slash(string_of(dict->get("/S")));
  element.parent = parent;
  element.parent_link_ok = string_of(dict->get("/P")) == expected_parent;
  element.has_type_entry = dict->has("/Type");
  element.type_entry = string_of(dict->get("/Type"));
  element.alt = text_of(dict->get("/Alt"));
  for (const Var& attributes : items_of(objects_, dict->get("/A"))) {
    auto a = objects_.dict(attributes);
    if (!a.isNull() && string_of(a->get("/O")) == "/Table" && a->has("/Scope"))
      element.scope = without_slash(string_of(a->get("/Scope")));
  }
  const std::string page = string_of(dict->get("/Pg"));
  const int index = static_cast<int>(elements_.size());
  elements_.push_back(element);
  if (parent >= 0) elements_[parent].children.push_back(index);
  for (const Var& kid : items_of(objects_, dict->get("/K"))) {
    if (is_integer(kid)) {
      elements_[index].marked_content.push_back({page, static_cast<int>(number_of(kid))});
      continue;
    }
    auto kid_dict = objects_.dict(kid);
    const std::string kid_type = kid_dict.isNull() ? "" : string_of(kid_dict->get("/Type"));
    if (kid_type == "/MCR") {
      const std::string mcr_page = kid_dict->has("/Pg") ? string_of(kid_dict->get("/Pg")) : page;
      if (kid_dict->has("/Stm")) problems_.push_back(element.ref + ": marked content in a stream other than a page's");
      elements_[index].marked_content.push_back({mcr_page, static_cast<int>(number_of(kid_dict->get("/MCID")))});
    } else if (kid_type == "/OBJR") {
      elements_[index].objects.push_back(string_of(kid_dict->get("/Obj")));
    } else {
      add(kid, index, element.ref, depth + 1);
    }
  }
}

void StructureTree::read_number_tree(const Var& node, int depth) {
  auto dict = objects_.dict(node);
  if (dict.isNull() || depth > 20) {
    problems_.push_back("/ParentTree is not a number tree");
    return;
  }
  if (auto nums = objects_.array(dict->get("/Nums"))) {
    for (std::size_t i = 0; i + 1 < nums->size(); i += 2) {
      const double key = number_of(nums->get(static_cast<unsigned>(i)));
      if (parent_tree_.count(static_cast<long>(key))) problems_.push_back("/ParentTree repeats a key");
      parent_tree_[static_cast<long>(key)] = nums->get(static_cast<unsigned>(i + 1));
    }
  }
  for (const Var& kid : items_of(objects_, dict->get("/Kids"))) read_number_tree(kid, depth + 1);
}

}  // namespace sygedok::e2e
