#include "model/conversation_form.h"

namespace sygedok::model {

std::optional<ConversationForm> conversation_form_from_code(std::string_view code) {
  for (std::size_t i = 0; i < kConversationFormCodes.size(); ++i)
    if (kConversationFormCodes[i] == code) return static_cast<ConversationForm>(i);
  return std::nullopt;
}

std::string_view conversation_form_label(ConversationForm form) {
  switch (form) {
    case ConversationForm::InPerson: return "Møde";
    case ConversationForm::Phone: return "Telefonsamtale";
    case ConversationForm::Video: return "Videomøde";
  }
  return "";
}

}  // namespace sygedok::model
