#pragma once
// The web form for managers (docs/web.md): the files of web/, compiled into
// the binary, served without authentication and without personal data:
//   GET /               web/index.html (the documents)
//   GET /forloeb        web/forloeb.html (the follow-up plan)
//   GET /dialog         web/dialog.html (the dialogue tool, docs/dialogue.md)
//   GET /assets/{file}  web/<file> (one flat folder; no other path reaches a file)
// Only embedded files with a known media type are served, so no request can
// reach anything outside web/. Answers carry a strong ETag (a conditional
// GET with If-None-Match gets 304), "Cache-Control: no-cache" (a browser
// revalidates, so a new binary is seen at once) and security headers: a
// Content-Security-Policy allowing only 'self' (plus blob: for the PDF
// preview frame), X-Content-Type-Options: nosniff, Referrer-Policy:
// no-referrer. An unknown file is a 404 problem+json.
// The table is built in the constructor; afterwards read-only and thread-safe.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/endpoint.h"

namespace sygedok::http {

inline constexpr std::string_view kWebContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// The media type (with charset for text) of a file name's extension, or nullopt.
std::optional<std::string_view> web_media_type(std::string_view file_name);

// Whether an If-None-Match header value names `etag` ("*", a list, weak "W/" forms).
bool etag_matches(std::string_view if_none_match, std::string_view etag);

class StaticFileEndpoint : public Endpoint {
 public:
  // `fixed_file` set: always that file of web/ (the page at "/");
  // otherwise the file named by the route parameter {file}.
  explicit StaticFileEndpoint(std::optional<std::string> fixed_file = std::nullopt);

  Reply handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const override;

 private:
  struct File {
    std::string_view bytes;
    std::string_view media_type;
    std::string etag;  // quoted
  };
  std::optional<std::string> fixed_file_;
  std::map<std::string, File, std::less<>> files_;  // by name inside web/
};

}  // namespace sygedok::http
