#pragma once
// Reading a request body with limits Poco does not have: a size limit decided
// from Content-Length before reading and enforced while reading chunked
// bodies (reading stops at limit + 1 byte), and a deadline for the whole
// body, counted from the connection's accept, against clients that trickle:
// each socket read may wait only until that deadline (Poco's own timeout is
// per read). After the end of a chunked body the stream is never read again
// (Poco 1.11 would block there).
// Free functions; each call uses only its arguments.
#include <chrono>
#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>

namespace Poco::Net {
class HTTPRequest;
class HTTPServerRequest;
}

namespace sygedok::http {

struct BodyLimits {
  std::size_t max_bytes = 2 * 1024 * 1024;
  std::chrono::milliseconds receive_timeout{15000};  // one read from the socket, at most
  std::chrono::milliseconds deadline{30000};         // the whole body, from the connection's accept
};

enum class BodyStatus {
  Complete,  // text holds the whole body
  TooLarge,  // more than max_bytes (declared or sent); the rest is unread
  TimedOut,  // the client sent too slowly
  Broken,    // the connection ended early or the chunked coding was wrong
};

struct RequestBody {
  BodyStatus status = BodyStatus::Complete;
  std::string text;
};

// The request says it carries a body: Content-Length > 0 or chunked.
bool has_body(const Poco::Net::HTTPRequest& request);
// Content-Length alone shows the body exceeds max_bytes.
bool declared_too_large(const Poco::Net::HTTPRequest& request, std::size_t max_bytes);

using Deadline = std::chrono::steady_clock::time_point;

// Reads the body of `request` by `deadline`. A request with neither
// Content-Length nor chunked coding has an empty body (RFC 9112 §6.3); its
// stream is not read.
RequestBody read_request_body(Poco::Net::HTTPServerRequest& request, const BodyLimits& limits, Deadline deadline);

// The reading loop, on any stream: `declared_length` is Content-Length if
// known (reading stops there), otherwise the stream is read to its end.
// Before each read from the stream's source, `set_read_timeout` (if given)
// is told how long that read may wait. Without a deadline: now + limits.deadline.
RequestBody read_bounded(std::istream& in, std::optional<std::size_t> declared_length, const BodyLimits& limits,
                         std::optional<Deadline> deadline = std::nullopt,
                         const std::function<void(std::chrono::milliseconds)>& set_read_timeout = {});

}  // namespace sygedok::http
