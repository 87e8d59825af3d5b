// TLS against a real server, judged by clients that are not ours: curl and
// openssl s_client, with a throw-away PKI made by openssl (test_pki.h).
// curl renders a document over TLS and the answer carries HSTS; TLS 1.1, a
// cipher without forward secrecy and plain HTTP are refused; s_client sees
// the whole chain and it verifies; the server refuses to start with a key
// others can read or beyond loopback without TLS. Client certificates:
// one in the key file may send as its CVR (403 for another), one the
// client CA did not issue or the key file does not name gets 401.
#include <gtest/gtest.h>

#include <ctime>
#include <fstream>

#include "http/api_keys.h"
#include "http/test_pki.h"
#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string in_quotes(const std::string& text) { return "'" + text + "'"; }

// The sample referat sent as the sender CVR `cvr` (the sample's own is 12345674).
std::string referat_from(const std::string& cvr) {
  std::string json = sample_referat();
  auto at = json.find("12345674");
  if (at != std::string::npos) json.replace(at, 8, cvr);
  return json;
}

class Tls : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { pki_ = new TestPki(); }
  static void TearDownTestSuite() {
    delete pki_;
    pki_ = nullptr;
  }
  void SetUp() override { ASSERT_EQ(pki_->problem(), ""); }

  static ServerOptions tls_options() { return pki_->tls_options(); }
  // With a key file naming a bearer key and two client certificates.
  static ServerOptions client_certificate_options() {
    ServerOptions options = tls_options();
    std::string keys = pki_->file("keys.json");
    std::ofstream(keys) << R"([{"name": "nøglesystem", "sha256": ")" << to_hex(sha256("hemmelig").data(), 32)
                        << R"(", "cvrs": ["12345674"]},
      {"name": "loensystem", "certificate_sha256": ")" << pki_->fingerprint("system.pem") << R"(", "cvrs": ["12345674"]},
      {"name": "andet", "certificate_serial": "CVR:29384754-UID:2", "cvrs": ["29384754"]}])";
    options.api_keys_file = keys;
    options.client_ca_file = pki_->file("client-ca.pem");
    return options;
  }

  // curl against the server: "STATUS\n" then the response headers and body.
  static CommandRun curl(std::uint16_t port, const std::string& path, const std::string& arguments) {
    return run_command("curl -sS --max-time 60 -D - --cacert " + in_quotes(pki_->file("root.pem")) + " " + arguments +
                       " -w '\\nstatus=%{http_code}' https://127.0.0.1:" + std::to_string(port) + path);
  }
  static CommandRun post_referat(std::uint16_t port, const std::string& json, const std::string& arguments) {
    std::string body = pki_->file("body.json");
    std::ofstream(body) << json;
    return curl(port, "/v1/documents/referat",
                "-H 'Content-Type: application/json' --data-binary @" + in_quotes(body) + " " + arguments);
  }
  static std::string client(const std::string& name) {
    return "--cert " + in_quotes(pki_->file(name + ".pem")) + " --key " + in_quotes(pki_->file(name + ".key"));
  }
  static CommandRun s_client(std::uint16_t port, const std::string& arguments) {
    return run_command("openssl s_client -connect 127.0.0.1:" + std::to_string(port) + " " + arguments);
  }

  static TestPki* pki_;
};
TestPki* Tls::pki_ = nullptr;

TEST_F(Tls, CurlRendersADocumentOverTlsAndLearnsHsts) {
  RunningServer running(tls_options());
  EXPECT_EQ(running.server->url(), "https://127.0.0.1:" + std::to_string(running.port()));
  auto run = post_referat(running.port(), sample_referat(), "-o " + in_quotes(pki_->file("out.pdf")));
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(contains(run.output, "status=200")) << run.output;
  EXPECT_TRUE(contains(run.output, "Strict-Transport-Security: max-age=31536000")) << run.output;
  EXPECT_EQ(read_text_file(pki_->file("out.pdf")).substr(0, 5), "%PDF-");

  // The operator can watch the certificate's expiry: it expires within the test PKI's two days.
  auto metrics = curl(running.port(), "/metrics", "");
  auto at = metrics.output.find("\nsygedok_tls_certificate_expiry_timestamp_seconds ");
  ASSERT_NE(at, std::string::npos) << metrics.output;
  long long expires = std::stoll(metrics.output.substr(at + 50));
  long long now = static_cast<long long>(std::time(nullptr));
  EXPECT_GT(expires, now);
  EXPECT_LE(expires, now + 2 * 86400 + 60);
  EXPECT_TRUE(contains(running.stopped_log(), "certificate_expires=20"));
}

TEST_F(Tls, OldProtocolsWeakCiphersAndPlainHttpAreRefused) {
  RunningServer running(tls_options());
  // The client is told to allow TLS 1.1 (SECLEVEL=0), so only the server can refuse it.
  auto old = s_client(running.port(), "-tls1_1 -cipher 'DEFAULT:@SECLEVEL=0'");
  EXPECT_NE(old.exit_code, 0) << old.output;
  EXPECT_TRUE(contains(old.output, "alert protocol version")) << old.output;
  auto no_forward_secrecy = s_client(running.port(), "-tls1_2 -cipher AES128-SHA256");
  EXPECT_NE(no_forward_secrecy.exit_code, 0) << no_forward_secrecy.output;
  EXPECT_TRUE(contains(no_forward_secrecy.output, "handshake failure")) << no_forward_secrecy.output;
  for (const char* version : {"-tls1_2", "-tls1_3"}) {  // the same client does speak the two that are allowed
    auto allowed = s_client(running.port(), std::string(version) + " -CAfile " + in_quotes(pki_->file("root.pem")));
    EXPECT_TRUE(contains(allowed.output, "Verify return code: 0 (ok)")) << version << allowed.output;
  }

  auto plain = run_command("curl -sS --max-time 60 -w '\\nstatus=%{http_code}' http://127.0.0.1:" +
                           std::to_string(running.port()) + "/healthz");
  EXPECT_TRUE(contains(plain.output, "status=400")) << plain.output;
  EXPECT_TRUE(contains(plain.output, "https-required")) << plain.output;
  EXPECT_FALSE(contains(plain.output, "\"status\":\"ok\"")) << plain.output;
}

TEST_F(Tls, SClientSeesTheWholeChainAndItVerifies) {
  RunningServer running(tls_options());
  auto run = s_client(running.port(), "-showcerts -CAfile " + in_quotes(pki_->file("root.pem")));
  EXPECT_TRUE(contains(run.output, "Certificate chain")) << run.output;
  EXPECT_TRUE(contains(run.output, " 0 s:CN = localhost")) << run.output;
  EXPECT_TRUE(contains(run.output, "   i:CN = sygedok test intermediate CA")) << run.output;
  EXPECT_TRUE(contains(run.output, " 1 s:CN = sygedok test intermediate CA")) << run.output;
  EXPECT_TRUE(contains(run.output, "   i:CN = sygedok test root CA")) << run.output;
  EXPECT_TRUE(contains(run.output, "Verify return code: 0 (ok)")) << run.output;
  EXPECT_TRUE(contains(run.output, "New, TLSv1.3")) << run.output;
}

TEST_F(Tls, ClientCertificatesIdentifySystemsLikeKeys) {
  RunningServer running(client_certificate_options());
  auto allowed = post_referat(running.port(), sample_referat(), client("system"));
  EXPECT_TRUE(contains(allowed.output, "status=200")) << allowed.output.substr(0, 2000);
  auto other_cvr = post_referat(running.port(), sample_referat(), client("other"));
  EXPECT_TRUE(contains(other_cvr.output, "status=403")) << other_cvr.output;
  auto own_cvr = post_referat(running.port(), referat_from("29384754"), client("other"));
  EXPECT_FALSE(contains(own_cvr.output, "status=401") || contains(own_cvr.output, "status=403")) << own_cvr.output;
  for (const char* stranger : {"lookalike", "unlisted"}) {  // another CA, same subject; the right CA, not listed
    auto refused = post_referat(running.port(), sample_referat(), client(stranger));
    EXPECT_TRUE(contains(refused.output, "status=401")) << stranger << refused.output;
    EXPECT_TRUE(contains(refused.output, "unknown-client-certificate")) << stranger << refused.output;
  }
  auto with_key = post_referat(running.port(), sample_referat(), "-H 'Authorization: Bearer hemmelig'");
  EXPECT_TRUE(contains(with_key.output, "status=200")) << with_key.output.substr(0, 2000);
  auto nothing = post_referat(running.port(), sample_referat(), "");
  EXPECT_TRUE(contains(nothing.output, "status=401")) << nothing.output;

  std::string log = running.stopped_log();
  EXPECT_TRUE(contains(log, "loensystem"));  // the client's name from the key file
  for (const char* secret : {"BEGIN", "CVR:12345674-UID", "hemmelig"}) EXPECT_FALSE(contains(log, secret)) << secret;
  std::string fingerprint = pki_->fingerprint("system.pem");
  EXPECT_FALSE(contains(log, fingerprint.substr(0, 20)));
}

TEST_F(Tls, StartRefusesAKeyOthersCanRead) {
  std::filesystem::copy_file(pki_->file("server.key"), pki_->file("open.key"),
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::permissions(pki_->file("open.key"), std::filesystem::perms::others_read,
                               std::filesystem::perm_options::add);
  ServerOptions options = tls_options();
  options.tls_key_file = pki_->file("open.key");
  std::ostringstream log;
  auto started = Server::start(options, nullptr, log);
  ASSERT_FALSE(started);
  EXPECT_EQ(started.diagnostics().front().code, "tls");
  EXPECT_TRUE(contains(started.diagnostics().front().message, "chmod 600")) << started.diagnostics().front().message;
  EXPECT_TRUE(contains(started.diagnostics().front().message, "0604")) << started.diagnostics().front().message;
}

TEST_F(Tls, BeyondLoopbackOnlyWithTlsOrBehindAProxy) {
  ServerOptions options = client_certificate_options();
  options.client_ca_file.reset();
  options.tls_certificate_file.reset();
  options.tls_key_file.reset();
  options.host = "0.0.0.0";
  options.port = 0;
  std::ostringstream log;
  auto plain = Server::start(options, nullptr, log);
  ASSERT_FALSE(plain);
  EXPECT_EQ(plain.diagnostics().front().code, "host_requires_tls");
  EXPECT_TRUE(contains(plain.diagnostics().front().message, "--behind-tls-proxy"));

  options.behind_tls_proxy = true;
  auto proxied = Server::start(options, nullptr, log);
  ASSERT_TRUE(proxied) << proxied.diagnostics().front().message;
  std::move(proxied).take()->stop();

  options.behind_tls_proxy = false;
  options.tls_certificate_file = pki_->file("server.pem");
  options.tls_key_file = pki_->file("server.key");
  auto encrypted = Server::start(options, nullptr, log);
  ASSERT_TRUE(encrypted) << encrypted.diagnostics().front().message;
  std::move(encrypted).take()->stop();
}

}  // namespace
}  // namespace sygedok::http
