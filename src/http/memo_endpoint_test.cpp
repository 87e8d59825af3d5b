// POST /v1/documents/{kind}/memo against a real server on port 0.
#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

TEST(MemoEndpoint, AnswersTheMeMoMessageWithThePdfInside) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat/memo", sample_referat());
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/xml");
  EXPECT_NE(answer.body.find("<memo:Message"), std::string::npos);
  EXPECT_NE(answer.body.find("memoVersion=\"1.2\""), std::string::npos);
  EXPECT_NE(answer.body.find("<memo:encodingFormat>application/pdf</memo:encodingFormat>"), std::string::npos);
  EXPECT_EQ(answer.body.find("kombi_request"), std::string::npos);
}

TEST(MemoEndpoint, WrapsForKombiPostAfsendAndTakesVersion11) {
  RunningServer running;
  HttpAnswer answer =
      post_json(running.port(), "/v1/documents/referat/memo?kombi=Fysisk%20Post&version=1.1", sample_referat());
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_NE(answer.body.find("<kombi_request>"), std::string::npos);
  EXPECT_NE(answer.body.find("Fysisk Post"), std::string::npos);
  EXPECT_NE(answer.body.find("memoVersion=\"1.1\""), std::string::npos);
}

TEST(MemoEndpoint, UnknownChannelIs400BeforeTheBodyIsRead) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat/memo?kombi=Brevdue", sample_referat());
  EXPECT_EQ(answer.status, 400);
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
  EXPECT_NE(answer.body.find("kombi"), std::string::npos);
}

TEST(MemoEndpoint, MissingCprIs422NamingTheField) {
  RunningServer running;
  std::string json = sample_referat();
  auto at = json.find("\"cpr\"");
  ASSERT_NE(at, std::string::npos);
  json.replace(at, 5, "\"cpr_\"");  // the member is gone (and an unknown one warned about)
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat/memo", json);
  EXPECT_EQ(answer.status, 422) << answer.body;
  EXPECT_NE(answer.body.find("employee.cpr"), std::string::npos) << answer.body;
}

}  // namespace
}  // namespace sygedok::http
