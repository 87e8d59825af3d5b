#pragma once
// The logical structure of a laid-out document, as tagged PDF and screen
// readers want it: a tree of elements with standard roles (PDF 1.7,
// 14.8.4) in reading order, whose leaves own the frame's items (each item
// names its element by StructId; decoration and pagination are artifacts).
// Layout builds it beside the pages; pdf/ writes it as the structure tree.
// Plain data; thread-compatible.
#include <cstdint>
#include <string>
#include <vector>

namespace sygedok {

using StructId = std::int32_t;
// Items that are not content: rules, borders, fills, the footer, a repeated
// table header, the return address in the envelope window.
constexpr StructId kArtifact = -1;

// The standard structure types sygedok uses.
enum class StructRole : std::uint8_t {
  Document, Div, P, H1, H2, H3, H4, H5, H6, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure, Form
};

// Which cells a table header cell (TH) heads.
enum class HeaderScope : std::uint8_t { None, Row, Column };

struct StructElement {
  StructRole role = StructRole::Div;
  StructId parent = kArtifact;     // kArtifact for the root
  std::vector<StructId> children;  // in reading order
  // Figure: its alternative text (/Alt). Form: the field's description
  // readers announce (/TU), e.g. "Dato og underskrift, leder".
  std::string alt;
  HeaderScope scope = HeaderScope::None;  // TH only
};

// The tree; element 0, once added, is the root (Document).
struct DocumentStructure {
  std::vector<StructElement> elements;

  bool empty() const { return elements.empty(); }
  // A new element, the last child of `parent` (kArtifact: the root).
  StructId add(StructRole role, StructId parent) {
    const auto id = static_cast<StructId>(elements.size());
    StructElement& element = elements.emplace_back();
    element.role = role;
    element.parent = parent;
    if (parent >= 0) elements[static_cast<std::size_t>(parent)].children.push_back(id);
    return id;
  }
  StructElement& operator[](StructId id) { return elements[static_cast<std::size_t>(id)]; }
  const StructElement& operator[](StructId id) const { return elements[static_cast<std::size_t>(id)]; }
};

// The standard name of `role` ("H1", "LBody", …).
inline const char* role_name(StructRole role) {
  static constexpr const char* kNames[] = {"Document", "Div", "P",  "H1", "H2",   "H3",    "H4",
                                           "H5",       "H6",  "L",  "LI", "Lbl",  "LBody", "Table",
                                           "TR",       "TH",  "TD", "Figure", "Form"};
  return kNames[static_cast<int>(role)];
}

}  // namespace sygedok
