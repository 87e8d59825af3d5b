#include "http/server.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <csignal>
#include <thread>

#include "http/admission_filter.h"
#include "http/document_endpoints.h"
#include "http/health_endpoints.h"
#include "http/schema_endpoints.h"
#include "http/static_files.h"
#include "http/router.h"
#include "http/service_state.h"

namespace sygedok::http {
namespace {

using Failure = Result<std::unique_ptr<Server>>;

bool is_loopback_host(const std::string& host) {
  if (host == "localhost") return true;
  Poco::Net::IPAddress address;
  return Poco::Net::IPAddress::tryParse(host, address) && address.isLoopback();
}

Poco::Timespan timespan(std::chrono::milliseconds ms) {
  return Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(ms).count());
}

std::optional<Diagnostic> check_options(const ServerOptions& o) {
  if (o.max_threads < 1 || o.max_queued < 0 || o.max_body_bytes < 1 || o.retry_after_seconds < 0)
    return error("", "invalid_options", "Antal tråde skal være mindst 1, kø og Retry-After mindst 0 og kropsgrænsen mindst 1 byte.");
  if (!o.api_keys_file && !is_loopback_host(o.host))
    return error("", "host_requires_api_keys",
                 "Uden --api-keys lytter sygedok kun på 127.0.0.1 (eller ::1). Angiv en nøglefil for at lytte på " +
                     o.host + ".");
  return std::nullopt;
}

template <typename Predicate>
void wait_until(Predicate done, std::chrono::steady_clock::time_point deadline) {
  while (!done() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

}  // namespace

void add_service_routes(Router& router, ServiceState& state) {
  router.add("POST", "/v1/documents/{kind}", std::make_shared<RenderDocumentEndpoint>(state), Access::ApiKey);
  router.add("POST", "/v1/documents/{kind}/memo", std::make_shared<MemoEndpoint>(state), Access::ApiKey);
  router.add("POST", "/v1/validate/{kind}", std::make_shared<ValidateDocumentEndpoint>(state), Access::ApiKey);
  router.add("GET", "/healthz", std::make_shared<HealthEndpoint>(), Access::Public);
  router.add("GET", "/readyz", std::make_shared<ReadinessEndpoint>(state), Access::Public);
  router.add("GET", "/metrics", std::make_shared<MetricsEndpoint>(state), Access::Public);
  router.add("GET", "/v1/schemas/{kind}", std::make_shared<SchemaEndpoint>(), Access::Public);
  router.add("GET", "/openapi.json", std::make_shared<OpenApiEndpoint>(), Access::Public);
  router.add("GET", "/", std::make_shared<StaticFileEndpoint>("index.html"), Access::Public);
  router.add("GET", "/assets/{file}", std::make_shared<StaticFileEndpoint>(), Access::Public);
}

Result<std::unique_ptr<Server>> Server::start(const ServerOptions& options,
                                              std::shared_ptr<const render::Engine> engine, std::ostream& log) {
  if (auto problem = check_options(options)) return Failure::failure(*problem);
  std::optional<ApiKeys> keys;
  if (options.api_keys_file) {
    auto loaded = ApiKeys::load(*options.api_keys_file);
    if (!loaded) return Failure::failure(loaded.take_diagnostics());
    keys = std::move(loaded).take();
  }
  // A peer that closes early must not kill the process through SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);

  std::unique_ptr<Server> server(new Server());
  server->options_ = options;
  ServiceSettings settings;
  settings.body = {options.max_body_bytes, options.request_timeout, options.body_deadline};
  settings.retry_after_seconds = options.retry_after_seconds;
  server->state_ = std::make_unique<ServiceState>(settings, std::move(keys), log);
  server->state_->engine.set(std::move(engine));

  try {
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(options.host, options.port), true);
    socket.listen(128);
    server->port_ = socket.address().port();

    auto params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(options.max_threads);
    // Above what the admission filter lets through, so Poco never drops an admitted connection.
    params->setMaxQueued(options.max_threads + options.max_queued);
    params->setTimeout(timespan(options.request_timeout));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(timespan(options.keep_alive_timeout));
    params->setMaxKeepAliveRequests(1000);
    params->setSoftwareVersion("sygedok");

    // Poco's default pool holds 16 threads; a thread ending its work is not
    // idle at once, so the pool is larger than max_threads to always start one.
    server->pool_ = std::make_unique<Poco::ThreadPool>(2, 2 * options.max_threads + 2, 60);
    auto router = new Router(*server->state_);
    add_service_routes(*router, *server->state_);
    server->server_ = std::make_unique<Poco::Net::HTTPServer>(router, *server->pool_, socket, params);

    Poco::AutoPtr<AdmissionFilter> filter(new AdmissionFilter(
        {options.max_threads, options.max_queued, options.retry_after_seconds}, server->state_->draining,
        server->state_->closer, server->state_->metrics, server->state_->log));
    filter->watch(server->server_.get());
    server->server_->setConnectionFilter(filter);
    server->server_->start();
  } catch (const Poco::Exception& e) {
    return Failure::failure(error("", "listen_failed",
                                  "Kunne ikke lytte på " + options.host + ":" + std::to_string(options.port) + ": " +
                                      e.displayText()));
  }
  server->state_->log.event("info", "listening", {{"url", server->url()}, {"auth", options.api_keys_file ? "api_keys" : "none"}});
  return Result<std::unique_ptr<Server>>::success(std::move(server));
}

Server::~Server() { stop(); }

void Server::set_engine(std::shared_ptr<const render::Engine> engine) { state_->engine.set(std::move(engine)); }

std::string Server::url() const {
  bool ipv6 = options_.host.find(':') != std::string::npos;
  return "http://" + (ipv6 ? "[" + options_.host + "]" : options_.host) + ":" + std::to_string(port_);
}

ConnectionCounts Server::connections() const {
  ConnectionCounts counts;
  if (!server_) return counts;
  counts.busy = server_->currentConnections();
  counts.queued = server_->queuedConnections();
  counts.held_for_closing = static_cast<int>(state_->closer.held());
  counts.in_flight = static_cast<int>(state_->metrics.in_flight());
  return counts;
}

bool Server::draining() const { return state_ && state_->draining.load(); }

void Server::stop() {
  if (stopped_ || !server_) return;
  stopped_ = true;
  state_->draining = true;  // new connections: 503; answers: Connection: close; /readyz: 503
  auto deadline = std::chrono::steady_clock::now() + options_.shutdown_grace;
  wait_until([&] { return server_->queuedConnections() == 0; }, deadline);
  // Stops accepting, waits for each request in progress, shuts idle connections.
  server_->stopAll(false);
  wait_until([&] { return state_->metrics.in_flight() == 0; }, deadline);
  pool_->joinAll();
  state_->log.event("info", "stopped");
}

int run_server(const ServerOptions& options, std::ostream& out, std::ostream& err) {
  // Block the signals before any thread starts, so that every thread
  // inherits the mask and only sigwait() below receives them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto started = Server::start(options, nullptr, err);
  if (!started) {
    for (const auto& d : started.diagnostics()) err << "sygedok: " << d.message << "\n";
    bool bad_options = started.diagnostics().front().code == "host_requires_api_keys" ||
                       started.diagnostics().front().code == "invalid_options";
    return bad_options ? kServeBadOptions : kServeCannotStart;
  }
  std::unique_ptr<Server> server = std::move(started).take();
  out << "sygedok lytter på " << server->url() << std::endl;

  render::EngineOptions engine_options;
  engine_options.templates_dir = options.templates_dir;
  auto engine = render::Engine::create(engine_options);
  if (!engine) {
    for (const auto& d : engine.diagnostics()) err << "sygedok: " << d.message << "\n";
    server->stop();
    return kServeEngineFailed;
  }
  for (const auto& d : engine.diagnostics()) err << "sygedok: advarsel: " << d.message << "\n";
  server->set_engine(std::move(engine).take());

  int received = 0;
  sigwait(&signals, &received);
  server->stop();
  return kServeOk;
}

}  // namespace sygedok::http
