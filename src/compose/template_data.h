#pragma once
// Building blocks for the Mustache data of every document kind: the parts
// all documents share (sender, letterhead, employee, manager) and helpers
// for optional values and free text. Every optional key is always set (to
// its value or to false), because Mustache would otherwise look the name up
// in an enclosing context. Pure functions; thread-safe.
#include <kainjow/mustache.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/composed_document.h"
#include "compose/markdown_escape.h"
#include "compose/organisation_profile.h"
#include "model/meeting_slot.h"
#include "model/parties.h"

namespace sygedok::compose {

using TemplateData = kainjow::mustache::data;

// The value, or false (so {{#key}}…{{/key}} hides the part).
TemplateData text_or_false(const std::optional<std::string>& text);
TemplateData string_list(const std::vector<std::string>& items);

// Free text split into paragraphs at blank lines; each entry of `texts` is at
// least one paragraph. Single line breaks stay inside a paragraph.
std::vector<std::string> split_paragraphs(std::string_view text);
TemplateData paragraphs(const std::vector<std::string>& texts);

// Sets sender, contact, document, letterhead, employee and manager in `data`:
//   sender {name, unit|false, address, cvr}   contact {name, phone|false, email|false} | false
//   document {date "22. november 2026", case_number|false, case_reference "Sagsnr. …"|false}
//   letterhead {rows [{left, right, first}]}  (first row: sender name + CVR; then unit, address,
//                                               the contact's "Telefon …", e-mail and web address;
//                                               right column: "CVR …", "Dato: …", "Sagsnr. …")
// Names (sender, contact, employee, manager) are name fields (name_field()).
//   employee {name}                           manager {name, title|false}
//   greeting_name  employee.first_name, else employee.name (a letter's "Kære …")
void add_parties(TemplateData& data, const model::Sender& sender, const model::DocumentHeader& document,
                 const model::Employee& employee, const model::Manager& manager);

// The letterhead alone ({rows [{left, right, first}]}, as in add_parties),
// for a document without an employee's manager or letter parts.
TemplateData letterhead_data(const model::Sender& sender, const model::DocumentHeader& document);

// {name, role|false} of someone taking part (a bisidder).
TemplateData participant_data(const model::Participant& person);

// When, how and where a summoned meeting is held (the partials meeting_slot,
// two rows of a facts table, and video_link, as "meeting"):
//   {when "Onsdag den 2. december 2026 kl. 10.00–11.00", location|false, phone|false,
//    link|false, in_person, by_phone, by_video}
TemplateData meeting_slot_data(const model::MeetingSlot& slot);

// How the document is sent, for its sentences about sending:
//   delivery {phrase "via Digital Post" | "med posten" | false (not known),
//             digital_post (true only for Digital Post: a reply there is possible)}
TemplateData delivery_data(Delivery delivery);

// Sets manager.signature_title (false without a title): the manager's
// title as it stands on its own line under a signature or closing.
void add_signature_title(TemplateData& data, const model::Manager& manager, TitleCase title_case);

// The window block of a letter: the sender's name and address as the return
// address, the employee's name and address lines; nullopt when the input
// has no employee.address (the letter then keeps the plain letterhead).
std::optional<WindowAddress> window_address(const model::Sender& sender, const model::Employee& employee);

}  // namespace sygedok::compose
