#include "http/connection_gate.h"

#include <fcntl.h>
#include <linux/filter.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <Poco/Exception.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocketImpl.h>

#include <algorithm>
#include <cerrno>

#include "http/problem.h"
#include "http/request_id.h"
#include "http/service_state.h"
#include "http/tls_socket.h"

namespace sygedok::http {
namespace {

using namespace std::chrono_literals;

void set_low_water_mark(const Poco::Net::StreamSocket& socket, int bytes) {
  ::setsockopt(socket.impl()->sockfd(), SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes);
}

// Drops every new SYN (no ACK) that reaches the listening socket, so the
// kernel completes no new connection; handshakes under way still complete.
void drop_new_connections(int listener) {
  sock_filter code[] = {
      {BPF_LD | BPF_B | BPF_ABS, 0, 0, 13},      // the TCP flags
      {BPF_ALU | BPF_AND | BPF_K, 0, 0, 0x12},   // SYN and ACK
      {BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0x02},   // SYN alone?
      {BPF_RET | BPF_K, 0, 0, 0},                // drop
      {BPF_RET | BPF_K, 0, 0, 0xffffffff},       // keep
  };
  sock_fprog program{static_cast<unsigned short>(std::size(code)), code};
  ::setsockopt(listener, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program);
}

bool is_control_route(std::string_view target) {
  std::string_view path = target.substr(0, target.find('?'));
  return path == "/healthz" || path == "/readyz" || path == "/metrics";
}

TlsSocketImpl* tls_of(const Poco::Net::StreamSocket& socket) { return dynamic_cast<TlsSocketImpl*>(socket.impl()); }

// Ready to be answered or closed on a blocking socket by the ConnectionCloser or Poco.
Poco::Net::StreamSocket released(Poco::Net::StreamSocket socket) {
  try {
    set_low_water_mark(socket, 1);
    socket.setBlocking(true);
  } catch (const Poco::Exception&) {
  }
  return socket;
}

}  // namespace

ConnectionGate::ConnectionGate(Poco::Net::ServerSocket listener, GateLimits limits, Lane main, Lane control,
                               ServiceState& state, std::shared_ptr<const TlsContext> tls)
    : listener_(std::move(listener)), limits_(limits), main_(main), control_(control), state_(state),
      speaks_tls_(tls != nullptr), tls_(std::move(tls)) {
  listener_.setBlocking(false);
  peeked_.resize(limits_.head.max_head_bytes + 1);
  if (::pipe2(wake_pipe_, O_NONBLOCK | O_CLOEXEC) != 0) wake_pipe_[0] = wake_pipe_[1] = -1;
}

ConnectionGate::~ConnectionGate() {
  stop();
  if (wake_pipe_[0] >= 0) ::close(wake_pipe_[0]);
  if (wake_pipe_[1] >= 0) ::close(wake_pipe_[1]);
}

void ConnectionGate::start() { thread_ = std::thread([this] { run(); }); }

void ConnectionGate::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake();
  if (thread_.joinable()) thread_.join();
}

void ConnectionGate::give_back(Poco::Net::StreamSocket socket) {
  {
    std::lock_guard lock(mutex_);
    if (!stopping_) {
      returned_.push_back(std::move(socket));
      socket = Poco::Net::StreamSocket();
    }
  }
  if (socket.impl()->initialized()) {  // the gate has stopped: nothing more is served here
    refuse(released(std::move(socket)), shutting_down(limits_.retry_after_seconds), "shutting_down");
    return;
  }
  wake();
}

void ConnectionGate::set_tls(std::shared_ptr<const TlsContext> tls) {
  std::lock_guard lock(mutex_);
  tls_ = std::move(tls);
}

ConnectionGate::Clock::time_point ConnectionGate::accepted_at(int fd) const {
  std::lock_guard lock(mutex_);
  auto it = accepted_.find(fd);
  return it == accepted_.end() ? Clock::now() : it->second;
}

std::size_t ConnectionGate::waiting() const {
  std::lock_guard lock(mutex_);
  return waiting_count_;
}

void ConnectionGate::wake() {
  if (wake_pipe_[1] < 0) return;
  char byte = 1;
  [[maybe_unused]] auto written = ::write(wake_pipe_[1], &byte, 1);
}

void ConnectionGate::run() {
  std::vector<pollfd> fds;
  for (;;) {
    std::deque<Poco::Net::StreamSocket> returned;
    bool stopping = false;
    {
      std::lock_guard lock(mutex_);
      stopping = stopping_;
      returned.swap(returned_);
    }
    for (auto& socket : returned) take(std::move(socket), Clock::now(), /*kept_alive=*/true);
    if (stopping) return drain();

    fds.clear();
    fds.push_back({wake_pipe_[0], POLLIN, 0});
    auto now = Clock::now();
    // Out of descriptors, the listener stays readable: it rests until accept_resume_.
    fds.push_back({listener_.impl()->sockfd(), static_cast<short>(now >= accept_resume_ ? POLLIN : 0), 0});
    auto next = now >= accept_resume_ ? now + 1s : std::min(now + 1s, accept_resume_);
    for (const auto& w : waiting_) {
      fds.push_back({w.socket.impl()->sockfd(), static_cast<short>(w.wants_write ? POLLOUT : POLLIN | POLLRDHUP), 0});
      next = std::min(next, w.tls && w.tls->has_input() ? now : w.wake_at());  // decrypted already: no poll() says so
    }
    auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(next - now) + 1ms;
    ::poll(fds.data(), fds.size(), static_cast<int>(std::clamp<std::int64_t>(timeout.count(), 0, 1000)));
    if (fds[0].revents & POLLIN) {
      char drain_bytes[64];
      while (::read(wake_pipe_[0], drain_bytes, sizeof drain_bytes) > 0) {
      }
    }

    now = Clock::now();
    for (std::size_t i = 0; i < waiting_.size(); ++i) {
      Waiting& w = waiting_[i];
      short events = fds[i + 2].revents;
      if (events || (w.tls && w.tls->has_input())) examine(w, events & (POLLRDHUP | POLLHUP | POLLERR), now);
      if (!w.done && now >= w.wake_at()) expire(w, now);
    }
    std::erase_if(waiting_, [](const Waiting& w) { return w.done; });
    if (fds[1].revents & POLLIN) accept_pending(now, /*refuse_all=*/false);
    std::lock_guard lock(mutex_);
    waiting_count_ = waiting_.size();
  }
}

void ConnectionGate::take(Poco::Net::StreamSocket socket, Clock::time_point now, bool kept_alive) {
  try {
    socket.setBlocking(false);
  } catch (const Poco::Exception&) {
    return;  // already broken: dropping the last reference closes it
  }
  Waiting w{std::move(socket), now, now + limits_.head_deadline, now + limits_.keep_alive_timeout, kept_alive};
  w.tls = tls_of(w.socket);
  waiting_.push_back(std::move(w));
}

void ConnectionGate::accept_pending(Clock::time_point now, bool refuse_all) {
  std::shared_ptr<const TlsContext> tls;
  {
    std::lock_guard lock(mutex_);
    tls = tls_;
  }
  for (int accepted = 0; refuse_all || accepted < 64; ++accepted) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    int fd = ::accept4(listener_.impl()->sockfd(), reinterpret_cast<sockaddr*>(&address), &length,
                       SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {  // none left; out of descriptors, the next try waits a moment instead of spinning
      if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) accept_resume_ = now + 100ms;
      return;
    }
    std::string client = Poco::Net::SocketAddress(reinterpret_cast<sockaddr*>(&address), length).host().toString();
    auto plain = [fd] { return Poco::Net::StreamSocket(new Poco::Net::StreamSocketImpl(fd)); };
    if (refuse_all) {
      refuse(released(plain()), shutting_down(limits_.retry_after_seconds), "shutting_down");
    } else if (waiting_.size() >= limits_.max_waiting) {
      refuse(released(plain()), server_busy(limits_.retry_after_seconds), "server_full");
    } else if (clients_->count(client) >= limits_.max_per_client) {
      refuse(released(plain()), too_many_connections(limits_.retry_after_seconds), "client_limit");
    } else if (!tls) {
      take(clients_->adopt(fd, client), now, /*kept_alive=*/false);
    } else {
      try {
        take(Poco::Net::StreamSocket(new TlsSocketImpl(fd, tls, clients_->enter(client))), now, /*kept_alive=*/false);
      } catch (const Poco::Exception&) {  // out of memory in OpenSSL: the descriptor is closed already
        state_.metrics.connection_rejected("tls_setup");
      }
    }
  }
}

void ConnectionGate::examine(Waiting& w, bool peer_finished, Clock::time_point now) {
  auto bytes = received(w, peer_finished, now);
  if (!bytes) return;
  w.seen = bytes->size();
  RequestHead head = judge_request_head(*bytes, limits_.head);
  w.method = head.method;
  switch (head.state) {
    case RequestHead::State::Complete:
      return dispatch(w, head);
    case RequestHead::State::Refused:
      return answer(w, problem(head.problem.status, head.problem.slug, head.problem.title, head.problem.detail), now);
    case RequestHead::State::Incomplete:
      if (peer_finished) return answer(w, incomplete_request(), now);  // no more will come
      if (!w.tls) set_low_water_mark(w.socket, static_cast<int>(w.seen) + 1);  // wake when more has come
      return;
  }
}

std::optional<std::string_view> ConnectionGate::received(Waiting& w, bool& peer_finished, Clock::time_point now) {
  if (!w.tls) {
    ssize_t got = ::recv(w.socket.impl()->sockfd(), peeked_.data(), peeked_.size(), MSG_PEEK | MSG_DONTWAIT);
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return std::nullopt;
    if (got <= 0) {  // the client closed without a request, or the connection broke
      close(w);
      return std::nullopt;
    }
    return std::string_view(peeked_.data(), static_cast<std::size_t>(got));
  }
  w.wants_write = false;
  switch (w.tls->handshake()) {
    case TlsSocketImpl::Step::Done:
      break;
    case TlsSocketImpl::Step::WantRead:
      return std::nullopt;
    case TlsSocketImpl::Step::WantWrite:
      w.wants_write = true;
      return std::nullopt;
    case TlsSocketImpl::Step::Closed:
      close(w);
      return std::nullopt;
    case TlsSocketImpl::Step::Failed:
      close(w, "tls_handshake_failed");
      return std::nullopt;
    case TlsSocketImpl::Step::PlainHttp:
      answer(w, plain_http_on_tls_port(), now);
      return std::nullopt;
  }
  if (w.tls->read_ahead(limits_.head.max_head_bytes + 1) == TlsSocketImpl::Flow::Closed) peer_finished = true;
  if (!w.tls->ahead().empty()) return w.tls->ahead();
  if (peer_finished) close(w);  // closed without a request
  return std::nullopt;
}

void ConnectionGate::expire(Waiting& w, Clock::time_point now) {
  if (w.kept_alive && w.seen == 0) return close(w);  // idle between requests: an ordinary close
  if (w.tls && !w.tls->established()) return close(w, "tls_handshake_timeout");
  answer(w, head_timeout(), now);
}

void ConnectionGate::dispatch(Waiting& w, const RequestHead& head) {
  bool control = (head.method == "GET" || head.method == "HEAD") && !head.chunked && head.content_length.value_or(0) == 0 &&
                 is_control_route(head.target);
  Lane& lane = control ? control_ : main_;
  w.done = true;
  if (lane.dispatcher->currentConnections() + lane.dispatcher->queuedConnections() >= lane.capacity)
    return refuse(released(std::move(w.socket)), server_busy(limits_.retry_after_seconds), "server_full");
  {
    std::lock_guard lock(mutex_);
    accepted_[w.socket.impl()->sockfd()] = w.accepted;
  }
  lane.dispatcher->enqueue(released(std::move(w.socket)));
}

void ConnectionGate::answer(Waiting& w, Reply reply, Clock::time_point now) {
  std::string request_id = new_request_id();
  reply.with_header("X-Request-Id", request_id);
  if (state_.settings.strict_transport_security && (!w.tls || w.tls->established()))  // not to plain HTTP on the TLS port
    reply.with_header("Strict-Transport-Security", kStrictTransportSecurity);
  double seconds = std::chrono::duration<double>(now - w.accepted).count();
  state_.metrics.request_finished("-", reply.status, seconds);
  state_.log.request({.method = safe_method(w.method),
                      .route = "-",
                      .status = reply.status,
                      .bytes = reply.body.size(),
                      .milliseconds = seconds * 1000.0,
                      .request_id = request_id});
  state_.closer.hand_over(released(std::move(w.socket)), http_response_bytes(reply));
  w.done = true;
}

void ConnectionGate::refuse(Poco::Net::StreamSocket socket, std::optional<Reply> reply, std::string_view reason) {
  auto* tls = tls_of(socket);
  bool readable = tls ? tls->established() : !speaks_tls_;  // no answer before a TLS handshake
  std::string request_id = new_request_id();
  std::vector<std::pair<std::string_view, std::string>> fields{{"reason", std::string(reason)}};
  std::string bytes;
  if (reply && readable) {
    reply->with_header("X-Request-Id", request_id);
    if (state_.settings.strict_transport_security) reply->with_header("Strict-Transport-Security", kStrictTransportSecurity);
    fields.emplace_back("status", std::to_string(reply->status));
    bytes = http_response_bytes(*reply);
  }
  fields.emplace_back("request_id", request_id);
  state_.metrics.connection_rejected(reason);
  state_.log.event("warn", "connection_rejected", fields);
  state_.closer.hand_over(std::move(socket), std::move(bytes));
}

void ConnectionGate::close(Waiting& w, std::string_view reason) {
  if (reason.empty())
    state_.closer.hand_over(released(std::move(w.socket)));
  else
    refuse(released(std::move(w.socket)), std::nullopt, reason);
  w.done = true;
}

void ConnectionGate::drain() {
  drop_new_connections(listener_.impl()->sockfd());
  std::this_thread::sleep_for(20ms);  // handshakes under way reach the accept queue
  accept_pending(Clock::now(), /*refuse_all=*/true);
  listener_.close();
  // (A TLS connection still in its handshake is closed unanswered.)
  for (auto& w : waiting_) refuse(released(std::move(w.socket)), shutting_down(limits_.retry_after_seconds), "shutting_down");
  waiting_.clear();
  std::lock_guard lock(mutex_);
  waiting_count_ = 0;
}

}  // namespace sygedok::http
