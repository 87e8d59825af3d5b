#pragma once
// The svar_fastholdelsesplan kind: model::SvarFastholdelsesplan → Mustache
// data for templates/svar_fastholdelsesplan/svar_fastholdelsesplan.mustache,
// and its PDF metadata. Data keys besides those of add_parties() (template_data.h):
//   title           "Svar på din anmodning om en fastholdelsesplan" (both answers)
//   requested_on    "3. december 2026"
//   invitation (bool)   not_needed (bool)
//   meeting         meeting_slot_data() | false (invitation only)
//   bisidder {name, role|false} | false     reason [paragraph] | false (not needed only)
//   since           "mandag den 5. oktober 2026" (absence.first_day) | false
//   message [paragraph] | false
// An invitation's meeting goes to the envelope as a calendar entry. The CPR
// number is never handed to the template. Pure functions; thread-safe.
#include "compose/kind_recipe.h"
#include "model/svar_fastholdelsesplan.h"

namespace sygedok::compose {

TemplateData svar_fastholdelsesplan_data(const model::SvarFastholdelsesplan& reply);
DocumentInfo svar_fastholdelsesplan_info(const model::SvarFastholdelsesplan& reply);

inline constexpr KindRecipe<model::SvarFastholdelsesplan> kSvarFastholdelsesplanRecipe{
    model::read_svar_fastholdelsesplan, svar_fastholdelsesplan_data, svar_fastholdelsesplan_info,
    "svar_fastholdelsesplan/svar_fastholdelsesplan",
    [](const model::SvarFastholdelsesplan& reply) { return window_address(reply.sender, reply.employee); }, nullptr,
    [](const model::SvarFastholdelsesplan& reply) { return reply.meeting.has_value(); }};

}  // namespace sygedok::compose
