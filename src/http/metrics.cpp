#include "http/metrics.h"

#include <cstdio>
#include <sstream>

namespace sygedok::http {
namespace {

// A label value with \, " and newline escaped, as the text format requires.
std::string label(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace

void Metrics::request_finished(std::string_view route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
  Histogram& histogram = durations_[std::string(route)];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++histogram.buckets[i];
      break;
    }
  }
  ++histogram.count;
  histogram.sum += seconds;
}

void Metrics::document_rendered(std::string_view kind) {
  std::lock_guard lock(mutex_);
  ++documents_[std::string(kind)];
}

void Metrics::connection_rejected(std::string_view reason) {
  std::lock_guard lock(mutex_);
  ++rejected_[std::string(reason)];
}

std::string Metrics::prometheus_text() const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);

  out << "# HELP sygedok_http_requests_total HTTP requests answered, by route template and status.\n"
      << "# TYPE sygedok_http_requests_total counter\n";
  for (const auto& [key, count] : requests_)
    out << "sygedok_http_requests_total{route=\"" << label(key.first) << "\",status=\"" << key.second << "\"} "
        << count << "\n";

  out << "# HELP sygedok_http_request_duration_seconds Time from request head to response sent, by route template.\n"
      << "# TYPE sygedok_http_request_duration_seconds histogram\n";
  for (const auto& [route, histogram] : durations_) {
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += histogram.buckets[i];
      out << "sygedok_http_request_duration_seconds_bucket{route=\"" << label(route) << "\",le=\""
          << number(kBuckets[i]) << "\"} " << cumulative << "\n";
    }
    out << "sygedok_http_request_duration_seconds_bucket{route=\"" << label(route) << "\",le=\"+Inf\"} "
        << histogram.count << "\n";
    out << "sygedok_http_request_duration_seconds_sum{route=\"" << label(route) << "\"} " << number(histogram.sum)
        << "\n";
    out << "sygedok_http_request_duration_seconds_count{route=\"" << label(route) << "\"} " << histogram.count
        << "\n";
  }

  out << "# HELP sygedok_http_requests_in_flight Requests being handled right now.\n"
      << "# TYPE sygedok_http_requests_in_flight gauge\n"
      << "sygedok_http_requests_in_flight " << in_flight() << "\n";

  out << "# HELP sygedok_http_rejected_connections_total Connections refused (or closed unanswered, as a failed TLS handshake) before a worker took them, by reason.\n"
      << "# TYPE sygedok_http_rejected_connections_total counter\n";
  for (const auto& [reason, count] : rejected_)
    out << "sygedok_http_rejected_connections_total{reason=\"" << label(reason) << "\"} " << count << "\n";

  out << "# HELP sygedok_documents_rendered_total PDF documents rendered, by document kind.\n"
      << "# TYPE sygedok_documents_rendered_total counter\n";
  for (const auto& [kind, count] : documents_)
    out << "sygedok_documents_rendered_total{kind=\"" << label(kind) << "\"} " << count << "\n";

  if (std::int64_t expiry = certificate_expiry_.load(std::memory_order_relaxed))
    out << "# HELP sygedok_tls_certificate_expiry_timestamp_seconds When the served TLS certificate expires (Unix time).\n"
        << "# TYPE sygedok_tls_certificate_expiry_timestamp_seconds gauge\n"
        << "sygedok_tls_certificate_expiry_timestamp_seconds " << expiry << "\n";
  return out.str();
}

}  // namespace sygedok::http
