#pragma once
// Who may call the service. The key file is JSON:
//   [{"name": "løn-system", "sha256": "<hex of SHA-256 of the key>", "cvrs": ["12345674"]},
//    {"name": "esdh", "certificate_sha256": "<SHA-256 fingerprint of a client certificate>", "cvrs": [...]},
//    {"name": "hr-system", "certificate_serial": "<the certificate subject's serialNumber>", "cvrs": [...]}]
// Each entry names one credential: a bearer key (by its digest) or a client
// certificate issued under --client-ca (by its fingerprint, hex with or
// without colons, or by its subject serial number, which an organisation
// certificate keeps when it is renewed). Only digests are stored; a presented
// key is hashed and compared with every digest in constant time. A client
// may send documents only as the sender CVR numbers it holds. Keys and
// certificates are never logged or echoed.
// ApiKeys is immutable after load(): safe to share between threads.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace Poco::Net {
class HTTPRequest;
}

namespace sygedok::http {

using Sha256Digest = std::array<unsigned char, 32>;

// One caller named in the key file. Plain data.
struct ApiClient {
  std::string name;  // for logs; not secret
  std::optional<Sha256Digest> digest;              // of the bearer key
  std::optional<Sha256Digest> certificate_sha256;  // fingerprint of the client certificate (DER)
  std::string certificate_serial;                  // subject serialNumber of the client certificate; empty: none
  std::vector<std::string> cvrs;

  bool may_send_as(std::string_view cvr) const;
};

class ApiKeys {
 public:
  static Result<ApiKeys> load(const std::string& path);
  static Result<ApiKeys> parse(std::string_view json_text);

  // The client holding `key`, or nullptr.
  const ApiClient* find(std::string_view key) const;
  // The client a verified client certificate identifies, or nullptr.
  const ApiClient* find_certificate(const Sha256Digest& fingerprint, std::string_view subject_serial) const;
  const std::vector<ApiClient>& clients() const { return clients_; }

 private:
  std::vector<ApiClient> clients_;
};

Sha256Digest sha256(std::string_view data);
std::string to_hex(const unsigned char* data, std::size_t size);

// The key a request presents: "Authorization: Bearer <key>" or "X-API-Key: <key>".
std::optional<std::string> presented_key(const Poco::Net::HTTPRequest& request);

}  // namespace sygedok::http
