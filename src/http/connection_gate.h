#pragma once
// The front door of the service. Poco's HTTPServer reads a request head in
// a worker thread with a timeout per read, so a client sending one byte a
// second holds a thread for ever; sixteen such clients lock everyone out.
// The gate instead owns the listening socket and keeps every connection on
// one thread with poll() until its request head is complete:
//   - bytes are only peeked (MSG_PEEK; SO_RCVLOWAT wakes the gate when more
//     arrive), so Poco later reads the same head at once, without waiting;
//   - the head is judged by judge_request_head(); a bad one is answered
//     with problem+json (400/414/431/501/505), logged and counted;
//   - the whole head must arrive within head_deadline of the accept (or of
//     the previous answer on a kept-alive connection), otherwise 408;
//   - a client address holding max_per_client connections gets 429;
//   - a complete head goes to a worker lane (Poco's TCPServerDispatcher with
//     HTTPServerConnection): GET/HEAD of /healthz, /readyz and /metrics to
//     a small control lane of its own, so that they stay answered while the
//     main lane's threads are busy; a full lane answers 503.
// With a TLS context (tls_context.h) every connection is a TlsSocketImpl:
// the gate runs its handshake in non-blocking steps and judges the
// decrypted head it has read ahead; the handshake counts against the head
// deadline (one that has not finished by then is closed without an answer,
// as is a failed one), and plain HTTP on the port gets a plain 400 saying
// to use https. set_tls() replaces the context for new connections (a
// certificate reload); connections already made keep theirs.
// After its answer a kept-alive connection comes back (give_back()) and
// waits here for its next head. stop() stops accepting first: new SYNs are
// dropped (the client is refused once the socket closes), what the kernel
// had already queued is accepted and answered 503 with Retry-After, as is
// every connection waiting here; the socket is then closed. Every answer
// and close goes through the ConnectionCloser, so nothing is reset.
//
// Thread-safety: the waiting connections belong to the gate's thread;
// give_back(), set_tls(), accepted_at() and waiting() are safe from any thread;
// start() and stop() from the controlling thread.
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/TCPServerDispatcher.h>

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "http/client_connections.h"
#include "http/reply.h"
#include "http/request_head.h"
#include "http/tls_context.h"

namespace sygedok::http {

struct ServiceState;
class TlsSocketImpl;

struct GateLimits {
  std::chrono::milliseconds head_deadline{10000};      // the whole head
  std::chrono::milliseconds keep_alive_timeout{5000};  // an idle kept-alive connection is closed after this
  std::size_t max_waiting = 1024;                      // connections waiting for their head; more get 503
  int max_per_client = 64;                             // live connections of one client address; more get 429
  int retry_after_seconds = 1;
  HeadLimits head;
};

// Worker threads fed with connections whose head is complete. Not owned.
struct Lane {
  Poco::Net::TCPServerDispatcher* dispatcher = nullptr;
  int capacity = 1;  // connections served + queued; more get 503
};

class ConnectionGate {
 public:
  using Clock = std::chrono::steady_clock;

  // Without `tls` the connections are plain HTTP.
  ConnectionGate(Poco::Net::ServerSocket listener, GateLimits limits, Lane main, Lane control, ServiceState& state,
                 std::shared_ptr<const TlsContext> tls = nullptr);
  ~ConnectionGate();  // stop()
  ConnectionGate(const ConnectionGate&) = delete;
  ConnectionGate& operator=(const ConnectionGate&) = delete;

  void start();
  void stop();  // idempotent
  // A connection whose answer was sent and that may carry another request.
  void give_back(Poco::Net::StreamSocket socket);
  // The context for connections accepted from now on (not null on a TLS gate).
  void set_tls(std::shared_ptr<const TlsContext> tls);
  // When the connection `fd` was accepted (or given back); now if unknown.
  Clock::time_point accepted_at(int fd) const;
  std::size_t waiting() const;

 private:
  struct Waiting {
    Poco::Net::StreamSocket socket;
    Clock::time_point accepted;
    Clock::time_point deadline;  // for the whole head
    Clock::time_point idle_until;
    bool kept_alive = false;
    TlsSocketImpl* tls = nullptr;  // the socket's implementation, on a TLS gate
    bool wants_write = false;      // the TLS handshake waits to send
    std::size_t seen = 0;  // bytes received so far
    std::string method;
    bool done = false;  // handed on; removed after this round

    Clock::time_point wake_at() const { return kept_alive && seen == 0 ? std::min(idle_until, deadline) : deadline; }
  };

  void run();
  Clock::time_point accept_resume_{};  // no accept before this (after running out of descriptors)
  void take(Poco::Net::StreamSocket socket, Clock::time_point now, bool kept_alive);
  void accept_pending(Clock::time_point now, bool refuse_all);
  void examine(Waiting& w, bool peer_finished, Clock::time_point now);
  // What the client has sent so far (peeked, or decrypted ahead after the
  // TLS handshake); nothing while it is still to come or once `w` is done.
  std::optional<std::string_view> received(Waiting& w, bool& peer_finished, Clock::time_point now);
  void expire(Waiting& w, Clock::time_point now);
  void dispatch(Waiting& w, const RequestHead& head);
  void answer(Waiting& w, Reply reply, Clock::time_point now);
  // `reply` is sent only where the client can read it: not before a TLS handshake.
  void refuse(Poco::Net::StreamSocket socket, std::optional<Reply> reply, std::string_view reason);
  void close(Waiting& w, std::string_view reason = {});  // without an answer; a reason counts it as refused
  void drain();
  void wake();

  Poco::Net::ServerSocket listener_;
  GateLimits limits_;
  Lane main_, control_;
  ServiceState& state_;
  const bool speaks_tls_;
  std::shared_ptr<ClientConnections> clients_ = std::make_shared<ClientConnections>();
  std::vector<Waiting> waiting_;  // the gate's thread only
  std::string peeked_;            // the gate's thread only

  mutable std::mutex mutex_;
  std::deque<Poco::Net::StreamSocket> returned_;
  std::map<int, Clock::time_point> accepted_;
  std::shared_ptr<const TlsContext> tls_;
  std::size_t waiting_count_ = 0;
  bool stopping_ = false;
  int wake_pipe_[2] = {-1, -1};
  std::thread thread_;
};

}  // namespace sygedok::http
