#pragma once
// The laegeerklaering kind: model::Laegeerklaering → Mustache data for
// templates/laegeerklaering/laegeerklaering.mustache, and its PDF metadata.
// Data keys besides those of add_parties() (template_data.h):
//   title           "Anmodning om friattest" | "Anmodning om varighedserklæring"
//   certificate {label "Friattest", noun "friattest", definite "friattesten",
//                deliver_by "fredag den 11. december 2026", deliver_by_cell "Fredag den …" (the table),
//                is_friattest, is_varighedserklaering}
//   reason [paragraph] | false     (false: the template's text for the type)
//   since           "mandag den 30. november 2026" (absence.first_day)
//   fee_paid_by_employer (bool)    message [paragraph] | false
// The deadline also goes to the envelope (the employee may reply in Digital
// Post until then). The CPR number is never handed to the template.
// Pure functions; thread-safe.
#include "compose/kind_recipe.h"
#include "model/laegeerklaering.h"

namespace sygedok::compose {

TemplateData laegeerklaering_data(const model::Laegeerklaering& letter);
DocumentInfo laegeerklaering_info(const model::Laegeerklaering& letter);

inline constexpr KindRecipe<model::Laegeerklaering> kLaegeerklaeringRecipe{
    model::read_laegeerklaering, laegeerklaering_data, laegeerklaering_info, "laegeerklaering/laegeerklaering",
    [](const model::Laegeerklaering& letter) { return window_address(letter.sender, letter.employee); },
    [](const model::Laegeerklaering& letter) { return std::optional<model::Date>(letter.certificate.deliver_by); }};

}  // namespace sygedok::compose
