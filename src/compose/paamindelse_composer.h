#pragma once
// The paamindelse kind: model::Paamindelse → Mustache data for
// templates/paamindelse/paamindelse.mustache, and its PDF metadata.
// Data keys besides those of add_parties() (template_data.h):
//   title           "Påmindelse om referat til underskrift"
//   referat {title "Referat af fraværssamtale", noun "fraværssamtale",
//            meeting_date "onsdag den 2. december 2026", sent_on "4. december 2026" | false}
//   return_by       "fredag den 11. december 2026"
//   facts {meeting_date, return_by}   the same, capitalised for the facts table
//   message [paragraph] | false
// The return date also goes to the envelope (the employee may reply in
// Digital Post until then). The CPR number is never handed to the template.
// Pure functions; thread-safe.
#include "compose/kind_recipe.h"
#include "model/paamindelse.h"

namespace sygedok::compose {

TemplateData paamindelse_data(const model::Paamindelse& letter);
DocumentInfo paamindelse_info(const model::Paamindelse& letter);

inline constexpr KindRecipe<model::Paamindelse> kPaamindelseRecipe{
    model::read_paamindelse, paamindelse_data, paamindelse_info, "paamindelse/paamindelse",
    [](const model::Paamindelse& letter) { return window_address(letter.sender, letter.employee); },
    [](const model::Paamindelse& letter) { return std::optional<model::Date>(letter.return_by); }};

}  // namespace sygedok::compose
