#include "http/access_log.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

#include <array>
#include <cstdio>

namespace sygedok::http {
namespace {

std::string timestamp() {
  return Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%S.%iZ");
}

void add(std::string& line, std::string_view key, std::string_view value) {
  line += ' ';
  line += key;
  line += '=';
  line += logfmt_value(value);
}

}  // namespace

std::string logfmt_value(std::string_view value) {
  bool plain = !value.empty();
  for (char c : value)
    if (c == ' ' || c == '=' || c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) plain = false;
  if (plain) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

void AccessLog::request(const AccessEntry& entry) {
  std::string line = "ts=" + timestamp() + " level=info msg=request";
  add(line, "method", entry.method);
  add(line, "route", entry.route);
  if (!entry.kind.empty()) add(line, "kind", entry.kind);
  add(line, "status", std::to_string(entry.status));
  add(line, "bytes", std::to_string(entry.bytes));
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.1f", entry.milliseconds);
  add(line, "ms", ms);
  add(line, "request_id", entry.request_id);
  if (!entry.client.empty()) add(line, "client", entry.client);
  write_line(std::move(line));
}

void AccessLog::event(std::string_view level, std::string_view message,
                      const std::vector<std::pair<std::string_view, std::string>>& fields) {
  std::string line = "ts=" + timestamp();
  add(line, "level", level);
  add(line, "msg", message);
  for (const auto& [key, value] : fields) add(line, key, value);
  write_line(std::move(line));
}

void AccessLog::write_line(std::string line) {
  line += '\n';
  std::lock_guard lock(mutex_);
  out_ << line << std::flush;
}

std::string_view safe_method(std::string_view method) {
  static constexpr std::array<std::string_view, 9> known = {"GET",     "HEAD",  "POST",    "PUT",  "DELETE",
                                                             "OPTIONS", "PATCH", "CONNECT", "TRACE"};
  for (auto m : known)
    if (m == method) return m;
  return "OTHER";
}

}  // namespace sygedok::http
