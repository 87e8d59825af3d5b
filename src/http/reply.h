#pragma once
// What an endpoint answers: status, media type, body and extra headers,
// built completely before anything is sent, so that a failure while building
// it can still become a 500 problem. Plain data; thread-compatible.
#include <string>
#include <utility>
#include <vector>

namespace sygedok::http {

struct Reply {
  int status = 200;
  std::string content_type;  // "" only for an empty body
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  bool close_connection = false;  // send "Connection: close" and end the connection afterwards

  Reply& with_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
};

}  // namespace sygedok::http
