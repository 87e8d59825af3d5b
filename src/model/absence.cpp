#include "model/absence.h"

namespace sygedok::model {

std::optional<Absence> read_absence(JsonReader& request, Presence presence) {
  auto absence = request.object("absence", "oplysningerne om fraværet", presence);
  if (!absence) return std::nullopt;
  auto first_day = absence->date("first_day", "første sygedag", Presence::Required);
  absence->warn_unknown_fields();
  if (!first_day) return std::nullopt;
  return Absence{*first_day};
}

}  // namespace sygedok::model
