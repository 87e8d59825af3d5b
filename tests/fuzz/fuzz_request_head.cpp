// libFuzzer target: the request-head judge of the connection gate
// (http/request_head.h), which sees every byte a client sends before Poco
// does. Besides not crashing, its answers must be consistent: a complete
// head lies within the input and ends in an empty line, and a refusal has
// one of the statuses the gate may send, with a Danish detail.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "http/request_head.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  using State = sygedok::http::RequestHead::State;
  auto head = sygedok::http::judge_request_head(bytes);
  switch (head.state) {
    case State::Complete:
      if (head.size == 0 || head.size > bytes.size() || bytes[head.size - 1] != '\n' || head.method.empty() ||
          head.target.empty() || (head.chunked && head.content_length))
        __builtin_trap();
      // A complete head stays complete, and the same, whatever follows it.
      if (auto again = sygedok::http::judge_request_head(bytes.substr(0, head.size)); again.state != State::Complete)
        __builtin_trap();
      break;
    case State::Refused: {
      int s = head.problem.status;
      if ((s != 400 && s != 414 && s != 431 && s != 501 && s != 505) || head.problem.detail.empty()) __builtin_trap();
      break;
    }
    case State::Incomplete:
      if (bytes.size() > 64 * 1024) __builtin_trap();
      break;
  }
  return 0;
}
