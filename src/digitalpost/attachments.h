#pragma once
// The request's "attachments": documents that go with the letter as MeMo
// AdditionalDocuments (docs/memo.md):
//   "attachments": [{"filename": "…", "content_base64": "…" | "text": "…",
//                    "media_type"?: "application/pdf", "label"?: "…"}]
// Exactly one of content_base64 (any file, base64) and text (plain text,
// sent as UTF-8 text/plain) per attachment. The file name is made safe for
// Digital Post (memo_rules.h); a changed name is reported as a warning
// ("unsafe_file_name"). Without media_type the type follows from the file
// name's extension (.pdf, .txt, .docx, …); an unknown extension needs it.
//
// Errors: "conflict", "required", "invalid_base64", "too_large",
// "invalid_media_type", "unsupported_character" (label or file name with
// characters XML cannot carry), plus the JsonReader codes. Plain data and a
// pure function; thread-safe.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/json_reader.h"

namespace sygedok::digitalpost {

inline constexpr std::size_t kMaxAttachments = 20;
inline constexpr std::size_t kMaxAttachmentBytes = 20 * 1024 * 1024;  // decoded, per attachment
inline constexpr std::size_t kMaxAttachmentText = 200000;             // characters of a text attachment

struct Attachment {
  std::string filename;    // safe for Digital Post
  std::string media_type;  // "application/pdf"
  std::string label;       // the AdditionalDocument's label: given, or the file name without extension
  std::string content;     // the bytes
};

// Reads request.attachments; problems go to the reader's diagnostics.
std::vector<Attachment> read_attachments(model::JsonReader& request);

// The media type for a file name's extension (".pdf" → "application/pdf"), case-insensitively.
std::optional<std::string> media_type_for_file_name(std::string_view filename);

}  // namespace sygedok::digitalpost
