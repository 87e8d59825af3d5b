#pragma once
// Writing JSON text for responses: string escaping that always yields valid
// JSON (invalid UTF-8 becomes U+FFFD), and a small builder for objects and
// arrays. Non-ASCII text is kept as UTF-8, so Danish letters stay readable.
// JsonWriter is a value used by one thread; json_string() is a pure function.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sygedok {

// `text` as a quoted JSON string.
std::string json_string(std::string_view text);

// Appends JSON to a string in document order. The caller opens and closes
// containers in pairs; commas are placed automatically.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);  // inside an object, before each value
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& number(std::int64_t number);
  JsonWriter& boolean(bool flag);
  JsonWriter& raw(std::string_view json);  // an already encoded JSON value

  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();

  std::string out_;
  std::vector<bool> first_in_container_;
  bool after_key_ = false;
};

}  // namespace sygedok
