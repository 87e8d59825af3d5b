#pragma once
// The service's TLS settings, loaded from the operator's files into one
// OpenSSL context (built by Poco NetSSL's Context): the certificate chain
// and private key (PEM; the key file must be readable by its owner only),
// TLS 1.2 and 1.3 only, forward-secret AEAD cipher suites, and, with a
// client CA, a request for a client certificate. A client certificate is
// requested, never required (systems with a bearer key and browsers send
// none), and one that does not verify still completes the handshake: the
// router answers 401 for it, which says more than a failed handshake.
// Nothing here logs a certificate or a key.
//
// TlsContext is immutable once loaded and shared by every connection made
// with it (a reload makes a new one; connections keep theirs): thread-safe.
#include <Poco/Net/Context.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/result.h"

namespace sygedok::http {

struct TlsFiles {
  std::string certificate;  // PEM: the server certificate, then its intermediates
  std::string key;          // PEM: the private key, unencrypted, mode 0600 or 0400
  std::optional<std::string> client_ca;  // PEM: the CA whose client certificates identify systems
};

// Sent on every answer when clients reach the service over https (its own TLS
// or a declared TLS proxy): browsers then use https for this host for a year.
inline constexpr const char* kStrictTransportSecurity = "max-age=31536000";

class TlsContext {
 public:
  // Errors (code "tls"): an unreadable, unparsable or too readable file, a
  // key that does not belong to the certificate. Messages in Danish; they
  // name files, never their contents.
  static Result<std::shared_ptr<const TlsContext>> load(const TlsFiles& files);

  SSL_CTX* native() const { return context_->sslContext(); }
  // When the server certificate expires: Unix time, and as "2026-12-31T23:59:59Z".
  std::int64_t expires() const { return expires_; }
  std::string expires_text() const;

 private:
  TlsContext(Poco::Net::Context::Ptr context, std::int64_t expires) : context_(std::move(context)), expires_(expires) {}

  Poco::Net::Context::Ptr context_;
  std::int64_t expires_ = 0;
};

}  // namespace sygedok::http
