#include "model/absence.h"

namespace sygedok::model {

std::optional<Absence> read_absence(JsonReader& request, Presence presence) {
  auto absence = request.object("absence", "oplysningerne om fraværet", presence);
  if (!absence) return std::nullopt;
  auto first_day = absence->date("first_day", "første sygedag", Presence::Required);
  auto employment_ends = absence->date("employment_ends", "fratrædelsesdatoen", Presence::Optional);
  if (first_day && employment_ends && *employment_ends < *first_day)
    absence->report_error("employment_ends", "before_first_day", "Fratrædelsesdatoen kan ikke ligge før første sygedag.");
  absence->warn_unknown_fields();
  if (!first_day || (employment_ends && *employment_ends < *first_day)) return std::nullopt;
  return Absence{*first_day, employment_ends};
}

}  // namespace sygedok::model
