#pragma once
// Counts the live connections of each client address, wherever they are
// (waiting for a head, queued, served, lingering): a connection is counted
// from accept until its socket is destroyed, through a Poco socket
// implementation that holds a ticket (a TLS connection's too). The connection gate
// refuses a client that already holds `max_per_client` connections.
// Thread-safe: one mutex around the map. Owned through a shared_ptr that
// every ticket shares, as sockets may outlive the gate (the
// ConnectionCloser holds them a little longer).
#include <Poco/Net/StreamSocket.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace sygedok::http {

class ClientConnections : public std::enable_shared_from_this<ClientConnections> {
 public:
  // Counts one connection of `client` (an address without port) for as long
  // as the ticket (or a copy) lives.
  using Ticket = std::shared_ptr<const void>;
  Ticket enter(const std::string& client);
  // The connection `fd` as a plain Poco socket that holds its ticket.
  Poco::Net::StreamSocket adopt(int fd, const std::string& client);
  int count(const std::string& client) const;

 private:
  void add(const std::string& client);
  void remove(const std::string& client);

  mutable std::mutex mutex_;
  std::map<std::string, int> counts_;
};

}  // namespace sygedok::http
