#pragma once
// Counts the live connections of each client address, wherever they are
// (waiting for a head, queued, served, lingering): a connection is counted
// from accept until its socket is destroyed, through a Poco socket
// implementation that tells the counter when it goes. The connection gate
// refuses a client that already holds `max_per_client` connections.
// Thread-safe: one mutex around the map. Owned through a shared_ptr that
// every socket made by adopt() shares, as sockets may outlive the gate (the
// ConnectionCloser holds them a little longer).
#include <Poco/Net/StreamSocket.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace sygedok::http {

class ClientConnections : public std::enable_shared_from_this<ClientConnections> {
 public:
  // The connection `fd` (accepted from `client`, an address without port)
  // as a Poco socket that is counted until it is destroyed.
  Poco::Net::StreamSocket adopt(int fd, const std::string& client);
  int count(const std::string& client) const;

 private:
  friend class CountedSocketImpl;
  void add(const std::string& client);
  void remove(const std::string& client);

  mutable std::mutex mutex_;
  std::map<std::string, int> counts_;
};

}  // namespace sygedok::http
