#include "cli/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace sygedok::cli {
namespace {

// Writes `bytes` to a temporary file beside `path` and syncs it; returns its
// name in `temp`, or an error (and no temporary file).
Diagnostics write_temporary(const std::string& path, std::string_view bytes, std::string& temp) {
  temp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  auto failed = [&](const char* what) {
    std::string reason = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    return Diagnostics{error("", "write_failed", std::string("Kunne ikke ") + what + " " + path + ": " + reason)};
  };
  if (fd < 0) return failed("oprette");
  std::size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return failed("skrive");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return failed("gemme");
  if (::close(fd) != 0) {
    fd = -1;
    return failed("gemme");
  }
  return {};
}

Diagnostics rename_failed(const std::string& temp, const std::string& path) {
  std::string reason = std::strerror(errno);
  ::unlink(temp.c_str());
  return {error("", "write_failed", "Kunne ikke omdøbe til " + path + ": " + reason)};
}

}  // namespace

Diagnostics write_file_atomically(const std::string& path, std::string_view bytes) {
  std::string temp;
  Diagnostics problems = write_temporary(path, bytes, temp);
  if (!problems.empty()) return problems;
  if (::rename(temp.c_str(), path.c_str()) != 0) return rename_failed(temp, path);
  return {};
}

Diagnostics write_files_atomically(const std::vector<FileToWrite>& files) {
  std::vector<std::string> temps;
  for (const auto& file : files) {
    std::string temp;
    Diagnostics problems = write_temporary(file.path, file.bytes, temp);
    if (!problems.empty()) {
      for (const auto& written : temps) ::unlink(written.c_str());
      return problems;
    }
    temps.push_back(temp);
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (::rename(temps[i].c_str(), files[i].path.c_str()) == 0) continue;
    Diagnostics problems = rename_failed(temps[i], files[i].path);
    for (std::size_t j = 0; j < i; ++j) ::unlink(files[j].path.c_str());  // the new files already in place
    for (std::size_t j = i + 1; j < files.size(); ++j) ::unlink(temps[j].c_str());
    return problems;
  }
  return {};
}

bool read_file(const std::string& path, std::string& bytes) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = buffer.str();
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace sygedok::cli
