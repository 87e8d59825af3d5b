// `sygedok serve` with TLS, as an operator starts it, judged by openssl and
// curl with the throw-away PKI of tests/fixtures/make-test-pki.sh: it
// announces an https address and serves over it; SIGHUP makes new
// connections see a renewed certificate; it refuses to start (exit 2 or 3,
// a Danish message) beyond loopback without TLS and with a key file others
// can read, and starts beyond loopback behind a declared TLS proxy.
#include <signal.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "service_process.h"
#include "tool.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ServeTls : public ::testing::Test {
 protected:
  void SetUp() override {
    auto made = run("sh " + quote((source_dir() / "tests/fixtures/make-test-pki.sh").string()) + " " +
                    quote(pki.path().string()));
    ASSERT_EQ(made.exit_code, 0) << made.err;
    write_text(pki / "keys.json",
               R"([{"name": "test", "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "cvrs": ["12345674"]}])");
  }
  std::string tls_arguments() const {
    return "--tls-cert " + quote((pki / "server.pem").string()) + " --tls-key " + quote((pki / "server.key").string());
  }
  // The subject of the certificate a new connection sees.
  std::string served_subject(std::uint16_t port) const {
    return run("openssl s_client -connect 127.0.0.1:" + std::to_string(port) + " </dev/null 2>/dev/null | "
               "openssl x509 -noout -subject").out;
  }

  TempDir pki;
};

TEST_F(ServeTls, ServesHttpsAndReloadsItsCertificateOnSighup) {
  ServiceProcess service(tls_arguments());
  ASSERT_TRUE(service.started()) << service.problem();
  auto health = run("curl -sS --max-time 60 --cacert " + quote((pki / "root.pem").string()) +
                    " https://127.0.0.1:" + std::to_string(service.port()) + "/healthz");
  EXPECT_EQ(health.exit_code, 0) << health.err;
  EXPECT_TRUE(contains(health.out, "ok")) << health.out;
  EXPECT_TRUE(contains(served_subject(service.port()), "CN = localhost"));

  ASSERT_EQ(run("sh " + quote((source_dir() / "tests/fixtures/make-test-pki.sh").string()) + " " +
                quote(pki.path().string()) + " --renew fornyet")
                .exit_code,
            0);
  ASSERT_EQ(::kill(service.pid(), SIGHUP), 0);
  // The reload is logged; wait for that state (the minute only guards against hanging).
  auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  while (!contains(service.log(), "msg=tls_reloaded") && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_TRUE(contains(served_subject(service.port()), "CN = fornyet")) << service.log();
}

TEST_F(ServeTls, RefusesToStartWithoutTlsBeyondLoopbackOrWithAKeyOthersCanRead) {
  std::string keys = " --api-keys " + quote((pki / "keys.json").string());
  auto plain = run(sygedok("serve --port 0 --host 0.0.0.0" + keys));
  EXPECT_EQ(plain.exit_code, 2);
  EXPECT_TRUE(contains(plain.err, "ukrypteret")) << plain.err;
  EXPECT_TRUE(contains(plain.err, "--behind-tls-proxy")) << plain.err;

  fs::permissions(pki / "server.key", fs::perms::others_read, fs::perm_options::add);
  auto readable = run(sygedok("serve --port 0 " + tls_arguments()));
  EXPECT_EQ(readable.exit_code, 3);
  EXPECT_TRUE(contains(readable.err, "kan læses af andre end ejeren")) << readable.err;
  EXPECT_TRUE(contains(readable.err, "chmod 600")) << readable.err;
  EXPECT_FALSE(contains(readable.err, "BEGIN")) << readable.err;

  auto half = run(sygedok("serve --port 0 --tls-cert " + quote((pki / "server.pem").string())));
  EXPECT_EQ(half.exit_code, 2);
  EXPECT_TRUE(contains(half.err, "--tls-key")) << half.err;
}

TEST_F(ServeTls, StartsBeyondLoopbackBehindADeclaredTlsProxy) {
  ServiceProcess service("--host 0.0.0.0 --behind-tls-proxy --api-keys " + quote((pki / "keys.json").string()));
  ASSERT_TRUE(service.started()) << service.problem();
  HttpAnswer health = service.get("/healthz");
  EXPECT_EQ(health.status, 200) << health.body;
}

}  // namespace
}  // namespace sygedok::e2e
