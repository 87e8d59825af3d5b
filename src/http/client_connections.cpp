#include "http/client_connections.h"

#include <Poco/Net/StreamSocketImpl.h>

namespace sygedok::http {

// A stream socket that is counted for its client while it exists.
class CountedSocketImpl : public Poco::Net::StreamSocketImpl {
 public:
  CountedSocketImpl(int fd, std::shared_ptr<ClientConnections> counter, std::string client)
      : Poco::Net::StreamSocketImpl(fd), counter_(std::move(counter)), client_(std::move(client)) {
    counter_->add(client_);
  }

 protected:
  ~CountedSocketImpl() override { counter_->remove(client_); }

 private:
  std::shared_ptr<ClientConnections> counter_;
  std::string client_;
};

Poco::Net::StreamSocket ClientConnections::adopt(int fd, const std::string& client) {
  return Poco::Net::StreamSocket(new CountedSocketImpl(fd, shared_from_this(), client));
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
