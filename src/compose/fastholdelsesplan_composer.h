#pragma once
// The fastholdelsesplan kind: model::Fastholdelsesplan → Mustache data for
// templates/fastholdelsesplan/fastholdelsesplan.mustache, and its PDF metadata.
// Data keys besides those of add_parties() (template_data.h):
//   title                      "Fastholdelsesplan"
//   first_day  requested_on    "4. januar 2027"
//   expected_return            "29. marts 2027" | false
//   goal [paragraph] | false   (false: the template's text from § 7 b)
//   schedule [{period, hours, tasks}]       period "8.–21. februar 2027" | "Fra 22. marts 2027", hours "18,5"
//   changed_tasks aids adjustments [text]   has_changed_tasks has_aids has_adjustments
//   jobcenter_involvement [paragraph] | false
//   section_56 {is_overvejes, is_ansoegt, is_bevilget} | false
//   colleagues [paragraph] | false
//   follow_up [{when, what}]               when "Fredag den 19. februar 2027" or with "kl. 10.00"
// Pure functions; thread-safe.
#include "compose/kind_recipe.h"
#include "model/fastholdelsesplan.h"

namespace sygedok::compose {

// "8.–21. februar 2027", "22. februar – 7. marts 2027", "28. december 2026 – 10. januar 2027",
// or "Fra 22. marts 2027" without an end.
std::string format_period(const model::Date& from, const std::optional<model::Date>& to);

TemplateData fastholdelsesplan_data(const model::Fastholdelsesplan& plan);
DocumentInfo fastholdelsesplan_info(const model::Fastholdelsesplan& plan);

inline constexpr KindRecipe<model::Fastholdelsesplan> kFastholdelsesplanRecipe{
    model::read_fastholdelsesplan, fastholdelsesplan_data, fastholdelsesplan_info,
    "fastholdelsesplan/fastholdelsesplan"};

}  // namespace sygedok::compose
