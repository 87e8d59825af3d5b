#pragma once
// Files embedded as PDF/A-3 associated files of the whole document
// (ISO 19005-3, 6.8; PDF 2.0, 14.13): for each file an EmbeddedFile stream
// with its MIME type as /Subtype and /Params (size, and the modification
// date only when given), a file specification with /F, /UF, /Desc and
// /AFRelationship, listed both in the catalog's /AF array and in the
// /EmbeddedFiles name tree, so that archives and ordinary readers
// (pdfdetach, qpdf --show-attachment) find them. Functions; thread-safe on
// different documents.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/frame.h"
#include "pdf/hpdf_document.h"

namespace sygedok::pdf {

// Embeds `files` (nothing when empty). A file without a name, two files
// with the same name or an unreadable date go into `problems`; false when
// libharu failed.
bool embed_associated_files(HpdfDocument& document, const std::vector<AttachedFile>& files,
                            Diagnostics& problems);

// The file name as /F gives it: characters outside printable ASCII become
// "_" (the full name is in /UF). "kilde æ.json" -> "kilde _.json".
std::string ascii_file_name(std::string_view utf8);

// The PDF name of a relationship: "Source", "Data", ...
const char* relationship_name(FileRelationship relationship);

}  // namespace sygedok::pdf
