#include "http/access_log.h"

#include <Poco/Net/HTTPRequest.h>
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

namespace sygedok::http {
namespace {

TEST(AccessLog, WritesOneLogfmtLinePerRequest) {
  std::ostringstream out;
  AccessLog log(out);
  log.request({.method = "POST", .route = "/v1/documents/{kind}", .kind = "referat", .status = 200, .bytes = 1234,
               .milliseconds = 8.44, .request_id = "abc-1", .client = "løn system"});
  std::string line = out.str();
  EXPECT_TRUE(std::regex_match(line, std::regex(R"(ts=\S+Z level=info msg=request method=POST route=/v1/documents/\{kind\} kind=referat status=200 bytes=1234 ms=8\.4 request_id=abc-1 client="løn system"\n)")))
      << line;
}

TEST(AccessLog, QuotesAndEscapesValues) {
  EXPECT_EQ(logfmt_value("plain"), "plain");
  EXPECT_EQ(logfmt_value(""), "\"\"");
  EXPECT_EQ(logfmt_value("a b=\"c\"\n"), "\"a b=\\\"c\\\" \"");
}

TEST(SafeMethod, KeepsStandardMethodsOnly) {
  EXPECT_EQ(safe_method("DELETE"), "DELETE");
  EXPECT_EQ(safe_method("010190-1234"), "OTHER");
}

TEST(RequestId, EchoesAPlainIdAndReplacesAnythingElse) {
  Poco::Net::HTTPRequest plain;
  plain.set("X-Request-Id", "trace-42.a_b");
  EXPECT_EQ(request_id_for(plain), "trace-42.a_b");

  std::regex generated("[A-Za-z]{22}");
  for (const char* offered : {"010190-1234", "x0101901234", "has space", "æøå", ""}) {
    Poco::Net::HTTPRequest request;
    request.set("X-Request-Id", offered);
    std::string id = request_id_for(request);
    EXPECT_TRUE(std::regex_match(id, generated)) << offered << " → " << id;
  }
  EXPECT_TRUE(std::regex_match(request_id_for(Poco::Net::HTTPRequest()), generated));
  Poco::Net::HTTPRequest too_long;
  too_long.set("X-Request-Id", std::string(65, 'a'));
  EXPECT_NE(request_id_for(too_long), std::string(65, 'a'));
}

}  // namespace
}  // namespace sygedok::http
