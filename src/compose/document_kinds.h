#pragma once
// The registry of document kinds and the compose stage's entry point:
// request JSON → Markdown + metadata for the named kind. Errors: every
// problem of the input (from the kind's reader), "unknown_kind", and
// template errors. Stateless; thread-safe.
#include <Poco/JSON/Object.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compose/composed_document.h"
#include "compose/template_store.h"
#include "core/result.h"

namespace sygedok::compose {

// One entry of the registry: a kind's name and how to compose it. Plain data.
struct DocumentKind {
  std::string_view name;         // "referat", as in the CLI and the URL
  std::string_view description;  // one line of Danish for `sygedok kinds`
  // Addressed to the employee, so it may go by Digital Post with a MeMo
  // envelope; the manager's plan and the dialogue tool's documents are not.
  bool to_employee;
  Result<ComposedDocument> (*compose)(const Poco::JSON::Object& input, const TemplateStore& templates,
                                      Delivery delivery);
};

std::span<const DocumentKind> registered_document_kinds();
std::vector<std::string> document_kinds();  // the names, in registry order
const DocumentKind* find_document_kind(std::string_view name);  // nullptr for an unknown name

// On success the warnings are both in ComposedDocument::warnings and in the
// Result's diagnostics; on failure the diagnostics hold errors and warnings.
Result<ComposedDocument> compose_document(std::string_view kind, const Poco::JSON::Object& input,
                                          const TemplateStore& templates,
                                          Delivery delivery = Delivery::DigitalPost);

}  // namespace sygedok::compose
