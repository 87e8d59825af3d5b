#pragma once
// The rules a MeMo message must obey beyond well-formed XML: the schema's
// limits (memoTextType ≤ 256 characters, notification ≤ 160, UUID v4
// pattern) and Digital Post's own rules since 2025 (see
// shared/memo/README.md): action URLs start with https://, and file names
// contain none of < > : " / \ | ? *, CR, LF, nor the Unicode spaces U+00A0,
// U+2000–U+200A, U+2028, U+205F, U+2060, U+3000. Pure functions; thread-safe.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "digitalpost/memo_message.h"

namespace sygedok::digitalpost {

inline constexpr std::size_t kMemoTextLength = 256;          // dt:memoTextType
inline constexpr std::size_t kMemoNotificationLength = 160;  // dt:memoNotificationType
inline constexpr std::size_t kFileNameStemLength = 100;      // ours: keeps names readable in every client

// A character Digital Post refuses in a file name.
bool is_forbidden_in_file_name(char32_t c);
// Valid UTF-8, not empty, at most 256 characters, no forbidden character,
// not only dots and spaces.
bool is_safe_file_name(std::string_view name);
// A safe file name made from `wanted`: / \ : | become "-", the other
// forbidden characters and control characters are dropped, Unicode spaces
// become plain spaces, runs of spaces collapse, leading and trailing dots
// and spaces go, and the stem is cut to kFileNameStemLength characters. The
// extension (".pdf") is kept or, when `extension` is given and missing,
// appended. An empty result becomes "dokument" + extension.
std::string safe_file_name(std::string_view wanted, std::string_view extension = "");

// `text` with at most `max_characters` code points; a cut text ends in "…".
std::string fit_text(std::string_view text, std::size_t max_characters);

// "https://" (scheme in any case) followed by a host; no spaces or control characters; at most 256 characters.
bool is_https_url(std::string_view url);
// The dt:memoUuidType pattern: a version-4 UUID with variant 8, 9, a or b.
bool is_memo_uuid(std::string_view text);
// Valid UTF-8 with only characters XML 1.0 allows.
bool is_xml_text(std::string_view text);

// Every rule the message breaks, as errors with code "memo_rule" (path ""
// and the MeMo element in the message). Empty when the message is fine.
Diagnostics check_memo_message(const MemoMessage& message);

}  // namespace sygedok::digitalpost
