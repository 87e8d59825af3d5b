#include "digitalpost/memo_schema.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <mutex>

#include "digitalpost/memo_writer.h"

namespace sygedok::digitalpost {
namespace {

void initialise_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// Collects libxml2's structured errors as diagnostics.
void collect(void* context, xmlErrorPtr problem) {
  auto* out = static_cast<Diagnostics*>(context);
  std::string message = problem->message ? problem->message : "ukendt fejl";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  if (problem->line > 0) message = "linje " + std::to_string(problem->line) + ": " + message;
  out->push_back(error("", "memo_invalid", message));
}

struct DocFree {
  void operator()(xmlDocPtr doc) const { xmlFreeDoc(doc); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

bool is_memo_message(xmlNodePtr node) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
         std::strcmp(reinterpret_cast<const char*>(node->name), "Message") == 0 &&
         std::strcmp(reinterpret_cast<const char*>(node->ns->href), kMemoNamespace) == 0;
}

}  // namespace

MemoSchema::MemoSchema(xmlSchemaPtr schema) : schema_(schema) {}
MemoSchema::~MemoSchema() { xmlSchemaFree(schema_); }

Result<std::shared_ptr<const MemoSchema>> MemoSchema::load(const std::string& xsd_path) {
  initialise_libxml();
  Diagnostics problems;
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(xsd_path.c_str());
  if (!parser)
    return Result<std::shared_ptr<const MemoSchema>>::failure(
        error("", "schema_load_failed", "MeMo-skemaet " + xsd_path + " kunne ikke åbnes."));
  xmlSchemaSetParserStructuredErrors(parser, collect, &problems);
  xmlSchemaPtr schema = xmlSchemaParse(parser);
  xmlSchemaFreeParserCtxt(parser);
  if (!schema) {
    Diagnostics all{error("", "schema_load_failed", "MeMo-skemaet " + xsd_path + " kunne ikke læses.")};
    for (auto& problem : problems) all.push_back(error("", "schema_load_failed", problem.message));
    return Result<std::shared_ptr<const MemoSchema>>::failure(std::move(all));
  }
  return Result<std::shared_ptr<const MemoSchema>>::success(std::make_shared<const MemoSchema>(schema));
}

Diagnostics MemoSchema::validate(std::string_view xml) const {
  initialise_libxml();
  Diagnostics problems;
  xmlParserCtxtPtr parser = xmlNewParserCtxt();
  if (!parser) return {error("", "memo_invalid", "XML-læseren kunne ikke startes.")};
  Doc doc(xmlCtxtReadMemory(parser, xml.data(), static_cast<int>(xml.size()), "memo.xml", nullptr,
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  xmlFreeParserCtxt(parser);
  if (!doc) return {error("", "memo_invalid", "Meddelelsen er ikke velformet XML.")};

  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  Doc message_only;
  xmlDocPtr to_validate = doc.get();
  if (!is_memo_message(root)) {
    xmlNodePtr message = nullptr;
    for (xmlNodePtr child = root ? root->children : nullptr; child && !message; child = child->next)
      if (is_memo_message(child)) message = child;
    if (!message) return {error("", "memo_invalid", "Dokumentet har intet memo:Message-element.")};
    message_only.reset(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
    if (!message_only) return {error("", "memo_invalid", "memo:Message kunne ikke kopieres.")};
    xmlDocSetRootElement(message_only.get(), xmlDocCopyNode(message, message_only.get(), 1));
    to_validate = message_only.get();
  }

  xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema_);
  if (!validator) return {error("", "memo_invalid", "Skemavalideringen kunne ikke startes.")};
  xmlSchemaSetValidStructuredErrors(validator, collect, &problems);
  int status = xmlSchemaValidateDoc(validator, to_validate);
  xmlSchemaFreeValidCtxt(validator);
  if (status != 0 && problems.empty())
    problems.push_back(error("", "memo_invalid", "Meddelelsen overholder ikke MeMo-skemaet."));
  return problems;
}

}  // namespace sygedok::digitalpost
