// The hostile corpus, sent as raw bytes over a socket to the real server:
// malformed framing and heads, and the classic bodies (deep nesting,
// invalid UTF-8, lone surrogates, huge numbers, a 1 MB field, duplicate
// members, path traversal). For each: the status, an RFC 9457
// problem+json body, an access-log line, and a server that still answers.
// Also: a shutdown answers every waiting connection 503 and resets none.
#include <Poco/Net/NetException.h>
#include <Poco/String.h>

#include <atomic>
#include <memory>
#include <vector>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

struct Hostile {
  std::string name;
  std::string bytes;
  int status;
};

std::string post(const std::string& extra_fields, const std::string& body, const std::string& path = "/v1/documents/referat") {
  return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n" +
         extra_fields + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}
std::string with_length(const std::string& value) {
  return "POST /v1/documents/referat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + value +
         "\r\n\r\n{}";
}
std::string get_line(const std::string& target) { return "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"; }

// The sample referat with `member`'s value replaced by `value` (raw JSON).
std::string referat_with(const std::string& member, const std::string& value) {
  std::string json = sample_referat();
  std::size_t key = json.find("\"" + member + "\"");
  std::size_t start = json.find(':', key) + 1;
  std::size_t end = json.find_first_of(",}", start);
  return json.replace(start, end - start, " " + value);
}

std::vector<Hostile> corpus() {
  std::string many_fields, long_field = "X-Long: " + std::string(8192, 'a') + "\r\n";
  for (int i = 0; i < 100; ++i) many_fields += "X-F" + std::to_string(i) + ": 1\r\n";
  return {
      {"Content-Length abc", with_length("abc"), 400},
      {"Content-Length 0x10", with_length("0x10"), 400},
      {"Content-Length 10, 10", with_length("10, 10"), 400},
      {"Content-Length 2^63", with_length("9223372036854775808"), 400},
      {"Content-Length negative", with_length("-1"), 400},
      {"two Content-Length", post("Content-Length: 2\r\n", "{}"), 400},
      {"Content-Length with chunked", post("Transfer-Encoding: chunked\r\n", "{}"), 400},
      {"unknown transfer coding", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
      {"100 header fields", "GET /healthz HTTP/1.1\r\n" + many_fields + "\r\n", 431},
      {"8 KB header line", "GET /healthz HTTP/1.1\r\n" + long_field + "\r\n", 431},
      {"8 KB URI", get_line("/" + std::string(8192, 'a')), 414},
      {"malformed request line", "HELLO\r\n\r\n", 400},
      {"no version", "GET /healthz\r\n\r\n", 400},
      {"binary garbage", std::string("\x16\x03\x01\x00\xa5\x01\x00\x00", 8), 400},
      {"HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505},
      {"obs-fold", "GET /healthz HTTP/1.1\r\nX-A: 1\r\n folded\r\n\r\n", 400},
      {"control character in a field", "GET /healthz HTTP/1.1\r\nX-A: a\x01z\r\n\r\n", 400},
      {"raw UTF-8 in the target", get_line("/v1/schemas/s\xc3\xb8ren"), 400},
      {"deep nesting", post("", "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}"), 400},
      {"invalid UTF-8", post("", referat_with("case_number", "\"\xff\xfe\"")), 400},
      {"lone surrogate", post("", referat_with("case_number", "\"\\ud800\"")), 400},
      {"huge number", post("", referat_with("case_number", "1e999999")), 400},
      {"1 MB field", post("", referat_with("case_number", "\"" + std::string(1024 * 1024, 'a') + "\"")), 422},
      {"duplicate member", post("", "{\"kind\": 1, \"kind\": 2}"), 400},
      {"path traversal", get_line("/assets/../../etc/passwd"), 404},
      {"encoded path traversal", get_line("/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd"), 404},
      {"traversal in a kind", post("", "{}", "/v1/documents/..%2f..%2fetc"), 404},
  };
}

TEST(HostileRequests, EachGetsItsProblemAndTheServerAnswersAfterwards) {
  RunningServer running;
  int answered = 0;
  for (const Hostile& hostile : corpus()) {
    SCOPED_TRACE(hostile.name);
    RawClient client(running.port());
    try {
      client.send(hostile.bytes);
    } catch (const Poco::Exception&) {  // the server may answer and stop reading before all is sent
    }
    std::string raw = client.read_until_closed();
    EXPECT_EQ(RawClient::status_of(raw), hostile.status) << raw.substr(0, 400);
    EXPECT_NE(raw.find("Content-Type: application/problem+json"), std::string::npos) << raw.substr(0, 400);
    EXPECT_NE(raw.find("\"status\":" + std::to_string(hostile.status)), std::string::npos);
    answered += RawClient::status_of(raw) == hostile.status;
    EXPECT_EQ(get(running.port(), "/healthz").status, 200);  // still there
  }
  EXPECT_EQ(answered, static_cast<int>(corpus().size()));

  std::string log = running.stopped_log();
  for (int status : {400, 414, 431, 501, 505}) {
    std::string line = "route=- status=" + std::to_string(status);
    EXPECT_NE(log.find(line), std::string::npos) << line;
  }
}

TEST(HostileRequests, HeadProblemsAreCounted) {
  RunningServer running;
  RawClient client(running.port());
  client.send(with_length("abc"));
  EXPECT_EQ(RawClient::status_of(client.read_until_closed()), 400);
  std::string metrics;
  ASSERT_TRUE(wait_for([&] {
    metrics = testing::get(running.port(), "/metrics").body;
    return metrics.find("sygedok_http_requests_total{route=\"-\",status=\"400\"} 1\n") != std::string::npos;
  }));
}

// Reads until the server closes; false if the connection was reset.
bool read_without_reset(Poco::Net::StreamSocket& socket, std::string& all) {
  char buffer[4096];
  for (;;) {
    int got = 0;
    try {
      got = socket.receiveBytes(buffer, sizeof buffer);
    } catch (const Poco::Net::ConnectionResetException&) {
      return false;
    } catch (const Poco::Exception&) {
      return true;  // a timeout: not a reset
    }
    if (got <= 0) return true;
    all.append(buffer, static_cast<std::size_t>(got));
  }
}

TEST(Shutdown, WaitingConnectionsGet503AndNoneIsReset) {
  RunningServer running;
  std::vector<std::unique_ptr<Poco::Net::StreamSocket>> waiting;
  for (int i = 0; i < 10; ++i) {
    waiting.push_back(std::make_unique<Poco::Net::StreamSocket>(Poco::Net::SocketAddress("127.0.0.1", running.port())));
    waiting.back()->setReceiveTimeout(Poco::Timespan(30, 0));
    if (i % 2 == 0) waiting.back()->sendBytes("GET /heal", 9);  // half of them mid-head
  }
  ASSERT_TRUE(wait_for([&] { return running.server->connections().waiting_for_head == 10; }));

  // Meanwhile new clients keep coming: each is answered or refused at connect, never reset.
  std::atomic<bool> stopping{false};
  std::atomic<int> resets{0}, answered{0};
  std::thread hammer([&] {
    while (!stopping) {
      try {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress("127.0.0.1", running.port()), Poco::Timespan(5, 0));
        socket.setReceiveTimeout(Poco::Timespan(30, 0));
        std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        socket.sendBytes(request.data(), static_cast<int>(request.size()));
        std::string all;
        if (!read_without_reset(socket, all)) ++resets;
        else if (RawClient::status_of(all) != 0) ++answered;
      } catch (const Poco::Net::ConnectionResetException&) {
        ++resets;
      } catch (const Poco::Exception&) {  // refused or timed out at connect: the server has stopped listening
      }
    }
  });
  ASSERT_TRUE(wait_for([&] { return answered.load() > 5; }));
  running.server->stop();
  stopping = true;
  hammer.join();
  EXPECT_EQ(resets.load(), 0);

  for (auto& socket : waiting) {
    std::string all;
    EXPECT_TRUE(read_without_reset(*socket, all));
    EXPECT_EQ(RawClient::status_of(all), 503) << all;
    EXPECT_NE(all.find("Retry-After: 1\r\n"), std::string::npos);
    EXPECT_NE(all.find("shutting-down"), std::string::npos);
  }
}

}  // namespace
}  // namespace sygedok::http
