#include "http/problem.h"

#include "core/json_writer.h"

namespace sygedok::http {
namespace {

constexpr const char* kWwwAuthenticate = "WWW-Authenticate";

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

void write_problem_fields(JsonWriter& json, int status, std::string_view slug, std::string_view title,
                          std::string_view detail) {
  json.key("type").value("urn:sygedok:problem:" + std::string(slug));
  json.key("title").value(title);
  json.key("status").number(status);
  json.key("detail").value(detail);
}

Reply problem_reply(int status, std::string body) {
  Reply reply;
  reply.status = status;
  reply.content_type = std::string(kProblemJson);
  reply.body = std::move(body);
  return reply;
}

}  // namespace

Reply problem(int status, std::string_view slug, std::string_view title, std::string_view detail) {
  JsonWriter json;
  json.begin_object();
  write_problem_fields(json, status, slug, title, detail);
  json.end_object();
  return problem_reply(status, json.take());
}

Reply malformed_json(std::string_view parser_message) {
  return problem(400, "malformed-json", "Ugyldig JSON",
                 "Forespørgslens indhold er ikke gyldig JSON. " + std::string(parser_message));
}

Reply duplicate_members(const Diagnostics& diagnostics) {
  std::string paths;
  for (const auto& d : diagnostics) paths += (paths.empty() ? "" : ", ") + d.path;
  JsonWriter json;
  json.begin_object();
  write_problem_fields(json, 400, "duplicate-member", "Felt angivet flere gange",
                       "Et felt må kun stå én gang i hvert objekt. Angivet flere gange: " + paths + ".");
  json.key("errors").raw(diagnostics_json(diagnostics, Severity::Error));
  json.end_object();
  return problem_reply(400, json.take());
}

Reply route_not_found() {
  return problem(404, "not-found", "Ikke fundet", "Der findes ingen ressource på denne adresse.");
}

Reply unknown_kind(const std::vector<std::string>& known_kinds) {
  return problem(404, "unknown-kind", "Ukendt dokumenttype",
                 "Dokumenttypen findes ikke. Kendte dokumenttyper: " + join(known_kinds, ", ") + ".");
}

Reply method_not_allowed(const std::vector<std::string>& allowed) {
  Reply reply = problem(405, "method-not-allowed", "Metoden er ikke tilladt",
                        "Denne adresse understøtter kun " + join(allowed, " og ") + ".");
  return reply.with_header("Allow", join(allowed, ", "));
}

Reply unsupported_media_type() {
  return problem(415, "unsupported-media-type", "Forkert indholdstype",
                 "Send dokumentet som JSON med Content-Type: application/json (tegnsæt UTF-8).");
}

Reply payload_too_large(std::size_t limit_bytes) {
  Reply reply = problem(413, "payload-too-large", "Forespørgslen er for stor",
                        "Indholdet må højst fylde " + std::to_string(limit_bytes) + " byte.");
  reply.close_connection = true;
  return reply;
}

Reply request_timeout() {
  Reply reply = problem(408, "request-timeout", "Forespørgslen tog for lang tid",
                        "Indholdet blev ikke modtaget i tide. Send forespørgslen igen.");
  reply.close_connection = true;
  return reply;
}

Reply head_timeout() {
  Reply reply = problem(408, "request-timeout", "Forespørgslen tog for lang tid",
                        "Forespørgslens hoved blev ikke modtaget i tide. Send forespørgslen igen.");
  reply.close_connection = true;
  return reply;
}

Reply plain_http_on_tls_port() {
  Reply reply = problem(400, "https-required", "Brug https",
                        "Tjenesten taler kun TLS på denne port. Brug en adresse, der begynder med https://.");
  reply.close_connection = true;
  return reply;
}

Reply incomplete_request() {
  Reply reply = problem(400, "incomplete-request", "Ufuldstændig forespørgsel",
                        "Forbindelsen blev lukket for afsendelse, før forespørgslens hoved var modtaget.");
  reply.close_connection = true;
  return reply;
}

Reply too_many_connections(int retry_after_seconds) {
  Reply reply = problem(429, "too-many-connections", "For mange forbindelser",
                        "Der er for mange samtidige forbindelser fra denne adresse. Luk nogle og prøv igen om lidt.");
  reply.close_connection = true;
  return reply.with_header("Retry-After", std::to_string(retry_after_seconds));
}

Reply body_unreadable() {
  Reply reply = problem(400, "body-unreadable", "Indholdet kunne ikke læses",
                        "Forespørgslens indhold var ufuldstændigt eller forkert kodet.");
  reply.close_connection = true;
  return reply;
}

Reply invalid_document(const Diagnostics& diagnostics) {
  std::size_t error_count = 0;
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) ++error_count;
  JsonWriter json;
  json.begin_object();
  write_problem_fields(json, 422, "invalid-document", "Dokumentet er ugyldigt",
                       error_count == 1 ? "Dokumentet har 1 fejl, som skal rettes."
                                        : "Dokumentet har " + std::to_string(error_count) +
                                              " fejl, som skal rettes.");
  json.key("errors").raw(diagnostics_json(diagnostics, Severity::Error));
  json.key("warnings").raw(diagnostics_json(diagnostics, Severity::Warning));
  json.end_object();
  return problem_reply(422, json.take());
}

Reply missing_api_key() {
  Reply reply = problem(401, "missing-api-key", "Mangler API-nøgle",
                        "Angiv en API-nøgle i Authorization: Bearer … eller i X-API-Key.");
  return reply.with_header(kWwwAuthenticate, "Bearer realm=\"sygedok\"");
}

Reply unknown_api_key() {
  Reply reply = problem(401, "unknown-api-key", "Ukendt API-nøgle", "API-nøglen er ikke gyldig.");
  return reply.with_header(kWwwAuthenticate, "Bearer realm=\"sygedok\", error=\"invalid_token\"");
}

Reply unknown_client_certificate() {
  return problem(401, "unknown-client-certificate", "Ukendt klientcertifikat",
                 "Klientcertifikatet er ikke udstedt af den godkendte CA eller står ikke i nøglefilen.");
}

Reply sender_not_allowed(std::string_view cvr) {
  return problem(403, "sender-not-allowed", "Ingen adgang",
                 "Klienten må ikke sende dokumenter som CVR-nummer " + std::string(cvr) + ".");
}

Reply internal_error() {
  Reply reply = problem(500, "internal-error", "Intern fejl",
                        "Der opstod en uventet fejl. Kontakt driften og oplys forespørgslens id (X-Request-Id).");
  reply.close_connection = true;
  return reply;
}

Reply engine_not_ready(int retry_after_seconds) {
  Reply reply = problem(503, "not-ready", "Tjenesten starter op", "Skabeloner og skrifttyper indlæses. Prøv igen om lidt.");
  return reply.with_header("Retry-After", std::to_string(retry_after_seconds));
}

Reply server_busy(int retry_after_seconds) {
  Reply reply = problem(503, "server-busy", "Tjenesten er optaget", "Der er for mange forespørgsler lige nu. Prøv igen om lidt.");
  reply.close_connection = true;
  return reply.with_header("Retry-After", std::to_string(retry_after_seconds));
}

Reply shutting_down(int retry_after_seconds) {
  Reply reply = problem(503, "shutting-down", "Tjenesten lukker ned", "Tjenesten genstartes. Prøv igen om lidt.");
  reply.close_connection = true;
  return reply.with_header("Retry-After", std::to_string(retry_after_seconds));
}

std::string diagnostics_json(const Diagnostics& diagnostics, Severity severity) {
  JsonWriter json;
  json.begin_array();
  for (const auto& d : diagnostics) {
    if (d.severity != severity) continue;
    json.begin_object();
    json.key("path").value(d.path);
    json.key("code").value(d.code);
    json.key("message").value(d.message);
    json.end_object();
  }
  json.end_array();
  return json.take();
}

std::string http_response_bytes(const Reply& reply) {
  std::string out = "HTTP/1.1 " + std::to_string(reply.status) + " " + std::string(reason_phrase(reply.status)) + "\r\n";
  if (!reply.content_type.empty()) out += "Content-Type: " + reply.content_type + "\r\n";
  out += "Content-Length: " + std::to_string(reply.body.size()) + "\r\n";
  for (const auto& [name, value] : reply.headers) out += name + ": " + value + "\r\n";
  out += "Connection: close\r\n\r\n";
  out += reply.body;
  return out;
}

std::string_view reason_phrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
  }
}

}  // namespace sygedok::http
