#pragma once
// Who may call the service. The key file is JSON:
//   [{"name": "løn-system", "sha256": "<hex of SHA-256 of the key>", "cvrs": ["12345674"]}]
// Only digests are stored; a presented key is hashed and compared with every
// digest in constant time. A client may send documents only as the sender
// CVR numbers it holds. Keys are never logged or echoed.
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
  Sha256Digest digest{};
  std::vector<std::string> cvrs;

  bool may_send_as(std::string_view cvr) const;
};

class ApiKeys {
 public:
  static Result<ApiKeys> load(const std::string& path);
  static Result<ApiKeys> parse(std::string_view json_text);

  // The client holding `key`, or nullptr.
  const ApiClient* find(std::string_view key) const;
  const std::vector<ApiClient>& clients() const { return clients_; }

 private:
  std::vector<ApiClient> clients_;
};

Sha256Digest sha256(std::string_view data);
std::string to_hex(const unsigned char* data, std::size_t size);

// The key a request presents: "Authorization: Bearer <key>" or "X-API-Key: <key>".
std::optional<std::string> presented_key(const Poco::Net::HTTPRequest& request);

}  // namespace sygedok::http
