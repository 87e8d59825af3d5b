#pragma once
// One structured line (logfmt) per request and per server event, e.g.
//   ts=2026-11-22T10:00:00.123Z level=info msg=request method=POST route=/v1/documents/{kind}
//   kind=referat status=200 bytes=14231 ms=8.4 request_id=3f2a… client=løn-system
// Only values the service itself controls are written: route templates,
// known kinds, a method from a fixed list, and a request id that passed
// is_opaque_request_id() (http/request_id.h). Never a body, a key, a raw
// path or a header value otherwise. Thread-safe: lines are written whole under a mutex.
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sygedok::http {

// One answered request. Plain data.
struct AccessEntry {
  std::string_view method;  // from safe_method()
  std::string_view route;   // a route template, "unmatched" or "-"
  std::string_view kind;    // a known document kind or ""
  int status = 0;
  std::size_t bytes = 0;  // response body
  double milliseconds = 0;
  std::string_view request_id;
  std::string_view client;  // API key name or ""
};

class AccessLog {
 public:
  explicit AccessLog(std::ostream& out) : out_(out) {}

  void request(const AccessEntry& entry);
  void event(std::string_view level, std::string_view message,
             const std::vector<std::pair<std::string_view, std::string>>& fields = {});

 private:
  void write_line(std::string line);

  std::mutex mutex_;
  std::ostream& out_;
};

// The request method if it is a standard one, otherwise "OTHER".
std::string_view safe_method(std::string_view method);

// A logfmt value: bare when it is plain, otherwise quoted and escaped.
std::string logfmt_value(std::string_view value);

}  // namespace sygedok::http
