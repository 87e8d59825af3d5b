#pragma once
// The referat kind: model::Referat → Mustache data for
// templates/referat/referat.mustache, and its PDF metadata.
// Data keys besides those of add_parties() (template_data.h):
//   title                          "Referat af fraværssamtale"
//   meeting {label, when, location, is_<type code>: bool for each type}
//   bisidder {name, role|false} | false
//   others_present [{name, role|false, last}]   has_others_present
//   purpose [paragraph] | false    (false: the template's text for the meeting type)
//   status [paragraph]             return_options [text]   has_return_options
//   agreements [{what, who, when|false, deadline|false}]   has_agreements
//   next_meeting {label, when, location|false} | false     next_meeting_text [paragraph] | false
//   read_aloud  signed_at_meeting  recorded               (bool)
//   employee_comments [paragraph]  has_employee_comments
// Pure functions; thread-safe.
#include "compose/kind_recipe.h"
#include "model/referat.h"

namespace sygedok::compose {

TemplateData referat_data(const model::Referat& referat);
// "Referat af fraværssamtale": the referat's title, also named by the reminder to sign it.
std::string referat_title(model::MeetingType type);
DocumentInfo referat_info(const model::Referat& referat);

inline constexpr KindRecipe<model::Referat> kReferatRecipe{
    model::read_referat, referat_data, referat_info, "referat/referat",
    [](const model::Referat& referat) { return window_address(referat.sender, referat.employee); },
    [](const model::Referat& referat) {
      return referat.signed_at_meeting ? std::nullopt : referat.return_by;
    }};

}  // namespace sygedok::compose
