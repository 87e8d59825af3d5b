#pragma once
// The throw-away PKI of tests/fixtures/make-test-pki.sh (made by the
// `openssl` command line, so no private key is ever committed; the script
// lists the files) in a fresh temporary folder, removed again by the
// destructor. Also runs the command-line clients the tests judge with
// (curl, openssl s_client). One test thread at a time.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "http/server.h"

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
    auto made = run_command(script() + " '" + dir_.string() + "'");
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
  // Server options for TLS with the server's chain and key.
  ServerOptions tls_options() const {
    ServerOptions options;
    options.tls_certificate_file = file("server.pem");
    options.tls_key_file = file("server.key");
    return options;
  }
  // A new server certificate and key for the same address, issued by the intermediate (for reload tests).
  bool renew_server(const std::string& common_name) {
    return run_command(script() + " '" + dir_.string() + "' --renew '" + common_name + "'").exit_code == 0;
  }
  // The SHA-256 fingerprint of a certificate as openssl prints it ("AB:CD:…").
  std::string fingerprint(const std::string& certificate) const {
    auto run = run_command("openssl x509 -noout -fingerprint -sha256 -in '" + file(certificate) + "'");
    auto at = run.output.find('=');
    return at == std::string::npos ? "" : run.output.substr(at + 1, 95);
  }

 private:
  static std::string script() { return "sh '" + std::string(SYGEDOK_SOURCE_DIR) + "/tests/fixtures/make-test-pki.sh'"; }

  std::filesystem::path dir_;
  std::string problem_;
};

}  // namespace sygedok::http::testing
