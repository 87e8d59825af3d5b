// Every error answer of the service, as a client sees it: status, RFC 9457
// problem+json body, and the headers that go with it.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

// Checks the problem+json shape and returns the parsed body.
Poco::JSON::Object::Ptr expect_problem(const HttpAnswer& answer, int status) {
  EXPECT_EQ(answer.status, status) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
  Poco::JSON::Parser parser;
  auto body = parser.parse(answer.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(body->getValue<int>("status"), status);
  EXPECT_EQ(body->getValue<std::string>("type").rfind("urn:sygedok:problem:", 0), 0u);
  EXPECT_FALSE(body->getValue<std::string>("title").empty());
  EXPECT_FALSE(body->getValue<std::string>("detail").empty());
  return body;
}

TEST(Errors, MalformedJsonIs400) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", "{\"sender\": ");
  auto body = expect_problem(answer, 400);
  EXPECT_EQ(body->getValue<std::string>("type"), "urn:sygedok:problem:malformed-json");
}

TEST(Errors, ADuplicateMemberIs400NamingItsPath) {
  RunningServer running;
  std::string json = sample_referat();
  json.insert(json.find("\"cvr\""), "\"cvr\": \"87654321\", ");
  auto body = expect_problem(post_json(running.port(), "/v1/documents/referat", json), 400);
  EXPECT_EQ(body->getValue<std::string>("type"), "urn:sygedok:problem:duplicate-member");
  EXPECT_NE(body->getValue<std::string>("detail").find("sender.cvr"), std::string::npos);
  auto error = body->getArray("errors")->getObject(0);
  EXPECT_EQ(error->getValue<std::string>("path"), "sender.cvr");
  EXPECT_EQ(error->getValue<std::string>("code"), "duplicate_member");
}

TEST(Errors, AnEmptyBodyIs400) {
  RunningServer running;
  expect_problem(post_json(running.port(), "/v1/validate/referat", ""), 400);
}

TEST(Errors, UnknownKindAndUnknownPathAre404) {
  RunningServer running;
  auto body = expect_problem(post_json(running.port(), "/v1/documents/kogebog", sample_referat()), 404);
  EXPECT_NE(body->getValue<std::string>("detail").find("referat"), std::string::npos);  // names the known kinds
  expect_problem(get(running.port(), "/v2/anything"), 404);
  expect_problem(get(running.port(), "/healthz/extra"), 404);
}

TEST(Errors, WrongMethodIs405WithAllow) {
  RunningServer running;
  HttpAnswer answer = get(running.port(), "/v1/documents/referat");
  expect_problem(answer, 405);
  EXPECT_EQ(answer.header("Allow"), "POST");
  HttpAnswer on_health = call(running.port(), {.method = "POST", .path = "/healthz", .body = "{}"});
  expect_problem(on_health, 405);
  EXPECT_EQ(on_health.header("Allow"), "GET");
}

TEST(Errors, WrongOrMissingContentTypeIs415) {
  RunningServer running;
  std::string path = "/v1/documents/referat";
  expect_problem(call(running.port(), {.method = "POST", .path = path, .body = sample_referat(), .content_type = ""}), 415);
  expect_problem(call(running.port(), {.method = "POST", .path = path, .body = sample_referat(), .content_type = "text/plain"}), 415);
  expect_problem(call(running.port(), {.method = "POST", .path = path, .body = sample_referat(),
                                       .content_type = "application/json; charset=iso-8859-1"}),
                 415);
  HttpAnswer utf8 = call(running.port(), {.method = "POST", .path = path, .body = sample_referat(),
                                          .content_type = "application/json; charset=UTF-8"});
  EXPECT_EQ(utf8.status, 200) << utf8.body;
}

TEST(Errors, InvalidDocumentIs422WithItsErrors) {
  RunningServer running;
  std::string json = sample_referat();
  json.replace(json.find("\"12345674\""), 10, "\"1234\"");
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", json);
  auto body = expect_problem(answer, 422);
  auto errors = body->getArray("errors");
  ASSERT_TRUE(errors);
  ASSERT_GE(errors->size(), 1u);
  auto first = errors->getObject(0);
  EXPECT_EQ(first->getValue<std::string>("path"), "sender.cvr");
  EXPECT_EQ(first->getValue<std::string>("code"), "invalid_cvr");
  EXPECT_FALSE(first->getValue<std::string>("message").empty());
  EXPECT_TRUE(body->getArray("warnings"));
}

TEST(Errors, JsonThatIsNotAnObjectIs422) {
  RunningServer running;
  expect_problem(post_json(running.port(), "/v1/documents/referat", "[1, 2]"), 422);
}

TEST(Errors, BeforeTheEngineLoadsDocumentsAndReadinessAre503) {
  RunningServer running(ServerOptions{}, /*with_engine=*/false);
  EXPECT_EQ(get(running.port(), "/healthz").status, 200);
  HttpAnswer ready = get(running.port(), "/readyz");
  expect_problem(ready, 503);
  EXPECT_EQ(ready.header("Retry-After"), "1");
  expect_problem(post_json(running.port(), "/v1/documents/referat", sample_referat()), 503);

  running.server->set_engine(shared_engine());
  EXPECT_EQ(get(running.port(), "/readyz").status, 200);
  EXPECT_EQ(post_json(running.port(), "/v1/documents/referat", sample_referat()).status, 200);
}

}  // namespace
}  // namespace sygedok::http
