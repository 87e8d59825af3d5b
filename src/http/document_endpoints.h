#pragma once
// The document endpoints:
//   POST /v1/documents/{kind}  → 200 application/pdf with X-Document-SHA256 and
//                                X-Sygedok-Warnings; with Accept: application/json
//                                {"pdf_base64", "sha256", "warnings": [...]}
//   POST /v1/documents/{kind}/memo[?kombi=CODE&version=1.1|1.2]
//                              → 200 application/xml: the MeMo message (Digital Post
//                                envelope) with the PDF inside, optionally wrapped for
//                                KombiPostAfsend; X-Sygedok-Warnings
//   POST /v1/validate/{kind}   → 200 {"valid", "errors": [...], "warnings": [...]}
// Order of checks: engine loaded (503), known kind (404), Content-Type JSON
// (415), declared size (413) — all before the body is read — then the body
// (413 while reading, 408, 400), JSON syntax (400), sender CVR held by the
// API key (403), and the document itself (422 / valid:false).
// Both are stateless apart from the shared ServiceState: thread-safe.
#include <span>
#include <string>
#include <string_view>

#include "http/endpoint.h"
#include "http/service_state.h"

namespace Poco::Net {
class HTTPRequest;
}

namespace sygedok::http {

// The request's Content-Type is JSON: application/json, charset (if any) UTF-8.
bool is_json_content_type(const Poco::Net::HTTPRequest& request);
// The index of the media type in `offered` that Accept ranks highest; the
// first on a tie or without Accept ("*/*" and "type/*" ranges count).
std::size_t preferred_media_type(const Poco::Net::HTTPRequest& request, std::span<const std::string_view> offered);
// The client asks for JSON rather than PDF (Accept ranks application/json above application/pdf).
bool prefers_json(const Poco::Net::HTTPRequest& request);

// A rendered document as the answer: the PDF, or (as_json) a JSON body with
// the PDF in base64, its SHA-256 and the warnings; X-Document-SHA256 and
// X-Sygedok-Warnings either way.
Reply pdf_reply(const render::RenderedDocument& document, bool as_json);

// Shared head and body checks of the endpoints that take a JSON request
// (the kind only where the route names one).
class DocumentInputEndpoint : public Endpoint {
 public:
  explicit DocumentInputEndpoint(ServiceState& state) : state_(state) {}
  std::optional<Reply> check_head(const Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;

 protected:
  // Reads and checks the body; on success `json` holds it and nullopt is returned.
  std::optional<Reply> read_input(Poco::Net::HTTPServerRequest& request, RequestContext& context,
                                  std::string& json) const;

  ServiceState& state_;
};

class RenderDocumentEndpoint : public DocumentInputEndpoint {
 public:
  using DocumentInputEndpoint::DocumentInputEndpoint;
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

class MemoEndpoint : public DocumentInputEndpoint {
 public:
  using DocumentInputEndpoint::DocumentInputEndpoint;
  std::optional<Reply> check_head(const Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

class ValidateDocumentEndpoint : public DocumentInputEndpoint {
 public:
  using DocumentInputEndpoint::DocumentInputEndpoint;
  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;
};

}  // namespace sygedok::http
