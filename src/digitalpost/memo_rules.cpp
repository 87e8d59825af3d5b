#include "digitalpost/memo_rules.h"

#include "core/text.h"

namespace sygedok::digitalpost {
namespace {

bool is_unicode_space(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x205F || c == 0x2060 || c == 0x3000;
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::u32string trimmed(std::u32string text, std::u32string_view strip) {
  while (!text.empty() && strip.find(text.front()) != std::u32string_view::npos) text.erase(text.begin());
  while (!text.empty() && strip.find(text.back()) != std::u32string_view::npos) text.pop_back();
  return text;
}

// Collects the rule violations of one message.
class RuleChecker {
 public:
  void text(std::string_view element, const std::string& value, std::size_t max = kMemoTextLength) {
    if (!is_xml_text(value)) {
      fail(element, "indeholder tegn, som XML ikke tillader");
    } else if (decode_utf8(value)->size() > max) {
      fail(element, "er længere end " + std::to_string(max) + " tegn");
    } else if (value.empty()) {
      fail(element, "er tom");
    }
  }
  void uuid(std::string_view element, const std::string& value) {
    if (!is_memo_uuid(value)) fail(element, "»" + value + "« er ikke et UUID version 4");
  }
  void file(std::string_view element, const MemoFile& file) {
    text(std::string(element) + "/encodingFormat", file.encoding_format);
    text(std::string(element) + "/language", file.language, 2);
    if (!is_safe_file_name(file.filename))
      fail(std::string(element) + "/filename", "»" + file.filename + "« er ikke et tilladt filnavn i Digital Post");
  }
  void action(const std::string& element, const MemoAction& action) {
    text(element + "/label", action.label);
    text(element + "/actionCode", action.code);
    if (auto* reservation = std::get_if<MemoReservation>(&action.target)) {
      std::string at = element + "/Reservation";
      text(at + "/description", reservation->description);
      uuid(at + "/reservationUUID", reservation->uuid);
      text(at + "/abstract", reservation->abstract);
      text(at + "/location", reservation->location);
      if (reservation->end <= reservation->start) fail(at + "/endDateTime", "ligger ikke efter startDateTime");
      if (reservation->organizer_mail) text(at + "/organizerMail", *reservation->organizer_mail);
      if (reservation->organizer_name) text(at + "/organizerName", *reservation->organizer_name);
    }
    if (auto* entry = std::get_if<MemoEntryPoint>(&action.target))
      if (!is_https_url(entry->url)) fail(element + "/EntryPoint/url", "»" + entry->url + "« begynder ikke med https://");
  }
  void document(const std::string& element, const MemoDocument& document) {
    if (document.label) text(element + "/label", *document.label);
    if (document.files.empty()) fail(element, "har ingen fil");
    for (std::size_t i = 0; i < document.files.size(); ++i)
      file(element + "/File[" + std::to_string(i + 1) + "]", document.files[i]);
    for (std::size_t i = 0; i < document.actions.size(); ++i)
      action(element + "/Action[" + std::to_string(i + 1) + "]", document.actions[i]);
  }
  void fail(std::string_view element, const std::string& problem) {
    problems_.push_back(error("", "memo_rule", "MeMo-elementet " + std::string(element) + " " + problem + "."));
  }
  Diagnostics take() { return std::move(problems_); }

 private:
  Diagnostics problems_;
};

}  // namespace

bool is_forbidden_in_file_name(char32_t c) {
  switch (c) {
    case U'<': case U'>': case U':': case U'"': case U'/': case U'\\': case U'|': case U'?': case U'*':
    case U'\r': case U'\n':
      return true;
    default:
      return is_unicode_space(c);
  }
}

bool is_safe_file_name(std::string_view name) {
  auto decoded = decode_utf8(name);
  if (!decoded || decoded->empty() || decoded->size() > kMemoTextLength) return false;
  bool only_dots_and_spaces = true;
  for (char32_t c : *decoded) {
    if (is_forbidden_in_file_name(c) || is_control(c) || !is_xml_char(c)) return false;
    if (c != U'.' && c != U' ') only_dots_and_spaces = false;
  }
  return !only_dots_and_spaces;
}

std::string safe_file_name(std::string_view wanted, std::string_view extension) {
  std::u32string name;
  for (char32_t c : decode_utf8(wanted).value_or(U"")) {
    if (c == U'/' || c == U'\\' || c == U':' || c == U'|') {
      name += U'-';
    } else if (is_unicode_space(c) || c == U'\t') {
      if (name.empty() || name.back() != U' ') name += U' ';
    } else if (c == U' ') {
      if (name.empty() || name.back() != U' ') name += U' ';
    } else if (!is_forbidden_in_file_name(c) && !is_control(c) && is_xml_char(c)) {
      name += c;
    }
  }
  name = trimmed(std::move(name), U" .");
  std::u32string wanted_extension(decode_utf8(extension).value_or(U""));
  std::u32string stem = name, suffix;
  auto dot = name.rfind(U'.');
  if (dot != std::u32string::npos && name.size() - dot <= 10) {
    stem = name.substr(0, dot);
    suffix = name.substr(dot);
  }
  auto lower = [](std::u32string text) {
    for (char32_t& c : text)
      if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    return text;
  };
  if (!wanted_extension.empty() && lower(suffix) != lower(wanted_extension)) {
    stem = name;
    suffix = wanted_extension;
  }
  if (stem.size() > kFileNameStemLength) stem = stem.substr(0, kFileNameStemLength);
  stem = trimmed(std::move(stem), U" .");
  if (stem.empty()) stem = U"dokument";
  return encode_utf8(stem + suffix);
}

std::string fit_text(std::string_view text, std::size_t max_characters) {
  auto decoded = decode_utf8(text);
  if (!decoded || decoded->size() <= max_characters) return std::string(text);
  if (max_characters == 0) return {};
  std::u32string cut = decoded->substr(0, max_characters - 1);
  while (!cut.empty() && cut.back() == U' ') cut.pop_back();
  return encode_utf8(cut + U"…");
}

bool is_https_url(std::string_view url) {
  constexpr std::string_view kScheme = "https://";
  if (url.size() <= kScheme.size() || url.size() > kMemoTextLength) return false;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    char c = url[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kScheme[i]) return false;
  }
  char host_start = url[kScheme.size()];
  if (host_start == '/' || host_start == '?' || host_start == '#') return false;
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7F) return false;
  return is_xml_text(url);
}

bool is_memo_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !is_hex(text[i])) return false;
  }
  char variant = text[19];
  return text[14] == '4' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b' ||
                             variant == 'A' || variant == 'B');
}

bool is_xml_text(std::string_view text) {
  auto decoded = decode_utf8(text);
  if (!decoded) return false;
  for (char32_t c : *decoded)
    if (!is_xml_char(c)) return false;
  return true;
}

Diagnostics check_memo_message(const MemoMessage& message) {
  RuleChecker check;
  check.uuid("MessageHeader/messageUUID", message.uuid);
  check.text("MessageHeader/label", message.label);
  if (message.notification) check.text("MessageHeader/notification", *message.notification, kMemoNotificationLength);
  check.text("Sender/senderID", message.sender.id);
  check.text("Sender/idType", message.sender.id_type);
  if (!message.sender.label) check.fail("Sender/label", "mangler");
  else check.text("Sender/label", *message.sender.label);
  check.text("Recipient/recipientID", message.recipient.id);
  check.text("Recipient/idType", message.recipient.id_type);
  if (message.recipient.label) check.text("Recipient/label", *message.recipient.label);
  if (message.case_reference) {
    check.text("CaseID/caseID", message.case_reference->case_id);
    check.text("CaseID/caseSystem", message.case_reference->case_system);
  }
  if (message.type == MessageType::NemSms && !message.notification)
    check.fail("MessageHeader/notification", "mangler i en NemSMS");
  if (message.type == MessageType::DigitalPost && !message.body) check.fail("MessageBody", "mangler");
  if (message.body) {
    check.document("MessageBody/MainDocument", message.body->main);
    for (std::size_t i = 0; i < message.body->additional.size(); ++i)
      check.document("MessageBody/AdditionalDocument[" + std::to_string(i + 1) + "]", message.body->additional[i]);
  }
  return check.take();
}

}  // namespace sygedok::digitalpost
