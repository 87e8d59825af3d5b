#pragma once
// RFC 9457 problem details (application/problem+json) for every error the
// service answers, with Danish titles and details. For an invalid document
// the body carries `errors` (and `warnings`) as [{path, code, message}].
// Never includes the request body or anything else a caller did not write
// into a message meant for them. Pure functions; thread-safe.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "http/reply.h"

namespace sygedok::http {

inline constexpr std::string_view kProblemJson = "application/problem+json";

// The general form: type is "urn:sygedok:problem:<slug>".
Reply problem(int status, std::string_view slug, std::string_view title, std::string_view detail);

Reply malformed_json(std::string_view parser_message);
Reply duplicate_members(const Diagnostics& diagnostics);  // 400; errors name each member's path
Reply route_not_found();
Reply unknown_kind(const std::vector<std::string>& known_kinds);
Reply method_not_allowed(const std::vector<std::string>& allowed);
Reply unsupported_media_type();
Reply payload_too_large(std::size_t limit_bytes);
Reply request_timeout();
Reply head_timeout();                                    // 408: the request head did not arrive in time
Reply incomplete_request();                              // 400: the client stopped sending within the head
Reply plain_http_on_tls_port();                          // 400: plain HTTP where TLS is spoken
Reply too_many_connections(int retry_after_seconds);     // 429: one client address holds too many
Reply body_unreadable();
Reply invalid_document(const Diagnostics& diagnostics);  // 422; errors and warnings
Reply missing_api_key();                                 // 401
Reply unknown_api_key();                                 // 401
Reply unknown_client_certificate();                      // 401: not issued under the client CA, or not in the key file
Reply sender_not_allowed(std::string_view cvr);          // 403
Reply internal_error();                                  // 500
Reply engine_not_ready(int retry_after_seconds);         // 503
Reply server_busy(int retry_after_seconds);              // 503
Reply shutting_down(int retry_after_seconds);            // 503

// [{path, code, message}] for the diagnostics of one severity.
std::string diagnostics_json(const Diagnostics& diagnostics, Severity severity);

// A complete HTTP/1.1 response as bytes, with "Connection: close": for
// answering on a raw socket outside Poco (the connection gate).
std::string http_response_bytes(const Reply& reply);

// The reason phrase for a status code ("Not Found").
std::string_view reason_phrase(int status);

}  // namespace sygedok::http
