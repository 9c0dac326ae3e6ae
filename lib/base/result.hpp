#pragma once
/// Result<T>: a value, or the diagnostics that explain why there is none.
#include <optional>
#include <utility>

#include "base/diag.hpp"

namespace pmadmin {

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                      // NOLINT: implicit by design
  Result(Diagnostics errors) : errors_(std::move(errors)) {}         // NOLINT
  Result(Diagnostic error) { errors_.push_back(std::move(error)); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  const Diagnostics& errors() const { return errors_; }
  Diagnostics& errors() { return errors_; }

 private:
  std::optional<T> value_;
  Diagnostics errors_;
};

/// For operations that return nothing but may fail.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Status(Unit{}); }

}  // namespace pmadmin
