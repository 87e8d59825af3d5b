#pragma once
// A throw-away public-key infrastructure for the TLS tests, made by the
// `openssl` command line in a fresh temporary folder (no private key is
// ever committed): a root CA and an intermediate CA that issues the
// server's certificate for 127.0.0.1 (server.pem holds the chain: the
// server's certificate, then the intermediate); a client CA that issues
// client certificates; and a foreign CA that issues a look-alike. Keys are
// EC P-256 (quick to make). Also runs the command-line clients the tests
// judge with (curl, openssl s_client). One test thread at a time.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace sygedok::http::testing {

struct CommandRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs `command` with /bin/sh, stdin from /dev/null.
inline CommandRun run_command(const std::string& command) {
  CommandRun run;
  FILE* pipe = ::popen(("(" + command + ") </dev/null 2>&1").c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buffer;
  while (std::size_t got = std::fread(buffer.data(), 1, buffer.size(), pipe)) run.output.append(buffer.data(), got);
  int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

class TestPki {
 public:
  TestPki() {
    char pattern[] = "/tmp/sygedok-pki-XXXXXX";
    if (!::mkdtemp(pattern)) {
      problem_ = "no temporary folder";
      return;
    }
    dir_ = pattern;
    std::string script = R"sh(set -e
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" 2>/dev/null; chmod 600 "$1.key"; }
root() { key "$1"; openssl req -x509 -new -key "$1.key" -out "$1.pem" -days 2 -subj "$2" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign; }
# issue NAME SUBJECT ISSUER EXTFILE
issue() { openssl req -new -key "$1.key" -out "$1.csr" -subj "$2"; openssl x509 -req -in "$1.csr" -CA "$3.pem" -CAkey "$3.key" -set_serial "0x$(openssl rand -hex 8)" -days 2 -extfile "$4" -out "$1.pem" 2>/dev/null; }
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' > ca.ext
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n' > server.ext
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n' > client.ext
root root "/CN=sygedok test root CA"
key intermediate; issue intermediate "/CN=sygedok test intermediate CA" root ca.ext
key leaf; issue leaf "/CN=localhost" intermediate server.ext
cat leaf.pem intermediate.pem > server.pem; cp leaf.key server.key
root client-ca "/CN=sygedok test client CA"
root foreign-ca "/CN=sygedok test client CA"
key system; issue system "/CN=loensystem/serialNumber=CVR:12345674-UID:1" client-ca client.ext
key other; issue other "/CN=andet system/serialNumber=CVR:29384754-UID:2" client-ca client.ext
key unlisted; issue unlisted "/CN=ukendt system/serialNumber=CVR:11111111-UID:3" client-ca client.ext
key lookalike; issue lookalike "/CN=loensystem/serialNumber=CVR:12345674-UID:1" foreign-ca client.ext
)sh";
    auto made = run_command("cd '" + dir_.string() + "' && " + script);
    if (made.exit_code != 0) problem_ = "openssl could not make the test PKI: " + made.output;
  }
  ~TestPki() {
    std::error_code ignored;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
  }
  TestPki(const TestPki&) = delete;
  TestPki& operator=(const TestPki&) = delete;

  const std::string& problem() const { return problem_; }
  // "<dir>/<name>" (e.g. "server.pem", "root.pem", "system.key").
  std::string file(const std::string& name) const { return (dir_ / name).string(); }
  // A new server certificate and key for the same address, issued by the intermediate (for reload tests).
  bool renew_server(const std::string& common_name) {
    std::string script = "cd '" + dir_.string() +
                         "' && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out next.key && "
                         "openssl req -new -key next.key -out next.csr -subj '/CN=" + common_name +
                         "' && openssl x509 -req -in next.csr -CA intermediate.pem -CAkey intermediate.key "
                         "-set_serial 0x$(openssl rand -hex 8) -days 2 -extfile server.ext -out next.pem && "
                         "cat next.pem intermediate.pem > server.pem && chmod 600 next.key && mv next.key server.key";
    return run_command(script).exit_code == 0;
  }
  // The SHA-256 fingerprint of a certificate as openssl prints it ("AB:CD:…").
  std::string fingerprint(const std::string& certificate) const {
    auto run = run_command("openssl x509 -noout -fingerprint -sha256 -in '" + file(certificate) + "'");
    auto at = run.output.find('=');
    return at == std::string::npos ? "" : run.output.substr(at + 1, 95);
  }

 private:
  std::filesystem::path dir_;
  std::string problem_;
};

}  // namespace sygedok::http::testing
