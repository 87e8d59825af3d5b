#include "service_process.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/URI.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <sstream>
#include <thread>

extern char** environ;

namespace sygedok::e2e {

namespace {

constexpr const char* kListeningPrefix = "sygedok lytter på ";
// How long start-up may take before the test gives up (a limit, not an assertion).
constexpr auto kStartLimit = std::chrono::seconds(60);

}  // namespace

ServiceProcess::ServiceProcess(const std::string& arguments) {
  // exec: the shell becomes the service, so pid_ is the service's own id.
  std::string command = "exec " + sygedok("serve --port 0 " + arguments) + " >" + quote((dir_ / "stdout").string()) + " 2>" +
                        quote((dir_ / "stderr").string()) + " </dev/null";
  const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
  if (::posix_spawn(&pid_, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) {
    pid_ = -1;
    problem_ = "could not start /bin/sh for " + command;
    return;
  }
  wait_until_listening();
}

ServiceProcess::~ServiceProcess() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
}

void ServiceProcess::wait_until_listening() {
  auto give_up = std::chrono::steady_clock::now() + kStartLimit;
  while (std::chrono::steady_clock::now() < give_up) {
    std::istringstream out(read_text(dir_ / "stdout"));
    for (std::string line; std::getline(out, line);) {
      if (line.rfind(kListeningPrefix, 0) != 0) continue;
      Poco::URI url(line.substr(std::char_traits<char>::length(kListeningPrefix)));
      host_ = url.getHost();
      port_ = url.getPort();
      if (port_ == 0) problem_ = "the service printed no port: " + line;
      return;
    }
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      problem_ = "the service exited before it listened: " + read_text(dir_ / "stderr");
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  problem_ = "the service did not say where it listens; stderr: " + read_text(dir_ / "stderr");
}

std::string ServiceProcess::log() const { return read_text(dir_ / "stderr"); }

HttpAnswer ServiceProcess::get(const std::string& path) const {
  HttpAnswer answer;
  try {
    Poco::Net::HTTPClientSession session(host_, port_);
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& body = session.receiveResponse(response);
    answer.status = static_cast<int>(response.getStatus());
    answer.content_type = response.getContentType();
    std::ostringstream text;
    text << body.rdbuf();
    answer.body = text.str();
  } catch (const Poco::Exception& error) {
    answer.body = "GET " + path + " failed: " + error.displayText();
  }
  return answer;
}

}  // namespace sygedok::e2e
