#include "compose/document_kinds.h"

#include "compose/dialogue_composers.h"
#include "compose/fastholdelsesplan_composer.h"
#include "compose/indkaldelse_composer.h"
#include "compose/laegeerklaering_composer.h"
#include "compose/notat_composer.h"
#include "compose/opfoelgningsplan_composer.h"
#include "compose/paamindelse_composer.h"
#include "compose/referat_composer.h"
#include "compose/svar_fastholdelsesplan_composer.h"

namespace sygedok::compose {
namespace {

template <const auto& recipe>
Result<ComposedDocument> compose_kind(const Poco::JSON::Object& input, const TemplateStore& templates,
                                      Delivery delivery) {
  return compose_with(recipe, input, templates, delivery);
}

constexpr DocumentKind kKinds[] = {
    {"referat", "Referat af en samtale om sygefravær (fravær, status, omsorg, spredt fravær, opfølgning)", true,
     compose_kind<kReferatRecipe>},
    {"indkaldelse", "Indkaldelse til en samtale om sygefravær (fravær, status, omsorg, spredt fravær, opfølgning)", true,
     compose_kind<kIndkaldelseRecipe>},
    {"notat", "Notat til personalemappen efter en kontakt med en sygemeldt medarbejder eller en omsorgssamtale", true,
     compose_kind<kNotatRecipe>},
    {"fastholdelsesplan", "Fastholdelsesplan efter sygedagpengelovens § 7 b (trappeplan, opgaver, hjælpemidler)", true,
     compose_kind<kFastholdelsesplanRecipe>},
    {"opfoelgningsplan", "Opfølgningsplan til lederen: opringninger, samtaler og frister under en sygemelding", false,
     compose_opfoelgningsplan},
    {"paamindelse", "Påmindelse om et referat, der ikke blev underskrevet på mødet og skal sendes underskrevet tilbage", true,
     compose_kind<kPaamindelseRecipe>},
    {"laegeerklaering", "Anmodning om en friattest eller en varighedserklæring fra medarbejderens læge", true,
     compose_kind<kLaegeerklaeringRecipe>},
    {"svar_fastholdelsesplan",
     "Svar på en anmodning om en fastholdelsesplan: invitation til at lave den sammen eller afgørelse om, at der ikke "
     "er behov for en", true,
     compose_kind<kSvarFastholdelsesplanRecipe>},
    {"spoergeskema", "Dialogværktøjets spørgeskema til ledergruppen eller MED, til at printe og krydse af", false,
     compose_spoergeskema},
    {"dialogresultat", "Dialogværktøjets resultat: gruppens svar som diagram, forslag til dialogen og prioriteterne", false,
     compose_dialogresultat},
    {"handleplan", "Dialogværktøjets handleplan: hvad gruppen vil gøre for hver byggesten, hvem, hvornår og opfølgning", false,
     compose_handleplan},
};

}  // namespace

std::span<const DocumentKind> registered_document_kinds() { return kKinds; }

std::vector<std::string> document_kinds() {
  std::vector<std::string> names;
  for (const auto& kind : kKinds) names.emplace_back(kind.name);
  return names;
}

const DocumentKind* find_document_kind(std::string_view name) {
  for (const auto& kind : kKinds)
    if (kind.name == name) return &kind;
  return nullptr;
}

Result<ComposedDocument> compose_document(std::string_view kind, const Poco::JSON::Object& input,
                                          const TemplateStore& templates, Delivery delivery) {
  if (const DocumentKind* registered = find_document_kind(kind)) return registered->compose(input, templates, delivery);
  std::string known;
  for (const auto& registered : kKinds) known += (known.empty() ? "" : ", ") + std::string(registered.name);
  return Result<ComposedDocument>::failure(error(
      "", "unknown_kind", "Dokumenttypen »" + std::string(kind) + "« kendes ikke. Kendte typer: " + known + "."));
}

}  // namespace sygedok::compose
