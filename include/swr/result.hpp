// SPDX-License-Identifier: MIT
// swrkit — `result<T, E>`: a value or the reason there is none, in the shape of C++23 std::expected, usable
// from C++17 and with -fno-exceptions -fno-rtti. Every fallible operation of swrkit returns one.
//   - construction: from anything T is constructible from (`return "x";` in a function returning
//     result<std::string, E>; explicit where the conversion to T is), from unexpected<G> (explicit where G does
//     not convert to E), in place with std::in_place or swr::unexpect; result<void, E> default-constructs
//     to success;
//   - observers: has_value, operator bool, value (checked: throws bad_result_access, or aborts without
//     exceptions), operator*, operator->, error, value_or, error_or;
//   - monadic operations, on &, const&, && and const&& results: and_then (f returns a result with the same
//     E), transform (f returns the new value; void makes a result<void, E>), or_else (f returns a result with
//     the same T), transform_error (f returns the new error). f is called directly (not std::invoke: no
//     member pointers), and a reference it returns is copied into the new result;
//   - comparisons, == and !=: with another result, with a value, with an unexpected;
//   - [[nodiscard]]: dropping a result or an unexpected is a warning.
// Unlike std::expected, T and E must differ, and transform's result is moved into place (T must be movable).
#ifndef SWR_RESULT_HPP
#define SWR_RESULT_HPP

#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>

#include "swr/config.hpp"

#if SWR_HAS_EXCEPTIONS
#include <exception>
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

template <class E>
class unexpected;
template <class T, class E>
class result;

/// The tag that builds a result's error in place: `result<T, E>(swr::unexpect, args...)`.
struct unexpect_t {
  explicit unexpect_t() = default;
};
inline constexpr unexpect_t unexpect{};

#if SWR_HAS_EXCEPTIONS
// A header-only library cannot define a virtual function out of line, so the vtable is emitted wherever it is
// used (Clang's -Wweak-vtables says so); the linker keeps one.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wweak-vtables"
#endif
/// Thrown by `result::value()` on a result that holds an error (with exceptions enabled).
class bad_result_access : public std::exception {
 public:
  const char* what() const noexcept override { return "swr::result::value() called on a result holding an error"; }
};
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
#endif

namespace detail {
// Not constexpr: reaching it in a constant expression is a compile error, as it should be.
// GCOVR_EXCL_START: the abort without exceptions stops the program (the throw is tested with exceptions)
[[noreturn]] inline void bad_result_access_failure() {
#if SWR_HAS_EXCEPTIONS
  throw bad_result_access();
#else
  std::abort();  // without exceptions, value() on an error is a contract violation that stops the program
#endif
}
// GCOVR_EXCL_STOP

template <class X>
using result_uncvref_t = std::remove_cv_t<std::remove_reference_t<X>>;

template <class X>
struct is_result_specialization : std::false_type {};
template <class T, class E>
struct is_result_specialization<result<T, E>> : std::true_type {};

template <class X>
struct is_unexpected_specialization : std::false_type {};
template <class E>
struct is_unexpected_specialization<unexpected<E>> : std::true_type {};

// What f(args...) gives, called the way the monadic operations call it: directly (std::invoke would need
// <functional>).
template <class F, class... Args>
using result_call_t = decltype(std::declval<F>()(std::declval<Args>()...));

// A type that a result can hold as its value (void: result<void, E>).
template <class X>
inline constexpr bool result_valid_value_v = std::is_void_v<X> ||
                                             (std::is_object_v<X> && !std::is_array_v<X> &&
                                              !std::is_same_v<std::remove_cv_t<X>, std::in_place_t> &&
                                              !std::is_same_v<std::remove_cv_t<X>, unexpect_t> &&
                                              !is_unexpected_specialization<std::remove_cv_t<X>>::value);

// A type that a result (or an unexpected) can hold as its error.
template <class X>
inline constexpr bool result_valid_error_v =
    std::is_object_v<X> && !std::is_array_v<X> && !std::is_const_v<X> && !std::is_volatile_v<X> &&
    !std::is_same_v<X, std::in_place_t> && !std::is_same_v<X, unexpect_t> && !is_unexpected_specialization<X>::value;

// The converting constructor's constraint: U makes a T, and is none of a result, an unexpected or a tag.
// std::conjunction, so that is_constructible is not even asked about the excluded types.
template <class T, class U>
inline constexpr bool result_converts_v =
    std::conjunction_v<std::negation<std::is_same<result_uncvref_t<U>, std::in_place_t>>,
                       std::negation<std::is_same<result_uncvref_t<U>, unexpect_t>>,
                       std::negation<is_result_specialization<result_uncvref_t<U>>>,
                       std::negation<is_unexpected_specialization<result_uncvref_t<U>>>, std::is_constructible<T, U>>;

// What a value compares with through result == value: anything but a result or an unexpected.
template <class X>
inline constexpr bool result_comparable_value_v =
    !is_result_specialization<X>::value && !is_unexpected_specialization<X>::value;

// Two held values compared with their own operator==, as std::expected does: for a floating-point T too, which is
// the caller's choice, so -Wfloat-equal is not swrkit's to raise (GCC and Clang read this pragma).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wfloat-equal"
template <class A, class B>
constexpr bool values_equal(const A& a, const B& b) {
  return static_cast<bool>(a == b);
}
#pragma GCC diagnostic pop

// ---- The storage of a result: a tagged union, so that <variant> and its visitation machinery are neither
// included nor instantiated (they were most of the cost of including swrkit). Its special members are trivial
// exactly when T's and E's are, which keeps result<int, error> and result<std::string_view, error> literal and
// trivially copyable. Copying and moving are gated per member (result_*_gate), as std::expected's are.

// What result<void, E> holds on success.
struct result_void_value {};

// Not constexpr: a wrong access in a constant expression does not compile; at run time it stops the program.
[[noreturn]] inline void result_wrong_alternative() noexcept { std::abort(); }  // GCOVR_EXCL_LINE: stops the program

template <class T, class E>
inline constexpr bool result_trivially_destructible_v =
    std::is_trivially_destructible_v<T>&& std::is_trivially_destructible_v<E>;

template <class T, class E>
inline constexpr bool result_trivially_copyable_v = std::is_trivially_copyable_v<T>&& std::is_trivially_copyable_v<E>;

template <class T, class E, bool = result_trivially_destructible_v<T, E>>
union result_union {
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<0>, Args&&... args) : value(std::forward<Args>(args)...) {}
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<1>, Args&&... args) : error(std::forward<Args>(args)...) {}
  T value;
  E error;
};
template <class T, class E>
union result_union<T, E, false> {
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<0>, Args&&... args) : value(std::forward<Args>(args)...) {}
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<1>, Args&&... args) : error(std::forward<Args>(args)...) {}
  result_union(const result_union&) = delete;
  result_union& operator=(const result_union&) = delete;
  SWR_CONSTEXPR20 ~result_union() {}  // the owner destroys the active member
  T value;
  E error;
};

// The union, which member is active, and access to it. Checked access: a wrong one stops the program.
template <class T, class E>
struct result_storage_core {
  template <std::size_t I, class... Args>
  constexpr explicit result_storage_core(std::in_place_index_t<I> index, Args&&... args)
      : union_(index, std::forward<Args>(args)...), has_value_(I == 0) {}
  // Copies or moves the active member of other: the prvalue union that make returns initializes union_ in place.
  template <class Union>
  constexpr result_storage_core(bool has_value, Union&& other)
      : union_(make(has_value, std::forward<Union>(other))), has_value_(has_value) {}

  constexpr bool has_value() const noexcept { return has_value_; }
  constexpr T& value() & noexcept { return check(true), union_.value; }
  constexpr const T& value() const& noexcept { return check(true), union_.value; }
  constexpr T&& value() && noexcept { return check(true), std::move(union_.value); }
  constexpr const T&& value() const&& noexcept { return check(true), std::move(union_.value); }
  constexpr E& error() & noexcept { return check(false), union_.error; }
  constexpr const E& error() const& noexcept { return check(false), union_.error; }
  constexpr E&& error() && noexcept { return check(false), std::move(union_.error); }
  constexpr const E&& error() const&& noexcept { return check(false), std::move(union_.error); }

  constexpr void check(bool want_value) const noexcept {
    // GCOVR_EXCL_BR_START: the other way stops the program (a contract violation; there is no death test)
    if (has_value_ != want_value) result_wrong_alternative();
    // GCOVR_EXCL_BR_STOP
  }
  SWR_CONSTEXPR20 void destroy() noexcept {
    if constexpr (!result_trivially_destructible_v<T, E>) {
      if (has_value_) {
        union_.value.~T();
      } else {
        union_.error.~E();
      }
    }
  }
  template <class Union>
  static constexpr result_union<T, E> make(bool has_value, Union&& other) {
    if (has_value) return result_union<T, E>(std::in_place_index<0>, std::forward<Union>(other).value);
    return result_union<T, E>(std::in_place_index<1>, std::forward<Union>(other).error);
  }

  result_union<T, E> union_;
  bool has_value_;
};

// Destroys the active member when T or E needs it.
template <class T, class E, bool = result_trivially_destructible_v<T, E>>
struct result_storage_base : result_storage_core<T, E> {
  using result_storage_core<T, E>::result_storage_core;
};
template <class T, class E>
struct result_storage_base<T, E, false> : result_storage_core<T, E> {
  using result_storage_core<T, E>::result_storage_core;
  result_storage_base(const result_storage_base&) = delete;
  result_storage_base& operator=(const result_storage_base&) = delete;
  SWR_CONSTEXPR20 ~result_storage_base() { this->destroy(); }
};

// Copy and move: trivial when T and E are trivially copyable; otherwise member-wise on the active member.
// Assigning the other alternative builds the new member first (so a throwing copy changes nothing), then
// destroys the old one and moves the new one in, which result_*_gate allows only when that move cannot throw.
template <class T, class E, bool = result_trivially_copyable_v<T, E>>
struct result_storage : result_storage_base<T, E> {
  using result_storage_base<T, E>::result_storage_base;
};
template <class T, class E>
struct result_storage<T, E, false> : result_storage_base<T, E> {
  using base = result_storage_base<T, E>;
  using base::base;

  result_storage(const result_storage& other) noexcept(
      std::is_nothrow_copy_constructible_v<T>&& std::is_nothrow_copy_constructible_v<E>)
      : base(other.has_value_, other.union_) {}
  result_storage(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_constructible_v<E>)
      : base(other.has_value_, std::move(other.union_)) {}
  ~result_storage() = default;

  result_storage& operator=(const result_storage& other) {
    if (other.has_value_) {
      assign(this->union_.value, true, other.union_.value);
    } else {
      assign(this->union_.error, false, other.union_.error);
    }
    return *this;
  }
  result_storage& operator=(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_assignable_v<T>&&
          std::is_nothrow_move_constructible_v<E>&& std::is_nothrow_move_assignable_v<E>) {
    if (other.has_value_) {
      assign(this->union_.value, true, std::move(other.union_.value));
    } else {
      assign(this->union_.error, false, std::move(other.union_.error));
    }
    return *this;
  }

 private:
  // target is the member (value or error) that becomes active: is_value says which one it is.
  template <class Member, class Source>
  void assign(Member& target, bool is_value, Source&& source) {
    if (this->has_value_ == is_value) {
      target = std::forward<Source>(source);
      return;
    }
    Member fresh(std::forward<Source>(source));
    this->destroy();
    ::new (static_cast<void*>(__builtin_addressof(target))) Member(std::move(fresh));
    this->has_value_ = is_value;
  }
};

// Empty bases that delete the special members of result that T or E cannot support.
template <bool Allowed>
struct result_copy_gate {};
template <>
struct result_copy_gate<false> {
  result_copy_gate() = default;
  result_copy_gate(const result_copy_gate&) = delete;
  result_copy_gate(result_copy_gate&&) = default;
  result_copy_gate& operator=(const result_copy_gate&) = default;
  result_copy_gate& operator=(result_copy_gate&&) = default;
};
template <bool Allowed>
struct result_move_gate {};
template <>
struct result_move_gate<false> {
  result_move_gate() = default;
  result_move_gate(const result_move_gate&) = default;
  result_move_gate(result_move_gate&&) = delete;
  result_move_gate& operator=(const result_move_gate&) = default;
  result_move_gate& operator=(result_move_gate&&) = default;
};
template <bool Allowed>
struct result_copy_assign_gate {};
template <>
struct result_copy_assign_gate<false> {
  result_copy_assign_gate() = default;
  result_copy_assign_gate(const result_copy_assign_gate&) = default;
  result_copy_assign_gate(result_copy_assign_gate&&) = default;
  result_copy_assign_gate& operator=(const result_copy_assign_gate&) = delete;
  result_copy_assign_gate& operator=(result_copy_assign_gate&&) = default;
};
template <bool Allowed>
struct result_move_assign_gate {};
template <>
struct result_move_assign_gate<false> {
  result_move_assign_gate() = default;
  result_move_assign_gate(const result_move_assign_gate&) = default;
  result_move_assign_gate(result_move_assign_gate&&) = default;
  result_move_assign_gate& operator=(const result_move_assign_gate&) = default;
  result_move_assign_gate& operator=(result_move_assign_gate&&) = delete;
};

// Assigning the other alternative needs a move that cannot throw (see result_storage).
template <class X>
inline constexpr bool result_reassignable_v =
    std::is_nothrow_move_constructible_v<X> || std::is_trivially_copyable_v<X>;

template <class T, class E>
struct result_gates : result_copy_gate<std::is_copy_constructible_v<T> && std::is_copy_constructible_v<E>>,
                      result_move_gate<std::is_move_constructible_v<T> && std::is_move_constructible_v<E>>,
                      result_copy_assign_gate<std::is_copy_constructible_v<T> && std::is_copy_assignable_v<T> &&
                                              std::is_copy_constructible_v<E> && std::is_copy_assignable_v<E> &&
                                              result_reassignable_v<T> && result_reassignable_v<E>>,
                      result_move_assign_gate<std::is_move_constructible_v<T> && std::is_move_assignable_v<T> &&
                                              std::is_move_constructible_v<E> && std::is_move_assignable_v<E> &&
                                              result_reassignable_v<T> && result_reassignable_v<E>> {};
}  // namespace detail

/// Wraps an error to construct a failed result: `return swr::unexpected(error{...});`.
template <class E>
class [[nodiscard]] unexpected {
  static_assert(detail::result_valid_error_v<E>,
                "unexpected<E> needs an E that is an object type, not an array, const, volatile, unexpected or tag");

 public:
  constexpr explicit unexpected(E error) noexcept(std::is_nothrow_move_constructible_v<E>) : error_(std::move(error)) {}
  template <class... Args, std::enable_if_t<std::is_constructible_v<E, Args...>, int> = 0>
  constexpr explicit unexpected(std::in_place_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<E, Args...>)
      : error_(std::forward<Args>(args)...) {}

  constexpr const E& error() const& noexcept { return error_; }
  constexpr E& error() & noexcept { return error_; }
  constexpr E&& error() && noexcept { return std::move(error_); }
  constexpr const E&& error() const&& noexcept { return std::move(error_); }

  template <class G>
  friend constexpr bool operator==(const unexpected& x, const unexpected<G>& y) {
    return static_cast<bool>(x.error() == y.error());
  }
  template <class G>
  friend constexpr bool operator!=(const unexpected& x, const unexpected<G>& y) {
    return !(x == y);
  }

 private:
  E error_;
};

template <class E>
unexpected(E) -> unexpected<E>;

/// A `T`, or an `E` saying why there is no `T`. Accessing the wrong alternative through `operator*`,
/// `operator->` or `error()` is a precondition violation; `value()` checks (throws `bad_result_access`,
/// or aborts without exceptions).
template <class T, class E>
class [[nodiscard]] result : detail::result_gates<T, E> {
  static_assert(!std::is_same_v<std::remove_cv_t<T>, std::remove_cv_t<E>>, "result<T, E> needs distinct T and E");
  static_assert(detail::result_valid_value_v<T>,
                "result<T, E> needs a T that is void or an object type, not an array, unexpected or tag");
  static_assert(detail::result_valid_error_v<E>,
                "result<T, E> needs an E that is an object type, not an array, const, volatile, unexpected or tag");

 public:
  using value_type = T;
  using error_type = E;

  /// From anything that makes a T (`return "text";` for a result<std::string, E>); explicit where U does not
  /// convert to T implicitly.
  template <class U = T, std::enable_if_t<detail::result_converts_v<T, U> && std::is_convertible_v<U&&, T>, int> = 0>
  constexpr result(U&& value) noexcept(std::is_nothrow_constructible_v<T, U&&>)
      : storage_(std::in_place_index<0>, std::forward<U>(value)) {}
  template <class U = T, std::enable_if_t<detail::result_converts_v<T, U> && !std::is_convertible_v<U&&, T>, int> = 0>
  constexpr explicit result(U&& value) noexcept(std::is_nothrow_constructible_v<T, U&&>)
      : storage_(std::in_place_index<0>, std::forward<U>(value)) {}

  /// The error of an unexpected<G>; explicit where G does not convert to E implicitly.
  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && std::is_convertible_v<const G&, E>, int> = 0>
  constexpr result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && !std::is_convertible_v<const G&, E>, int> = 0>
  constexpr explicit result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && std::is_convertible_v<G&&, E>, int> = 0>
  constexpr result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && !std::is_convertible_v<G&&, E>, int> = 0>
  constexpr explicit result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}

  /// The value, or the error, made in place from args.
  template <class... Args, std::enable_if_t<std::is_constructible_v<T, Args&&...>, int> = 0>
  constexpr explicit result(std::in_place_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<T, Args&&...>)
      : storage_(std::in_place_index<0>, std::forward<Args>(args)...) {}
  template <class... Args, std::enable_if_t<std::is_constructible_v<E, Args&&...>, int> = 0>
  constexpr explicit result(unexpect_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<E, Args&&...>)
      : storage_(std::in_place_index<1>, std::forward<Args>(args)...) {}

  constexpr bool has_value() const noexcept { return storage_.has_value(); }
  constexpr explicit operator bool() const noexcept { return has_value(); }

  constexpr T& value() & {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return **this;
  }
  constexpr const T& value() const& {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return **this;
  }
  constexpr T&& value() && {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return std::move(**this);
  }
  constexpr const T&& value() const&& {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return std::move(**this);
  }

  // A wrong access terminates (the storage checks) instead of being undefined; in a constant expression it
  // does not compile.
  constexpr T& operator*() & noexcept { return storage_.value(); }
  constexpr const T& operator*() const& noexcept { return storage_.value(); }
  constexpr T&& operator*() && noexcept { return std::move(storage_).value(); }
  constexpr const T&& operator*() const&& noexcept { return std::move(storage_).value(); }
  constexpr T* operator->() noexcept { return &storage_.value(); }
  constexpr const T* operator->() const noexcept { return &storage_.value(); }

  constexpr E& error() & noexcept { return storage_.error(); }
  constexpr const E& error() const& noexcept { return storage_.error(); }
  constexpr E&& error() && noexcept { return std::move(storage_).error(); }
  constexpr const E&& error() const&& noexcept { return std::move(storage_).error(); }

  template <class U>
  constexpr T value_or(U&& fallback) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }
  template <class U>
  constexpr T value_or(U&& fallback) && {
    return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
  }

  /// The error, or the fallback converted to E when there is a value.
  template <class G>
  constexpr E error_or(G&& fallback) const& {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
  }
  template <class G>
  constexpr E error_or(G&& fallback) && {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : std::move(*this).error();
  }

  /// f(value) when there is a value (f returns a result<U, E>), else the error, as a result<U, E>.
  template <class F>
  constexpr auto and_then(F&& f) & {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const& {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) && {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const&& {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<U, E> holding f(value) when there is a value (result<void, E> when f returns void), else the error.
  template <class F>
  constexpr auto transform(F&& f) & {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const& {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) && {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const&& {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }

  /// f(error) when there is an error (f returns a result<T, G>), else the value, as a result<T, G>.
  template <class F>
  constexpr auto or_else(F&& f) & {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const& {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) && {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const&& {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<T, G> holding f(error) when there is an error, else the value.
  template <class F>
  constexpr auto transform_error(F&& f) & {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const& {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) && {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const&& {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }

  /// Equal when both hold equal values or both hold equal errors.
  template <class T2, class E2, std::enable_if_t<!std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator==(const result& x, const result<T2, E2>& y) {
    if (x.has_value() != y.has_value()) return false;
    return x.has_value() ? detail::values_equal(*x, *y) : static_cast<bool>(x.error() == y.error());
  }
  template <class T2, class E2, std::enable_if_t<!std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator!=(const result& x, const result<T2, E2>& y) {
    return !(x == y);
  }
  /// Equal when x holds a value equal to v.
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator==(const result& x, const T2& v) {
    return x.has_value() && detail::values_equal(*x, v);
  }
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator==(const T2& v, const result& x) {
    return x == v;
  }
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator!=(const result& x, const T2& v) {
    return !(x == v);
  }
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator!=(const T2& v, const result& x) {
    return !(x == v);
  }
  /// Equal when x holds an error equal to e's.
  template <class E2>
  friend constexpr bool operator==(const result& x, const unexpected<E2>& e) {
    return !x.has_value() && static_cast<bool>(x.error() == e.error());
  }
  template <class E2>
  friend constexpr bool operator==(const unexpected<E2>& e, const result& x) {
    return x == e;
  }
  template <class E2>
  friend constexpr bool operator!=(const result& x, const unexpected<E2>& e) {
    return !(x == e);
  }
  template <class E2>
  friend constexpr bool operator!=(const unexpected<E2>& e, const result& x) {
    return !(x == e);
  }

 private:
  // Each operation once, for the four kinds of *this: Self is result&, const result&, result or const result.
  template <class Self, class F>
  static constexpr auto and_then_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F, decltype(*std::forward<Self>(self))>>;
    static_assert(detail::is_result_specialization<U>::value, "and_then: f must return a swr::result");
    static_assert(std::is_same_v<typename U::error_type, E>, "and_then: f must return a result with the same E");
    if (self.has_value()) return U(std::forward<F>(f)(*std::forward<Self>(self)));
    return U(unexpect, std::forward<Self>(self).error());
  }

  template <class Self, class F>
  static constexpr auto transform_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F, decltype(*std::forward<Self>(self))>>;
    static_assert(detail::result_valid_value_v<U>, "transform: f must return void or a type a result can hold");
    if constexpr (std::is_void_v<U>) {
      if (!self.has_value()) return result<void, E>(unexpect, std::forward<Self>(self).error());
      std::forward<F>(f)(*std::forward<Self>(self));
      return result<void, E>();
    } else {
      if (!self.has_value()) return result<U, E>(unexpect, std::forward<Self>(self).error());
      return result<U, E>(std::in_place, std::forward<F>(f)(*std::forward<Self>(self)));
    }
  }

  template <class Self, class F>
  static constexpr auto or_else_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::is_result_specialization<G>::value, "or_else: f must return a swr::result");
    static_assert(std::is_same_v<typename G::value_type, T>, "or_else: f must return a result with the same T");
    if (self.has_value()) return G(std::in_place, *std::forward<Self>(self));
    return G(std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  template <class Self, class F>
  static constexpr auto transform_error_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::result_valid_error_v<G>, "transform_error: f must return a type a result can hold");
    if (self.has_value()) return result<T, G>(std::in_place, *std::forward<Self>(self));
    return result<T, G>(unexpect, std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  detail::result_storage<T, E> storage_;
};

/// Success, or an `E` saying why not. Default-constructed, it is a success.
template <class E>
class [[nodiscard]] result<void, E> : detail::result_gates<detail::result_void_value, E> {
  static_assert(detail::result_valid_error_v<E>,
                "result<void, E> needs an E that is an object type, not an array, const, volatile, unexpected or tag");

 public:
  using value_type = void;
  using error_type = E;

  constexpr result() noexcept : storage_(std::in_place_index<0>) {}
  constexpr explicit result(std::in_place_t) noexcept : storage_(std::in_place_index<0>) {}

  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && std::is_convertible_v<const G&, E>, int> = 0>
  constexpr result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && !std::is_convertible_v<const G&, E>, int> = 0>
  constexpr explicit result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && std::is_convertible_v<G&&, E>, int> = 0>
  constexpr result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && !std::is_convertible_v<G&&, E>, int> = 0>
  constexpr explicit result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}
  template <class... Args, std::enable_if_t<std::is_constructible_v<E, Args&&...>, int> = 0>
  constexpr explicit result(unexpect_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<E, Args&&...>)
      : storage_(std::in_place_index<1>, std::forward<Args>(args)...) {}

  constexpr bool has_value() const noexcept { return storage_.has_value(); }
  constexpr explicit operator bool() const noexcept { return has_value(); }

  /// Checks for success: throws `bad_result_access` (or aborts without exceptions) on an error.
  constexpr void value() const {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
  }
  constexpr void operator*() const noexcept {}

  constexpr E& error() & noexcept { return storage_.error(); }
  constexpr const E& error() const& noexcept { return storage_.error(); }
  constexpr E&& error() && noexcept { return std::move(storage_).error(); }
  constexpr const E&& error() const&& noexcept { return std::move(storage_).error(); }

  template <class G>
  constexpr E error_or(G&& fallback) const& {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
  }
  template <class G>
  constexpr E error_or(G&& fallback) && {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : std::move(*this).error();
  }

  /// f() on success (f returns a result<U, E>), else the error, as a result<U, E>.
  template <class F>
  constexpr auto and_then(F&& f) & {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const& {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) && {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const&& {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<U, E> holding f() on success (result<void, E> when f returns void), else the error.
  template <class F>
  constexpr auto transform(F&& f) & {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const& {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) && {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const&& {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }

  /// f(error) on an error (f returns a result<void, G>), else success, as a result<void, G>.
  template <class F>
  constexpr auto or_else(F&& f) & {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const& {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) && {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const&& {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<void, G> holding f(error) on an error, else success.
  template <class F>
  constexpr auto transform_error(F&& f) & {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const& {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) && {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const&& {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }

  /// Equal when both are successes or both hold equal errors.
  template <class T2, class E2, std::enable_if_t<std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator==(const result& x, const result<T2, E2>& y) {
    if (x.has_value() != y.has_value()) return false;
    return x.has_value() || static_cast<bool>(x.error() == y.error());
  }
  template <class T2, class E2, std::enable_if_t<std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator!=(const result& x, const result<T2, E2>& y) {
    return !(x == y);
  }
  /// Equal when x holds an error equal to e's.
  template <class E2>
  friend constexpr bool operator==(const result& x, const unexpected<E2>& e) {
    return !x.has_value() && static_cast<bool>(x.error() == e.error());
  }
  template <class E2>
  friend constexpr bool operator==(const unexpected<E2>& e, const result& x) {
    return x == e;
  }
  template <class E2>
  friend constexpr bool operator!=(const result& x, const unexpected<E2>& e) {
    return !(x == e);
  }
  template <class E2>
  friend constexpr bool operator!=(const unexpected<E2>& e, const result& x) {
    return !(x == e);
  }

 private:
  template <class Self, class F>
  static constexpr auto and_then_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F>>;
    static_assert(detail::is_result_specialization<U>::value, "and_then: f must return a swr::result");
    static_assert(std::is_same_v<typename U::error_type, E>, "and_then: f must return a result with the same E");
    if (self.has_value()) return U(std::forward<F>(f)());
    return U(unexpect, std::forward<Self>(self).error());
  }

  template <class Self, class F>
  static constexpr auto transform_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F>>;
    static_assert(detail::result_valid_value_v<U>, "transform: f must return void or a type a result can hold");
    if constexpr (std::is_void_v<U>) {
      if (!self.has_value()) return result<void, E>(unexpect, std::forward<Self>(self).error());
      std::forward<F>(f)();
      return result<void, E>();
    } else {
      if (!self.has_value()) return result<U, E>(unexpect, std::forward<Self>(self).error());
      return result<U, E>(std::in_place, std::forward<F>(f)());
    }
  }

  template <class Self, class F>
  static constexpr auto or_else_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::is_result_specialization<G>::value, "or_else: f must return a swr::result");
    static_assert(std::is_void_v<typename G::value_type>, "or_else: f must return a result<void, G>");
    if (self.has_value()) return G();
    return G(std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  template <class Self, class F>
  static constexpr auto transform_error_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::result_valid_error_v<G>, "transform_error: f must return a type a result can hold");
    if (self.has_value()) return result<void, G>();
    return result<void, G>(unexpect, std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  detail::result_storage<detail::result_void_value, E> storage_;
};

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_RESULT_HPP
