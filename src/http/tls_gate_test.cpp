// The connection gate's protections over TLS (connection_gate.h): a
// handshake that never ends holds no thread and is closed, unanswered, at
// the head deadline while other clients are served; a failed handshake is
// closed and counted; a slow head after the handshake gets 408 over TLS
// with HSTS; a body that trickles in record by record meets the body
// deadline, even when one record trickles in byte by byte; one address
// may hold only so many TLS connections; a certificate reload reaches new
// connections while a kept-alive one carries on with the certificate it has.
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/X509Certificate.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/ssl.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "http/test_pki.h"
#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The client side: chains are judged by curl and s_client (tls_test.cpp); these tests are about the connection.
Poco::Net::Context::Ptr client_context() {
  return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_NONE);
}

// A TLS client that writes what it likes and reads the raw answer.
class TlsRawClient {
 public:
  explicit TlsRawClient(std::uint16_t port)
      : socket_(Poco::Net::SocketAddress("127.0.0.1", port), client_context()) {
    socket_.setReceiveTimeout(Poco::Timespan(60, 0));
  }
  void send(const std::string& bytes) { socket_.sendBytes(bytes.data(), static_cast<int>(bytes.size())); }
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

 private:
  Poco::Net::SecureStreamSocket socket_;
};

class TlsGate : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { pki_ = new TestPki(); }
  static void TearDownTestSuite() {
    delete pki_;
    pki_ = nullptr;
  }
  void SetUp() override { ASSERT_EQ(pki_->problem(), ""); }
  static TestPki* pki_;
};
TestPki* TlsGate::pki_ = nullptr;

TEST_F(TlsGate, HandshakesThatNeverEndHoldNoThreadAndAreClosedAtTheHeadDeadline) {
  ServerOptions options = pki_->tls_options();
  options.head_deadline = std::chrono::milliseconds(4000);
  RunningServer running(options);
  constexpr int kSlow = 24;
  std::vector<std::unique_ptr<RawClient>> slow;
  for (int i = 0; i < kSlow; ++i) {
    slow.push_back(std::make_unique<RawClient>(running.port()));
    slow.back()->send(std::string("\x16\x03\x01\x00\xc8\x01", 6));  // the start of a ClientHello, and no more
  }
  ASSERT_TRUE(wait_for([&] { return running.server->connections().waiting_for_head == kSlow; }));

  // Meanwhile a whole request over TLS is served.
  Poco::Net::HTTPSClientSession session("127.0.0.1", running.port(), client_context());
  EXPECT_EQ(call(session, {.method = "POST", .path = "/v1/documents/referat", .body = sample_referat()}).status, 200);
  EXPECT_EQ(running.server->connections().waiting_for_head, kSlow);  // the slow ones wait in the gate, not in threads

  for (auto& client : slow) EXPECT_EQ(client->read_until_closed(), "");  // closed, nothing said in the clear
  RawClient garbage(running.port());
  garbage.send(std::string("\x16\x03\x01\x00\x05hello", 10));
  std::string alert = garbage.read_until_closed();
  EXPECT_TRUE(alert.empty() || alert[0] == '\x15') << alert;  // at most a TLS alert record

  std::string log = running.stopped_log();
  EXPECT_TRUE(contains(log, "reason=tls_handshake_timeout")) << log;
  EXPECT_TRUE(contains(log, "reason=tls_handshake_failed")) << log;
}

TEST_F(TlsGate, ASlowHeadAfterTheHandshakeGets408OverTls) {
  ServerOptions options = pki_->tls_options();
  options.head_deadline = std::chrono::milliseconds(500);
  RunningServer running(options);
  TlsRawClient client(running.port());
  client.send("GET /hea");  // and no more
  std::string raw = client.read_until_closed();
  EXPECT_EQ(RawClient::status_of(raw), 408) << raw;
  EXPECT_TRUE(contains(raw, "Strict-Transport-Security: max-age=31536000\r\n")) << raw;
  EXPECT_TRUE(contains(raw, "application/problem+json")) << raw;
}

TEST_F(TlsGate, ABodyTricklingInRecordByRecordMeetsTheBodyDeadline) {
  ServerOptions options = pki_->tls_options();
  options.body_deadline = std::chrono::milliseconds(1000);
  RunningServer running(options);
  TlsRawClient client(running.port());
  client.send("POST /v1/documents/referat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Content-Length: 100000\r\n\r\n{");
  std::atomic<bool> answered{false};
  std::thread trickler([&] {  // one byte (one TLS record) every 50 ms until the server answers
    for (int i = 0; i < 1200 && !answered; ++i) {
      try {
        client.send(" ");
      } catch (const Poco::Exception&) {
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  std::string raw = client.read_until_closed();
  answered = true;
  trickler.join();
  EXPECT_EQ(RawClient::status_of(raw), 408) << raw;
}

TEST_F(TlsGate, OneRecordTricklingInByteByByteMeetsTheBodyDeadline) {
  ServerOptions options = pki_->tls_options();
  options.body_deadline = std::chrono::milliseconds(1000);
  RunningServer running(options);
  // A TLS client of OpenSSL's own on a plain socket, so that the bytes of one record can be sent one by one.
  Poco::Net::StreamSocket tcp(Poco::Net::SocketAddress("127.0.0.1", running.port()));
  tcp.setNoDelay(true);
  auto context = client_context();
  SSL* ssl = SSL_new(context->sslContext());
  ASSERT_NE(ssl, nullptr);
  SSL_set_fd(ssl, tcp.impl()->sockfd());
  ASSERT_EQ(SSL_connect(ssl), 1);
  std::string head = "POST /v1/documents/referat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 16000\r\n\r\n";
  ASSERT_EQ(SSL_write(ssl, head.data(), static_cast<int>(head.size())), static_cast<int>(head.size()));
  BIO* captured = BIO_new(BIO_s_mem());  // the body's one record is written here, not to the socket
  SSL_set0_wbio(ssl, captured);
  std::string body(16000, ' ');
  ASSERT_EQ(SSL_write(ssl, body.data(), static_cast<int>(body.size())), static_cast<int>(body.size()));
  char* bytes = nullptr;
  long length = BIO_get_mem_data(captured, &bytes);
  std::string record(bytes, static_cast<std::size_t>(length));

  std::atomic<std::size_t> sent{0};
  std::atomic<bool> answered{false};
  std::thread trickler([&] {  // a byte a millisecond: the whole record would take 16 s
    while (sent < record.size() && !answered) {
      if (::send(tcp.impl()->sockfd(), record.data() + sent, 1, MSG_NOSIGNAL) != 1) return;
      ++sent;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  std::string raw;
  char buffer[4096];
  for (int got; (got = SSL_read(ssl, buffer, sizeof buffer)) > 0;) raw.append(buffer, static_cast<std::size_t>(got));
  std::size_t sent_when_answered = sent;
  answered = true;
  trickler.join();
  SSL_free(ssl);
  EXPECT_EQ(RawClient::status_of(raw), 408) << raw;
  // Answered early in the record (a blocking SSL_read would have waited for all of it).
  EXPECT_LT(sent_when_answered, record.size() / 2) << sent_when_answered << " of " << record.size();
}

TEST_F(TlsGate, OneAddressMayHoldOnlySoManyTlsConnections) {
  ServerOptions options = pki_->tls_options();
  options.max_connections_per_client = 4;
  RunningServer running(options);
  std::vector<std::unique_ptr<TlsRawClient>> held;
  for (int i = 0; i < 4; ++i) held.push_back(std::make_unique<TlsRawClient>(running.port()));
  ASSERT_TRUE(wait_for([&] { return running.server->connections().waiting_for_head == 4; }));
  RawClient fifth(running.port());
  EXPECT_EQ(fifth.read_until_closed(), "");  // closed before a handshake: nothing said in the clear
  held.clear();  // closed: once the server has closed its side too, the address may connect again
  ASSERT_TRUE(wait_for([&] {
    auto counts = running.server->connections();
    return counts.waiting_for_head == 0 && counts.held_for_closing == 0;
  }));
  Poco::Net::HTTPSClientSession session("127.0.0.1", running.port(), client_context());
  EXPECT_EQ(call(session, {.method = "GET", .path = "/healthz"}).status, 200);
  EXPECT_TRUE(contains(running.stopped_log(), "reason=client_limit"));
}

TEST_F(TlsGate, AReloadReachesNewConnectionsWhileAKeptAliveOneCarriesOn) {
  RunningServer running(pki_->tls_options());
  Poco::Net::HTTPSClientSession kept("127.0.0.1", running.port(), client_context());
  kept.setKeepAlive(true);
  EXPECT_EQ(call(kept, {.method = "GET", .path = "/healthz"}).status, 200);
  EXPECT_EQ(kept.serverCertificate().commonName(), "localhost");

  ASSERT_TRUE(pki_->renew_server("fornyet"));
  EXPECT_TRUE(running.server->reload_tls().empty());

  // A reconnect would show the new certificate: the old name proves the connection was kept.
  EXPECT_EQ(call(kept, {.method = "POST", .path = "/v1/documents/referat", .body = sample_referat()}).status, 200);
  EXPECT_EQ(kept.serverCertificate().commonName(), "localhost");
  Poco::Net::HTTPSClientSession fresh("127.0.0.1", running.port(), client_context());
  EXPECT_EQ(call(fresh, {.method = "GET", .path = "/healthz"}).status, 200);
  EXPECT_EQ(fresh.serverCertificate().commonName(), "fornyet");

  std::filesystem::permissions(pki_->file("server.key"), std::filesystem::perms::group_read,
                               std::filesystem::perm_options::add);
  auto refused = running.server->reload_tls();  // a key others can read: the running certificate stays
  ASSERT_FALSE(refused.empty());
  EXPECT_TRUE(contains(refused.front().message, "chmod 600"));
  Poco::Net::HTTPSClientSession after("127.0.0.1", running.port(), client_context());
  EXPECT_EQ(call(after, {.method = "GET", .path = "/healthz"}).status, 200);
  EXPECT_TRUE(contains(running.stopped_log(), "msg=tls_reload_failed"));
  std::filesystem::permissions(pki_->file("server.key"), std::filesystem::perms::group_read,
                               std::filesystem::perm_options::remove);
}

}  // namespace
}  // namespace sygedok::http
