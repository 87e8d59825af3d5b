#pragma once
// When, how and where a meeting is held, as a summons gives it: the part of
// "meeting" shared by the indkaldelse and the reply that invites to make a
// fastholdelsesplan together. JSON members of the meeting object:
//   start "YYYY-MM-DDTHH:MM", end, form?, location?, phone?, link?
//   form: fremmoede (default; needs location) | telefon (phone?: the number the manager calls)
//         | video (link?: the address of the video meeting)
// Errors besides the JsonReader's: end_before_start, required (location in
// person), conflict (phone or link with another form), invalid_link.
// Plain data; read_meeting_slot is a pure function.
#include <optional>
#include <string>

#include "model/conversation_form.h"
#include "model/danish_date.h"
#include "model/json_reader.h"

namespace sygedok::model {

struct MeetingSlot {
  DateTime start;
  DateTime end;  // after start
  ConversationForm form = ConversationForm::InPerson;
  std::optional<std::string> location;  // always set for InPerson
  std::optional<std::string> phone;     // Phone only
  std::optional<std::string> link;      // Video only
};

// Reads the members above of `meeting` (not its unknown fields: the caller
// may read more). `day` receives the start's date whenever it can be read,
// so that other members can be checked against it in the same pass.
std::optional<MeetingSlot> read_meeting_slot(JsonReader& meeting, std::optional<Date>& day);

}  // namespace sygedok::model
