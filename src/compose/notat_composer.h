#pragma once
// The notat kind: model::Notat → Mustache data for
// templates/notat/notat.mustache, and its PDF metadata.
// Data keys besides those of add_parties() (template_data.h):
//   title           "Notat om kontakt ved sygemelding"
//   note {label, date "Tirsdag den 24. november 2026", form "Telefonsamtale", is_<type code>: bool for each type}
//   since           "2. november 2026" (absence.first_day) | false
//   purpose [paragraph] | false    (false: the template's text for the note type)
//   summary [paragraph]
//   agreements [text]  has_agreements   (each without a leading "at ")
//   next_contact {when, how "pr. telefon"|false, initiator|false} | false   next_contact_text [paragraph] | false
//   employee_informed (bool)
//   author          "Mette Jensen, Dagtilbudsleder" (manager name and title)
// The CPR number is never handed to the template. Pure functions; thread-safe.
#include "compose/kind_recipe.h"
#include "model/notat.h"

namespace sygedok::compose {

TemplateData notat_data(const model::Notat& notat);
DocumentInfo notat_info(const model::Notat& notat);

// "at jeg ringer" → "jeg ringer": the list follows "Vi aftaler, at".
std::string without_leading_at(std::string_view agreement);

inline constexpr KindRecipe<model::Notat> kNotatRecipe{
    model::read_notat, notat_data, notat_info, "notat/notat",
    [](const model::Notat& notat) { return window_address(notat.sender, notat.employee); }};

}  // namespace sygedok::compose
