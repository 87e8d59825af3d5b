// The limits Poco lacks, against a real server: body size (413, declared and
// chunked), slow bodies (408), a full server (503 instead of a dropped
// connection), many parallel clients, metrics, and a graceful stop.
#include <Poco/String.h>

#include <atomic>
#include <regex>
#include <vector>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

constexpr std::size_t kThreeMiB = 3 * 1024 * 1024;

std::string head(std::size_t content_length, bool close = false) {
  return "POST /v1/documents/referat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
         "Content-Length: " + std::to_string(content_length) + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Poco writes "Connection: Close"; header values compare case-insensitively.
bool asks_to_close(const std::string& raw_answer) {
  return contains(Poco::toLower(raw_answer), "\r\nconnection: close\r\n");
}

TEST(BodyLimit, ADeclaredLengthOverTheLimitIs413BeforeTheBodyIsSent) {
  RunningServer running;
  RawClient client(running.port());
  client.send(head(kThreeMiB));  // and no body at all: the answer must not wait for it
  std::string raw = client.read_until_closed();
  EXPECT_EQ(RawClient::status_of(raw), 413) << raw;
  EXPECT_TRUE(contains(raw, "Content-Type: application/problem+json"));
  EXPECT_TRUE(asks_to_close(raw));
  EXPECT_TRUE(contains(raw, "\"status\":413"));
}

TEST(BodyLimit, AClientThatSendsTheWholeOversizedBodyStillReads413) {
  RunningServer running;
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", std::string(kThreeMiB, ' '));
  EXPECT_EQ(answer.status, 413);
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
}

TEST(BodyLimit, AChunkedBodyIsCutOffAtTheLimit) {
  RunningServer running;
  HttpAnswer answer = call(running.port(), {.method = "POST", .path = "/v1/documents/referat",
                                            .body = std::string(kThreeMiB, ' '), .chunked = true});
  EXPECT_EQ(answer.status, 413) << answer.body;
  EXPECT_EQ(Poco::toLower(answer.header("Connection")), "close");
}

TEST(BodyLimit, TheLimitIsConfigurable) {
  ServerOptions options;
  options.max_body_bytes = 1000;
  RunningServer running(options);
  HttpAnswer declared = post_json(running.port(), "/v1/documents/referat", sample_referat());
  EXPECT_EQ(declared.status, 413);
  EXPECT_TRUE(contains(declared.body, "1000 byte"));
  HttpAnswer chunked = call(running.port(), {.method = "POST", .path = "/v1/validate/referat",
                                             .body = sample_referat(), .chunked = true});
  EXPECT_EQ(chunked.status, 413);
  EXPECT_EQ(post_json(running.port(), "/v1/validate/referat", "{}").status, 200);
}

TEST(SlowClient, ABodyThatStopsArrivingIs408) {
  ServerOptions options;
  options.request_timeout = std::chrono::milliseconds(300);
  RunningServer running(options);
  RawClient client(running.port());
  client.send(head(100) + "{\"sender\":");  // 10 of 100 bytes, then silence
  std::string raw = client.read_until_closed();
  EXPECT_EQ(RawClient::status_of(raw), 408) << raw;
}

TEST(FullServer, AConnectionBeyondThreadsAndQueueGets503) {
  ServerOptions options;
  options.max_threads = 1;
  options.max_queued = 0;
  RunningServer running(options);
  std::string json = sample_referat();

  RawClient slow(running.port());  // occupies the only thread: its body is incomplete
  slow.send(head(json.size(), /*close=*/true) + json.substr(0, 10));
  ASSERT_TRUE(wait_for([&] { return running.server->connections().in_flight == 1; }));

  HttpAnswer refused = post_json(running.port(), "/v1/documents/referat", json);
  EXPECT_EQ(refused.status, 503);
  EXPECT_EQ(refused.header("Retry-After"), "1");
  EXPECT_EQ(refused.header("Content-Type"), "application/problem+json");
  EXPECT_FALSE(refused.header("X-Request-Id").empty());

  slow.send(json.substr(10));  // the occupied request still completes
  EXPECT_EQ(RawClient::status_of(slow.read_until_closed()), 200);

  ASSERT_TRUE(wait_for([&] { return running.server->connections().busy == 0; }));
  std::string metrics = get(running.port(), "/metrics").body;
  EXPECT_TRUE(contains(metrics, "sygedok_http_rejected_connections_total{reason=\"server_full\"} 1\n")) << metrics;
}

TEST(Parallel, FortyClientsAtOnceAllGetTheirPdf) {
  ServerOptions options;
  options.max_threads = 8;
  options.max_queued = 64;
  RunningServer running(options);
  std::string json = sample_referat();
  constexpr int kClients = 40;
  std::vector<HttpAnswer> answers(kClients);
  std::vector<std::thread> clients;
  for (int i = 0; i < kClients; ++i)
    clients.emplace_back([&, i] { answers[i] = post_json(running.port(), "/v1/documents/referat", json); });
  for (auto& t : clients) t.join();
  for (const auto& answer : answers) {
    EXPECT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.body.rfind("%PDF-", 0), 0u);
  }

  // Metrics are recorded after the answer is sent: wait for the last one.
  std::string metrics;
  ASSERT_TRUE(wait_for([&] {
    metrics = get(running.port(), "/metrics").body;
    return contains(metrics, "sygedok_http_requests_total{route=\"/v1/documents/{kind}\",status=\"200\"} 40\n");
  }));
  EXPECT_TRUE(contains(metrics, "sygedok_documents_rendered_total{kind=\"referat\"} 40\n"));
  EXPECT_TRUE(contains(metrics, "sygedok_http_request_duration_seconds_count{route=\"/v1/documents/{kind}\"} 40\n"));
  EXPECT_TRUE(contains(metrics, "sygedok_http_request_duration_seconds_bucket{route=\"/v1/documents/{kind}\",le=\"+Inf\"} 40\n"));
  EXPECT_TRUE(std::regex_search(metrics, std::regex("\nsygedok_http_requests_in_flight [1-9]\\d*\n")));
  EXPECT_TRUE(contains(metrics, "# TYPE sygedok_http_requests_in_flight gauge\n"));
  EXPECT_FALSE(contains(metrics, "/v1/documents/referat"));  // templates only, never raw paths
}

TEST(Shutdown, AnInFlightRequestFinishesBeforeTheServerStops) {
  RunningServer running;
  std::string json = sample_referat();
  RawClient slow(running.port());
  slow.send(head(json.size()) + json.substr(0, 10));
  ASSERT_TRUE(wait_for([&] { return running.server->connections().in_flight == 1; }));

  std::atomic<bool> stopped{false};
  std::thread stopper([&] {
    running.server->stop();
    stopped = true;
  });
  ASSERT_TRUE(wait_for([&] { return running.server->draining(); }));
  EXPECT_FALSE(stopped.load());  // stop() waits for the request in flight

  slow.send(json.substr(10));
  std::string raw = slow.read_until_closed();
  stopper.join();
  EXPECT_EQ(RawClient::status_of(raw), 200);
  EXPECT_TRUE(asks_to_close(raw));  // no keep-alive while draining
  EXPECT_TRUE(contains(running.log.str(), "msg=stopped"));
}

}  // namespace
}  // namespace sygedok::http
