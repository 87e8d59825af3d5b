#pragma once
// Decides, on the acceptor thread, whether a new connection may wait for a
// worker thread. Poco's TCPServer silently drops a connection when its queue
// is full; here the connection is instead answered "503 Service Unavailable"
// with Retry-After (through the ConnectionCloser, so the acceptor never
// waits), also while the server shuts down.
//
// Admitted: connections being served + connections queued < threads + queue.
// Poco's own queue limit is set above that (see Server), so an admitted
// connection is never dropped.
// Thread-safety: accept() runs on the single acceptor thread; the counters
// it reads are Poco's thread-safe ones; draining is an atomic flag.
#include <Poco/Net/TCPServer.h>

#include <atomic>

#include "http/access_log.h"
#include "http/connection_closer.h"
#include "http/metrics.h"

namespace sygedok::http {

struct AdmissionLimits {
  int max_threads = 16;
  int max_queued = 32;  // connections that may wait for a thread; 0: answer 503 whenever all threads are busy
  int retry_after_seconds = 1;
};

class AdmissionFilter : public Poco::Net::TCPServerConnectionFilter {
 public:
  AdmissionFilter(AdmissionLimits limits, const std::atomic<bool>& draining, ConnectionCloser& closer,
                  Metrics& metrics, AccessLog& log);

  // Must be called before the server starts; the server must outlive its use.
  void watch(const Poco::Net::TCPServer* server) { server_ = server; }

  bool accept(const Poco::Net::StreamSocket& socket) override;

 private:
  void refuse(const Poco::Net::StreamSocket& socket, std::string_view reason);

  AdmissionLimits limits_;
  const std::atomic<bool>& draining_;
  ConnectionCloser& closer_;
  Metrics& metrics_;
  AccessLog& log_;
  const Poco::Net::TCPServer* server_ = nullptr;
};

}  // namespace sygedok::http
