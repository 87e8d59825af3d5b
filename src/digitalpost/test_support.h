#pragma once
// Helpers for the digitalpost tests: the official MeMo schemas (in the
// shared folder beside the checkout), loaded once, and a libxml2 view of a
// written message (element names in document order). Not thread-safe.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "digitalpost/memo_message.h"
#include "digitalpost/memo_schema.h"

namespace sygedok::digitalpost::testing {

inline std::string shared_dir() { return std::string(SYGEDOK_SOURCE_DIR) + "/../shared"; }
inline std::string schema_path(MemoVersion version) {
  return shared_dir() + (version == MemoVersion::V1_2 ? "/memo/xsd/1.2/MeMo_core.xsd" : "/memo/xsd/MeMo_core.xsd");
}

inline const MemoSchema& schema(MemoVersion version) {
  static std::shared_ptr<const MemoSchema> v11, v12;
  auto& slot = version == MemoVersion::V1_2 ? v12 : v11;
  if (!slot) {
    auto loaded = MemoSchema::load(schema_path(version));
    if (!loaded) {
      ADD_FAILURE() << "cannot load " << schema_path(version) << ": " << loaded.diagnostics().front().message;
      std::abort();
    }
    slot = std::move(loaded).take();
  }
  return *slot;
}

// "memo:Message" and friends: the qualified names of an element's element children.
struct ParsedXml {
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc{nullptr, xmlFreeDoc};
  xmlNodePtr root() const { return xmlDocGetRootElement(doc.get()); }
};

inline ParsedXml parse(const std::string& xml) {
  ParsedXml parsed;
  parsed.doc.reset(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "memo.xml", nullptr, XML_PARSE_NONET));
  return parsed;
}

inline std::string qualified_name(xmlNodePtr node) {
  std::string name = reinterpret_cast<const char*>(node->name);
  if (node->ns && node->ns->prefix) name = std::string(reinterpret_cast<const char*>(node->ns->prefix)) + ":" + name;
  return name;
}

inline std::vector<std::string> child_names(xmlNodePtr node) {
  std::vector<std::string> names;
  for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE) names.push_back(qualified_name(child));
  return names;
}

// The first element child named `name` (qualified, e.g. "memo:MessageBody").
inline xmlNodePtr child(xmlNodePtr node, const std::string& name) {
  for (xmlNodePtr c = node ? node->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && qualified_name(c) == name) return c;
  return nullptr;
}

// Follows a path of qualified names from `node`.
inline xmlNodePtr at(xmlNodePtr node, const std::vector<std::string>& path) {
  for (const auto& name : path) node = child(node, name);
  return node;
}

inline std::string text(xmlNodePtr node) {
  if (!node) return "<missing>";
  xmlChar* content = xmlNodeGetContent(node);
  std::string value = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return value;
}

}  // namespace sygedok::digitalpost::testing
