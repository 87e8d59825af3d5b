#include "http/api_keys.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "model/identifiers.h"

namespace sygedok::http {
namespace {

constexpr const char* kCode = "api_keys";

Diagnostic key_file_error(std::string path, std::string message) {
  return error(std::move(path), kCode, std::move(message));
}

std::optional<Sha256Digest> parse_hex_digest(std::string hex) {
  std::erase(hex, ':');  // as `openssl x509 -fingerprint -sha256` prints it
  if (hex.size() != 64) return std::nullopt;
  Sha256Digest digest{};
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < digest.size(); ++i) {
    int high = nibble(hex[2 * i]), low = nibble(hex[2 * i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    digest[i] = static_cast<unsigned char>(high * 16 + low);
  }
  return digest;
}

bool equal_in_constant_time(const Sha256Digest& a, const Sha256Digest& b) {
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

std::string trim(std::string text) {
  auto not_space = [](unsigned char c) { return c != ' ' && c != '\t'; };
  text.erase(text.begin(), std::find_if(text.begin(), text.end(), not_space));
  text.erase(std::find_if(text.rbegin(), text.rend(), not_space).base(), text.end());
  return text;
}

std::optional<ApiClient> read_client(const Poco::JSON::Object& entry, const std::string& at, Diagnostics& problems) {
  ApiClient client;
  std::size_t problems_before = problems.size();
  if (!entry.has("name") || !entry.get("name").isString() || entry.getValue<std::string>("name").empty())
    problems.push_back(key_file_error(at + ".name", "Hver nøgle skal have et navn (tekst)."));
  else
    client.name = entry.getValue<std::string>("name");

  auto text = [&entry](const char* member) -> std::optional<std::string> {
    if (!entry.has(member)) return std::nullopt;
    return entry.get(member).isString() ? entry.getValue<std::string>(member) : std::string();
  };
  auto key = text("sha256"), fingerprint = text("certificate_sha256"), serial = text("certificate_serial");
  if (key.has_value() + fingerprint.has_value() + serial.has_value() != 1) {
    problems.push_back(key_file_error(at, "Angiv præcis én af sha256 (nøglens SHA-256), certificate_sha256 "
                                          "(certifikatets fingeraftryk) og certificate_serial (certifikatets serienummer)."));
  } else if (key) {
    client.digest = parse_hex_digest(*key);
    if (!client.digest) problems.push_back(key_file_error(at + ".sha256", "sha256 skal være SHA-256 af nøglen som 64 hextegn."));
  } else if (fingerprint) {
    client.certificate_sha256 = parse_hex_digest(*fingerprint);
    if (!client.certificate_sha256)
      problems.push_back(key_file_error(at + ".certificate_sha256",
                                        "certificate_sha256 skal være certifikatets SHA-256-fingeraftryk som 64 hextegn."));
  } else if (serial->empty()) {
    problems.push_back(key_file_error(at + ".certificate_serial", "certificate_serial skal være en tekst."));
  } else {
    client.certificate_serial = *serial;
  }

  auto cvrs = entry.getArray("cvrs");
  if (!cvrs) {
    problems.push_back(key_file_error(at + ".cvrs", "cvrs skal være en liste af CVR-numre."));
  } else {
    for (std::size_t i = 0; i < cvrs->size(); ++i) {
      std::string cvr = cvrs->get(i).isString() ? cvrs->getElement<std::string>(i) : "";
      if (!model::is_valid_cvr(cvr))
        problems.push_back(key_file_error(at + ".cvrs[" + std::to_string(i) + "]", "Ugyldigt CVR-nummer."));
      else
        client.cvrs.push_back(cvr);
    }
  }
  if (problems.size() != problems_before) return std::nullopt;
  return client;
}

}  // namespace

bool ApiClient::may_send_as(std::string_view cvr) const {
  return std::find(cvrs.begin(), cvrs.end(), cvr) != cvrs.end();
}

Result<ApiKeys> ApiKeys::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) return Result<ApiKeys>::failure(key_file_error("", "Nøglefilen " + path + " kunne ikke læses."));
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str());
}

Result<ApiKeys> ApiKeys::parse(std::string_view json_text) {
  Poco::JSON::Array::Ptr entries;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(std::string(json_text));
    if (root.type() == typeid(Poco::JSON::Array::Ptr)) entries = root.extract<Poco::JSON::Array::Ptr>();
  } catch (const Poco::Exception&) {
    return Result<ApiKeys>::failure(key_file_error("", "Nøglefilen er ikke gyldig JSON."));
  }
  if (!entries)
    return Result<ApiKeys>::failure(key_file_error("", "Nøglefilen skal være en liste: [{name, sha256, cvrs}]."));

  ApiKeys keys;
  Diagnostics problems;
  for (std::size_t i = 0; i < entries->size(); ++i) {
    std::string at = "[" + std::to_string(i) + "]";
    auto entry = entries->getObject(static_cast<unsigned>(i));
    if (!entry) {
      problems.push_back(key_file_error(at, "Hver nøgle skal være et objekt."));
      continue;
    }
    auto client = read_client(*entry, at, problems);
    if (!client) continue;
    for (const auto& other : keys.clients_) {
      if (client->digest && other.digest == client->digest)
        problems.push_back(key_file_error(at + ".sha256", "Samme nøgle står to gange."));
      if ((client->certificate_sha256 && other.certificate_sha256 == client->certificate_sha256) ||
          (!client->certificate_serial.empty() && other.certificate_serial == client->certificate_serial))
        problems.push_back(key_file_error(at, "Samme certifikat står to gange."));
      if (other.name == client->name) problems.push_back(key_file_error(at + ".name", "Navnet står to gange."));
    }
    keys.clients_.push_back(std::move(*client));
  }
  if (keys.clients_.empty() && problems.empty())
    problems.push_back(key_file_error("", "Nøglefilen indeholder ingen nøgler."));
  if (!problems.empty()) return Result<ApiKeys>::failure(std::move(problems));
  return Result<ApiKeys>::success(std::move(keys));
}

const ApiClient* ApiKeys::find(std::string_view key) const {
  Sha256Digest presented = sha256(key);
  const ApiClient* found = nullptr;
  for (const auto& client : clients_)  // every digest is compared, whatever matches
    if (client.digest && equal_in_constant_time(*client.digest, presented)) found = &client;
  return found;
}

const ApiClient* ApiKeys::find_certificate(const Sha256Digest& fingerprint, std::string_view subject_serial) const {
  for (const auto& client : clients_)  // not secret: a certificate is public
    if (client.certificate_sha256 == fingerprint || (!subject_serial.empty() && client.certificate_serial == subject_serial))
      return &client;
  return nullptr;
}

Sha256Digest sha256(std::string_view data) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(data.data(), static_cast<unsigned>(data.size()));
  const auto& bytes = engine.digest();
  Sha256Digest digest{};
  std::copy_n(bytes.begin(), digest.size(), digest.begin());
  return digest;
}

std::string to_hex(const unsigned char* data, std::size_t size) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += hex[data[i] >> 4];
    out += hex[data[i] & 0xF];
  }
  return out;
}

std::optional<std::string> presented_key(const Poco::Net::HTTPRequest& request) {
  if (request.has("Authorization")) {
    std::string value = trim(request.get("Authorization"));
    constexpr std::string_view kBearer = "bearer ";
    if (value.size() > kBearer.size()) {
      std::string scheme = value.substr(0, kBearer.size());
      std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
      if (scheme == kBearer) {
        std::string key = trim(value.substr(kBearer.size()));
        if (!key.empty()) return key;
      }
    }
  }
  if (request.has("X-API-Key")) {
    std::string key = trim(request.get("X-API-Key"));
    if (!key.empty()) return key;
  }
  return std::nullopt;
}

}  // namespace sygedok::http
