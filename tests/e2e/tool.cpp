#include "tool.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace sygedok::e2e {

namespace fs = std::filesystem;

std::string quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

fs::path source_dir() { return SYGEDOK_SOURCE_DIR; }

std::string sygedok(const std::string& arguments) { return quote(SYGEDOK_BINARY) + " " + arguments; }

ToolRun run(const std::string& command) {
  TempDir capture;
  fs::path out = capture / "stdout", err = capture / "stderr";
  std::string full = "(" + command + ") >" + quote(out.string()) + " 2>" + quote(err.string()) + " </dev/null";
  int status = std::system(full.c_str());
  ToolRun result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_text(out);
  result.err = read_text(err);
  return result;
}

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "sygedok-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace sygedok::e2e
