#include "http/document_endpoints.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Net/MediaType.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <algorithm>
#include <sstream>
#include <variant>

#include "digitalpost/memo_options.h"
#include "core/json_writer.h"
#include "http/problem.h"
#include "http/request_body.h"
#include "model/json_input.h"

namespace sygedok::http {
namespace {

std::string base64(const std::string& bytes) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(0);
  encoder.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  encoder.close();
  return out.str();
}

// The q value of one media range ("application/json;q=0.5" → 0.5; none → 1).
double quality(const Poco::Net::MediaType& range) {
  if (!range.hasParameter("q")) return 1.0;
  try {
    return std::stod(range.getParameter("q"));
  } catch (const std::exception&) {
    return 0.0;
  }
}

// sender.cvr as the model reads it (spaces removed), if it is a string.
std::optional<std::string> sender_cvr(const Poco::JSON::Object& input) {
  auto sender = input.getObject("sender");
  if (!sender || !sender->has("cvr") || !sender->get("cvr").isString()) return std::nullopt;
  std::string cvr = sender->getValue<std::string>("cvr");
  cvr.erase(std::remove(cvr.begin(), cvr.end(), ' '), cvr.end());
  return cvr;
}

bool has_code(const Diagnostics& diagnostics, std::string_view code) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.code == code; });
}

std::string first_message(const Diagnostics& diagnostics) {
  return diagnostics.empty() ? std::string() : diagnostics.front().message;
}

// The envelope options from the query (?kombi=Fysisk%20Post&version=1.1),
// or a 400 problem naming the parameter.
std::variant<digitalpost::MemoOptions, Reply> memo_options(const Poco::Net::HTTPRequest& request) {
  digitalpost::MemoOptions options;
  Poco::URI::QueryParameters query;
  try {
    query = Poco::URI(request.getURI()).getQueryParameters();
  } catch (const Poco::Exception&) {
    return problem(400, "invalid-query", "Ugyldig forespørgsel", "Forespørgslens parametre kan ikke læses.");
  }
  for (const auto& [name, value] : query) {
    if (name == "kombi") {
      auto channel = digitalpost::parse_kombi_channel(value);
      if (!channel)
        return problem(400, "invalid-query", "Ugyldig forespørgsel",
                       "kombi skal være Digital Post, Fysisk Post, Automatisk Valg eller NemSMS.");
      options.kombi = channel;
    } else if (name == "version") {
      auto version = digitalpost::parse_memo_version(value);
      if (!version) return problem(400, "invalid-query", "Ugyldig forespørgsel", "version skal være 1.1 eller 1.2.");
      options.version = *version;
    } else {
      return problem(400, "invalid-query", "Ugyldig forespørgsel", "Ukendt parameter i forespørgslen: " + name + ".");
    }
  }
  return options;
}

}  // namespace

bool is_json_content_type(const Poco::Net::HTTPRequest& request) {
  if (!request.has("Content-Type")) return false;
  try {
    Poco::Net::MediaType type(request.getContentType());
    if (!type.matches("application", "json")) return false;
    if (!type.hasParameter("charset")) return true;
    std::string charset = Poco::toLower(type.getParameter("charset"));
    return charset == "utf-8" || charset == "utf8";
  } catch (const Poco::Exception&) {
    return false;
  }
}

std::size_t preferred_media_type(const Poco::Net::HTTPRequest& request, std::span<const std::string_view> offered) {
  if (!request.has("Accept")) return 0;
  std::vector<double> quality_of(offered.size(), -1);
  Poco::StringTokenizer ranges(request.get("Accept"), ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
  for (const auto& text : ranges) {
    try {
      Poco::Net::MediaType range(text);
      for (std::size_t i = 0; i < offered.size(); ++i)
        if (range.matches(Poco::Net::MediaType(std::string(offered[i]))))
          quality_of[i] = std::max(quality_of[i], quality(range));
    } catch (const Poco::Exception&) {
    }
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < offered.size(); ++i)
    if (quality_of[i] > quality_of[best]) best = i;
  return best;
}

bool prefers_json(const Poco::Net::HTTPRequest& request) {
  static constexpr std::string_view kOffered[] = {"application/pdf", "application/json"};
  return preferred_media_type(request, kOffered) == 1;
}

std::optional<Reply> DocumentInputEndpoint::check_head(const Poco::Net::HTTPServerRequest& request,
                                                       RequestContext& context) const {
  auto engine = state_.engine.get();
  if (!engine) return engine_not_ready(state_.settings.retry_after_seconds);
  if (auto kind = context.params.find("kind"); kind != context.params.end()) {
    auto kinds = engine->kinds();
    if (std::find(kinds.begin(), kinds.end(), kind->second) == kinds.end()) return unknown_kind(kinds);
    context.kind = kind->second;
  }
  if (!is_json_content_type(request)) return unsupported_media_type();
  if (declared_too_large(request, state_.settings.body.max_bytes)) return payload_too_large(state_.settings.body.max_bytes);
  return std::nullopt;
}

std::optional<Reply> DocumentInputEndpoint::read_input(Poco::Net::HTTPServerRequest& request, RequestContext& context,
                                                       std::string& json) const {
  RequestBody body =
      read_request_body(request, state_.settings.body, context.accepted + state_.settings.body.deadline);
  switch (body.status) {
    case BodyStatus::TooLarge: return payload_too_large(state_.settings.body.max_bytes);
    case BodyStatus::TimedOut: return request_timeout();
    case BodyStatus::Broken: return body_unreadable();
    case BodyStatus::Complete: break;
  }
  context.body_consumed = true;

  auto parsed = model::parse_json_object(body.text);
  if (!parsed) {
    if (has_code(parsed.diagnostics(), "malformed_json")) return malformed_json(first_message(parsed.diagnostics()));
    if (has_code(parsed.diagnostics(), "duplicate_member")) return duplicate_members(parsed.diagnostics());
    return invalid_document(parsed.diagnostics());
  }
  if (context.client) {
    auto cvr = sender_cvr(*parsed.value());
    if (cvr && !context.client->may_send_as(*cvr)) return sender_not_allowed(*cvr);
  }
  json = std::move(body.text);
  return std::nullopt;
}

Reply pdf_reply(const render::RenderedDocument& document, bool as_json) {
  Sha256Digest digest = sha256(document.pdf);
  std::string hex = to_hex(digest.data(), digest.size());
  Reply reply;
  if (as_json) {
    JsonWriter body;
    body.begin_object();
    body.key("pdf_base64").value(base64(document.pdf));
    body.key("sha256").value(hex);
    body.key("warnings").raw(diagnostics_json(document.warnings, Severity::Warning));
    body.end_object();
    reply.content_type = "application/json";
    reply.body = body.take();
  } else {
    reply.content_type = "application/pdf";
    reply.body = document.pdf;
  }
  reply.with_header("X-Document-SHA256", hex);
  reply.with_header("X-Sygedok-Warnings", std::to_string(document.warnings.size()));
  return reply;
}

Reply RenderDocumentEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  std::string json;
  if (auto refused = read_input(request, context, json)) return *refused;
  auto engine = state_.engine.get();
  auto rendered = engine->render(context.kind, json);
  if (!rendered) return invalid_document(rendered.diagnostics());
  state_.metrics.document_rendered(context.kind);

  return pdf_reply(rendered.value(), prefers_json(request));
}

std::optional<Reply> MemoEndpoint::check_head(const Poco::Net::HTTPServerRequest& request,
                                              RequestContext& context) const {
  if (auto refused = DocumentInputEndpoint::check_head(request, context)) return refused;
  auto options = memo_options(request);
  if (auto* refused = std::get_if<Reply>(&options)) return *refused;
  return std::nullopt;
}

Reply MemoEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  auto options = memo_options(request);
  if (auto* refused = std::get_if<Reply>(&options)) return *refused;
  std::string json;
  if (auto refused = read_input(request, context, json)) return *refused;
  auto letter = state_.engine.get()->render_with_envelope(context.kind, json, std::get<digitalpost::MemoOptions>(options));
  if (!letter) return invalid_document(letter.diagnostics());
  state_.metrics.document_rendered(context.kind);
  Reply reply;
  reply.content_type = "application/xml";
  reply.body = letter.value().memo;
  reply.with_header("X-Sygedok-Warnings", std::to_string(letter.value().warnings.size()));
  return reply;
}

Reply ValidateDocumentEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  std::string json;
  if (auto refused = read_input(request, context, json)) return *refused;
  Diagnostics diagnostics = state_.engine.get()->validate(context.kind, json);
  JsonWriter body;
  body.begin_object();
  body.key("valid").boolean(!has_errors(diagnostics));
  body.key("errors").raw(diagnostics_json(diagnostics, Severity::Error));
  body.key("warnings").raw(diagnostics_json(diagnostics, Severity::Warning));
  body.end_object();
  Reply reply;
  reply.content_type = "application/json";
  reply.body = body.take();
  return reply;
}

}  // namespace sygedok::http
