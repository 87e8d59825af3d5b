#include "pdf/associated_files.h"

#include <algorithm>
#include <utility>

#include "core/text.h"
#include "pdf/pdf_strings.h"

namespace sygedok::pdf {

namespace {

constexpr const char* kUnknownMimeType = "application/octet-stream";

HPDF_Dict embedded_file_stream(HpdfDocument& doc, const AttachedFile& file, const std::optional<std::string>& date) {
  HPDF_Dict stream = doc.new_stream(file.bytes);
  HPDF_Dict params = doc.require(HPDF_Dict_New(doc.mmgr()));
  if (!stream || !params) return nullptr;
  doc.check(HPDF_Dict_AddNumber(params, "Size", static_cast<HPDF_INT32>(file.bytes.size())));
  if (date) doc.check(HPDF_Dict_Add(params, "ModDate", doc.new_text_string(*date)));
  doc.check(HPDF_Dict_AddName(stream, "Type", "EmbeddedFile"));
  // A name: "application/json" is written /application#2Fjson.
  doc.check(HPDF_Dict_AddName(stream, "Subtype", file.mime_type.empty() ? kUnknownMimeType : file.mime_type.c_str()));
  doc.check(HPDF_Dict_Add(stream, "Params", params));
  return doc.ok() ? stream : nullptr;
}

HPDF_Dict file_specification(HpdfDocument& doc, const AttachedFile& file, const std::string& ascii_name,
                             HPDF_Dict stream) {
  HPDF_Dict spec = doc.new_indirect_dict();
  HPDF_Dict streams = doc.require(HPDF_Dict_New(doc.mmgr()));
  if (!spec || !streams) return nullptr;
  doc.check(HPDF_Dict_Add(streams, "F", stream));
  doc.check(HPDF_Dict_Add(streams, "UF", stream));
  doc.check(HPDF_Dict_AddName(spec, "Type", "Filespec"));
  doc.check(HPDF_Dict_Add(spec, "F", doc.require(HPDF_String_New(doc.mmgr(), ascii_name.c_str(), nullptr))));
  doc.check(HPDF_Dict_Add(spec, "UF", doc.new_text_string(file.name)));
  if (!file.description.empty()) doc.check(HPDF_Dict_Add(spec, "Desc", doc.new_text_string(file.description)));
  doc.check(HPDF_Dict_AddName(spec, "AFRelationship", relationship_name(file.relationship)));
  doc.check(HPDF_Dict_Add(spec, "EF", streams));
  return doc.ok() ? spec : nullptr;
}

// The catalog's /Names dictionary, created when libharu made none.
HPDF_Dict catalog_names(HpdfDocument& doc) {
  HPDF_Dict catalog = doc.get()->catalog;
  auto* names = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(catalog, "Names", HPDF_OCLASS_DICT));
  if (names) return names;
  names = doc.require(HPDF_Dict_New(doc.mmgr()));
  if (!names || !doc.check(HPDF_Dict_Add(catalog, "Names", names))) return nullptr;
  return names;
}

}  // namespace

std::string ascii_file_name(std::string_view utf8) {
  auto code_points = decode_utf8(utf8);
  if (!code_points) return std::string(utf8.size(), '_');
  std::string out;
  for (char32_t c : *code_points) out.push_back(c >= 0x20 && c <= 0x7E ? static_cast<char>(c) : '_');
  return out;
}

const char* relationship_name(FileRelationship relationship) {
  switch (relationship) {
    case FileRelationship::Source: return "Source";
    case FileRelationship::Data: return "Data";
    case FileRelationship::Alternative: return "Alternative";
    case FileRelationship::Supplement: return "Supplement";
    case FileRelationship::Unspecified: break;
  }
  return "Unspecified";
}

bool embed_associated_files(HpdfDocument& doc, const std::vector<AttachedFile>& files, Diagnostics& problems) {
  if (files.empty()) return doc.ok();
  // The name tree's keys (the /F names) must be unique and sorted.
  std::vector<std::pair<std::string, HPDF_Dict>> tree;
  HPDF_Array associated = doc.require(HPDF_Array_New(doc.mmgr()));
  if (!associated) return false;
  for (const AttachedFile& file : files) {
    const std::string key = ascii_file_name(file.name);
    std::optional<std::string> date;
    if (file.modified && !(date = pdf_date(*file.modified))) {
      problems.push_back(error("", "invalid_date", "Tidspunktet \"" + *file.modified + "\" for filen »" + file.name +
                                                       "« er ikke en ISO 8601-dato."));
      continue;
    }
    const bool taken = std::any_of(tree.begin(), tree.end(), [&](const auto& entry) { return entry.first == key; });
    if (file.name.empty() || taken) {
      problems.push_back(error("", "invalid_attachment",
                               file.name.empty() ? "En vedhæftet fil har intet navn."
                                                 : "Filnavnet »" + file.name + "« bruges af to vedhæftede filer."));
      continue;
    }
    HPDF_Dict stream = embedded_file_stream(doc, file, date);
    HPDF_Dict spec = stream ? file_specification(doc, file, key, stream) : nullptr;
    if (!spec || !doc.check(HPDF_Array_Add(associated, spec))) return false;
    tree.emplace_back(key, spec);
  }
  if (!problems.empty()) return doc.ok();

  std::sort(tree.begin(), tree.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  HPDF_Dict names = catalog_names(doc);
  HPDF_Dict embedded_files = doc.require(HPDF_Dict_New(doc.mmgr()));
  HPDF_Array leaves = doc.require(HPDF_Array_New(doc.mmgr()));
  if (!names || !embedded_files || !leaves) return false;
  for (const auto& [key, spec] : tree) {
    doc.check(HPDF_Array_Add(leaves, doc.require(HPDF_String_New(doc.mmgr(), key.c_str(), nullptr))));
    doc.check(HPDF_Array_Add(leaves, spec));
  }
  doc.check(HPDF_Dict_Add(embedded_files, "Names", leaves));
  doc.check(HPDF_Dict_Add(names, "EmbeddedFiles", embedded_files));
  return doc.check(HPDF_Dict_Add(doc.get()->catalog, "AF", associated));
}

}  // namespace sygedok::pdf
