#include "compose/document_kinds.h"

#include "compose/fastholdelsesplan_composer.h"
#include "compose/indkaldelse_composer.h"
#include "compose/notat_composer.h"
#include "compose/referat_composer.h"

namespace sygedok::compose {
namespace {

Result<ComposedDocument> compose_referat(const Poco::JSON::Object& input, const TemplateStore& templates) {
  return compose_with(kReferatRecipe, input, templates);
}

constexpr DocumentKind kKinds[] = {
    {"referat", "Referat af en samtale om sygefravær (fravær, status, omsorg, spredt fravær, opfølgning)",
     compose_referat},
    {"indkaldelse", "Indkaldelse til en samtale om sygefravær (fravær, status, omsorg, spredt fravær, opfølgning)",
     [](const Poco::JSON::Object& in, const TemplateStore& t) { return compose_with(kIndkaldelseRecipe, in, t); }},
    {"notat", "Notat til personalemappen efter en kontakt med en sygemeldt medarbejder eller en omsorgssamtale",
     [](const Poco::JSON::Object& in, const TemplateStore& t) { return compose_with(kNotatRecipe, in, t); }},
    {"fastholdelsesplan", "Fastholdelsesplan efter sygedagpengelovens § 7 b (trappeplan, opgaver, hjælpemidler)",
     [](const Poco::JSON::Object& in, const TemplateStore& t) {
       return compose_with(kFastholdelsesplanRecipe, in, t);
     }},
};

}  // namespace

std::span<const DocumentKind> registered_document_kinds() { return kKinds; }

std::vector<std::string> document_kinds() {
  std::vector<std::string> names;
  for (const auto& kind : kKinds) names.emplace_back(kind.name);
  return names;
}

Result<ComposedDocument> compose_document(std::string_view kind, const Poco::JSON::Object& input,
                                          const TemplateStore& templates) {
  for (const auto& registered : kKinds)
    if (registered.name == kind) return registered.compose(input, templates);
  std::string known;
  for (const auto& registered : kKinds) known += (known.empty() ? "" : ", ") + std::string(registered.name);
  return Result<ComposedDocument>::failure(error(
      "", "unknown_kind", "Dokumenttypen »" + std::string(kind) + "« kendes ikke. Kendte typer: " + known + "."));
}

}  // namespace sygedok::compose
