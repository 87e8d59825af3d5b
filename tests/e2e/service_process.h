#pragma once
// The real `sygedok serve` as a child process on a free port, and a real
// HTTP client (Poco's HTTPClientSession) to talk to it. The service binds
// port 0 and prints "sygedok lytter på http://HOST:PORT"; that line says
// where to connect. Not thread-safe (tests run one at a time).
#include <sys/types.h>

#include <cstdint>
#include <string>

#include "tool.h"

namespace sygedok::e2e {

// One answer as the client saw it.
struct HttpAnswer {
  int status = 0;  // 0 when no answer came (see body)
  std::string content_type;
  std::string body;
};

class ServiceProcess {
 public:
  // Starts `sygedok serve --port 0 ARGUMENTS` and waits until it says where
  // it listens or exits. On failure started() is false and problem() says why.
  explicit ServiceProcess(const std::string& arguments = "");
  // SIGTERM to the service (it stops gracefully), then waits for it.
  ~ServiceProcess();
  ServiceProcess(const ServiceProcess&) = delete;
  ServiceProcess& operator=(const ServiceProcess&) = delete;

  bool started() const { return port_ != 0; }
  const std::string& problem() const { return problem_; }
  std::uint16_t port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string log() const;  // what the service wrote to stderr so far
  HttpAnswer get(const std::string& path) const;

 private:
  void wait_until_listening();

  TempDir dir_;  // the service's stdout and stderr
  pid_t pid_ = -1;
  std::string host_;
  std::uint16_t port_ = 0;
  std::string problem_;
};

}  // namespace sygedok::e2e
