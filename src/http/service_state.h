#pragma once
// What every endpoint of one server shares for the server's lifetime: the
// render engine (loaded after the socket is open, so /readyz can say when
// it is there), settings, API keys, metrics, the access log, the connection
// closer, the connection gate and the draining flag set at shutdown.
// Thread-safety: settings are immutable, and so is the gate pointer once
// the server runs; EngineSlot and KeySlot are guarded by a mutex each; Metrics,
// AccessLog, ConnectionCloser and ConnectionGate are thread-safe.
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>

#include "http/access_log.h"
#include "http/api_keys.h"
#include "http/connection_closer.h"
#include "http/metrics.h"
#include "http/request_body.h"
#include "render/engine.h"

namespace sygedok::http {

class ConnectionGate;

// The engine once it has loaded; empty before. Thread-safe.
class EngineSlot {
 public:
  std::shared_ptr<const render::Engine> get() const {
    std::lock_guard lock(mutex_);
    return engine_;
  }
  void set(std::shared_ptr<const render::Engine> engine) {
    std::lock_guard lock(mutex_);
    engine_ = std::move(engine);
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const render::Engine> engine_;
};

// The API keys; null when the service runs without authentication
// (loopback only). A reload (SIGHUP) replaces them whole; a request keeps
// the keys it was authenticated with. Thread-safe.
class KeySlot {
 public:
  explicit KeySlot(std::optional<ApiKeys> keys)
      : keys_(keys ? std::make_shared<const ApiKeys>(std::move(*keys)) : nullptr) {}
  std::shared_ptr<const ApiKeys> get() const {
    std::lock_guard lock(mutex_);
    return keys_;
  }
  void set(std::shared_ptr<const ApiKeys> keys) {
    std::lock_guard lock(mutex_);
    keys_ = std::move(keys);
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const ApiKeys> keys_;
};

struct ServiceSettings {
  BodyLimits body;
  int retry_after_seconds = 1;
  bool strict_transport_security = false;  // answers carry HSTS: clients reach the service over https
};

struct ServiceState {
  ServiceState(ServiceSettings settings_in, std::optional<ApiKeys> keys_in, std::ostream& log_stream,
               LingerLimits linger = {})
      : settings(settings_in), keys(std::move(keys_in)), log(log_stream), closer(linger) {}

  const ServiceSettings settings;
  KeySlot keys;
  EngineSlot engine;
  Metrics metrics;
  AccessLog log;
  ConnectionCloser closer;
  ConnectionGate* gate = nullptr;  // set before serving; null in tests without a server
  std::atomic<bool> draining{false};
};

}  // namespace sygedok::http
