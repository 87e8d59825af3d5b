#include "pdf/document_metadata.h"

#include <hpdf_encrypt.h>

#include <array>
#include <string_view>

#include "pdf/pdf_strings.h"
#include "pdf/xmp_packet.h"

namespace sygedok::pdf {

namespace {

constexpr std::size_t kIdBytes = 16;
constexpr char kHexDigits[] = "0123456789ABCDEF";

// How libharu writes the placeholder: two hex strings of zeros in an array,
// "/ID [ <00…> <00…> ]".
std::string id_placeholder() {
  const std::string zeros(kIdBytes * 2, '0');
  return "/ID [ <" + zeros + "> <" + zeros + ">";
}

bool add_text(HpdfDocument& document, HPDF_Dict dict, const char* key, const std::string& value) {
  if (value.empty()) return document.ok();
  return document.check(HPDF_Dict_Add(dict, key, document.new_text_string(value)));
}

std::string producer() { return std::string("sygedok with libHaru ") + HPDF_GetVersion(); }

}  // namespace

bool write_document_info(HpdfDocument& document, const DocumentInfo& info, bool tagged, Diagnostics& problems) {
  // Info and XMP must say the same (PDF/A): both get the same cleaned texts.
  XmpFields xmp;
  xmp.title = xml_safe_text(info.title);
  xmp.author = xml_safe_text(info.author);
  xmp.subject = xml_safe_text(info.subject);
  xmp.creator_tool = xml_safe_text(info.creator);
  xmp.producer = producer();
  xmp.language = xml_safe_text(info.language);
  xmp.accessible = tagged;

  // Setting an attribute through the API creates the Info dictionary.
  if (!document.check(HPDF_SetInfoAttr(document.get(), HPDF_INFO_PRODUCER, xmp.producer.c_str()))) return false;
  HPDF_Dict dict = document.require(document.get()->info);
  if (!dict) return false;

  add_text(document, dict, "Title", xmp.title);
  add_text(document, dict, "Author", xmp.author);
  add_text(document, dict, "Subject", xmp.subject);
  add_text(document, dict, "Creator", xmp.creator_tool);
  if (info.created) {
    auto date = pdf_date(*info.created);
    xmp.date = xmp_date(*info.created);
    if (date && xmp.date) {
      add_text(document, dict, "CreationDate", *date);
      add_text(document, dict, "ModDate", *date);
    } else {
      problems.push_back(error("", "invalid_date",
                               "Tidspunktet \"" + *info.created +
                                   "\" er ikke en ISO 8601-dato som 2026-03-15 eller 2026-03-15T09:30:00+01:00."));
    }
  }
  HPDF_Dict catalog = document.get()->catalog;
  add_text(document, catalog, "Lang", xmp.language);
  if (tagged) {
    // PDF/UA-1, 7.1: viewers show the title, not the file name.
    HPDF_Dict preferences = document.require(HPDF_Dict_New(document.mmgr()));
    if (!preferences) return false;
    document.check(HPDF_Dict_Add(preferences, "DisplayDocTitle", HPDF_Boolean_New(document.mmgr(), HPDF_TRUE)));
    document.check(HPDF_Dict_Add(catalog, "ViewerPreferences", preferences));
  }

  // PDF/A: the metadata stream is never compressed (no /Filter).
  HPDF_Dict metadata = document.new_stream(xmp_packet(xmp), HpdfDocument::StreamCompression::Never);
  if (!metadata) return false;
  document.check(HPDF_Dict_AddName(metadata, "Type", "Metadata"));
  document.check(HPDF_Dict_AddName(metadata, "Subtype", "XML"));
  document.check(HPDF_Dict_Add(catalog, "Metadata", metadata));
  return document.ok();
}

bool add_document_id_placeholder(HpdfDocument& document) {
  if (!document.ok()) return false;
  const std::array<HPDF_BYTE, kIdBytes> zeros{};
  HPDF_Array id = document.require(HPDF_Array_New(document.mmgr()));
  if (!id) return false;
  for (int copy = 0; copy < 2; ++copy)
    document.check(HPDF_Array_Add(id, document.require(HPDF_Binary_New(
                                          document.mmgr(), const_cast<HPDF_BYTE*>(zeros.data()), kIdBytes))));
  return document.check(HPDF_Dict_Add(document.get()->trailer, "ID", id));
}

bool stamp_document_id(std::string& pdf) {
  const std::string placeholder = id_placeholder();
  const std::size_t at = pdf.rfind(placeholder);
  if (at == std::string::npos) return false;

  HPDF_MD5_CTX context;
  HPDF_MD5Init(&context);
  HPDF_MD5Update(&context, reinterpret_cast<const HPDF_BYTE*>(pdf.data()), static_cast<HPDF_UINT32>(pdf.size()));
  std::array<HPDF_BYTE, kIdBytes> digest{};
  HPDF_MD5Final(digest.data(), &context);

  std::string hex;
  for (HPDF_BYTE b : digest) {
    hex.push_back(kHexDigits[b >> 4]);
    hex.push_back(kHexDigits[b & 0xF]);
  }
  const std::size_t first = at + std::string_view("/ID [ <").size();
  const std::size_t second = first + hex.size() + std::string_view("> <").size();
  pdf.replace(first, hex.size(), hex);
  pdf.replace(second, hex.size(), hex);
  return true;
}

}  // namespace sygedok::pdf
