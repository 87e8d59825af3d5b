#include "http/server.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerConnectionFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServerDispatcher.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <csignal>
#include <thread>

#include "http/connection_gate.h"
#include "http/document_endpoints.h"
#include "http/health_endpoints.h"
#include "http/schema_endpoints.h"
#include "http/static_files.h"
#include "http/dialogue_endpoints.h"
#include "http/plan_endpoint.h"
#include "http/router.h"
#include "http/service_state.h"
#include "http/tls_context.h"

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

// The control lane: /healthz, /readyz and /metrics, answered in microseconds.
constexpr int kControlThreads = 2;
constexpr int kControlQueued = 16;

std::optional<Diagnostic> check_options(const ServerOptions& o) {
  if (o.max_threads < 1 || o.max_queued < 0 || o.max_body_bytes < 1 || o.retry_after_seconds < 0 ||
      o.max_connections_per_client < 1 || o.max_waiting_connections < 1)
    return error("", "invalid_options", "Antal tråde skal være mindst 1, kø og Retry-After mindst 0 og kropsgrænsen mindst 1 byte.");
  bool tls = o.tls_certificate_file || o.tls_key_file;
  if (tls && !(o.tls_certificate_file && o.tls_key_file))
    return error("", "invalid_options", "--tls-cert og --tls-key skal angives sammen.");
  if (tls && o.behind_tls_proxy)
    return error("", "invalid_options",
                 "--behind-tls-proxy betyder, at sygedok selv taler almindelig HTTP; angiv det ikke sammen med --tls-cert.");
  if (o.client_ca_file && !(tls && o.api_keys_file))
    return error("", "invalid_options",
                 "--client-ca kræver --tls-cert, --tls-key og --api-keys (nøglefilen siger, hvilke certifikater der må "
                 "sende som hvilke CVR-numre).");
  if (is_loopback_host(o.host)) return std::nullopt;
  if (!o.api_keys_file)
    return error("", "host_requires_api_keys",
                 "Uden --api-keys lytter sygedok kun på 127.0.0.1 (eller ::1). Angiv en nøglefil for at lytte på " +
                     o.host + ".");
  if (!tls && !o.behind_tls_proxy)
    return error("", "host_requires_tls",
                 "Uden TLS lytter sygedok kun på 127.0.0.1 (eller ::1), så CPR-numre aldrig sendes ukrypteret over et "
                 "netværk. Angiv --tls-cert og --tls-key for at lytte på " + o.host +
                     ", eller --behind-tls-proxy, hvis en proxy foran sygedok afslutter TLS.");
  return std::nullopt;
}

std::optional<TlsFiles> tls_files(const ServerOptions& o) {
  if (!o.tls_certificate_file || !o.tls_key_file) return std::nullopt;
  return TlsFiles{*o.tls_certificate_file, *o.tls_key_file, o.client_ca_file};
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
  router.add("POST", "/v1/plan", std::make_shared<PlanEndpoint>(state), Access::ApiKey);
  router.add("POST", "/v1/dialogue/scores", std::make_shared<DialogueOutputEndpoint>(state, kDialogueScores),
             Access::ApiKey);
  router.add("POST", "/v1/dialogue/calendar", std::make_shared<DialogueOutputEndpoint>(state, kHandleplanCalendar),
             Access::ApiKey);
  router.add("GET", "/v1/dialogue/questionnaires", std::make_shared<QuestionnairesEndpoint>(state), Access::Public);
  router.add("GET", "/healthz", std::make_shared<HealthEndpoint>(), Access::Public);
  router.add("GET", "/readyz", std::make_shared<ReadinessEndpoint>(state), Access::Public);
  router.add("GET", "/metrics", std::make_shared<MetricsEndpoint>(state), Access::Public);
  router.add("GET", "/v1/schemas/{kind}", std::make_shared<SchemaEndpoint>(), Access::Public);
  router.add("GET", "/openapi.json", std::make_shared<OpenApiEndpoint>(), Access::Public);
  router.add("GET", "/", std::make_shared<StaticFileEndpoint>("index.html"), Access::Public);
  router.add("GET", "/forloeb", std::make_shared<StaticFileEndpoint>("forloeb.html"), Access::Public);
  router.add("GET", "/dialog", std::make_shared<StaticFileEndpoint>("dialog.html"), Access::Public);
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
  std::shared_ptr<const TlsContext> tls;
  if (auto files = tls_files(options)) {
    auto loaded = TlsContext::load(*files);
    if (!loaded) return Failure::failure(loaded.take_diagnostics());
    tls = std::move(loaded).take();
  }
  // A peer that closes early must not kill the process through SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);

  std::unique_ptr<Server> server(new Server());
  server->options_ = options;
  ServiceSettings settings;
  settings.body = {options.max_body_bytes, options.request_timeout, options.body_deadline};
  settings.retry_after_seconds = options.retry_after_seconds;
  settings.strict_transport_security = tls || options.behind_tls_proxy;  // the client speaks https
  server->state_ = std::make_unique<ServiceState>(settings, std::move(keys), log);
  server->state_->engine.set(std::move(engine));

  try {
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(options.host, options.port), true);
    socket.listen(128);
    server->port_ = socket.address().port();

    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setTimeout(timespan(options.request_timeout));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(timespan(options.keep_alive_timeout));  // unused: the gate waits between requests
    params->setSoftwareVersion("sygedok");
    auto* router = new Router(*server->state_);  // owned by the factory
    add_service_routes(*router, *server->state_);
    Poco::Net::TCPServerConnectionFactory::Ptr factory(
        new Poco::Net::HTTPServerConnectionFactory(params, Poco::Net::HTTPRequestHandlerFactory::Ptr(router)));

    // Poco's queue limit is above what the gate lets through, so a dispatched connection is never dropped.
    auto lane_params = [](int threads, int queued) {
      Poco::Net::TCPServerParams::Ptr lane = new Poco::Net::TCPServerParams;
      lane->setMaxThreads(threads);
      lane->setMaxQueued(threads + queued + 1);
      return lane;
    };
    // A thread ending its work is not idle at once, so each pool is larger than its lane.
    server->pool_ = std::make_unique<Poco::ThreadPool>(2, 2 * options.max_threads + 2, 60);
    server->control_pool_ = std::make_unique<Poco::ThreadPool>(1, 2 * kControlThreads + 1, 60);
    server->main_.reset(new Poco::Net::TCPServerDispatcher(factory, *server->pool_,
                                                           lane_params(options.max_threads, options.max_queued)));
    server->control_.reset(new Poco::Net::TCPServerDispatcher(factory, *server->control_pool_,
                                                              lane_params(kControlThreads, kControlQueued)));

    GateLimits limits;
    limits.head_deadline = options.head_deadline;
    limits.keep_alive_timeout = options.keep_alive_timeout;
    limits.max_waiting = options.max_waiting_connections;
    limits.max_per_client = options.max_connections_per_client;
    limits.retry_after_seconds = options.retry_after_seconds;
    server->gate_ = std::make_unique<ConnectionGate>(
        socket, limits, Lane{server->main_.get(), options.max_threads + options.max_queued},
        Lane{server->control_.get(), kControlThreads + kControlQueued}, *server->state_, tls);
    server->state_->gate = server->gate_.get();
    server->gate_->start();
  } catch (const Poco::Exception& e) {
    return Failure::failure(error("", "listen_failed",
                                  "Kunne ikke lytte på " + options.host + ":" + std::to_string(options.port) + ": " +
                                      e.displayText()));
  }
  std::string auth = !options.api_keys_file ? "none" : options.client_ca_file ? "api_keys,client_certificates" : "api_keys";
  std::string transport = tls ? "tls" : options.behind_tls_proxy ? "behind_tls_proxy" : "plain_loopback";
  std::vector<std::pair<std::string_view, std::string>> fields{{"url", server->url()}, {"auth", auth}, {"transport", transport}};
  if (tls) {
    fields.emplace_back("certificate_expires", tls->expires_text());
    server->state_->metrics.certificate_expires(tls->expires());
  }
  server->state_->log.event("info", "listening", fields);
  return Result<std::unique_ptr<Server>>::success(std::move(server));
}

void Server::ReleaseDispatcher::operator()(Poco::Net::TCPServerDispatcher* dispatcher) const { dispatcher->release(); }

Server::~Server() { stop(); }

void Server::set_engine(std::shared_ptr<const render::Engine> engine) { state_->engine.set(std::move(engine)); }

std::string Server::url() const {
  bool ipv6 = options_.host.find(':') != std::string::npos;
  std::string scheme = options_.tls_certificate_file ? "https://" : "http://";
  return scheme + (ipv6 ? "[" + options_.host + "]" : options_.host) + ":" + std::to_string(port_);
}

ConnectionCounts Server::connections() const {
  ConnectionCounts counts;
  if (!gate_) return counts;
  counts.waiting_for_head = static_cast<int>(gate_->waiting());
  counts.busy = main_->currentConnections() + control_->currentConnections();
  counts.queued = main_->queuedConnections() + control_->queuedConnections();
  counts.held_for_closing = static_cast<int>(state_->closer.held());
  counts.in_flight = static_cast<int>(state_->metrics.in_flight());
  return counts;
}

bool Server::draining() const { return state_ && state_->draining.load(); }

Diagnostics Server::reload_tls() {
  auto files = tls_files(options_);
  if (!files || !gate_) return {};
  auto loaded = TlsContext::load(*files);
  if (!loaded) {
    state_->log.event("error", "tls_reload_failed", {{"message", loaded.diagnostics().front().message}});
    return loaded.take_diagnostics();
  }
  std::shared_ptr<const TlsContext> tls = std::move(loaded).take();
  state_->metrics.certificate_expires(tls->expires());
  state_->log.event("info", "tls_reloaded", {{"certificate_expires", tls->expires_text()}});
  gate_->set_tls(std::move(tls));
  return {};
}

Diagnostics Server::reload_api_keys() {
  if (!options_.api_keys_file || !state_) return {};
  auto loaded = ApiKeys::load(*options_.api_keys_file);
  if (!loaded) {
    state_->log.event("error", "api_keys_reload_failed", {{"message", loaded.diagnostics().front().message}});
    return loaded.take_diagnostics();
  }
  const std::size_t clients = loaded.value().clients().size();
  state_->keys.set(std::make_shared<const ApiKeys>(std::move(loaded).take()));
  state_->log.event("info", "api_keys_reloaded", {{"clients", std::to_string(clients)}});
  return {};
}

void Server::stop() {
  if (stopped_ || !gate_) return;
  stopped_ = true;
  state_->draining = true;  // answers: Connection: close; /readyz: 503
  gate_->stop();            // accepting stops; what waits for a head or in the kernel's queue gets 503
  auto deadline = std::chrono::steady_clock::now() + options_.shutdown_grace;
  wait_until([&] { return connections().queued == 0 && connections().busy == 0; }, deadline);
  main_->stop();
  control_->stop();
  pool_->joinAll();
  control_pool_->joinAll();
  state_->log.event("info", "stopped");
}

int run_server(const ServerOptions& options, std::ostream& out, std::ostream& err) {
  // Block the signals before any thread starts, so that every thread
  // inherits the mask and only sigwait() below receives them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto started = Server::start(options, nullptr, err);
  if (!started) {
    for (const auto& d : started.diagnostics()) err << "sygedok: " << d.message << "\n";
    const std::string& code = started.diagnostics().front().code;
    bool bad_options = code == "host_requires_api_keys" || code == "host_requires_tls" || code == "invalid_options";
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

  for (int received = 0; sigwait(&signals, &received) == 0 && received == SIGHUP;) {
    for (const auto& d : server->reload_tls()) err << "sygedok: " << d.message << "\n";
    for (const auto& d : server->reload_api_keys()) err << "sygedok: " << d.message << "\n";
  }
  server->stop();
  return kServeOk;
}

}  // namespace sygedok::http
