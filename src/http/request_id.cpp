#include "http/request_id.h"

#include <Poco/Net/HTTPRequest.h>

#include <algorithm>
#include <random>

namespace sygedok::http {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool is_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool hyphen_here = i == 8 || i == 13 || i == 18 || i == 23;
    if (hyphen_here ? text[i] != '-' : !is_hex(text[i])) return false;
  }
  return true;
}

int two_digits(std::string_view digits, std::size_t at) { return (digits[at] - '0') * 10 + (digits[at + 1] - '0'); }

// Ten digits in a row (hyphens ignored) that begin with a day and a month,
// as a CPR number or its replacement number (day + 60) does.
bool holds_cpr_like_run(std::string_view uuid) {
  std::string digits_only;
  for (char c : uuid) {
    if (c == '-') continue;
    digits_only += is_digit(c) ? c : ' ';
  }
  for (std::size_t at = 0; at + 10 <= digits_only.size(); ++at) {
    std::string_view window = std::string_view(digits_only).substr(at, 10);
    if (!std::all_of(window.begin(), window.end(), is_digit)) continue;
    int day = two_digits(window, 0), month = two_digits(window, 2);
    if (((day >= 1 && day <= 31) || (day >= 61 && day <= 91)) && month >= 1 && month <= 12) return true;
  }
  return false;
}

bool is_opaque_token(std::string_view text) {
  if (text.size() < 16 || text.size() > 64) return false;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return is_letter(c) || is_digit(c); })) return false;
  auto digits = std::count_if(text.begin(), text.end(), is_digit);
  return digits >= 1 && digits <= 9;
}

}  // namespace

bool is_opaque_request_id(std::string_view offered) {
  if (is_uuid(offered)) return !holds_cpr_like_run(offered);
  return is_opaque_token(offered);
}

std::string request_id_for(const Poco::Net::HTTPRequest& request) {
  if (request.has("X-Request-Id") && is_opaque_request_id(request.get("X-Request-Id"))) return request.get("X-Request-Id");
  return new_request_id();
}

std::string new_request_id() {
  static constexpr std::string_view alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937_64 generator{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string id(22, 'a');
  do {
    for (char& c : id) c = alphabet[pick(generator)];
  } while (!is_opaque_token(id));  // about 2 in 100 have no digit
  return id;
}

}  // namespace sygedok::http
