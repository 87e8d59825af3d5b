#pragma once
// Helpers for the composer tests: load a sample, compose it with the built-in
// templates and read the result back as blocks (through the real markup
// stage), so tests assert what a reader sees, not Markdown syntax.
// Test code only; not thread-safe (the template store is a lazy static).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compose/document_kinds.h"
#include "markup/markdown_parser.h"
#include "model/json_input.h"

namespace sygedok::compose::test_support {

inline Poco::JSON::Object::Ptr load_sample(const std::string& kind, const std::string& name) {
  std::ifstream in(std::string(SYGEDOK_SOURCE_DIR) + "/samples/" + kind + "/" + name + ".json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto parsed = model::parse_json_object(text.str());
  EXPECT_TRUE(parsed.ok()) << kind << "/" << name;
  return parsed.ok() ? parsed.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
}

inline const TemplateStore& builtin_templates() {
  static auto store = TemplateStore::load();
  EXPECT_TRUE(store.ok());
  return *store.value();
}

inline ComposedDocument compose_ok(const std::string& kind, const Poco::JSON::Object& input) {
  auto composed = compose_document(kind, input, builtin_templates());
  EXPECT_TRUE(composed.ok()) << (composed.ok() ? "" : composed.diagnostics()[0].path + " " +
                                                          composed.diagnostics()[0].message);
  return composed.ok() ? composed.value() : ComposedDocument{};
}

inline BlockDocument blocks_of(const ComposedDocument& composed) {
  auto blocks = markup::parse_markdown(composed.markdown);
  EXPECT_TRUE(blocks.ok()) << (blocks.ok() ? "" : blocks.diagnostics()[0].message);
  return blocks.ok() ? blocks.value() : BlockDocument{};
}

// The text of inline spans; a hard line break becomes "\n".
inline std::string plain(const Inlines& spans) {
  std::string out;
  for (const auto& span : spans) out += span.kind == Span::Kind::HardBreak ? "\n" : span.text;
  return out;
}

// The tables in the flow (not the running head).
inline std::vector<const Table*> tables(const BlockDocument& document) {
  std::vector<const Table*> found;
  for (const auto& block : document.blocks)
    if (const auto* table = std::get_if<Table>(&block.node); table && table->role != Table::Role::RunningHead)
      found.push_back(table);
  return found;
}

// "# Title", "## Section", … in order.
inline std::vector<std::string> headings(const BlockDocument& document) {
  std::vector<std::string> found;
  for (const auto& block : document.blocks)
    if (const auto* heading = std::get_if<Heading>(&block.node))
      found.push_back(std::string(static_cast<std::size_t>(heading->level), '#') + " " + plain(heading->text));
  return found;
}

// The top-level paragraphs, one string each.
inline std::vector<std::string> paragraphs(const BlockDocument& document) {
  std::vector<std::string> found;
  for (const auto& block : document.blocks)
    if (const auto* paragraph = std::get_if<Paragraph>(&block.node)) found.push_back(plain(paragraph->text));
  return found;
}

inline std::string all_paragraph_text(const BlockDocument& document) {
  std::string out;
  for (const auto& paragraph : paragraphs(document)) out += paragraph + "\n";
  return out;
}

// The items of the top-level list that follows the heading `heading` ("Det vil vi tale om").
inline std::vector<std::string> list_after(const BlockDocument& document, const std::string& heading) {
  bool seen = false;
  for (const auto& block : document.blocks) {
    if (const auto* h = std::get_if<Heading>(&block.node)) {
      if (seen) break;
      seen = plain(h->text) == heading;
    } else if (const auto* list = std::get_if<List>(&block.node); list && seen) {
      std::vector<std::string> items;
      for (const auto& item : list->items)
        items.push_back(item.empty() ? "" : plain(std::get<Paragraph>(item[0].node).text));
      return items;
    }
  }
  return {};
}

// The first paragraph after the heading `heading`.
inline std::string paragraph_after(const BlockDocument& document, const std::string& heading) {
  bool seen = false;
  for (const auto& block : document.blocks) {
    if (const auto* h = std::get_if<Heading>(&block.node)) seen = plain(h->text) == heading;
    else if (const auto* paragraph = std::get_if<Paragraph>(&block.node); paragraph && seen)
      return plain(paragraph->text);
  }
  return "";
}

}  // namespace sygedok::compose::test_support
