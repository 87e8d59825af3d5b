#include "http/static_files.h"

#include <array>
#include <utility>

#include "core/resources.h"
#include "http/api_keys.h"
#include "http/problem.h"

namespace sygedok::http {
namespace {

constexpr std::string_view kWebFolder = "web/";

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string_view without_weak_prefix(std::string_view tag) {
  return tag.substr(0, 2) == "W/" ? tag.substr(2) : tag;
}

}  // namespace

std::optional<std::string_view> web_media_type(std::string_view file_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
  }};
  for (const auto& [extension, type] : kTypes)
    if (file_name.size() > extension.size() && file_name.ends_with(extension)) return type;
  return std::nullopt;
}

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
  if (trim(if_none_match) == "*") return true;
  while (!if_none_match.empty()) {
    std::size_t comma = if_none_match.find(',');
    std::string_view candidate = trim(if_none_match.substr(0, comma));
    if (!candidate.empty() && without_weak_prefix(candidate) == without_weak_prefix(etag)) return true;
    if (comma == std::string_view::npos) break;
    if_none_match.remove_prefix(comma + 1);
  }
  return false;
}

StaticFileEndpoint::StaticFileEndpoint(std::optional<std::string> fixed_file) : fixed_file_(std::move(fixed_file)) {
  for (const auto& [name, bytes] : embedded_resources()) {
    if (!name.starts_with(kWebFolder)) continue;
    std::string inside = name.substr(kWebFolder.size());
    auto media_type = web_media_type(inside);
    if (!media_type || inside.find('/') != std::string::npos) continue;
    Sha256Digest digest = sha256(bytes);
    files_.emplace(std::move(inside), File{bytes, *media_type, "\"" + to_hex(digest.data(), 16) + "\""});
  }
}

Reply StaticFileEndpoint::handle(Poco::Net::HTTPServerRequest& request, RequestContext& context) const {
  const std::string& wanted = fixed_file_ ? *fixed_file_ : context.params["file"];
  auto found = files_.find(wanted);
  if (found == files_.end()) return route_not_found();
  const File& file = found->second;

  Reply reply;
  reply.with_header("ETag", file.etag);
  reply.with_header("Cache-Control", "no-cache");
  reply.with_header("Content-Security-Policy", std::string(kWebContentSecurityPolicy));
  reply.with_header("X-Content-Type-Options", "nosniff");
  reply.with_header("Referrer-Policy", "no-referrer");
  if (request.has("If-None-Match") && etag_matches(request.get("If-None-Match"), file.etag)) {
    reply.status = 304;
    return reply;
  }
  reply.content_type = std::string(file.media_type);
  reply.body = std::string(file.bytes);
  return reply;
}

}  // namespace sygedok::http
