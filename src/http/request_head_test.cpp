#include "http/request_head.h"

#include <gtest/gtest.h>

namespace sygedok::http {
namespace {

using State = RequestHead::State;

RequestHead judge(const std::string& text) { return judge_request_head(text); }

int refused_with(const std::string& text) {
  RequestHead head = judge(text);
  EXPECT_EQ(head.state, State::Refused) << text.substr(0, 80);
  EXPECT_FALSE(head.problem.detail.empty());
  return head.problem.status;
}

const std::string kLine = "POST /v1/documents/referat HTTP/1.1\r\n";

TEST(RequestHead, ACompleteHeadWithItsFraming) {
  std::string text = "\r\n" + kLine + "Host: x\r\nContent-Length: 12\r\nX-Empty:\r\n\r\n{\"a\": true}x";
  RequestHead head = judge(text);
  ASSERT_EQ(head.state, State::Complete) << head.problem.detail;
  EXPECT_EQ(head.size, text.find("\r\n\r\n") + 4);
  EXPECT_EQ(head.method, "POST");
  EXPECT_EQ(head.target, "/v1/documents/referat");
  EXPECT_EQ(head.content_length, 12u);
  EXPECT_FALSE(head.chunked);

  RequestHead bare_lf = judge("GET /healthz HTTP/1.0\nTransfer-Encoding: Chunked\n\n");
  ASSERT_EQ(bare_lf.state, State::Complete);
  EXPECT_TRUE(bare_lf.chunked);
  EXPECT_FALSE(bare_lf.content_length);
}

TEST(RequestHead, EveryPrefixOfAGoodHeadIsIncomplete) {
  std::string text = kLine + "Host: x\r\nContent-Length: 12\r\n\r\n";
  for (std::size_t n = 0; n < text.size(); ++n)
    EXPECT_EQ(judge(text.substr(0, n)).state, State::Incomplete) << n;
  EXPECT_EQ(judge(text).state, State::Complete);
}

TEST(RequestHead, AMalformedRequestLineIs400AsSoonAsItShows) {
  for (const char* text : {"GET\r\n\r\n", "GET /\r\n\r\n", " GET / HTTP/1.1\r\n", "GET  / HTTP/1.1\r\n",
                           "G(T / HTTP/1.1\r\n", "GET / HTTP/1.1 x\r\n", "GET / FTP/1.1\r\n", "GET / HTTP/11\r\n",
                           "GET /a\rb HTTP/1.1\r\n", "\x16\x03\x01\x02", "GET /\x01 HTTP/1.1\r\n"})
    EXPECT_EQ(refused_with(text), 400) << text;
  EXPECT_EQ(refused_with(std::string(33, 'A') + " / HTTP/1.1\r\n"), 400);
  EXPECT_EQ(refused_with("GET / HTTP/2.0\r\n\r\n"), 505);
}

TEST(RequestHead, ALongTargetIs414EvenBeforeItEnds) {
  EXPECT_EQ(refused_with("GET /" + std::string(8191, 'a')), 414);
  EXPECT_EQ(judge("GET /" + std::string(8190, 'a') + " HTTP/1.1\r\n\r\n").state, State::Complete);
}

TEST(RequestHead, TooManyOrTooLongFieldsAre431) {
  std::string many = kLine;
  for (int i = 0; i < 100; ++i) many += "X-F" + std::to_string(i) + ": 1\r\n";
  EXPECT_EQ(refused_with(many + "\r\n"), 431);
  std::string ninety_nine = kLine;
  for (int i = 0; i < 99; ++i) ninety_nine += "X-F" + std::to_string(i) + ": 1\r\n";
  EXPECT_EQ(judge(ninety_nine + "\r\n").state, State::Complete);

  EXPECT_EQ(refused_with(kLine + "X-Long: " + std::string(8192, 'a')), 431);  // not yet ended
  EXPECT_EQ(refused_with(kLine + std::string(300, 'N') + ": 1\r\n\r\n"), 431);
  std::string big = kLine;
  for (int i = 0; i < 9; ++i) big += "X-F" + std::to_string(i) + ": " + std::string(8000, 'a') + "\r\n";
  EXPECT_EQ(refused_with(big), 431);  // 72 KB in all
}

TEST(RequestHead, MalformedFieldsAre400) {
  for (const char* field : {"NoColon\r\n", "Bad Name: 1\r\n", "Name : 1\r\n", " folded\r\n", "X: a\x01z\r\n",
                            ": empty\r\n"})
    EXPECT_EQ(refused_with(kLine + "Host: x\r\n" + field + "\r\n"), 400) << field;
}

TEST(RequestHead, AMalformedContentLengthIs400) {
  for (const char* value : {"abc", "0x10", "10, 10", "-1", "+1", "", "1 0", "9223372036854775808",
                            "99999999999999999999999"})
    EXPECT_EQ(refused_with(kLine + "Content-Length: " + value + "\r\n\r\n"), 400) << value;
  EXPECT_EQ(refused_with(kLine + "Content-Length: 1\r\nContent-Length: 1\r\n\r\n"), 400);
  EXPECT_EQ(judge(kLine + "Content-Length: 9223372036854775807\r\n\r\n").content_length, 9223372036854775807u);
}

TEST(RequestHead, FramingMustBeUnambiguous) {
  EXPECT_EQ(refused_with(kLine + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"), 400);
  EXPECT_EQ(refused_with(kLine + "Transfer-Encoding: gzip, chunked\r\n\r\n"), 501);
  EXPECT_EQ(refused_with(kLine + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"), 501);
}

}  // namespace
}  // namespace sygedok::http
