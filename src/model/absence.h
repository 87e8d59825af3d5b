#pragma once
// The absence a document is about: {"first_day": "YYYY-MM-DD",
// "employment_ends"?: "YYYY-MM-DD"} under "absence". Optional in a referat,
// an indkaldelse and a notat (it feeds the § 7 a warnings there and the
// referat's "sygemeldt i to uger"); required in a fastholdelsesplan. It names
// days, never a cause. Plain data; read_absence is a pure function.
#include <optional>

#include "model/danish_date.h"
#include "model/json_reader.h"

namespace sygedok::model {

struct Absence {
  Date first_day;                      // the first sick day (første sygedag)
  std::optional<Date> employment_ends;  // the last day of employment of an employee under notice (opsagt)
};

// Reads request["absence"]; with Presence::Required a missing member is an error.
std::optional<Absence> read_absence(JsonReader& request, Presence presence);

}  // namespace sygedok::model
