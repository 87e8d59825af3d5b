#pragma once
// How a conversation takes place: in person, by phone or by video. Shared by
// the indkaldelse ("meeting.form") and the notat ("note.form"). Codes are
// ASCII like the meeting types' (ø → oe). Pure data; thread-safe.
#include <array>
#include <optional>
#include <string_view>

namespace sygedok::model {

enum class ConversationForm { InPerson, Phone, Video };

// The codes accepted in JSON, in the order of the enum.
inline constexpr std::array<std::string_view, 3> kConversationFormCodes = {"fremmoede", "telefon", "video"};

std::optional<ConversationForm> conversation_form_from_code(std::string_view code);
// "Møde", "Telefonsamtale", "Videomøde": the facts tables' "Form".
std::string_view conversation_form_label(ConversationForm form);

}  // namespace sygedok::model
