#pragma once
// The sygedok HTTP service: the connection gate (which owns the listening
// socket and every connection until its request head is complete; see
// connection_gate.h), two lanes of Poco worker threads (HTTPServerConnection
// through a TCPServerDispatcher: the main lane and a small control lane for
// /healthz, /readyz and /metrics), the router with the service's routes,
// and a graceful stop that resets no connection.
//
// Without an API key file the server only binds a loopback address; with
// one it may bind any address and every /v1 route needs a key (or, with a
// client CA, a client certificate named in the key file). Beyond loopback
// it speaks TLS (tls_context.h), unless the operator says a TLS-terminating
// proxy is in front, so CPR numbers never cross a network in clear text.
//
// Server: start() and stop() from one controlling thread; set_engine(),
// port() and connections() are safe from any thread.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "core/result.h"
#include "render/engine.h"

namespace Poco {
class ThreadPool;
}
namespace Poco::Net {
class TCPServerDispatcher;
}

namespace sygedok::http {

struct ServiceState;
class Router;
class ConnectionGate;

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (see Server::port())
  std::optional<std::string> api_keys_file;
  std::optional<std::string> tls_certificate_file;  // with tls_key_file: the service speaks TLS
  std::optional<std::string> tls_key_file;
  std::optional<std::string> client_ca_file;  // client certificates under this CA identify systems
  bool behind_tls_proxy = false;  // a TLS-terminating proxy is in front: plain HTTP beyond loopback is allowed
  std::optional<std::string> templates_dir;  // for run_server(), which loads the engine
  std::size_t max_body_bytes = 2 * 1024 * 1024;
  int max_threads = 16;  // requests served at once (one connection per thread)
  int max_queued = 32;   // complete requests waiting for a thread; more get 503
  int max_connections_per_client = 64;  // live connections of one client address; more get 429
  std::size_t max_waiting_connections = 1024;  // connections waiting for their head; more get 503
  std::chrono::milliseconds head_deadline{10000};       // the whole request head, from accept
  std::chrono::milliseconds body_deadline{30000};       // the whole body, from accept
  std::chrono::milliseconds request_timeout{15000};     // one body read, at most
  std::chrono::milliseconds keep_alive_timeout{5000};   // an idle connection between requests
  std::chrono::milliseconds shutdown_grace{20000};      // waiting for queued connections at stop
  int retry_after_seconds = 1;
};

// Poco's view of the connections (for tests and diagnostics). Plain data.
struct ConnectionCounts {
  int waiting_for_head = 0;  // in the connection gate
  int busy = 0;    // connections a worker thread is serving
  int queued = 0;  // complete requests waiting for a thread
  int held_for_closing = 0;
  int in_flight = 0;  // requests inside a handler
};

class Server {
 public:
  // Binds and starts serving. With a null engine, /readyz and the document
  // routes answer 503 until set_engine(). Errors (code): "host_requires_api_keys",
  // "host_requires_tls", "invalid_options" (bad options), "api_keys", "tls"
  // (unusable files), "listen_failed".
  static Result<std::unique_ptr<Server>> start(const ServerOptions& options,
                                               std::shared_ptr<const render::Engine> engine, std::ostream& log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  void set_engine(std::shared_ptr<const render::Engine> engine);
  std::uint16_t port() const { return port_; }
  std::string url() const;  // "http://127.0.0.1:PORT", or https:// with TLS
  ConnectionCounts connections() const;
  bool draining() const;  // stop() has begun
  // Reads the TLS files again; connections accepted from now on use them,
  // connections already made keep theirs. On failure the old ones stay.
  // Without TLS: nothing to do.
  Diagnostics reload_tls();
  // Reads the API key file again and uses it for requests from now on
  // (key rotation; docs/security.md). On failure the old keys stay.
  // Without a key file: nothing to do.
  Diagnostics reload_api_keys();

  // Graceful: accepting stops, connections the kernel had queued and those
  // waiting for their head get 503, requests queued for a thread are served
  // (up to the grace period), in-flight requests finish (answered with
  // Connection: close), then the threads end. Idempotent.
  void stop();

 private:
  Server() = default;

  ServerOptions options_;
  std::uint16_t port_ = 0;
  bool stopped_ = false;
  struct ReleaseDispatcher {
    void operator()(Poco::Net::TCPServerDispatcher* dispatcher) const;
  };
  using Dispatcher = std::unique_ptr<Poco::Net::TCPServerDispatcher, ReleaseDispatcher>;

  // Destroyed in reverse order: the gate before the lanes it feeds, the
  // lanes before their pools, all before the state they use.
  std::unique_ptr<ServiceState> state_;
  std::unique_ptr<Poco::ThreadPool> pool_, control_pool_;
  Dispatcher main_, control_;
  std::unique_ptr<ConnectionGate> gate_;
};

// Adds every route of the service to `router`.
void add_service_routes(Router& router, ServiceState& state);

// Exit codes of run_server(), equal to the CLI's.
enum ServeExit : int { kServeOk = 0, kServeBadOptions = 2, kServeCannotStart = 3, kServeEngineFailed = 4 };

// Starts the server, prints "sygedok lytter på http(s)://HOST:PORT" to `out`,
// loads the engine, and serves until SIGTERM or SIGINT; then stops
// gracefully. SIGHUP reloads the TLS certificate and key and the API key file. Request logs go
// to `err`.
int run_server(const ServerOptions& options, std::ostream& out, std::ostream& err);

}  // namespace sygedok::http
