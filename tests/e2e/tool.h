#pragma once
// Runs external programs (the sygedok binary, qpdf, pdftotext, ...) for the
// end-to-end tests and captures what they print. Each test works in its own
// temporary folder. Not thread-safe (tests run one at a time).
#include <filesystem>
#include <string>

namespace sygedok::e2e {

struct ToolRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` with /bin/sh; stdout and stderr are captured separately.
ToolRun run(const std::string& command);

// The command line to run the sygedok binary under test with `arguments`.
std::string sygedok(const std::string& arguments);

std::string quote(const std::string& text);
std::string read_text(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);
std::filesystem::path source_dir();

// A fresh, empty folder under the system's temporary folder, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace sygedok::e2e
