#pragma once
// A handleplan's follow-up dates as an iCalendar file (docs/dialogue.md):
// per action an all-day event on its follow-up date ("Opfølgning: <block>
// – <group>", with what, who, when, the hoped-for effect and how it will be
// seen in the description), and one on the next round's date when the plan
// has one. UIDs are deterministic (the plan's date, the action's number and
// a hash of the group's name), so importing a revised plan updates the
// events; DTSTAMP is the plan's date. Pure function; thread-safe.
#include <string>

#include "dialogue/dialogue_requests.h"

namespace sygedok::dialogue {

std::string handleplan_to_icalendar(const Handleplan& plan);

}  // namespace sygedok::dialogue
