#include "http/api_keys.h"

#include <Poco/DigestEngine.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/SHA2Engine.h>
#include <gtest/gtest.h>

namespace sygedok::http {
namespace {

std::string hex_sha256(const std::string& key) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(key);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string key_file(const std::string& key_a, const std::string& key_b) {
  return R"([{"name": "løn", "sha256": ")" + hex_sha256(key_a) + R"(", "cvrs": ["12345674"]},
             {"name": "hr", "sha256": ")" + hex_sha256(key_b) + R"(", "cvrs": []}])";
}

TEST(ApiKeys, FindsTheClientWhoseKeyHashesToAStoredDigest) {
  auto keys = ApiKeys::parse(key_file("hemmelig-a", "hemmelig-b"));
  ASSERT_TRUE(keys.ok()) << keys.diagnostics().front().message;
  const ApiClient* a = keys.value().find("hemmelig-a");
  const ApiClient* b = keys.value().find("hemmelig-b");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->name, "løn");
  EXPECT_EQ(b->name, "hr");
  EXPECT_EQ(keys.value().find("hemmelig-c"), nullptr);
  EXPECT_EQ(keys.value().find(""), nullptr);
  EXPECT_TRUE(a->may_send_as("12345674"));
  EXPECT_FALSE(b->may_send_as("12345674"));
}

TEST(ApiKeys, OurDigestMatchesAnIndependentOne) {
  auto digest = sha256("abc");
  EXPECT_EQ(to_hex(digest.data(), digest.size()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(ApiKeys, ReportsEveryProblemOfAKeyFile) {
  auto keys = ApiKeys::parse(R"([{"name": "", "sha256": "abc", "cvrs": ["12345678"]}, 7])");
  ASSERT_FALSE(keys.ok());
  std::vector<std::string> paths;
  for (const auto& d : keys.diagnostics()) paths.push_back(d.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"[0].name", "[0].sha256", "[0].cvrs[0]", "[1]"}));
}

TEST(ApiKeys, RefusesDuplicatesEmptyFilesAndNonJson) {
  EXPECT_FALSE(ApiKeys::parse(key_file("same", "same")).ok());
  EXPECT_FALSE(ApiKeys::parse("[]").ok());
  EXPECT_FALSE(ApiKeys::parse("{").ok());
  EXPECT_FALSE(ApiKeys::parse(R"({"name": "x"})").ok());
  EXPECT_FALSE(ApiKeys::load("/nonexistent/keys.json").ok());
}

TEST(ApiKeys, NamesClientCertificatesByFingerprintOrSubjectSerial) {
  std::string fingerprint = hex_sha256("a certificate");
  std::string with_colons;
  for (std::size_t i = 0; i < fingerprint.size(); i += 2) with_colons += (i ? ":" : "") + fingerprint.substr(i, 2);
  auto keys = ApiKeys::parse(R"([{"name": "esdh", "certificate_sha256": ")" + with_colons + R"(", "cvrs": ["12345674"]},
                                 {"name": "hr", "certificate_serial": "CVR:12345674-UID:1", "cvrs": []}])");
  ASSERT_TRUE(keys.ok()) << keys.diagnostics().front().message;
  Sha256Digest digest = sha256("a certificate"), other = sha256("another");
  ASSERT_NE(keys.value().find_certificate(digest, ""), nullptr);
  EXPECT_EQ(keys.value().find_certificate(digest, "")->name, "esdh");
  ASSERT_NE(keys.value().find_certificate(other, "CVR:12345674-UID:1"), nullptr);
  EXPECT_EQ(keys.value().find_certificate(other, "CVR:12345674-UID:1")->name, "hr");
  EXPECT_EQ(keys.value().find_certificate(other, ""), nullptr);
  EXPECT_EQ(keys.value().find_certificate(other, "CVR:12345674-UID:2"), nullptr);
  EXPECT_EQ(keys.value().find(""), nullptr);  // a certificate entry is no bearer key
  EXPECT_EQ(keys.value().find("a certificate"), nullptr);
}

TEST(ApiKeys, EachEntryNamesExactlyOneCredential) {
  std::string digest = hex_sha256("k");
  auto two = ApiKeys::parse(R"([{"name": "x", "sha256": ")" + digest + R"(", "certificate_sha256": ")" + digest +
                            R"(", "cvrs": []}])");
  ASSERT_FALSE(two.ok());
  EXPECT_EQ(two.diagnostics().front().path, "[0]");
  EXPECT_FALSE(ApiKeys::parse(R"([{"name": "x", "cvrs": []}])").ok());
  EXPECT_FALSE(ApiKeys::parse(R"([{"name": "x", "certificate_serial": "", "cvrs": []}])").ok());
  EXPECT_FALSE(ApiKeys::parse(R"([{"name": "x", "certificate_sha256": "AB:CD", "cvrs": []}])").ok());
  EXPECT_FALSE(ApiKeys::parse(R"([{"name": "x", "certificate_serial": "s", "cvrs": []},
                                  {"name": "y", "certificate_serial": "s", "cvrs": []}])").ok());
}

TEST(PresentedKey, ReadsBearerTokensAndXApiKey) {
  Poco::Net::HTTPRequest bearer;
  bearer.set("Authorization", "Bearer  nøgle-1 ");
  EXPECT_EQ(presented_key(bearer), "nøgle-1");
  Poco::Net::HTTPRequest lower;
  lower.set("Authorization", "bearer k2");
  EXPECT_EQ(presented_key(lower), "k2");
  Poco::Net::HTTPRequest header;
  header.set("X-API-Key", "k3");
  EXPECT_EQ(presented_key(header), "k3");
  Poco::Net::HTTPRequest basic;
  basic.set("Authorization", "Basic dXNlcjpwYXNz");
  EXPECT_EQ(presented_key(basic), std::nullopt);
  EXPECT_EQ(presented_key(Poco::Net::HTTPRequest()), std::nullopt);
}

}  // namespace
}  // namespace sygedok::http
