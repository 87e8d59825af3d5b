#pragma once
// Request ids that cannot carry personal data. A client's X-Request-Id is
// echoed and logged only when it is opaque:
//   - a UUID (8-4-4-4-12 hex digits) whose digits, hyphens ignored, hold no
//     run of ten that starts like a CPR number (day 01–31 or 61–91, month
//     01–12); a random UUID passes in about 99 of 100 cases, or
//   - a token of 16–64 ASCII letters and digits with at least one digit and
//     at most nine (so no CPR number, with or without separators), and
//     nothing else: no separators, spaces or non-ASCII letters (no names).
// Anything else is replaced by an id of our own, which passes the same test.
// Pure functions (new_request_id() uses a thread-local generator); thread-safe.
#include <string>
#include <string_view>

namespace Poco::Net {
class HTTPRequest;
}

namespace sygedok::http {

// True when `offered` may be echoed and logged (the rules above).
bool is_opaque_request_id(std::string_view offered);

// X-Request-Id if is_opaque_request_id(), otherwise new_request_id().
std::string request_id_for(const Poco::Net::HTTPRequest& request);

// 22 random letters and digits, with one to nine digits.
std::string new_request_id();

}  // namespace sygedok::http
