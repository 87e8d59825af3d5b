#include "model/meeting_slot.h"

namespace sygedok::model {
namespace {

constexpr std::size_t kPhoneLength = 40;
constexpr std::size_t kLinkLength = 500;

bool looks_like_web_address(std::string_view text) {
  return (text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0) && text.find(' ') == std::string_view::npos;
}

}  // namespace

std::optional<MeetingSlot> read_meeting_slot(JsonReader& meeting, std::optional<Date>& day) {
  auto start = meeting.date_time("start", "samtalens starttidspunkt", Presence::Required);
  auto end = meeting.date_time("end", "samtalens sluttidspunkt", Presence::Required);
  if (start) day = start->date;
  auto form_code = meeting.choice("form", "samtalens form", Presence::Optional, kConversationFormCodes);
  bool form_ok = form_code.has_value() || !meeting.has("form");
  ConversationForm form = form_code ? *conversation_form_from_code(*form_code) : ConversationForm::InPerson;
  bool in_person = form_ok && form == ConversationForm::InPerson;
  // An in-person meeting needs a place; by phone or video it is optional.
  auto location = meeting.text("location", "samtalens sted", in_person ? Presence::Required : Presence::Optional);
  auto phone = meeting.text("phone", "telefonnummeret til samtalen", Presence::Optional, kPhoneLength);
  auto link = meeting.text("link", "linket til videomødet", Presence::Optional, kLinkLength);

  if (start && end && *end <= *start)
    meeting.report_error("end", "end_before_start", "Samtalens sluttidspunkt skal ligge efter starttidspunktet.");
  if (form_ok && phone && form != ConversationForm::Phone)
    meeting.report_error("phone", "conflict", "Et telefonnummer hører kun til en telefonsamtale (form »telefon«).");
  if (form_ok && link && form != ConversationForm::Video)
    meeting.report_error("link", "conflict", "Et link hører kun til et videomøde (form »video«).");
  if (link && !looks_like_web_address(*link))
    meeting.report_error("link", "invalid_link",
                         "Linket til videomødet »" + *link + "« skal være en webadresse, der begynder med https://.");
  if (!start || !end || !form_ok || (in_person && !location)) return std::nullopt;
  return MeetingSlot{*start, *end, form, location, phone, link};
}

}  // namespace sygedok::model
