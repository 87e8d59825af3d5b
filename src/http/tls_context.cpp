#include "http/tls_context.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/stat.h>

#include <Poco/Exception.h>

#include <cstdio>
#include <ctime>

namespace sygedok::http {
namespace {

using Loaded = Result<std::shared_ptr<const TlsContext>>;

// TLS 1.2: ECDHE with AES-GCM or ChaCha20-Poly1305 only (Mozilla's
// "intermediate" list without DHE). TLS 1.3 suites are all AEAD; OpenSSL's
// default set is kept.
constexpr const char* kTls12Ciphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
constexpr const char* kGroups = "X25519:P-256:P-384";

Diagnostic tls_error(std::string message) { return error("", "tls", std::move(message)); }

std::optional<Diagnostic> check_key_file_mode(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return tls_error("Nøglefilen " + path + " findes ikke eller kan ikke læses.");
  if ((info.st_mode & (S_IRWXG | S_IRWXO)) == 0) return std::nullopt;
  char mode[8];
  std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777));
  return tls_error("Nøglefilen " + path + " kan læses af andre end ejeren (tilstand " + mode +
                   "). sygedok starter ikke med en privat nøgle, andre kan læse; kør: chmod 600 " + path);
}

// The notAfter of the certificate in use, as Unix time (0 if unreadable).
std::int64_t not_after(SSL_CTX* context) {
  X509* certificate = SSL_CTX_get0_certificate(context);
  std::tm parts{};
  if (!certificate || ASN1_TIME_to_tm(X509_get0_notAfter(certificate), &parts) != 1) return 0;
  return static_cast<std::int64_t>(::timegm(&parts));
}

// An encrypted key would need a passphrase at every start: refused, with a clear message.
int no_passphrase(char*, int, int, void*) { return -1; }

// Every client certificate completes the handshake; the router judges it by
// the verification result (401 for one the CA did not issue).
int accept_for_judging(int, X509_STORE_CTX*) { return 1; }

}  // namespace

Loaded TlsContext::load(const TlsFiles& files) {
  if (auto problem = check_key_file_mode(files.key)) return Loaded::failure(*problem);
  Poco::Net::Context::Ptr context;
  try {
    Poco::Net::Context::Params params;  // no files here: loaded below with OpenSSL's own calls
    params.verificationMode = Poco::Net::Context::VERIFY_NONE;
    params.loadDefaultCAs = false;
    params.cipherList = kTls12Ciphers;
    params.dhUse2048Bits = true;
    params.ecdhCurve = kGroups;
    context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    context->preferServerCiphers();
    context->enableSessionCache(true, "sygedok");
  } catch (const Poco::Exception& e) {
    return Loaded::failure(tls_error("TLS kunne ikke sættes op: " + e.displayText()));
  }
  SSL_CTX* native = context->sslContext();
  SSL_CTX_set_default_passwd_cb(native, no_passphrase);
  SSL_CTX_set_mode(native, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
  SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
  ERR_clear_error();
  if (SSL_CTX_use_certificate_chain_file(native, files.certificate.c_str()) != 1) {
    ERR_clear_error();
    return Loaded::failure(
        tls_error("Certifikatfilen " + files.certificate + " kunne ikke læses som PEM-certifikat(er)."));
  }
  if (SSL_CTX_use_PrivateKey_file(native, files.key.c_str(), SSL_FILETYPE_PEM) != 1) {
    ERR_clear_error();
    return Loaded::failure(tls_error("Nøglefilen " + files.key +
                                     " kunne ikke læses som en ukrypteret PEM-nøgle (en krypteret nøgle kræver "
                                     "en adgangskode, som sygedok ikke spørger om)."));
  }
  if (SSL_CTX_check_private_key(native) != 1) {
    ERR_clear_error();
    return Loaded::failure(tls_error("Nøglen i " + files.key + " hører ikke til certifikatet i " + files.certificate + "."));
  }
  if (files.client_ca) {
    STACK_OF(X509_NAME)* names = SSL_load_client_CA_file(files.client_ca->c_str());
    if (!names || SSL_CTX_load_verify_locations(native, files.client_ca->c_str(), nullptr) != 1) {
      if (names) sk_X509_NAME_pop_free(names, X509_NAME_free);
      ERR_clear_error();
      return Loaded::failure(tls_error("Klient-CA-filen " + *files.client_ca + " kunne ikke læses som PEM-certifikat(er)."));
    }
    SSL_CTX_set_client_CA_list(native, names);  // takes ownership
    SSL_CTX_set_verify(native, SSL_VERIFY_PEER, accept_for_judging);
  }
  return Loaded::success(std::shared_ptr<const TlsContext>(new TlsContext(context, not_after(native))));
}

std::string TlsContext::expires_text() const {
  std::time_t at = static_cast<std::time_t>(expires_);
  std::tm parts{};
  char text[32];
  if (!::gmtime_r(&at, &parts) || std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts) == 0) return "";
  return text;
}

}  // namespace sygedok::http
