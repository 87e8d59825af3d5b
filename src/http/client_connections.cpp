#include "http/client_connections.h"

#include <Poco/Net/StreamSocketImpl.h>

namespace sygedok::http {
namespace {

// A plain stream socket that is counted for its client while it exists.
class CountedSocketImpl : public Poco::Net::StreamSocketImpl {
 public:
  CountedSocketImpl(int fd, ClientConnections::Ticket ticket)
      : Poco::Net::StreamSocketImpl(fd), ticket_(std::move(ticket)) {}

 private:
  ClientConnections::Ticket ticket_;
};

}  // namespace

ClientConnections::Ticket ClientConnections::enter(const std::string& client) {
  add(client);
  auto self = shared_from_this();
  return Ticket(static_cast<const void*>(this), [self, client](const void*) { self->remove(client); });
}

Poco::Net::StreamSocket ClientConnections::adopt(int fd, const std::string& client) {
  return Poco::Net::StreamSocket(new CountedSocketImpl(fd, enter(client)));
}

int ClientConnections::count(const std::string& client) const {
  std::lock_guard lock(mutex_);
  auto it = counts_.find(client);
  return it == counts_.end() ? 0 : it->second;
}

void ClientConnections::add(const std::string& client) {
  std::lock_guard lock(mutex_);
  ++counts_[client];
}

void ClientConnections::remove(const std::string& client) {
  std::lock_guard lock(mutex_);
  if (--counts_[client] <= 0) counts_.erase(client);
}

}  // namespace sygedok::http
