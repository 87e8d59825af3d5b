// The document routes against a real server on port 0 and the real engine.
#include <Poco/Base64Decoder.h>
#include <Poco/DigestEngine.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <set>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

std::string independent_sha256_hex(const std::string& data) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(data);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string decode_base64(const std::string& text) {
  std::istringstream in(text);
  Poco::Base64Decoder decoder(in);
  std::ostringstream out;
  out << decoder.rdbuf();
  return out.str();
}

TEST(DocumentsEndpoint, RendersTheSampleAsPdfWithItsDigest) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", sample_referat());
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/pdf");
  EXPECT_EQ(answer.body.rfind("%PDF-", 0), 0u);
  EXPECT_NE(answer.body.find("%%EOF"), std::string::npos);
  EXPECT_EQ(answer.header("X-Document-SHA256"), independent_sha256_hex(answer.body));
  EXPECT_EQ(answer.header("Content-Length"), std::to_string(answer.body.size()));
  std::string warnings = answer.header("X-Sygedok-Warnings");
  ASSERT_FALSE(warnings.empty());
  EXPECT_GE(std::stoi(warnings), 0);
  EXPECT_FALSE(answer.header("X-Request-Id").empty());
}

TEST(DocumentsEndpoint, AnswersJsonWhenAskedFor) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", sample_referat(),
                                {{"Accept", "application/json"}, {"X-Request-Id", "testJson1abcdefgh"}});
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/json");
  EXPECT_EQ(answer.header("X-Request-Id"), "testJson1abcdefgh");
  auto body = parse_object(answer.body);
  std::string pdf = decode_base64(body->getValue<std::string>("pdf_base64"));
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(body->getValue<std::string>("sha256"), independent_sha256_hex(pdf));
  EXPECT_EQ(answer.header("X-Document-SHA256"), independent_sha256_hex(pdf));
  auto warnings = body->getArray("warnings");
  ASSERT_TRUE(warnings);
  EXPECT_EQ(std::to_string(warnings->size()), answer.header("X-Sygedok-Warnings"));
}

TEST(DocumentsEndpoint, PrefersPdfWhenBothAreAcceptedEqually) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", sample_referat(),
                                {{"Accept", "application/pdf, application/json"}});
  ASSERT_EQ(answer.status, 200);
  EXPECT_EQ(answer.header("Content-Type"), "application/pdf");
}

TEST(DocumentsEndpoint, ReadsAChunkedBody) {
  RunningServer running;
  HttpAnswer answer =
      call(running.port(), {.method = "POST", .path = "/v1/documents/referat", .body = sample_referat(), .chunked = true});
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.body.rfind("%PDF-", 0), 0u);
}

TEST(DocumentsEndpoint, ServesSeveralRequestsOnOneKeptAliveConnection) {
  RunningServer running;
  Poco::Net::HTTPClientSession session("127.0.0.1", running.port());
  HttpCall render{.method = "POST", .path = "/v1/documents/referat", .body = sample_referat()};
  EXPECT_EQ(call(session, render).status, 200);
  EXPECT_EQ(call(session, {.method = "POST", .path = "/v1/documents/referat", .body = "{", .content_type = "application/json"}).status, 400);
  EXPECT_EQ(call(session, render).status, 200);
  EXPECT_EQ(call(session, {.method = "GET", .path = "/healthz"}).status, 200);
}

TEST(ValidateEndpoint, SaysTheSampleIsValid) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/validate/referat", sample_referat());
  ASSERT_EQ(answer.status, 200) << answer.body;
  auto body = parse_object(answer.body);
  EXPECT_TRUE(body->getValue<bool>("valid"));
  EXPECT_EQ(body->getArray("errors")->size(), 0u);
  EXPECT_TRUE(body->getArray("warnings"));
}

TEST(ValidateEndpoint, ListsTheErrorsOfAnInvalidDocument) {
  RunningServer running;
  auto input = parse_object(sample_referat());
  input->remove("employee");
  input->getObject("sender")->set("cvr", "12345678");  // fails modulus 11
  std::ostringstream text;
  input->stringify(text);
  HttpAnswer answer = post_json(running.port(), "/v1/validate/referat", text.str());
  ASSERT_EQ(answer.status, 200) << answer.body;
  auto body = parse_object(answer.body);
  EXPECT_FALSE(body->getValue<bool>("valid"));
  auto errors = body->getArray("errors");
  std::set<std::string> paths;
  for (std::size_t i = 0; i < errors->size(); ++i) {
    auto error = errors->getObject(static_cast<unsigned>(i));
    paths.insert(error->getValue<std::string>("path"));
    EXPECT_FALSE(error->getValue<std::string>("code").empty());
    EXPECT_FALSE(error->getValue<std::string>("message").empty());
  }
  EXPECT_TRUE(paths.count("sender.cvr")) << answer.body;
  EXPECT_TRUE(std::any_of(paths.begin(), paths.end(), [](const std::string& p) { return p.rfind("employee", 0) == 0; }))
      << answer.body;
}

}  // namespace
}  // namespace sygedok::http
