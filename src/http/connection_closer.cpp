#include "http/connection_closer.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <Poco/Exception.h>

#include <algorithm>
#include <cerrno>
#include <array>
#include <vector>

namespace sygedok::http {
namespace {

void close_quietly(Poco::Net::StreamSocket& socket) {
  try {
    socket.close();
  } catch (const Poco::Exception&) {
  }
}

}  // namespace

ConnectionCloser::ConnectionCloser(LingerLimits limits) : limits_(limits) {
  if (::pipe2(wake_pipe_, O_NONBLOCK | O_CLOEXEC) != 0) wake_pipe_[0] = wake_pipe_[1] = -1;
  thread_ = std::thread([this] { run(); });
}

ConnectionCloser::~ConnectionCloser() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake();
  thread_.join();
  for (auto& p : pending_) close_quietly(p.socket);
  for (auto& l : lingering_) close_quietly(l.socket);
  if (wake_pipe_[0] >= 0) ::close(wake_pipe_[0]);
  if (wake_pipe_[1] >= 0) ::close(wake_pipe_[1]);
}

void ConnectionCloser::hand_over(Poco::Net::StreamSocket socket, std::string response) {
  {
    std::lock_guard lock(mutex_);
    if (!stopping_ && held_ < limits_.max_sockets) {
      pending_.push_back({std::move(socket), std::move(response)});
      ++held_;
      socket = Poco::Net::StreamSocket();
    }
  }
  if (socket.impl()->initialized()) {  // refused: too many held, or stopping
    close_quietly(socket);
    return;
  }
  wake();
}

std::size_t ConnectionCloser::held() const {
  std::lock_guard lock(mutex_);
  return held_;
}

void ConnectionCloser::wake() {
  if (wake_pipe_[1] < 0) return;
  char byte = 1;
  [[maybe_unused]] auto written = ::write(wake_pipe_[1], &byte, 1);
}

void ConnectionCloser::start_lingering(Pending pending) {
  try {
    if (!pending.response.empty()) {
      // A new connection's send buffer is empty, so a short response goes out at once.
      pending.socket.setSendTimeout(Poco::Timespan(1, 0));
      pending.socket.sendBytes(pending.response.data(), static_cast<int>(pending.response.size()));
    }
    pending.socket.shutdownSend();
    pending.socket.setBlocking(false);
  } catch (const Poco::Exception&) {
    close_quietly(pending.socket);
    std::lock_guard lock(mutex_);
    --held_;
    return;
  }
  lingering_.push_back({std::move(pending.socket), std::chrono::steady_clock::now() + limits_.deadline, 0});
}

void ConnectionCloser::run() {
  std::array<char, 64 * 1024> scratch;
  std::vector<pollfd> fds;
  for (;;) {
    std::deque<Pending> arrived;
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
      arrived.swap(pending_);
    }
    for (auto& p : arrived) start_lingering(std::move(p));

    fds.clear();
    fds.push_back({wake_pipe_[0], POLLIN, 0});
    for (auto& l : lingering_) fds.push_back({l.socket.impl()->sockfd(), POLLIN, 0});
    int timeout_ms = 250;
    ::poll(fds.data(), fds.size(), timeout_ms);
    if (fds[0].revents & POLLIN) {
      char drain[64];
      while (::read(wake_pipe_[0], drain, sizeof drain) > 0) {
      }
    }

    const auto now = std::chrono::steady_clock::now();
    std::size_t closed = 0;
    for (std::size_t i = 0; i < lingering_.size(); ++i) {
      Lingering& l = lingering_[i];
      bool done = now >= l.deadline;
      if (!done && (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))) {
        ssize_t got = ::recv(fds[i + 1].fd, scratch.data(), scratch.size(), MSG_DONTWAIT);
        if (got > 0) l.discarded += static_cast<std::size_t>(got);
        done = got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK) ||
               l.discarded > limits_.max_discarded_bytes;
      }
      if (done) {
        close_quietly(l.socket);
        ++closed;
      }
    }
    if (closed > 0) {
      std::erase_if(lingering_, [](Lingering& l) { return !l.socket.impl()->initialized(); });
      std::lock_guard lock(mutex_);
      held_ -= closed;
    }
  }
}

}  // namespace sygedok::http
