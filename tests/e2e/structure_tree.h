#pragma once
// The logical structure of a tagged PDF (ISO 32000-1 14.7) as qpdf reads
// it: the elements under /StructTreeRoot depth first, with what each holds
// (marked-content ids on a page, object references), its attributes, and
// the /ParentTree number tree, so tests can check that structure, page
// content and annotations point at each other. Independent of pdf.js,
// which shows neither attributes nor the parent tree.
#include <map>
#include <string>
#include <vector>

#include "pdf_objects.h"

namespace sygedok::e2e {

struct StructElement {
  std::string ref;       // "12 0 R"; "" for a dictionary written inside its parent
  std::string type;      // /S without the slash: "TH"
  int parent = -1;       // index into StructureTree::elements; -1: a child of the root
  bool parent_link_ok = false;  // its /P refers to its parent (or to the root)
  std::vector<int> children;
  struct MarkedContent {
    std::string page;  // the page's reference: the MCR's /Pg, else the element's
    int mcid = -1;
  };
  std::vector<MarkedContent> marked_content;
  std::vector<std::string> objects;  // the /Obj of each /OBJR kid
  std::string scope;   // /A's /Scope ("Row", "Column", "Both"), "" when none
  std::string alt;     // /Alt (a text string), "" when none
  bool has_type_entry = false;  // /Type present; then it must be /StructElem
  std::string type_entry;
};

class StructureTree {
 public:
  explicit StructureTree(const PdfObjects& objects);

  bool present() const { return present_; }
  const std::vector<StructElement>& elements() const { return elements_; }
  // /ParentTree: key -> value as qpdf writes it (an array of references for
  // a page's /StructParents, a reference for an annotation's /StructParent).
  const std::map<long, Poco::Dynamic::Var>& parent_tree() const { return parent_tree_; }
  // /RoleMap: name -> name, without slashes.
  const std::map<std::string, std::string>& role_map() const { return role_map_; }
  // What is not well formed (a kid that is no dictionary, a cycle, …).
  const std::vector<std::string>& problems() const { return problems_; }
  // The index of the element `ref` refers to; -1 when there is none.
  int find(const std::string& ref) const;

 private:
  void add(const Poco::Dynamic::Var& value, int parent, const std::string& expected_parent, int depth);
  void read_number_tree(const Poco::Dynamic::Var& node, int depth);

  const PdfObjects& objects_;
  bool present_ = false;
  std::vector<StructElement> elements_;
  std::map<long, Poco::Dynamic::Var> parent_tree_;
  std::map<std::string, std::string> role_map_;
  std::vector<std::string> problems_;
};

}  // namespace sygedok::e2e
