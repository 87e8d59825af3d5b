#include "http/request_head.h"

#include <Poco/String.h>

namespace sygedok::http {
namespace {

constexpr std::size_t kMaxMethod = 32;
constexpr std::size_t kMaxFieldName = 256;

bool is_tchar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}
bool is_visible(char c) { return c > 0x20 && c < 0x7f; }
bool is_field_value_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return c == '\t' || c == ' ' || is_visible(c) || u >= 0x80;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

RequestHead refused(int status, std::string slug, std::string title, std::string detail) {
  RequestHead head;
  head.state = RequestHead::State::Refused;
  head.problem = {status, std::move(slug), std::move(title), std::move(detail)};
  return head;
}

RequestHead malformed_request_line() {
  return refused(400, "malformed-request-line", "Ugyldig forespørgselslinje",
                 "Forespørgslens første linje skal have formen METODE adresse HTTP/1.1.");
}
RequestHead uri_too_long(const HeadLimits& limits) {
  return refused(414, "uri-too-long", "Adressen er for lang",
                 "Adressen må højst fylde " + std::to_string(limits.max_line_bytes) + " byte.");
}
RequestHead fields_too_large(const HeadLimits& limits) {
  return refused(431, "header-fields-too-large", "Hovedfelterne er for store",
                 "Forespørgslen må højst have " + std::to_string(limits.max_fields) + " hovedfelter, hvert højst " +
                     std::to_string(limits.max_line_bytes) + " byte og i alt højst " +
                     std::to_string(limits.max_head_bytes) + " byte.");
}
RequestHead malformed_field() {
  return refused(400, "malformed-header-field", "Ugyldigt hovedfelt",
                 "Hvert hovedfelt skal have formen Navn: værdi på én linje, uden kontroltegn.");
}
RequestHead invalid_content_length() {
  return refused(400, "invalid-content-length", "Ugyldig Content-Length",
                 "Content-Length skal angives én gang som et helt tal uden fortegn.");
}

// The request line, whole (`complete`) or its beginning so far. Fills
// method and target; a refusal, or nullopt when nothing is wrong yet.
std::optional<RequestHead> check_request_line(std::string_view line, bool complete, const HeadLimits& limits,
                                              RequestHead& head) {
  std::size_t i = 0;
  while (i < line.size() && is_tchar(line[i])) ++i;
  if (i > kMaxMethod) return malformed_request_line();
  if (i == line.size()) return complete ? std::optional(malformed_request_line()) : std::nullopt;
  if (i == 0 || line[i] != ' ') return malformed_request_line();
  head.method = std::string(line.substr(0, i));

  std::size_t target_start = ++i;
  while (i < line.size() && is_visible(line[i])) ++i;
  if (i - target_start > limits.max_line_bytes) return uri_too_long(limits);
  if (i == line.size()) return complete ? std::optional(malformed_request_line()) : std::nullopt;
  if (i == target_start || line[i] != ' ') return malformed_request_line();
  head.target = std::string(line.substr(target_start, i - target_start));

  std::string_view version = line.substr(i + 1);
  constexpr std::string_view kShape = "HTTP/1.1";
  if (version.size() > kShape.size()) return malformed_request_line();
  for (std::size_t v = 0; v < version.size(); ++v) {
    bool digit = v == 5 || v == 7;
    if (digit ? !(version[v] >= '0' && version[v] <= '9') : version[v] != kShape[v]) return malformed_request_line();
  }
  if (!complete) return std::nullopt;
  if (version.size() != kShape.size()) return malformed_request_line();
  if (version[5] != '1' || (version[7] != '0' && version[7] != '1'))
    return refused(505, "http-version-not-supported", "HTTP-versionen understøttes ikke", "Brug HTTP/1.1 eller HTTP/1.0.");
  return std::nullopt;
}

// One complete field line: its name and value, or a refusal.
std::optional<RequestHead> check_field(std::string_view line, std::string_view& name, std::string_view& value) {
  std::size_t colon = 0;
  while (colon < line.size() && is_tchar(line[colon])) ++colon;
  if (colon == 0 || colon == line.size() || line[colon] != ':') return malformed_field();  // also obs-fold
  if (colon > kMaxFieldName) return refused(431, "header-fields-too-large", "Hovedfelterne er for store",
                                            "Et hovedfelts navn må højst have " + std::to_string(kMaxFieldName) + " tegn.");
  name = line.substr(0, colon);
  value = line.substr(colon + 1);
  for (char c : value)
    if (!is_field_value_byte(c)) return malformed_field();
  value = trim(value);
  return std::nullopt;
}

std::optional<std::uint64_t> parse_length(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  std::uint64_t n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    if (n > (static_cast<std::uint64_t>(INT64_MAX) - (c - '0')) / 10) return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

// Content-Length and Transfer-Encoding of one field; a refusal or nullopt.
std::optional<RequestHead> note_framing(std::string_view name, std::string_view value, RequestHead& head,
                                        bool& has_transfer_encoding) {
  if (Poco::icompare(std::string(name), "Content-Length") == 0) {
    auto length = parse_length(value);
    if (!length || head.content_length) return invalid_content_length();
    head.content_length = length;
  } else if (Poco::icompare(std::string(name), "Transfer-Encoding") == 0) {
    if (has_transfer_encoding || Poco::icompare(std::string(value), "chunked") != 0)
      return refused(501, "unsupported-transfer-encoding", "Overførselskodningen understøttes ikke",
                     "Kun Transfer-Encoding: chunked (angivet én gang) understøttes.");
    has_transfer_encoding = head.chunked = true;
  }
  if (head.content_length && head.chunked)
    return refused(400, "ambiguous-length", "Tvetydig længde",
                   "Angiv enten Content-Length eller Transfer-Encoding: chunked, ikke begge.");
  return std::nullopt;
}

}  // namespace

RequestHead judge_request_head(std::string_view received, const HeadLimits& limits) {
  RequestHead head;
  std::size_t pos = received.find_first_not_of("\r\n");  // empty lines before a request are ignored
  if (pos == std::string_view::npos) return head;
  bool request_line = true, has_transfer_encoding = false;
  std::size_t fields = 0;
  for (;;) {
    std::size_t end = received.find('\n', pos);
    bool complete = end != std::string_view::npos;
    if (!complete && received.size() > limits.max_head_bytes) return fields_too_large(limits);
    std::string_view line = received.substr(pos, complete ? end - pos : std::string_view::npos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // incomplete: the LF may follow
    if (line.find('\r') != std::string_view::npos) return request_line ? malformed_request_line() : malformed_field();

    if (request_line) {
      if (auto problem = check_request_line(line, complete, limits, head)) return *problem;
      if (!complete) return head;
      request_line = false;
    } else {
      if (line.size() > limits.max_line_bytes) return fields_too_large(limits);
      if (!complete) return head;
      if (line.empty()) break;  // the end of the head
      if (++fields > limits.max_fields) return fields_too_large(limits);
      std::string_view name, value;
      if (auto problem = check_field(line, name, value)) return *problem;
      if (auto problem = note_framing(name, value, head, has_transfer_encoding)) return *problem;
    }
    pos = end + 1;
  }
  head.size = received.find('\n', pos) + 1;
  if (head.size > limits.max_head_bytes) return fields_too_large(limits);
  head.state = RequestHead::State::Complete;
  return head;
}

}  // namespace sygedok::http
