#pragma once
// Result<T>: a value and the warnings found on the way, or the errors that
// prevented it (all of them, not just the first). Thread-compatible.
#include <cassert>
#include <optional>
#include <utility>

#include "core/diagnostic.h"

namespace sygedok {

template <typename T>
class Result {
 public:
  static Result success(T value, Diagnostics warnings = {}) {
    Result r;
    r.value_.emplace(std::move(value));
    r.diagnostics_ = std::move(warnings);
    return r;
  }
  static Result failure(Diagnostics errors) {
    assert(has_errors(errors));
    Result r;
    r.diagnostics_ = std::move(errors);
    return r;
  }
  static Result failure(Diagnostic error) { return failure(Diagnostics{std::move(error)}); }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { assert(ok()); return *value_; }
  T& value() & { assert(ok()); return *value_; }
  T&& take() && { assert(ok()); return std::move(*value_); }
  const Diagnostics& diagnostics() const { return diagnostics_; }
  Diagnostics take_diagnostics() { return std::move(diagnostics_); }

 private:
  std::optional<T> value_;
  Diagnostics diagnostics_;
};

}  // namespace sygedok
