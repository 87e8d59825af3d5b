#pragma once
// Writes a MeMo message as XML with libxml2's xmlTextWriter: UTF-8, prefix
// memo: for the namespace https://DigitalPost.dk/MeMo-1 (the national
// service platform has been reported to refuse a default namespace), every
// element in the order of the XSD's sequences. Version 1.2 writes
// memoVersion="1.2"; version 1.1 also writes memoSchVersion="1.1.0" and the
// elements 1.1 requires (mandatory, legalNotification, both false). With a
// KombiPostAfsend channel the message goes inside
//   <kombi_request><KombiValgKode>Fysisk Post</KombiValgKode><memo:Message …/></kombi_request>
// The message is checked with check_memo_message() first; a message that
// breaks a rule is not written. Thread-safe (each call has its own writer).
#include <string>

#include "core/result.h"
#include "digitalpost/memo_message.h"
#include "digitalpost/memo_options.h"

namespace sygedok::digitalpost {

inline constexpr const char* kMemoNamespace = "https://DigitalPost.dk/MeMo-1";

// Errors: "memo_rule" (from check_memo_message), "xml_write_failed".
Result<std::string> write_memo(const MemoMessage& message, const MemoOptions& options);

}  // namespace sygedok::digitalpost
