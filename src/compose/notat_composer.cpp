#include "compose/notat_composer.h"

#include "model/danish_date.h"

namespace sygedok::compose {
namespace {

TemplateData note_data(const model::NoteConversation& note) {
  TemplateData data;
  data.set("label", std::string(model::note_type_label(note.type)));
  data.set("date", model::capitalize_first(model::format_date_with_weekday(note.date)));
  data.set("form", std::string(model::conversation_form_label(note.form)));
  for (auto code : model::kNoteTypeCodes)
    data.set("is_" + std::string(code), model::note_type_from_code(code) == note.type);
  return data;
}

// "Vi taler sammen igen pr. telefon …".
std::string_view how(model::ConversationForm form) {
  switch (form) {
    case model::ConversationForm::InPerson: return "ved et møde";
    case model::ConversationForm::Phone: return "pr. telefon";
    case model::ConversationForm::Video: return "på video";
  }
  return "";
}

TemplateData next_contact_data(const model::Notat& notat) {
  if (!notat.next_contact) return TemplateData(false);
  const model::NextContact& next = *notat.next_contact;
  TemplateData data;
  data.set("when", model::format_date_with_weekday(next.date));
  data.set("how", next.form ? TemplateData(std::string(how(*next.form))) : TemplateData(false));
  // The manager writes the note ("jeg"); the employee is named.
  data.set("manager_initiates", next.initiative == model::ContactInitiative::Manager);
  data.set("employee_initiates", next.initiative == model::ContactInitiative::Employee
                                     ? TemplateData(name_field(notat.employee.name))
                                     : TemplateData(false));
  return data;
}

}  // namespace

std::string without_leading_at(std::string_view agreement) {
  if (agreement.size() > 3 && (agreement.substr(0, 3) == "at " || agreement.substr(0, 3) == "At "))
    agreement.remove_prefix(3);
  return std::string(agreement);
}

TemplateData notat_data(const model::Notat& notat) {
  TemplateData data;
  add_parties(data, notat.sender, notat.document, notat.employee, notat.manager);
  data.set("title", std::string(model::note_type_title(notat.note.type)));
  data.set("note", note_data(notat.note));
  data.set("since", notat.absence ? TemplateData(model::format_date(notat.absence->first_day)) : TemplateData(false));
  data.set("purpose", notat.purpose ? paragraphs({*notat.purpose}) : TemplateData(false));
  data.set("summary", paragraphs(notat.summary));
  std::vector<std::string> agreements;
  for (const auto& agreement : notat.agreements) agreements.push_back(without_leading_at(agreement));
  data.set("agreements", string_list(agreements));
  data.set("has_agreements", !agreements.empty());
  data.set("next_contact", next_contact_data(notat));
  data.set("next_contact_text",
           notat.next_contact_text ? paragraphs({*notat.next_contact_text}) : TemplateData(false));
  data.set("employee_informed", notat.employee_informed);
  const std::string author = name_field(notat.manager.name);
  data.set("author", notat.manager.title ? author + ", " + *notat.manager.title : author);
  return data;
}

DocumentInfo notat_info(const model::Notat& notat) {
  DocumentInfo info;
  info.title = std::string(model::note_type_title(notat.note.type));
  info.author = notat.sender.name;
  info.subject = std::string(model::note_type_label(notat.note.type)) + " med " + notat.employee.name + " den " +
                 model::format_date(notat.note.date);
  return info;
}

}  // namespace sygedok::compose
