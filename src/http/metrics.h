#pragma once
// Counters of the HTTP service, written out in the Prometheus text format
// (version 0.0.4) for GET /metrics:
//   sygedok_http_requests_total{route,status}          counter
//   sygedok_http_request_duration_seconds{route}       histogram
//   sygedok_http_requests_in_flight                    gauge
//   sygedok_http_rejected_connections_total{reason}    counter (refused by the connection gate:
//                                                      server_full, client_limit, shutting_down,
//                                                      tls_handshake_failed, tls_handshake_timeout, tls_setup)
//   sygedok_documents_rendered_total{kind}             counter
//   sygedok_tls_certificate_expiry_timestamp_seconds   gauge (when the served certificate expires,
//                                                      Unix time; only with TLS)
// Routes are templates ("/v1/documents/{kind}", or "-" for a request the
// gate refused before routing: a malformed or slow head) and kinds are known kinds,
// never raw request text, so the label sets stay small and free of personal
// data. Thread-safe: counters behind one mutex, the gauges atomic.
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace sygedok::http {

class Metrics {
 public:
  // Upper bounds of the latency histogram, in seconds (+Inf is implied).
  static constexpr std::array<double, 11> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                       0.5,   1.0,  2.5,   5.0,  10.0};

  void request_finished(std::string_view route, int status, double seconds);
  void document_rendered(std::string_view kind);
  void connection_rejected(std::string_view reason);
  void request_started() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
  void request_ended() { in_flight_.fetch_sub(1, std::memory_order_relaxed); }
  std::int64_t in_flight() const { return in_flight_.load(std::memory_order_relaxed); }
  void certificate_expires(std::int64_t unix_seconds) { certificate_expiry_.store(unix_seconds, std::memory_order_relaxed); }

  std::string prometheus_text() const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // not cumulative; summed when written
    std::uint64_t count = 0;
    double sum = 0;
  };

  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> durations_;
  std::map<std::string, std::uint64_t> documents_;
  std::map<std::string, std::uint64_t> rejected_;
  std::atomic<std::int64_t> in_flight_{0};
  std::atomic<std::int64_t> certificate_expiry_{0};  // 0: no TLS
};

}  // namespace sygedok::http
