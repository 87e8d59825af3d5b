#include "http/admission_filter.h"

#include <Poco/Exception.h>

#include "http/problem.h"

namespace sygedok::http {

AdmissionFilter::AdmissionFilter(AdmissionLimits limits, const std::atomic<bool>& draining, ConnectionCloser& closer,
                                 Metrics& metrics, AccessLog& log)
    : limits_(limits), draining_(draining), closer_(closer), metrics_(metrics), log_(log) {}

bool AdmissionFilter::accept(const Poco::Net::StreamSocket& socket) {
  if (draining_.load()) {
    refuse(socket, "shutting_down");
    return false;
  }
  if (server_) {
    int occupied = server_->currentConnections() + server_->queuedConnections();
    if (occupied >= limits_.max_threads + limits_.max_queued) {
      refuse(socket, "server_full");
      return false;
    }
  }
  return true;
}

void AdmissionFilter::refuse(const Poco::Net::StreamSocket& socket, std::string_view reason) {
  std::string request_id = new_request_id();
  Reply reply = reason == "shutting_down" ? shutting_down(limits_.retry_after_seconds)
                                          : server_busy(limits_.retry_after_seconds);
  reply.with_header("X-Request-Id", request_id);
  metrics_.connection_rejected(reason);
  log_.event("warn", "connection_rejected",
             {{"reason", std::string(reason)}, {"status", "503"}, {"request_id", request_id}});
  closer_.hand_over(socket, http_response_bytes(reply));
}

}  // namespace sygedok::http
