// SPDX-License-Identifier: MIT
// swrkit — what reading a JSON document found: its first syntax error, and the problem earliest in it.
// The policy in one place: a syntax error ("not JSON") always wins, and the first one met is kept, since
// reading stops there; limit, schema and value problems ("JSON, but not what we take") are recorded while
// reading goes on to the end of the document, and the one earliest in the document is kept.
#ifndef SWR_DETAIL_JSON_DIAGNOSTICS_HPP
#define SWR_DETAIL_JSON_DIAGNOSTICS_HPP

#include <cstddef>

#include "swr/config.hpp"
#include "swr/error.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

class json_diagnostics {
 public:
  bool failed() const noexcept { return !syntax_.ok(); }

  /// The first syntax error, else the earliest recorded problem, else an error with code `none`.
  const error& outcome() const noexcept { return failed() ? syntax_ : problem_; }

  /// Records a non-syntax problem; the one earliest in the document is kept (the first of equals).
  void record(const error& e) noexcept {
    if (problem_.ok() || e.offset < problem_.offset) problem_ = e;
  }
  void record(error_code code, swr::field f, std::size_t at) noexcept { record(error{code, f, at, at}); }

  /// Records a syntax error at `at` (the first one wins) and returns false, for `return fail(...)`.
  bool fail(error_code code, std::size_t at) noexcept {
    if (!failed()) syntax_ = error{code, field::none, at, at};
    return false;
  }

 private:
  error syntax_{};
  error problem_{};
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_DIAGNOSTICS_HPP
