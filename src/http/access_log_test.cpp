#include "http/access_log.h"

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

}  // namespace
}  // namespace sygedok::http
