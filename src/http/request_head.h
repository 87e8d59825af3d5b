#pragma once
// Judges the head of an HTTP/1.1 request (RFC 9112) from the bytes received
// so far, before Poco reads it: whether it is complete, and if it is (or
// cannot become) acceptable. The rules are at least as strict as Poco's
// parser, so a head judged Complete never makes Poco answer a bare 400:
//   request line  METHOD SP target SP HTTP/1.x, a token method of at most
//                 32 characters, a target of visible ASCII under 8 KiB (414)
//   fields        "name: value", a token name of at most 256 characters, no
//                 control characters, no obs-fold; fewer than 100 fields,
//                 each line under 8 KiB, the head at most 64 KiB (431)
//   framing       Content-Length: digits only, once, within int64;
//                 Transfer-Encoding: exactly "chunked" (other codings 501),
//                 never together with Content-Length (400)
// Lines end in CRLF or LF. Problems are found as early as possible (a
// malformed request line is refused before the head is complete).
// Pure function; thread-safe.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::http {

struct HeadLimits {
  std::size_t max_line_bytes = 8191;    // request target or one field line, without its line end
  std::size_t max_fields = 99;          // one more is 431
  std::size_t max_head_bytes = 64 * 1024;
};

// A refusal: the status and the problem's slug, title and Danish detail.
struct HeadProblem {
  int status = 400;
  std::string slug;
  std::string title;
  std::string detail;
};

struct RequestHead {
  enum class State { Incomplete, Complete, Refused };
  State state = State::Incomplete;
  std::size_t size = 0;  // Complete: bytes up to and including the empty line
  std::string method;    // once the request line is read
  std::string target;
  std::optional<std::uint64_t> content_length;
  bool chunked = false;
  HeadProblem problem;  // Refused
};

RequestHead judge_request_head(std::string_view received, const HeadLimits& limits = {});

}  // namespace sygedok::http
