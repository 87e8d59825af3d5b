#include "http/metrics.h"

#include <gtest/gtest.h>

namespace sygedok::http {
namespace {

bool contains(const std::string& text, const std::string& line) { return text.find(line) != std::string::npos; }

TEST(Metrics, CountsRequestsByRouteAndStatus) {
  Metrics metrics;
  metrics.request_finished("/v1/documents/{kind}", 200, 0.003);
  metrics.request_finished("/v1/documents/{kind}", 200, 0.2);
  metrics.request_finished("/v1/documents/{kind}", 422, 0.02);
  std::string text = metrics.prometheus_text();
  EXPECT_TRUE(contains(text, "sygedok_http_requests_total{route=\"/v1/documents/{kind}\",status=\"200\"} 2\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_requests_total{route=\"/v1/documents/{kind}\",status=\"422\"} 1\n"));
}

TEST(Metrics, WritesACumulativeHistogram) {
  Metrics metrics;
  metrics.request_finished("/healthz", 200, 0.003);  // ≤ 0.005
  metrics.request_finished("/healthz", 200, 0.2);    // ≤ 0.25
  metrics.request_finished("/healthz", 200, 30);     // only +Inf
  std::string text = metrics.prometheus_text();
  EXPECT_TRUE(contains(text, "sygedok_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.005\"} 1\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.1\"} 1\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.25\"} 2\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"10\"} 2\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 3\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_request_duration_seconds_count{route=\"/healthz\"} 3\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_request_duration_seconds_sum{route=\"/healthz\"} 30.203\n"));
  EXPECT_TRUE(contains(text, "# TYPE sygedok_http_request_duration_seconds histogram\n"));
}

TEST(Metrics, TracksInFlightDocumentsAndRejections) {
  Metrics metrics;
  metrics.request_started();
  metrics.request_started();
  metrics.request_ended();
  metrics.document_rendered("referat");
  metrics.connection_rejected("server_full");
  metrics.connection_rejected("server_full");
  std::string text = metrics.prometheus_text();
  EXPECT_TRUE(contains(text, "sygedok_http_requests_in_flight 1\n"));
  EXPECT_TRUE(contains(text, "sygedok_documents_rendered_total{kind=\"referat\"} 1\n"));
  EXPECT_TRUE(contains(text, "sygedok_http_rejected_connections_total{reason=\"server_full\"} 2\n"));
}

TEST(Metrics, EscapesLabelValues) {
  Metrics metrics;
  metrics.document_rendered("a\"b\\c\nd");
  EXPECT_TRUE(contains(metrics.prometheus_text(), "kind=\"a\\\"b\\\\c\\nd\""));
}

}  // namespace
}  // namespace sygedok::http
