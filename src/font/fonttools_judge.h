#pragma once
// Test support (used only by the font stage's *_test.cpp): runs a Python
// script with fontTools over font bytes, so that tests can compare what our
// parser and subsetter do with what an independent implementation reads.
// Each call uses its own temporary files; safe to call from any thread.
#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

#include <sys/wait.h>
#include <unistd.h>

namespace sygedok::font::testing {

// A python3 that can import fontTools (Debian's python3-fonttools lives in
// /usr/bin/python3, which may differ from the first python3 on PATH).
inline std::optional<std::string> fonttools_python() {
  for (const char* candidate : {"/usr/bin/python3", "python3"}) {
    std::string probe = std::string(candidate) + " -c 'import fontTools.ttLib' >/dev/null 2>&1";
    if (std::system(probe.c_str()) == 0) return std::string(candidate);
  }
  return std::nullopt;
}

struct JudgeOutput {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

// Writes `font` to a temporary file and runs `script` with its path as
// sys.argv[1]. The script's output is returned whole.
inline JudgeOutput run_fonttools(const std::string& python, std::string_view script, std::string_view font) {
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() /
             ("sygedok-font-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  auto font_path = dir / "font.ttf";
  auto script_path = dir / "judge.py";
  std::ofstream(font_path, std::ios::binary).write(font.data(), static_cast<std::streamsize>(font.size()));
  std::ofstream(script_path, std::ios::binary).write(script.data(), static_cast<std::streamsize>(script.size()));

  JudgeOutput result;
  std::string command = python + " '" + script_path.string() + "' '" + font_path.string() + "' 2>&1";
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace sygedok::font::testing
