#pragma once
// The indkaldelse kind: model::Indkaldelse → Mustache data for
// templates/indkaldelse/indkaldelse.mustache, and its PDF metadata.
// Data keys besides those of add_parties() (template_data.h):
//   title             "Indkaldelse til fraværssamtale"
//   recipient         {lines [{line, last}]} | false   (name and address lines; false without employee.address;
//                     the built-in template leaves them to the window field that layout puts on page 1)
//   meeting {label, when, location|false, phone|false, link|false,
//            in_person, by_phone, by_video, is_<type code>: bool for each type}
//   participants_text "Du, Mette Jensen (Leder) og Jens Ølgaard (TR) som din bisidder"
//   bisidder {name, role|false} | false
//   purpose [paragraph] | false    (false: the template's opening for the type)
//   since             "mandag den 2. november 2026" (absence.first_day) | false
//   previous_meeting  "2. september 2026" | false
//   topics [text]  has_topics     message [paragraph] | false
//   absence_periods [{period, days}]  has_absence_periods  absence_total "I alt 6 perioder og 9 fraværsdage."
//   reply_by          "tirsdag den 1. december 2026" | false
// The same data renders the employee's preparation sheet
// (templates/forberedelse/forberedelse.mustache), sent with the summons.
// The CPR number is never handed to the template. Pure functions; thread-safe.
#include "compose/kind_recipe.h"
#include "model/indkaldelse.h"

namespace sygedok::compose {

TemplateData indkaldelse_data(const model::Indkaldelse& letter);
DocumentInfo indkaldelse_info(const model::Indkaldelse& letter);

// "Du, A (Leder), B og C (TR) som din bisidder": who takes part, for the facts table.
std::string participants_text(const model::Indkaldelse& letter);
// "I alt 1 periode og 2 fraværsdage." / "I alt 6 perioder og 9,5 fraværsdage.", the
// periods without a count of their own counted as `count` says.
std::string absence_total_text(const std::vector<model::AbsencePeriod>& periods, model::AbsenceDayCount count);

inline constexpr KindRecipe<model::Indkaldelse> kIndkaldelseRecipe{
    model::read_indkaldelse, indkaldelse_data, indkaldelse_info, "indkaldelse/indkaldelse",
    [](const model::Indkaldelse& letter) { return window_address(letter.sender, letter.employee); }, nullptr,
    [](const model::Indkaldelse&) { return true; }, "forberedelse/forberedelse", "Sådan forbereder du dig til samtalen"};

}  // namespace sygedok::compose
