#include "compose/template_data.h"

#include <algorithm>

#include <utf8proc.h>

#include "core/text.h"
#include "model/danish_date.h"

namespace sygedok::compose {
namespace {

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string trim(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// "Sagsnr. 2026-004711", in the letterhead and the running head.
std::optional<std::string> case_reference(const model::DocumentHeader& document) {
  if (!document.case_number) return std::nullopt;
  return "Sagsnr. " + *document.case_number;
}

// A telephone number never breaks across lines: its spaces become no-break spaces.
std::optional<std::string> unbroken(std::optional<std::string> text) {
  if (!text) return text;
  std::string out;
  for (char c : *text) out += c == ' ' ? std::string("\u00A0") : std::string(1, c);
  return out;
}

}  // namespace

TemplateData letterhead_data(const model::Sender& sender, const model::DocumentHeader& document) {
  std::vector<std::string> left = {name_field(sender.name)};
  if (sender.unit) left.push_back(*sender.unit);
  left.push_back(sender.address);
  if (sender.contact) {
    if (sender.contact->phone) left.push_back("Telefon " + *sender.contact->phone);
    if (sender.contact->email) left.push_back(*sender.contact->email);
    if (sender.contact->web) left.push_back(*sender.contact->web);
  }
  std::vector<std::string> right = {"CVR-nr. " + sender.cvr, "Dato: " + model::format_date(document.date)};
  if (auto reference = case_reference(document)) right.push_back(*reference);
  TemplateData rows{TemplateData::type::list};
  for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
    TemplateData row;
    row.set("left", i < left.size() ? left[i] : std::string());
    row.set("right", i < right.size() ? right[i] : std::string());
    row.set("first", i == 0);
    rows.push_back(row);
  }
  TemplateData data;
  data.set("rows", rows);
  return data;
}

TemplateData text_or_false(const std::optional<std::string>& text) {
  return text ? TemplateData(*text) : TemplateData(false);
}

TemplateData string_list(const std::vector<std::string>& items) {
  TemplateData list{TemplateData::type::list};
  for (const auto& item : items) list.push_back(TemplateData(item));
  return list;
}

std::vector<std::string> split_paragraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  auto flush = [&] {
    std::string paragraph = trim(current);
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
    current.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (is_blank(line)) {
      flush();
    } else {
      current += (current.empty() ? "" : "\n") + std::string(line);
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  flush();
  return paragraphs;
}

TemplateData paragraphs(const std::vector<std::string>& texts) {
  std::vector<std::string> all;
  for (const auto& text : texts)
    for (auto& paragraph : split_paragraphs(text)) all.push_back(std::move(paragraph));
  return string_list(all);
}

void add_parties(TemplateData& data, const model::Sender& sender, const model::DocumentHeader& document,
                 const model::Employee& employee, const model::Manager& manager) {
  TemplateData sender_data;
  sender_data.set("name", name_field(sender.name));
  sender_data.set("unit", text_or_false(sender.unit));
  sender_data.set("address", sender.address);
  sender_data.set("cvr", sender.cvr);
  data.set("sender", sender_data);

  if (sender.contact) {
    TemplateData contact;
    contact.set("name", name_field(sender.contact->name));
    contact.set("phone", text_or_false(sender.contact->phone));
    contact.set("email", text_or_false(sender.contact->email));
    data.set("contact", contact);
  } else {
    data.set("contact", false);
  }

  TemplateData document_data;
  document_data.set("date", model::format_date(document.date));
  document_data.set("case_number", text_or_false(document.case_number));
  document_data.set("case_reference", text_or_false(case_reference(document)));
  data.set("document", document_data);
  data.set("letterhead", letterhead_data(sender, document));

  TemplateData employee_data;
  employee_data.set("name", name_field(employee.name));
  employee_data.set("phone", text_or_false(unbroken(employee.phone)));
  // employee.cpr is deliberately not handed to templates: it addresses the
  // Digital Post envelope and is never printed.
  data.set("employee", employee_data);
  data.set("greeting_name", name_field(employee.first_name.value_or(employee.name)));

  TemplateData manager_data;
  manager_data.set("name", name_field(manager.name));
  manager_data.set("title", text_or_false(manager.title));
  data.set("manager", manager_data);
}

TemplateData participant_data(const model::Participant& person) {
  TemplateData data;
  data.set("name", name_field(person.name));
  data.set("role", text_or_false(person.role));
  return data;
}

TemplateData meeting_slot_data(const model::MeetingSlot& slot) {
  TemplateData data;
  data.set("when", model::capitalize_first(model::format_time_span(slot.start, slot.end)));
  data.set("location", text_or_false(slot.location));
  data.set("phone", text_or_false(slot.phone));
  data.set("link", text_or_false(slot.link));
  data.set("in_person", slot.form == model::ConversationForm::InPerson);
  data.set("by_phone", slot.form == model::ConversationForm::Phone);
  data.set("by_video", slot.form == model::ConversationForm::Video);
  return data;
}

void add_signature_title(TemplateData& data, const model::Manager& manager, TitleCase title_case) {
  TemplateData title(false);
  if (manager.title) {
    std::string text = *manager.title;
    auto letters = decode_utf8(text);
    if (title_case == TitleCase::Capitalised) {
      text = model::capitalize_first(text);
    } else if (title_case == TitleCase::LowerCase && letters && !letters->empty() &&
               !(letters->size() > 1 && utf8proc_isupper(static_cast<utf8proc_int32_t>((*letters)[1])))) {
      (*letters)[0] = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>((*letters)[0])));
      text = encode_utf8(*letters);
    }
    title = TemplateData(text);
  }
  TemplateData manager_data = *data.get("manager");
  manager_data.set("signature_title", title);
  data.set("manager", manager_data);
}

namespace {

// `text` on one line: every run of white space (line breaks, tabs) one space.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : trim(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::optional<WindowAddress> window_address(const model::Sender& sender, const model::Employee& employee) {
  if (employee.address.empty()) return std::nullopt;
  WindowAddress window;
  window.return_address = one_line(sender.name + ", " + sender.address);
  window.recipient.push_back({one_line(employee.name), "employee.name"});
  for (std::size_t i = 0; i < employee.address.size(); ++i)
    window.recipient.push_back({one_line(employee.address[i]), "employee.address[" + std::to_string(i) + "]"});
  return window;
}

TemplateData delivery_data(Delivery delivery) {
  TemplateData data;
  switch (delivery) {
    case Delivery::DigitalPost: data.set("phrase", "via Digital Post"); break;
    case Delivery::PhysicalPost: data.set("phrase", "med posten"); break;
    case Delivery::Unstated: data.set("phrase", false); break;
  }
  data.set("digital_post", delivery == Delivery::DigitalPost);
  return data;
}

}  // namespace sygedok::compose
