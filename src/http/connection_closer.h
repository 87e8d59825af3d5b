#pragma once
// Ends connections politely. Closing a socket while the client is still
// sending makes the kernel answer with a reset, and the client may lose the
// response it was about to read (a 413 or a 503). So a connection handed
// over here first gets its response (if any), then its sending side is shut,
// and what the client still sends is read and thrown away until the client
// closes, a byte cap is reached or a deadline passes ("lingering close").
//
// One background thread serves all handed-over sockets with poll(), so a
// worker thread or the acceptor thread never waits for a slow client. At
// most `max_sockets` are kept; beyond that a socket is closed at once.
// Thread-safe: hand_over() may be called from any thread.
#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace sygedok::http {

struct LingerLimits {
  std::chrono::milliseconds deadline{3000};  // per connection, from hand-over
  std::size_t max_discarded_bytes = 16 * 1024 * 1024;
  std::size_t max_sockets = 512;
};

class ConnectionCloser {
 public:
  explicit ConnectionCloser(LingerLimits limits = {});
  ~ConnectionCloser();  // closes every socket still held
  ConnectionCloser(const ConnectionCloser&) = delete;
  ConnectionCloser& operator=(const ConnectionCloser&) = delete;

  // Sends `response` (may be empty: already sent), then lingers and closes.
  void hand_over(Poco::Net::StreamSocket socket, std::string response = {});
  std::size_t held() const;  // sockets not yet closed

 private:
  struct Pending {
    Poco::Net::StreamSocket socket;
    std::string response;
  };
  struct Lingering {
    Poco::Net::StreamSocket socket;
    std::chrono::steady_clock::time_point deadline;
    std::size_t discarded = 0;
  };

  void run();
  void start_lingering(Pending pending);
  void wake();

  LingerLimits limits_;
  mutable std::mutex mutex_;
  std::deque<Pending> pending_;
  std::deque<Lingering> lingering_;  // only touched by the thread, counted under mutex_
  std::size_t held_ = 0;
  bool stopping_ = false;
  int wake_pipe_[2] = {-1, -1};
  std::thread thread_;
};

}  // namespace sygedok::http
