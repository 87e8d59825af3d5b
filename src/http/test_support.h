#pragma once
// Helpers for the HTTP tests: one render engine for the whole test binary,
// a real server on port 0 with its log captured, an HTTP client call, and a
// raw socket for clients that misbehave on purpose (partial bodies, huge
// declared lengths). Used by one test thread at a time unless noted.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "http/server.h"
#include "render/engine.h"

namespace sygedok::http::testing {

// A JSON answer's object (Poco's parser, a second reader of what we wrote).
inline Poco::JSON::Object::Ptr parse_object(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string sample_path(const std::string& relative) {
  return std::string(SYGEDOK_SOURCE_DIR) + "/samples/" + relative;
}

inline std::string sample_referat() { return read_text_file(sample_path("referat/fravaerssamtale.json")); }

// Loaded once; Engine is thread-safe.
inline std::shared_ptr<const render::Engine> shared_engine() {
  static std::shared_ptr<const render::Engine> engine = [] {
    auto created = render::Engine::create();
    if (!created) {
      ADD_FAILURE() << "the render engine did not load: " << created.diagnostics().front().message;
      return std::shared_ptr<const render::Engine>();
    }
    return std::move(created).take();
  }();
  return engine;
}

// A running server on 127.0.0.1 and a free port. Stopped in the destructor.
struct RunningServer {
  explicit RunningServer(ServerOptions options = {}, bool with_engine = true) {
    options.host = options.host.empty() ? "127.0.0.1" : options.host;
    options.port = 0;
    auto started = Server::start(options, with_engine ? shared_engine() : nullptr, log);
    if (!started) {
      ADD_FAILURE() << "server did not start: " << started.diagnostics().front().message;
      return;
    }
    server = std::move(started).take();
  }
  std::uint16_t port() const { return server ? server->port() : 0; }
  // Stops the server (so every log line is written) and returns the log.
  std::string stopped_log() {
    if (server) server->stop();
    return log.str();
  }

  std::ostringstream log;
  std::unique_ptr<Server> server;
};

// One answer as the client saw it.
struct HttpAnswer {
  int status = 0;
  std::map<std::string, std::string> headers;
  std::string body;

  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

struct HttpCall {
  std::string method = "GET";
  std::string path = "/";
  std::string body{};
  std::string content_type = "application/json";
  std::map<std::string, std::string> headers{};
  bool chunked = false;
};

inline HttpAnswer read_answer(Poco::Net::HTTPClientSession& session) {
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  HttpAnswer answer;
  answer.status = response.getStatus();
  for (const auto& [name, value] : response) answer.headers[name] = value;
  std::ostringstream body;
  body << in.rdbuf();
  answer.body = body.str();
  return answer;
}

inline HttpAnswer call(Poco::Net::HTTPClientSession& session, const HttpCall& c) {
  Poco::Net::HTTPRequest request(c.method, c.path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!c.content_type.empty() && (c.method == "POST" || c.method == "PUT")) request.setContentType(c.content_type);
  for (const auto& [name, value] : c.headers) request.set(name, value);
  if (c.chunked)
    request.setChunkedTransferEncoding(true);
  else if (c.method == "POST" || !c.body.empty())
    request.setContentLength64(static_cast<Poco::Int64>(c.body.size()));
  std::ostream& out = session.sendRequest(request);
  out.write(c.body.data(), static_cast<std::streamsize>(c.body.size()));
  return read_answer(session);
}

inline HttpAnswer call(std::uint16_t port, const HttpCall& c) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  session.setTimeout(Poco::Timespan(60, 0));
  return call(session, c);
}

inline HttpAnswer post_json(std::uint16_t port, const std::string& path, const std::string& body,
                            std::map<std::string, std::string> headers = {}) {
  return call(port, {.method = "POST", .path = path, .body = body, .headers = std::move(headers)});
}

inline HttpAnswer get(std::uint16_t port, const std::string& path) { return call(port, {.method = "GET", .path = path}); }

// A client that writes bytes as it likes and reads the raw answer.
class RawClient {
 public:
  explicit RawClient(std::uint16_t port) : socket_(Poco::Net::SocketAddress("127.0.0.1", port)) {
    socket_.setReceiveTimeout(Poco::Timespan(60, 0));
  }
  void send(const std::string& bytes) { socket_.sendBytes(bytes.data(), static_cast<int>(bytes.size())); }
  // What the server has sent so far (waits for at least one byte).
  std::string read_some() {
    char buffer[65536];
    int got = socket_.receiveBytes(buffer, sizeof buffer);
    return std::string(buffer, static_cast<std::size_t>(std::max(got, 0)));
  }
  // Everything until the server closes the connection.
  std::string read_until_closed() {
    std::string all;
    char buffer[4096];
    for (;;) {
      int got = 0;
      try {
        got = socket_.receiveBytes(buffer, sizeof buffer);
      } catch (const Poco::Exception&) {
        break;
      }
      if (got <= 0) break;
      all.append(buffer, static_cast<std::size_t>(got));
    }
    return all;
  }
  // The status code of a raw answer ("HTTP/1.1 413 ..." → 413), 0 if none.
  static int status_of(const std::string& raw) {
    if (raw.rfind("HTTP/1.1 ", 0) != 0 || raw.size() < 12) return 0;
    return std::stoi(raw.substr(9, 3));
  }

 private:
  Poco::Net::StreamSocket socket_;
};

// Waits until `condition` holds: for states, never for durations. The
// minute is only a guard against hanging forever, not an assertion on speed.
template <typename Condition>
bool wait_for(Condition condition) {
  auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  while (!condition()) {
    if (std::chrono::steady_clock::now() > give_up) {
      ADD_FAILURE() << "the awaited state never came";
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

}  // namespace sygedok::http::testing
