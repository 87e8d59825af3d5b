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

Diagnostics write_file_atomically(const std::string& path, std::string_view bytes) {
  std::string temp = path + ".tmp-" + std::to_string(::getpid());
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
  fd = -1;
  if (::rename(temp.c_str(), path.c_str()) != 0) return failed("omdøbe til");
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
