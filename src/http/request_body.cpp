#include "http/request_body.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>

#include <algorithm>
#include <array>

namespace sygedok::http {

bool has_body(const Poco::Net::HTTPRequest& request) {
  return request.getChunkedTransferEncoding() ||
         (request.hasContentLength() && request.getContentLength64() > 0);
}

bool declared_too_large(const Poco::Net::HTTPRequest& request, std::size_t max_bytes) {
  return !request.getChunkedTransferEncoding() && request.hasContentLength() &&
         static_cast<std::uint64_t>(request.getContentLength64()) > max_bytes;
}

RequestBody read_bounded(std::istream& in, std::optional<std::size_t> declared_length, const BodyLimits& limits,
                         std::optional<Deadline> deadline,
                         const std::function<void(std::chrono::milliseconds)>& set_read_timeout) {
  using namespace std::chrono;
  const Deadline until = deadline.value_or(steady_clock::now() + limits.deadline);
  if (declared_length && *declared_length > limits.max_bytes) return {BodyStatus::TooLarge, {}};

  RequestBody body;
  std::array<char, 64 * 1024> buffer;
  try {
    in.exceptions(std::ios::badbit);  // rethrows what the stream buffer threw (timeouts included)
    for (;;) {
      // At most max_bytes + 1 bytes are read: one more than allowed proves the body too large.
      std::size_t remaining = (declared_length ? *declared_length : limits.max_bytes + 1) - body.text.size();
      if (declared_length && remaining == 0) break;
      auto left = duration_cast<milliseconds>(until - steady_clock::now());
      if (left <= milliseconds(0)) return {BodyStatus::TimedOut, {}};
      if (set_read_timeout) set_read_timeout(std::min(left, limits.receive_timeout));
      // peek() reads from the source at most once; readsome() takes only what that brought.
      if (std::istream::traits_type::eq_int_type(in.peek(), std::istream::traits_type::eof())) {
        if (declared_length) return {BodyStatus::Broken, {}};  // ended early
        break;  // the end of a chunked body: never read again
      }
      auto got = in.readsome(buffer.data(), static_cast<std::streamsize>(std::min(buffer.size(), remaining)));
      body.text.append(buffer.data(), static_cast<std::size_t>(got));
      if (body.text.size() > limits.max_bytes) return {BodyStatus::TooLarge, {}};
    }
  } catch (const Poco::TimeoutException&) {
    return {BodyStatus::TimedOut, {}};
  } catch (const Poco::Exception&) {
    return {BodyStatus::Broken, {}};
  } catch (const std::ios_base::failure&) {
    return {BodyStatus::Broken, {}};
  }
  return body;
}

RequestBody read_request_body(Poco::Net::HTTPServerRequest& request, const BodyLimits& limits, Deadline deadline) {
  if (declared_too_large(request, limits.max_bytes)) return {BodyStatus::TooLarge, {}};
  if (!has_body(request)) return {};
  std::function<void(std::chrono::milliseconds)> set_timeout;
  if (auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request)) {
    set_timeout = [impl](std::chrono::milliseconds wait) {
      impl->socket().setReceiveTimeout(Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(wait).count()));
    };
  }
  std::optional<std::size_t> declared;
  if (!request.getChunkedTransferEncoding()) declared = static_cast<std::size_t>(request.getContentLength64());
  return read_bounded(request.stream(), declared, limits, deadline, set_timeout);
}

}  // namespace sygedok::http
