// SPDX-License-Identifier: MIT
// swrkit — `result<T, E>`: a value or the reason there is none, in the shape of C++23 std::expected
// (has_value, operator bool, value, operator*, operator->, error, value_or), usable from C++17 and with
// -fno-exceptions. Every fallible operation of swrkit returns one.
#ifndef SWR_RESULT_HPP
#define SWR_RESULT_HPP

#include <cstdlib>
#include <type_traits>
#include <utility>
#include <variant>

#include "swr/config.hpp"

#if SWR_HAS_EXCEPTIONS
#include <exception>
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// Wraps an error to construct a failed result: `return swr::unexpected(error{...});`.
template <class E>
class unexpected {
 public:
  constexpr explicit unexpected(E error) noexcept(std::is_nothrow_move_constructible_v<E>) : error_(std::move(error)) {}
  constexpr const E& error() const& noexcept { return error_; }
  constexpr E& error() & noexcept { return error_; }
  constexpr E&& error() && noexcept { return std::move(error_); }

 private:
  E error_;
};

template <class E>
unexpected(E) -> unexpected<E>;

#if SWR_HAS_EXCEPTIONS
/// Thrown by `result::value()` on a result that holds an error (with exceptions enabled).
class bad_result_access : public std::exception {
 public:
  const char* what() const noexcept override { return "swr::result::value() called on a result holding an error"; }
};
#endif

namespace detail {
// Not constexpr: reaching it in a constant expression is a compile error, as it should be.
[[noreturn]] inline void bad_result_access_failure() {
#if SWR_HAS_EXCEPTIONS
  throw bad_result_access();
#else
  std::abort();  // without exceptions, value() on an error is a contract violation that stops the program
#endif
}
}  // namespace detail

/// A `T`, or an `E` saying why there is no `T`. Accessing the wrong alternative through `operator*`,
/// `operator->` or `error()` is a precondition violation; `value()` checks (throws `bad_result_access`,
/// or aborts without exceptions).
template <class T, class E>
class result {
  static_assert(!std::is_same_v<std::remove_cv_t<T>, std::remove_cv_t<E>>, "result<T, E> needs distinct T and E");

 public:
  using value_type = T;
  using error_type = E;

  constexpr result(const T& value) : storage_(std::in_place_index<0>, value) {}
  constexpr result(T&& value) : storage_(std::in_place_index<0>, std::move(value)) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, const G&>, int> = 0>
  constexpr result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&>, int> = 0>
  constexpr result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}

  constexpr bool has_value() const noexcept { return storage_.index() == 0; }
  constexpr explicit operator bool() const noexcept { return has_value(); }

  constexpr T& value() & {
    if (!has_value()) detail::bad_result_access_failure();
    return **this;
  }
  constexpr const T& value() const& {
    if (!has_value()) detail::bad_result_access_failure();
    return **this;
  }
  constexpr T&& value() && {
    if (!has_value()) detail::bad_result_access_failure();
    return std::move(**this);
  }

  // std::get rather than std::get_if: GCC 12 cannot compare the address of a temporary's member with null
  // in a constant expression. A wrong access then terminates (noexcept) instead of being undefined.
  constexpr T& operator*() & noexcept { return std::get<0>(storage_); }
  constexpr const T& operator*() const& noexcept { return std::get<0>(storage_); }
  constexpr T&& operator*() && noexcept { return std::get<0>(std::move(storage_)); }
  constexpr T* operator->() noexcept { return &std::get<0>(storage_); }
  constexpr const T* operator->() const noexcept { return &std::get<0>(storage_); }

  constexpr E& error() & noexcept { return std::get<1>(storage_); }
  constexpr const E& error() const& noexcept { return std::get<1>(storage_); }
  constexpr E&& error() && noexcept { return std::get<1>(std::move(storage_)); }

  template <class U>
  constexpr T value_or(U&& fallback) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }
  template <class U>
  constexpr T value_or(U&& fallback) && {
    return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  std::variant<T, E> storage_;
};

}  // inline namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_RESULT_HPP
