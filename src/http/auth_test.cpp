// API keys against a real server: 401 without or with an unknown key, 403
// for a sender CVR the key does not hold, 200 otherwise; binding beyond
// loopback only with keys.
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/TemporaryFile.h>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

constexpr const char* kPayrollKey = "sygedok-test-nøgle-løn-1";
constexpr const char* kOtherKey = "sygedok-test-nøgle-andet-2";

std::string hex_sha256(const std::string& key) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(key);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

// A key file in a temporary file, removed with the fixture.
class AuthTest : public ::testing::Test {
 protected:
  AuthTest() {
    std::ofstream out(file_.path());
    out << R"([{"name": "loen", "sha256": ")" << hex_sha256(kPayrollKey) << R"(", "cvrs": ["12345674"]},
               {"name": "andet", "sha256": ")" << hex_sha256(kOtherKey) << R"(", "cvrs": ["11111114"]}])";
  }
  ServerOptions options() const {
    ServerOptions o;
    o.api_keys_file = file_.path();
    return o;
  }

  Poco::TemporaryFile file_;
};

TEST_F(AuthTest, NoKeyIs401WithWwwAuthenticate) {
  RunningServer running(options());
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", sample_referat());
  EXPECT_EQ(answer.status, 401);
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
  EXPECT_EQ(answer.header("WWW-Authenticate").rfind("Bearer", 0), 0u);
  EXPECT_EQ(post_json(running.port(), "/v1/validate/referat", sample_referat()).status, 401);
}

TEST_F(AuthTest, AnUnknownKeyIs401) {
  RunningServer running(options());
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", sample_referat(),
                                {{"Authorization", "Bearer ikke-en-nøgle"}});
  EXPECT_EQ(answer.status, 401);
  EXPECT_NE(answer.header("WWW-Authenticate").find("invalid_token"), std::string::npos);
}

TEST_F(AuthTest, AKeyHoldingTheSenderCvrRenders) {
  RunningServer running(options());
  HttpAnswer bearer = post_json(running.port(), "/v1/documents/referat", sample_referat(),
                                {{"Authorization", std::string("Bearer ") + kPayrollKey}});
  EXPECT_EQ(bearer.status, 200) << bearer.body;
  EXPECT_EQ(bearer.body.rfind("%PDF-", 0), 0u);
  HttpAnswer header = post_json(running.port(), "/v1/validate/referat", sample_referat(), {{"X-API-Key", kPayrollKey}});
  EXPECT_EQ(header.status, 200) << header.body;
}

TEST_F(AuthTest, AKeyNotHoldingTheSenderCvrIs403) {
  RunningServer running(options());
  HttpAnswer answer = post_json(running.port(), "/v1/documents/referat", sample_referat(), {{"X-API-Key", kOtherKey}});
  EXPECT_EQ(answer.status, 403) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
  EXPECT_NE(answer.body.find("12345674"), std::string::npos);
  // The same CVR written with a space is the same sender.
  std::string spaced = sample_referat();
  spaced.replace(spaced.find("\"12345674\""), 10, "\"1234 5674\"");
  EXPECT_EQ(post_json(running.port(), "/v1/documents/referat", spaced, {{"X-API-Key", kOtherKey}}).status, 403);
}

TEST_F(AuthTest, OperationalRoutesNeedNoKeyAndKeysNeverReachTheLog) {
  RunningServer running(options());
  EXPECT_EQ(get(running.port(), "/healthz").status, 200);
  EXPECT_EQ(get(running.port(), "/readyz").status, 200);
  EXPECT_EQ(get(running.port(), "/metrics").status, 200);
  post_json(running.port(), "/v1/documents/referat", sample_referat(), {{"X-API-Key", kPayrollKey}});
  post_json(running.port(), "/v1/documents/referat", sample_referat(), {{"Authorization", std::string("Bearer ") + kOtherKey}});
  std::string log = running.stopped_log();
  EXPECT_NE(log.find("client=loen"), std::string::npos) << log;
  EXPECT_EQ(log.find(kPayrollKey), std::string::npos);
  EXPECT_EQ(log.find(kOtherKey), std::string::npos);
  EXPECT_EQ(log.find(hex_sha256(kPayrollKey)), std::string::npos);
}

TEST_F(AuthTest, AllInterfacesOnlyWithKeys) {
  std::ostringstream log;
  ServerOptions open;
  open.host = "0.0.0.0";
  open.port = 0;
  auto refused = Server::start(open, nullptr, log);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.diagnostics().front().code, "host_requires_api_keys");
  EXPECT_NE(refused.diagnostics().front().message.find("--api-keys"), std::string::npos);

  ServerOptions with_keys = options();
  with_keys.host = "0.0.0.0";
  with_keys.port = 0;
  with_keys.behind_tls_proxy = true;  // and TLS (or a TLS proxy): tls_test.cpp
  auto started = Server::start(with_keys, shared_engine(), log);
  ASSERT_TRUE(started.ok()) << started.diagnostics().front().message;
  EXPECT_EQ(get(started.value()->port(), "/healthz").status, 200);
}

// Key rotation: a reload (what SIGHUP does) takes the file as it is now; a
// broken file is refused and the keys in use stay.
TEST_F(AuthTest, AReloadTakesTheKeyFileAsItIsNowAndKeepsTheOldKeysWhenItIsBroken) {
  RunningServer running(options());
  const auto status_with = [&](const char* key) {
    return post_json(running.port(), "/v1/validate/referat", sample_referat(),
                     {{"Authorization", std::string("Bearer ") + key}})
        .status;
  };
  EXPECT_EQ(status_with(kPayrollKey), 200);
  EXPECT_EQ(status_with(kOtherKey), 403);  // its CVR is not the sender's
  {
    std::ofstream out(file_.path());
    out << R"([{"name": "ny", "sha256": ")" << hex_sha256(kOtherKey) << R"(", "cvrs": ["12345674"]}])";
  }
  EXPECT_TRUE(running.server->reload_api_keys().empty());
  EXPECT_EQ(status_with(kPayrollKey), 401);
  EXPECT_EQ(status_with(kOtherKey), 200);
  {
    std::ofstream out(file_.path());
    out << "[{\"name\": ";
  }
  EXPECT_FALSE(running.server->reload_api_keys().empty());
  EXPECT_EQ(status_with(kOtherKey), 200);
  const std::string log = running.stopped_log();
  EXPECT_NE(log.find("api_keys_reloaded"), std::string::npos) << log;
  EXPECT_NE(log.find("api_keys_reload_failed"), std::string::npos) << log;
  EXPECT_EQ(log.find(kOtherKey), std::string::npos) << "a key in the log";
}

TEST(ServerStart, ABrokenKeyFileStopsTheStart) {
  Poco::TemporaryFile file;
  std::ofstream(file.path()) << R"([{"name": "x", "sha256": "not-hex", "cvrs": []}])";
  ServerOptions options;
  options.port = 0;
  options.api_keys_file = file.path();
  std::ostringstream log;
  auto started = Server::start(options, nullptr, log);
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.diagnostics().front().path, "[0].sha256");
}

}  // namespace
}  // namespace sygedok::http
