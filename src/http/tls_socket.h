#pragma once
// One accepted connection spoken over TLS, as a Poco stream socket, so that
// the connection gate, Poco's HTTPServerConnection and the ConnectionCloser
// use it as they use a plain one. Poco's own SecureStreamSocket cannot be
// used: the gate must run the handshake without blocking its poll() thread,
// and it must see the request head before a worker does, which over TLS
// means decrypting it; Poco's session cannot be handed bytes already read.
// So this socket
//   - runs the handshake in non-blocking steps (handshake()), driven by the
//     gate's poll() within the head deadline;
//   - decrypts what has arrived into a read-ahead buffer (read_ahead()) that
//     the gate judges like the bytes it peeks on a plain socket, and that
//     receiveBytes() hands out first, so Poco reads the same head;
//   - keeps its descriptor non-blocking and emulates blocking mode with
//     poll(), so one receiveBytes()/sendBytes() waits at most the receive or
//     send timeout in all, however slowly the records trickle in (a blocking
//     SSL_read would wait for a whole record, byte after byte);
//   - before the handshake has completed, sends what it is given unencrypted
//     (the gate uses that only to tell a plain-HTTP client to use https);
//   - remembers the client certificate's fingerprint and subject serial
//     number (never the certificate itself) and whether it verified.
// Thread-safety: one thread at a time, as for any socket (the gate, then a
// worker, then the closer).
#include <Poco/Net/StreamSocketImpl.h>
#include <openssl/ssl.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "http/tls_context.h"

namespace sygedok::http {

// What the client certificate says about who the client is. Plain data.
struct PeerCertificate {
  bool verified = false;                        // issued under the client CA (and valid now)
  std::array<unsigned char, 32> sha256{};       // fingerprint: SHA-256 of the DER certificate
  std::string subject_serial;                   // the subject's serialNumber attribute, if any
};

class TlsSocketImpl : public Poco::Net::StreamSocketImpl {
 public:
  enum class Step { Done, WantRead, WantWrite, Closed, Failed, PlainHttp };
  enum class Flow { Open, Closed };

  // `ticket` (the client's ClientConnections ticket) is held as long as the socket.
  TlsSocketImpl(int fd, std::shared_ptr<const TlsContext> context, std::shared_ptr<const void> ticket);

  Step handshake();  // one non-blocking step
  bool established() const { return established_; }
  // Decrypts what has arrived, until `limit` bytes are ahead or nothing more is there.
  Flow read_ahead(std::size_t limit);
  std::string_view ahead() const { return ahead_; }
  bool has_input() const;  // decrypted bytes are waiting (poll() would not say so)
  const std::optional<PeerCertificate>& peer_certificate() const { return peer_; }

  int sendBytes(const void* buffer, int length, int flags = 0) override;
  int receiveBytes(void* buffer, int length, int flags = 0) override;
  int available() override;
  bool poll(const Poco::Timespan& timeout, int mode) override;  // readable at once when decrypted bytes wait
  void shutdownSend() override;
  void shutdown() override;
  void setBlocking(bool flag) override { blocking_ = flag; }
  bool getBlocking() const override { return blocking_; }
  void setSendTimeout(const Poco::Timespan& timeout) override { send_timeout_ = timeout; }
  Poco::Timespan getSendTimeout() override { return send_timeout_; }
  void setReceiveTimeout(const Poco::Timespan& timeout) override { receive_timeout_ = timeout; }
  Poco::Timespan getReceiveTimeout() override { return receive_timeout_; }
  bool secure() const override { return true; }

 protected:
  ~TlsSocketImpl() override;

 private:
  void remember_peer();
  // After SSL_ERROR_WANT_*: waits (blocking mode) until the socket is ready
  // or `timeout` has passed in all since `started`; throws TimeoutException.
  void wait(int ssl_error, const Poco::Timespan& timeout, Poco::Timestamp started);

  std::shared_ptr<const TlsContext> context_;
  std::shared_ptr<const void> ticket_;
  SSL* ssl_ = nullptr;
  bool established_ = false;
  bool blocking_ = false;
  Poco::Timespan send_timeout_, receive_timeout_;  // 0: no limit
  std::string ahead_;
  std::optional<PeerCertificate> peer_;
};

}  // namespace sygedok::http
