#include "digitalpost/attachments.h"

#include <array>
#include <utility>

#include "core/text.h"
#include "digitalpost/base64.h"
#include "digitalpost/memo_rules.h"

namespace sygedok::digitalpost {
namespace {

// Extensions of the formats Digital Post mailboxes show, and their media types.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kMediaTypes = {{
    {".pdf", "application/pdf"},
    {".txt", "text/plain"},
    {".html", "text/html"},
    {".htm", "text/html"},
    {".xml", "text/xml"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".png", "image/png"},
    {".tif", "image/tiff"},
    {".tiff", "image/tiff"},
    {".doc", "application/msword"},
    {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {".odt", "application/vnd.oasis.opendocument.text"},
}};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// type "/" subtype, each of RFC 6838's restricted-name characters; no parameters.
bool is_media_type(std::string_view text) {
  auto slash = text.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == text.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
    if (!(name_char || (c == '/' && i == slash))) return false;
  }
  return true;
}

std::string normalized(const std::string& text) {
  return decode_utf8(text) ? normalize_nfc(text) : text;
}

bool has_extension(std::string_view name) {
  auto dot = name.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < name.size() && name.size() - dot <= 6 &&
         name.find(' ', dot) == std::string_view::npos;
}

std::string stem_of(const std::string& filename) {
  return has_extension(filename) ? filename.substr(0, filename.rfind('.')) : filename;
}

std::optional<Attachment> read_attachment(model::ListItem& item) {
  model::JsonReader& object = item.reader;
  const std::string number = "bilag nr. " + std::to_string(item.index + 1);
  auto filename = object.text("filename", "filnavnet på " + number, model::Presence::Required, 255);
  auto media_type = object.text("media_type", "medietypen for " + number, model::Presence::Optional, 127);
  auto label = object.text("label", "overskriften på " + number, model::Presence::Optional);
  bool has_base64 = object.has("content_base64"), has_text = object.has("text");
  std::optional<std::string> content;
  bool ok = filename.has_value();
  if (has_base64 && has_text) {
    object.report_error("text", "conflict",
                        model::sentence(number, " har både content_base64 og text. Angiv kun det ene."));
    ok = false;
  } else if (!has_base64 && !has_text) {
    object.report_error("content_base64", "required",
                        model::sentence(number, " mangler indhold: angiv content_base64 (en fil i base64) eller "
                                                "text (almindelig tekst)."));
    ok = false;
  } else if (has_base64) {
    auto written = object.text("content_base64", "indholdet af " + number, model::Presence::Required,
                               (kMaxAttachmentBytes / 3 + 1) * 4 * 2);
    if (written) {
      content = base64_decode(*written);
      if (!content)
        object.report_error("content_base64", "invalid_base64",
                            model::sentence("indholdet af " + number, " er ikke gyldig base64."));
    }
  } else {
    content = object.text("text", "teksten i " + number, model::Presence::Required, kMaxAttachmentText);
  }
  if (content && content->size() > kMaxAttachmentBytes) {
    object.report_error(has_base64 ? "content_base64" : "text", "too_large",
                        model::sentence(number, " fylder " + std::to_string(content->size()) +
                                                    " byte; højst " + std::to_string(kMaxAttachmentBytes) +
                                                    " byte er tilladt."));
    content.reset();
  }
  if (media_type) {
    *media_type = lower_ascii(*media_type);
    if (!is_media_type(*media_type)) {
      object.report_error("media_type", "invalid_media_type",
                          model::sentence("medietypen for " + number,
                                          " »" + *media_type + "« er ikke en medietype som application/pdf."));
      ok = false;
    }
  }
  if (label) {
    *label = normalized(*label);
    if (!is_xml_text(*label)) {
      object.report_error("label", "unsupported_character",
                          model::sentence("overskriften på " + number, " indeholder tegn, der ikke kan sendes."));
      ok = false;
    }
  }
  object.warn_unknown_fields();
  if (!ok || !content) return std::nullopt;

  Attachment attachment;
  std::string wanted = normalized(*filename);
  attachment.filename = safe_file_name(wanted, !has_extension(wanted) && has_text ? ".txt" : "");
  if (attachment.filename != wanted)
    object.report_warning("filename", "unsafe_file_name",
                          model::sentence("filnavnet på " + number,
                                          " »" + wanted + "« må ikke bruges i Digital Post og sendes som »" +
                                              attachment.filename + "«."));
  if (media_type) {
    attachment.media_type = *media_type;
  } else if (has_text) {
    attachment.media_type = "text/plain";
  } else if (auto known = media_type_for_file_name(attachment.filename)) {
    attachment.media_type = *known;
  } else {
    object.report_error("media_type", "required",
                        model::sentence("medietypen for " + number,
                                        " mangler: filnavnets endelse er ukendt. Angiv media_type, f.eks. "
                                        "application/pdf."));
    return std::nullopt;
  }
  attachment.label = label ? fit_text(*label, kMemoTextLength) : stem_of(attachment.filename);
  attachment.content = std::move(*content);
  return attachment;
}

}  // namespace

std::optional<std::string> media_type_for_file_name(std::string_view filename) {
  auto dot = filename.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string extension = lower_ascii(filename.substr(dot));
  for (const auto& [known, type] : kMediaTypes)
    if (extension == known) return std::string(type);
  return std::nullopt;
}

std::vector<Attachment> read_attachments(model::JsonReader& request) {
  std::vector<Attachment> attachments;
  for (auto& item : request.object_list("attachments", "bilagene", "bilag", model::Presence::Optional, kMaxAttachments))
    if (auto attachment = read_attachment(item)) attachments.push_back(std::move(*attachment));
  return attachments;
}

}  // namespace sygedok::digitalpost
