#include "http/tls_socket.h"

#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <poll.h>
#include <sys/socket.h>

#include <Poco/Net/NetException.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace sygedok::http {
namespace {

std::string subject_serial_of(X509* certificate) {
  X509_NAME* subject = X509_get_subject_name(certificate);
  int at = X509_NAME_get_index_by_NID(subject, NID_serialNumber, -1);
  if (at < 0) return {};
  ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at));
  unsigned char* utf8 = nullptr;
  int length = ASN1_STRING_to_UTF8(&utf8, value);
  if (length < 0) return {};
  std::string serial(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(length));
  OPENSSL_free(utf8);
  return serial;
}

}  // namespace

TlsSocketImpl::TlsSocketImpl(int fd, std::shared_ptr<const TlsContext> context, std::shared_ptr<const void> ticket)
    : Poco::Net::StreamSocketImpl(fd), context_(std::move(context)), ticket_(std::move(ticket)) {
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);  // always; blocking mode is emulated
  ssl_ = SSL_new(context_->native());
  if (!ssl_ || SSL_set_fd(ssl_, fd) != 1) {
    if (ssl_) SSL_free(ssl_);
    throw Poco::Net::NetException("SSL_new");  // the base closes the descriptor
  }
  SSL_set_accept_state(ssl_);
}

TlsSocketImpl::~TlsSocketImpl() {
  if (ssl_) SSL_free(ssl_);
}

TlsSocketImpl::Step TlsSocketImpl::handshake() {
  if (established_) return Step::Done;
  ERR_clear_error();
  int rc = SSL_do_handshake(ssl_);
  if (rc == 1) {
    established_ = true;
    remember_peer();
    return Step::Done;
  }
  int reason = SSL_get_error(ssl_, rc);
  if (reason == SSL_ERROR_WANT_READ) return Step::WantRead;
  if (reason == SSL_ERROR_WANT_WRITE) return Step::WantWrite;
  int detail = reason == SSL_ERROR_SSL ? ERR_GET_REASON(ERR_peek_error()) : 0;
  ERR_clear_error();
  if (reason == SSL_ERROR_SYSCALL || reason == SSL_ERROR_ZERO_RETURN || detail == SSL_R_UNEXPECTED_EOF_WHILE_READING)
    return Step::Closed;  // the client went away (a port check, say)
  return detail == SSL_R_HTTP_REQUEST ? Step::PlainHttp : Step::Failed;
}

void TlsSocketImpl::remember_peer() {
  X509* certificate = SSL_get1_peer_certificate(ssl_);
  if (!certificate) return;
  PeerCertificate peer;
  peer.verified = SSL_get_verify_result(ssl_) == X509_V_OK;
  unsigned int length = 0;
  if (X509_digest(certificate, EVP_sha256(), peer.sha256.data(), &length) != 1 || length != peer.sha256.size())
    peer.verified = false;  // unidentifiable: treated as unknown
  peer.subject_serial = subject_serial_of(certificate);
  X509_free(certificate);
  peer_ = std::move(peer);
}

TlsSocketImpl::Flow TlsSocketImpl::read_ahead(std::size_t limit) {
  char buffer[16 * 1024];
  while (ahead_.size() < limit) {
    ERR_clear_error();
    int rc = SSL_read(ssl_, buffer, static_cast<int>(std::min(sizeof buffer, limit - ahead_.size())));
    if (rc > 0) {
      ahead_.append(buffer, static_cast<std::size_t>(rc));
      continue;
    }
    int reason = SSL_get_error(ssl_, rc);
    if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) return Flow::Open;
    ERR_clear_error();
    return Flow::Closed;  // close_notify, end of stream or a broken record
  }
  return Flow::Open;
}

bool TlsSocketImpl::has_input() const { return !ahead_.empty() || SSL_pending(ssl_) > 0; }

void TlsSocketImpl::wait(int ssl_error, const Poco::Timespan& timeout, Poco::Timestamp started) {
  if (!blocking_) throw Poco::TimeoutException("TLS socket not ready");
  pollfd fd{sockfd(), static_cast<short>(ssl_error == SSL_ERROR_WANT_WRITE ? POLLOUT : POLLIN), 0};
  for (;;) {
    int wait_ms = -1;
    if (timeout.totalMicroseconds() > 0) {
      Poco::Timespan left = timeout - started.elapsed();
      if (left.totalMicroseconds() <= 0) throw Poco::TimeoutException();
      wait_ms = static_cast<int>((left.totalMicroseconds() + 999) / 1000);
    }
    int rc = ::poll(&fd, 1, wait_ms);
    if (rc > 0) return;
    if (rc < 0 && errno != EINTR) throw Poco::Net::NetException("poll", errno);
  }
}

int TlsSocketImpl::sendBytes(const void* buffer, int length, int flags) {
  if (!established_) {  // plain, before TLS (see the header): a short answer into an empty send buffer
    ssize_t rc = ::send(sockfd(), buffer, static_cast<std::size_t>(length), flags | MSG_DONTWAIT | MSG_NOSIGNAL);
    if (rc < 0) throw Poco::Net::ConnectionResetException("send");
    return static_cast<int>(rc);
  }
  const char* bytes = static_cast<const char*>(buffer);
  Poco::Timestamp started;
  int sent = 0;
  while (sent < length) {
    ERR_clear_error();
    int rc = SSL_write(ssl_, bytes + sent, length - sent);
    if (rc > 0) {
      sent += rc;
      continue;
    }
    int reason = SSL_get_error(ssl_, rc);
    if (reason != SSL_ERROR_WANT_READ && reason != SSL_ERROR_WANT_WRITE) {
      ERR_clear_error();
      throw Poco::Net::ConnectionResetException("TLS write");
    }
    wait(reason, send_timeout_, started);
  }
  return sent;
}

int TlsSocketImpl::receiveBytes(void* buffer, int length, int) {
  if (!ahead_.empty()) {
    std::size_t n = std::min(ahead_.size(), static_cast<std::size_t>(std::max(length, 0)));
    std::memcpy(buffer, ahead_.data(), n);
    ahead_.erase(0, n);
    return static_cast<int>(n);
  }
  if (!established_) return 0;
  Poco::Timestamp started;
  for (;;) {
    ERR_clear_error();
    int rc = SSL_read(ssl_, buffer, length);
    if (rc > 0) return rc;
    int reason = SSL_get_error(ssl_, rc);
    if (reason == SSL_ERROR_ZERO_RETURN || reason == SSL_ERROR_SYSCALL) return 0;  // the client closed or went
    if (reason != SSL_ERROR_WANT_READ && reason != SSL_ERROR_WANT_WRITE) {
      ERR_clear_error();
      throw Poco::Net::ConnectionResetException("TLS read");
    }
    if (!blocking_) return -1;
    wait(reason, receive_timeout_, started);
  }
}

int TlsSocketImpl::available() { return static_cast<int>(ahead_.size()) + SSL_pending(ssl_); }

bool TlsSocketImpl::poll(const Poco::Timespan& timeout, int mode) {
  if ((mode & SELECT_READ) && has_input()) return true;
  return StreamSocketImpl::poll(timeout, mode);
}

void TlsSocketImpl::shutdownSend() {
  if (established_) {
    ERR_clear_error();
    SSL_shutdown(ssl_);  // close_notify, when the send buffer takes it; the answer has already gone
    ERR_clear_error();
  }
  StreamSocketImpl::shutdownSend();
}

void TlsSocketImpl::shutdown() {
  shutdownSend();
  StreamSocketImpl::shutdownReceive();
}

}  // namespace sygedok::http
