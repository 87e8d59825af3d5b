// The web form's static files against a real server on port 0: the page at
// "/", every embedded file of web/ under /assets/, media types, ETag and 304,
// security headers, and 404 for anything else (no way out of web/).
#include <Poco/TemporaryFile.h>

#include "core/resources.h"
#include "http/static_files.h"
#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

std::string embedded_web_file(const std::string& name) {
  auto found = embedded_resources().find("web/" + name);
  return found == embedded_resources().end() ? std::string() : std::string(found->second);
}

TEST(WebMediaType, NamesTextTypesWithCharsetAndRefusesUnknownExtensions) {
  EXPECT_EQ(web_media_type("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(web_media_type("app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(web_media_type("style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(web_media_type("labels.json"), "application/json");
  EXPECT_FALSE(web_media_type("README"));
  EXPECT_FALSE(web_media_type("notes.md"));
  EXPECT_FALSE(web_media_type(".js"));  // a bare extension is no file name
  EXPECT_FALSE(web_media_type("app.js.bak"));
}

TEST(EtagMatches, ComparesListsWeakFormsAndTheStar) {
  EXPECT_TRUE(etag_matches("\"abc\"", "\"abc\""));
  EXPECT_TRUE(etag_matches("\"x\", \"abc\"", "\"abc\""));
  EXPECT_TRUE(etag_matches("W/\"abc\"", "\"abc\""));
  EXPECT_TRUE(etag_matches(" * ", "\"abc\""));
  EXPECT_FALSE(etag_matches("\"abd\"", "\"abc\""));
  EXPECT_FALSE(etag_matches("abc", "\"abc\""));
  EXPECT_FALSE(etag_matches("", "\"abc\""));
}

TEST(StaticFiles, ThePageIsServedAtTheRootWithSecurityHeaders) {
  RunningServer running;
  HttpAnswer page = get(running.port(), "/");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page.body, embedded_web_file("index.html"));
  EXPECT_NE(page.body.find("lang=\"da\""), std::string::npos);
  EXPECT_EQ(page.header("Content-Security-Policy"), kWebContentSecurityPolicy);
  EXPECT_NE(page.header("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_NE(page.header("Content-Security-Policy").find("frame-src 'self' blob:"), std::string::npos);
  EXPECT_EQ(page.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(page.header("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(page.header("Cache-Control"), "no-cache");
  EXPECT_EQ(page.header("ETag").front(), '"');
}

TEST(StaticFiles, ThePlanPageIsServedAtForloeb) {
  RunningServer running;
  HttpAnswer page = get(running.port(), "/forloeb");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page.body, embedded_web_file("forloeb.html"));
  EXPECT_EQ(page.header("Content-Security-Policy"), kWebContentSecurityPolicy);
}

TEST(StaticFiles, TheDialoguePageIsServedAtDialog) {
  RunningServer running;
  HttpAnswer page = get(running.port(), "/dialog");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page.body, embedded_web_file("dialog.html"));
  EXPECT_EQ(page.header("Content-Security-Policy"), kWebContentSecurityPolicy);
}

TEST(StaticFiles, EveryEmbeddedWebFileIsServedUnderAssetsWithItsMediaType) {
  RunningServer running;
  int served = 0;
  for (const auto& [name, bytes] : embedded_resources()) {
    if (!name.starts_with("web/")) continue;
    std::string file = name.substr(4);
    HttpAnswer answer = get(running.port(), "/assets/" + file);
    ASSERT_EQ(answer.status, 200) << file;
    EXPECT_EQ(answer.header("Content-Type"), *web_media_type(file)) << file;
    EXPECT_EQ(answer.body, std::string(bytes)) << file;
    EXPECT_EQ(answer.header("X-Content-Type-Options"), "nosniff") << file;
    ++served;
  }
  EXPECT_GE(served, 3);  // the page, its script and its style sheet at least
  EXPECT_EQ(get(running.port(), "/assets/app.js").header("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(get(running.port(), "/assets/style.css").header("Content-Type"), "text/css; charset=utf-8");
}

TEST(StaticFiles, AMatchingIfNoneMatchGets304WithoutABody) {
  RunningServer running;
  HttpAnswer first = get(running.port(), "/assets/app.js");
  ASSERT_EQ(first.status, 200);
  std::string etag = first.header("ETag");
  ASSERT_FALSE(etag.empty());

  HttpAnswer again = call(running.port(), {.method = "GET", .path = "/assets/app.js", .headers = {{"If-None-Match", etag}}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.header("ETag"), etag);

  HttpAnswer changed =
      call(running.port(), {.method = "GET", .path = "/assets/app.js", .headers = {{"If-None-Match", "\"older\""}}});
  EXPECT_EQ(changed.status, 200);
  EXPECT_EQ(changed.body, first.body);
  EXPECT_NE(get(running.port(), "/assets/style.css").header("ETag"), etag);
}

TEST(StaticFiles, UnknownFilesAndPathsOutOfWebAre404Problems) {
  RunningServer running;
  for (const char* path : {"/assets/nothing.js", "/assets/index.htm", "/assets/..%2Ftemplates%2Fschemas%2Fcommon.defs.json",
                           "/assets/%2e%2e", "/assets/../templates/schemas/common.defs.json",
                           "/assets/templates/schemas/common.defs.json", "/web/index.html", "/index.html"}) {
    HttpAnswer answer = get(running.port(), path);
    EXPECT_EQ(answer.status, 404) << path;
    EXPECT_EQ(answer.header("Content-Type"), "application/problem+json") << path;
    EXPECT_EQ(answer.body.find("\"$defs\""), std::string::npos) << path;
  }
  EXPECT_EQ(call(running.port(), {.method = "POST", .path = "/", .body = "{}"}).status, 405);
}

TEST(StaticFiles, ThePageNeedsNoKeyWhenKeysAreConfigured) {
  Poco::TemporaryFile keys;
  {
    std::ofstream out(keys.path());
    out << R"([{"name": "web", "sha256": ")" << std::string(64, 'a') << R"(", "cvrs": ["12345674"]}])";
  }
  ServerOptions options;
  options.api_keys_file = keys.path();
  RunningServer running(options);
  EXPECT_EQ(get(running.port(), "/").status, 200);
  EXPECT_EQ(get(running.port(), "/assets/app.js").status, 200);
  EXPECT_EQ(post_json(running.port(), "/v1/validate/referat", sample_referat()).status, 401);
}

}  // namespace
}  // namespace sygedok::http
