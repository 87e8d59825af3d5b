#pragma once
// The absence a document is about: {"first_day": "YYYY-MM-DD"} under
// "absence". Optional in a referat, an indkaldelse and a notat (it only
// feeds the § 7 a warning there); required in a fastholdelsesplan. It names
// a day, never a cause. Plain data; read_absence is a pure function.
#include <optional>

#include "model/danish_date.h"
#include "model/json_reader.h"

namespace sygedok::model {

struct Absence {
  Date first_day;  // the first sick day (første sygedag)
};

// Reads request["absence"]; with Presence::Required a missing member is an error.
std::optional<Absence> read_absence(JsonReader& request, Presence presence);

}  // namespace sygedok::model
