// Tests for swr/result.hpp against its contract (the shape of C++23 std::expected): construction from a
// value, from anything that converts to T (explicit where the conversion is), in place, and from
// unexpected<G>; the observers, value() throwing bad_result_access (with exceptions) on an error, value_or,
// error_or; result<void, E>; == and != against results, values and unexpected; the monadic operations
// (and_then, transform, or_else, transform_error) on each path and each kind of *this; move semantics,
// const access and use in constant expressions. Builds with and without exceptions. That dropping a result
// is a warning ([[nodiscard]]) is checked by the result_nodiscard_* tests of tests/CMakeLists.txt.
#include "swr/swr.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "test_support.hpp"

#if SWR_HAS_EXCEPTIONS
#include <exception>
#include <stdexcept>
#endif

using swr::error;
using swr::error_code;
using swr::field;
using swr::result;
using swr::unexpected;

namespace {
constexpr error token_empty{error_code::empty, field::token, 0};

constexpr result<int, error> half(int n) {
  if (n % 2 != 0) return unexpected(error{error_code::invalid_character, field::none, 0});
  return n / 2;
}

constexpr int twice_or_minus_one(const result<int, error>& r) { return r ? *r * 2 : -1; }

constexpr std::size_t length_or_zero(result<std::string_view, error> r) { return r.has_value() ? r->size() : 0; }
}  // namespace

// Compiled in every build: result<int, error> and result<std::string_view, error> in constant expressions.
namespace {
constexpr result<int, error> ok_int = 42;
constexpr result<int, error> bad_int = unexpected(token_empty);
constexpr result<std::string_view, error> ok_view = std::string_view("cn-north-4");
constexpr result<std::string_view, error> bad_view = unexpected(error{error_code::unknown_region, field::region, 0});
}  // namespace
static_assert(ok_int.has_value() && static_cast<bool>(ok_int));
static_assert(*ok_int == 42 && ok_int.value() == 42 && ok_int.value_or(7) == 42);
static_assert(!bad_int.has_value() && !static_cast<bool>(bad_int));
static_assert(bad_int.error() == token_empty && bad_int.value_or(7) == 7);
static_assert(ok_view.value() == "cn-north-4" && ok_view->size() == 10 && *ok_view == "cn-north-4");
static_assert(bad_view.error().code == error_code::unknown_region && bad_view.value_or("none") == "none");
static_assert(half(10).value() == 5 && !half(3).has_value());
static_assert(half(3).error().code == error_code::invalid_character);
static_assert(twice_or_minus_one(half(8)) == 8 && twice_or_minus_one(half(7)) == -1);
static_assert(length_or_zero(std::string_view("abc")) == 3);
static_assert(length_or_zero(unexpected(token_empty)) == 0);
static_assert(swr::region_host("eu-west-101").value() == "swr-api.eu-west-101.myhuaweicloud.eu");  // docs/regions.md
static_assert(swr::region_host("xx-nowhere-1").error().code == error_code::unknown_region);

// The types and the noexcept-ness of the observers.
static_assert(std::is_same_v<result<int, error>::value_type, int>);
static_assert(std::is_same_v<result<int, error>::error_type, error>);
static_assert(std::is_same_v<decltype(unexpected(error{})), unexpected<error>>);
static_assert(std::is_same_v<decltype(unexpected("x")), unexpected<const char*>>);
static_assert(std::is_same_v<decltype(*std::declval<result<std::string, error>&&>()), std::string&&>);
static_assert(std::is_same_v<decltype(std::declval<result<std::string, error>&&>().value()), std::string&&>);
static_assert(std::is_same_v<decltype(std::declval<result<std::string, error>&&>().error()), error&&>);
static_assert(std::is_same_v<decltype(std::declval<const result<std::string, error>&>().value()), const std::string&>);
static_assert(std::is_same_v<decltype(std::declval<const result<std::string, error>&>().error()), const error&>);
static_assert(
    std::is_same_v<decltype(std::declval<const result<std::string, error>&>().operator->()), const std::string*>);
static_assert(std::is_same_v<decltype(std::declval<unexpected<std::string>&&>().error()), std::string&&>);
static_assert(noexcept(std::declval<const result<int, error>&>().has_value()));
static_assert(noexcept(static_cast<bool>(std::declval<const result<int, error>&>())));
static_assert(noexcept(*std::declval<const result<int, error>&>()));
static_assert(noexcept(std::declval<const result<int, error>&>().error()));
// An error becomes a result only through unexpected; unexpected is explicit; G must convert to E.
static_assert(!std::is_convertible_v<error, result<int, error>>);
static_assert(!std::is_constructible_v<result<int, error>, error>);
static_assert(!std::is_convertible_v<error, unexpected<error>>);
static_assert(std::is_convertible_v<int, result<int, error>>);
static_assert(std::is_convertible_v<unexpected<error>, result<int, error>>);
static_assert(std::is_convertible_v<unexpected<const char*>, result<int, std::string>>);
static_assert(!std::is_constructible_v<result<int, error>, unexpected<std::string>>);
static_assert(!std::is_constructible_v<result<int, std::string>, unexpected<int>>);

TEST_CASE("a value: has_value, operator bool, operator*, value()") {
  result<int, error> r = 7;
  CHECK(r.has_value());
  CHECK(static_cast<bool>(r));
  CHECK(*r == 7);
  CHECK(r.value() == 7);
  *r = 8;
  CHECK(r.value() == 8);
  r.value() = 9;
  CHECK(*r == 9);

  const std::string text = "team/app";
  result<std::string, error> from_lvalue = text;  // copied
  CHECK(*from_lvalue == "team/app");
  CHECK(text == "team/app");
  result<std::string, error> direct("literal");
  CHECK(direct.value() == "literal");
}

TEST_CASE("an error: constructed from unexpected, read with error()") {
  result<int, error> r = unexpected(token_empty);
  CHECK_FALSE(r.has_value());
  CHECK_FALSE(static_cast<bool>(r));
  CHECK(r.error() == token_empty);
  r.error().position = 5;  // mutable access
  CHECK(r.error().position == 5);

  const unexpected<error> lvalue(error{error_code::invalid_host, field::host, 2});
  const result<std::string, error> from_lvalue = lvalue;
  CHECK(from_lvalue.error() == error{error_code::invalid_host, field::host, 2});
  CHECK(lvalue.error().code == error_code::invalid_host);  // the const& overload copies
}

TEST_CASE("unexpected<G> with G converting to E") {
  // const char* -> std::string, rvalue and lvalue
  result<int, std::string> from_rvalue = unexpected("boom");
  REQUIRE_FALSE(from_rvalue.has_value());
  CHECK(from_rvalue.error() == "boom");
  const unexpected<const char*> lvalue("bang");
  result<int, std::string> from_lvalue = lvalue;
  CHECK(from_lvalue.error() == "bang");

  // int -> long
  result<std::string, long> widened = unexpected(-3);
  CHECK(widened.error() == -3L);

  // A move-only error type moves through unexpected&&.
  auto owned = std::make_unique<int>(11);
  int* const address = owned.get();
  result<int, std::unique_ptr<int>> moved = unexpected(std::move(owned));
  REQUIRE_FALSE(moved.has_value());
  CHECK(moved.error().get() == address);
  CHECK(*moved.error() == 11);
}

TEST_CASE("unexpected: the error() accessors") {
  unexpected<std::string> u(std::string("reason"));
  CHECK(u.error() == "reason");
  u.error() += "!";
  const unexpected<std::string>& cu = u;
  CHECK(cu.error() == "reason!");
  const std::string taken = std::move(u).error();
  CHECK(taken == "reason!");
}

TEST_CASE("operator-> reaches the value's members, const and not") {
  result<std::vector<int>, error> r(std::vector<int>{1, 2, 3});
  CHECK(r->size() == 3);
  r->push_back(4);
  CHECK(r->back() == 4);
  const result<std::vector<int>, error>& cr = r;
  CHECK(cr->size() == 4);
  CHECK((*cr)[0] == 1);
  CHECK(cr.value().at(3) == 4);
}

TEST_CASE("value_or: the value when there is one, else the fallback converted to T") {
  const result<std::string, error> good(std::string("value"));
  const result<std::string, error> bad = unexpected(token_empty);
  CHECK(good.value_or("fallback") == "value");
  CHECK(bad.value_or("fallback") == "fallback");
  CHECK(good.value_or(std::string("fallback")) == "value");
  CHECK(*good == "value");  // the lvalue overload copies
  CHECK(bad.error() == token_empty);

  // rvalue: the value is moved out, and a move-only T works.
  result<std::unique_ptr<int>, error> owner(std::make_unique<int>(5));
  int* const address = owner->get();
  std::unique_ptr<int> taken = std::move(owner).value_or(nullptr);
  REQUIRE(taken != nullptr);
  CHECK(taken.get() == address);
  CHECK(*taken == 5);
  CHECK(owner.has_value());
  CHECK(*owner == nullptr);  // a moved-from unique_ptr is null

  result<std::unique_ptr<int>, error> none = unexpected(token_empty);
  std::unique_ptr<int> fallback = std::move(none).value_or(std::make_unique<int>(9));
  REQUIRE(fallback != nullptr);
  CHECK(*fallback == 9);

  result<std::string, error> rvalue_string(std::string(64, 'x'));
  CHECK(std::move(rvalue_string).value_or("y") == std::string(64, 'x'));
}

TEST_CASE("move semantics: the payload is moved out of an rvalue result, not copied") {
  std::vector<int> numbers(1000, 3);
  const int* const data = numbers.data();
  result<std::vector<int>, error> r(std::move(numbers));
  CHECK(r->data() == data);  // moved in
  std::vector<int> out = std::move(r).value();
  CHECK(out.data() == data);  // moved out
  CHECK(out.size() == 1000);
  CHECK(r.has_value());  // still a value: a moved-from vector

  result<std::vector<int>, error> r2(std::vector<int>(10, 1));
  const int* const data2 = r2->data();
  std::vector<int> out2 = *std::move(r2);
  CHECK(out2.data() == data2);

  const std::string long_text(200, 'q');
  result<std::string, error> s(long_text);
  const char* const chars = s->data();
  std::string moved = std::move(s).value();
  CHECK(moved == long_text);
  CHECK(moved.data() == chars);

  // A copy is a copy.
  const result<std::string, error> original(long_text);
  result<std::string, error> copy = original;
  CHECK(*copy == long_text);
  CHECK(copy->data() != original->data());

  // The error moves out too.
  result<int, std::vector<int>> failed = unexpected(std::vector<int>(50, 2));
  const int* const error_data = failed.error().data();
  std::vector<int> reason = std::move(failed).error();
  CHECK(reason.data() == error_data);
  CHECK(reason.size() == 50);
}

TEST_CASE("assignment replaces the alternative") {
  result<std::string, error> r(std::string("first"));
  r = unexpected(token_empty);
  CHECK_FALSE(r.has_value());
  CHECK(r.error() == token_empty);
  r = std::string("second");
  REQUIRE(r.has_value());
  CHECK(*r == "second");
}

// The storage is a tagged union: the special members are trivial exactly when T's and E's are, and those
// that T or E cannot support are deleted, as std::expected's are.
static_assert(std::is_trivially_copyable_v<result<int, error>>);
static_assert(std::is_trivially_copyable_v<result<std::string_view, error>>);
static_assert(std::is_trivially_destructible_v<result<void, error>>);
static_assert(!std::is_trivially_copyable_v<result<std::string, error>>);
static_assert(std::is_nothrow_move_constructible_v<result<std::string, error>>);
static_assert(std::is_nothrow_move_assignable_v<result<std::string, error>>);
static_assert(!std::is_copy_constructible_v<result<std::unique_ptr<int>, error>>);
static_assert(!std::is_copy_assignable_v<result<std::unique_ptr<int>, error>>);
static_assert(std::is_move_constructible_v<result<std::unique_ptr<int>, error>>);
static_assert(std::is_move_assignable_v<result<std::unique_ptr<int>, error>>);
static_assert(!std::is_copy_constructible_v<result<int, std::unique_ptr<int>>>);
static_assert(sizeof(result<int, error>) <= sizeof(error) + alignof(error));

TEST_CASE("copying and moving keep the alternative; assignment switches it both ways") {
  const result<std::string, std::vector<int>> text(std::string(40, 'x'));
  result<std::string, std::vector<int>> copy = text;
  REQUIRE(copy.has_value());
  CHECK(*copy == std::string(40, 'x'));
  const result<std::string, std::vector<int>> failure(swr::unexpect, std::vector<int>{1, 2, 3});
  copy = failure;  // value -> error, by copy
  REQUIRE_FALSE(copy.has_value());
  CHECK(copy.error() == std::vector<int>{1, 2, 3});
  copy = failure;  // error -> error
  CHECK(copy.error() == std::vector<int>{1, 2, 3});
  copy = text;  // error -> value, by copy
  REQUIRE(copy.has_value());
  CHECK(*copy == std::string(40, 'x'));
  result<std::string, std::vector<int>> moved = std::move(copy);
  REQUIRE(moved.has_value());
  CHECK(*moved == std::string(40, 'x'));
  moved = result<std::string, std::vector<int>>(swr::unexpect, std::vector<int>{7});  // value -> error, by move
  REQUIRE_FALSE(moved.has_value());
  CHECK(moved.error() == std::vector<int>{7});

  result<std::unique_ptr<int>, error> owner(std::make_unique<int>(5));
  result<std::unique_ptr<int>, error> other = std::move(owner);
  REQUIRE(other.has_value());
  CHECK(**other == 5);
  other = unexpected(token_empty);
  CHECK(other.error() == token_empty);
}

#if SWR_HAS_EXCEPTIONS
namespace {
// Copying one throws when the flag is set; counts the live objects.
struct fragile {
  static inline int live = 0;
  static inline bool fail_copies = false;
  int id;
  explicit fragile(int n) : id(n) { ++live; }
  fragile(const fragile& other) : id(other.id) {
    if (fail_copies) throw std::runtime_error("copy failed");
    ++live;
  }
  fragile(fragile&& other) noexcept : id(other.id) { ++live; }
  fragile& operator=(const fragile&) = default;
  fragile& operator=(fragile&&) noexcept = default;
  ~fragile() { --live; }
};
}  // namespace

TEST_CASE("assigning the other alternative: a throwing copy leaves the result as it was") {
  {
    result<fragile, std::string> r(swr::unexpect, "kept");
    const result<fragile, std::string> source(std::in_place, 9);
    fragile::fail_copies = true;
    CHECK_THROWS_AS(r = source, std::runtime_error);
    fragile::fail_copies = false;
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error() == "kept");
    r = source;
    REQUIRE(r.has_value());
    CHECK(r->id == 9);
    CHECK(fragile::live == 2);
  }
  CHECK(fragile::live == 0);  // every member constructed was destroyed, once
}
#endif

TEST_CASE("const access") {
  const result<int, error> good = 3;
  const result<int, error> bad = unexpected(token_empty);
  CHECK(good.has_value());
  CHECK(*good == 3);
  CHECK(good.value() == 3);
  CHECK(bad.error().field == field::token);
  CHECK(good.value_or(0) == 3);
  CHECK(bad.value_or(0) == 0);
}

TEST_CASE("works in the library: region_host returns one") {
  const result<std::string_view, error> host = swr::region_host("cn-north-4");
  REQUIRE(host.has_value());
  CHECK(*host == "swr-api.cn-north-4.myhuaweicloud.com");
  const result<std::string_view, error> unknown = swr::region_host("CN-NORTH-4");
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error() == error{error_code::unknown_region, field::region, 0});
}

#if SWR_HAS_EXCEPTIONS
TEST_CASE("value() on an error throws bad_result_access") {
  result<int, error> bad = unexpected(token_empty);
  const result<int, error>& cbad = bad;
  CHECK_THROWS_AS(bad.value(), swr::bad_result_access);
  CHECK_THROWS_AS(cbad.value(), swr::bad_result_access);
  CHECK_THROWS_AS(std::move(bad).value(), swr::bad_result_access);
  CHECK_THROWS_AS(cbad.value(), std::exception);
  try {
    (void)cbad.value();
    FAIL("value() returned");
  } catch (const std::exception& e) {
    REQUIRE(e.what() != nullptr);
    CHECK_FALSE(std::string_view(e.what()).empty());
  }
  CHECK(std::is_base_of_v<std::exception, swr::bad_result_access>);
  CHECK_FALSE(std::string_view(swr::bad_result_access().what()).empty());

  result<std::string, error> good(std::string("ok"));
  CHECK_NOTHROW((void)good.value());
}
#else
TEST_CASE("without exceptions: result works, value() on a value does not abort") {
  result<std::string, error> good(std::string("ok"));
  CHECK(good.value() == "ok");
  const result<int, error> bad = unexpected(token_empty);
  CHECK(bad.value_or(1) == 1);
}
#endif

// ---- The std::expected pieces: converting and in-place construction, result<void, E>, error_or,
// ---- comparisons and the monadic operations.

namespace {
// The example of the API review: a string literal is a result<std::string, E>.
result<std::string, error> make_text() { return "x"; }

// Which kind of reference an operation handed to f: 0 T&, 1 const T&, 2 T&&, 3 const T&&.
template <class X>
constexpr int kind_of_reference() {
  constexpr bool is_const = std::is_const_v<std::remove_reference_t<X>>;
  if constexpr (std::is_lvalue_reference_v<X>) {
    return is_const ? 1 : 0;
  } else {
    return is_const ? 3 : 2;
  }
}
constexpr auto reference_kind = [](auto&& x) { return kind_of_reference<decltype(x)>(); };
constexpr auto reference_kind_result = [](auto&& x) -> result<int, error> { return kind_of_reference<decltype(x)>(); };
constexpr auto reference_kind_long = [](auto&& x) { return static_cast<long>(kind_of_reference<decltype(x)>()); };

constexpr auto triple = [](int n) { return n * 3; };
constexpr auto position_of = [](const error& e) { return e.position; };
constexpr auto recover = [](const error& e) -> result<int, error> {
  if (e.code == error_code::empty) return -1;
  return unexpected(e);
};

// Non-const lvalues in constant expressions: *this is a result&.
constexpr int lvalue_transform_kind() {
  result<int, error> r = 1;
  return r.transform(reference_kind).value();
}
constexpr int lvalue_and_then_kind() {
  result<int, error> r = 1;
  return r.and_then(reference_kind_result).value();
}
constexpr int lvalue_or_else_kind() {
  result<int, error> r = unexpected(token_empty);
  return r.or_else(reference_kind_result).value();
}
constexpr long lvalue_transform_error_kind() {
  result<int, error> r = unexpected(token_empty);
  return r.transform_error(reference_kind_long).error();
}
constexpr int transform_through_lvalue() {
  result<int, error> r = 4;
  const result<int, error> doubled = r.transform([](int& n) { return n *= 2; });  // f may change the value
  return *r + *doubled;
}

constexpr result<void, error> void_ok{};
constexpr result<void, error> void_bad = unexpected(token_empty);

constexpr result<void, error> check_even(int n) {
  if (n % 2 != 0) return unexpected(error{error_code::invalid_character, field::none, 0});
  return {};
}
}  // namespace

// The converting constructor, in constant expressions.
namespace {
constexpr result<long, error> widened = 42;                      // int -> long
constexpr result<std::string_view, error> from_literal = "abc";  // const char[4] -> std::string_view
constexpr result<std::string_view, error> in_place_value(std::in_place, "abcdef", std::size_t{3});
constexpr result<int, error> in_place_error(swr::unexpect, token_empty);
constexpr result<int, error> value_initialized(std::in_place);

}  // namespace
static_assert(*widened == 42L && *from_literal == "abc");
static_assert(*in_place_value == "abc" && in_place_error.error() == token_empty);
static_assert(value_initialized.value() == 0);

// The converting constructor: implicit where U converts to T, explicit where T is only constructible from U,
// absent for what is not a T (and for results, unexpected values and tags).
static_assert(std::is_convertible_v<const char*, result<std::string, error>>);
static_assert(std::is_convertible_v<const char (&)[2], result<std::string, error>>);
static_assert(std::is_convertible_v<int, result<long, error>>);
static_assert(std::is_constructible_v<result<std::vector<int>, error>, std::size_t>);
static_assert(!std::is_convertible_v<std::size_t, result<std::vector<int>, error>>);
static_assert(std::is_constructible_v<result<std::unique_ptr<int>, error>, int*>);
static_assert(!std::is_convertible_v<int*, result<std::unique_ptr<int>, error>>);
static_assert(!std::is_constructible_v<result<int, error>, std::string>);
static_assert(!std::is_constructible_v<result<std::string, error>, result<const char*, error>>);
static_assert(!std::is_convertible_v<std::in_place_t, result<int, error>>);
static_assert(!std::is_convertible_v<swr::unexpect_t, result<int, error>>);
static_assert(std::is_nothrow_constructible_v<result<int, error>, int>);
static_assert(std::is_nothrow_move_constructible_v<result<std::unique_ptr<int>, error>>);
// unexpected<G>: explicit where G only constructs E; in place with std::in_place.
static_assert(std::is_constructible_v<result<int, std::vector<int>>, unexpected<std::size_t>>);
static_assert(!std::is_convertible_v<unexpected<std::size_t>, result<int, std::vector<int>>>);
static_assert(!std::is_convertible_v<const unexpected<std::size_t>&, result<int, std::vector<int>>>);
static_assert(std::is_constructible_v<unexpected<std::string>, std::in_place_t, std::size_t, char>);
static_assert(unexpected<std::string_view>(std::in_place, "abcdef", std::size_t{2}).error() == "ab");

// result<void, E>.
static_assert(std::is_same_v<result<void, error>::value_type, void>);
static_assert(std::is_same_v<result<void, error>::error_type, error>);
static_assert(std::is_nothrow_default_constructible_v<result<void, error>>);
static_assert(!std::is_default_constructible_v<result<int, error>>);
static_assert(std::is_convertible_v<unexpected<error>, result<void, error>>);
static_assert(!std::is_constructible_v<result<void, error>, error>);
static_assert(!std::is_constructible_v<result<void, error>, int>);
static_assert(void_ok.has_value() && static_cast<bool>(void_ok) && (void_ok.value(), true));
static_assert(!void_bad.has_value() && void_bad.error() == token_empty);
static_assert(result<void, error>(std::in_place).has_value());
static_assert(result<void, error>(swr::unexpect, token_empty).error() == token_empty);
static_assert(check_even(4).has_value() && check_even(3).error().code == error_code::invalid_character);
static_assert(std::is_same_v<decltype(std::declval<const result<void, error>&>().value()), void>);
static_assert(std::is_same_v<decltype(*std::declval<const result<void, error>&>()), void>);
static_assert(std::is_same_v<decltype(std::declval<result<void, error>&&>().error()), error&&>);

// error_or.
static_assert(ok_int.error_or(token_empty) == token_empty);
static_assert(bad_int.error_or(error{}) == token_empty);
static_assert(void_ok.error_or(token_empty) == token_empty && void_bad.error_or(error{}) == token_empty);
static_assert(std::is_same_v<decltype(ok_int.error_or(token_empty)), error>);

// Comparisons: result with result (of any T and E that compare), with a value, with an unexpected.
static_assert(ok_int == ok_int && !(ok_int != ok_int));
static_assert(ok_int == result<long, error>(42L) && ok_int != result<long, error>(41L));
static_assert(ok_int != bad_int && bad_int != ok_int);
static_assert(bad_int == bad_int && bad_int == result<long, error>(unexpected(token_empty)));
static_assert(bad_int != result<int, error>(unexpected(error{})));
static_assert(ok_int == 42 && 42 == ok_int && ok_int != 41 && 41 != ok_int);
static_assert(ok_int == 42L && ok_int == 42.0);
static_assert(bad_int != 42 && 42 != bad_int && !(bad_int == 0));
static_assert(bad_int == unexpected(token_empty) && unexpected(token_empty) == bad_int);
static_assert(ok_int != unexpected(token_empty) && unexpected(token_empty) != ok_int);
static_assert(bad_int != unexpected(error{}) && !(bad_int == unexpected(error{})));
static_assert(ok_view == "cn-north-4" && "cn-north-4" == ok_view && ok_view != "cn-north-5");
static_assert(void_ok == void_ok && void_ok == result<void, error>() && void_ok != void_bad);
static_assert(void_bad == void_bad && void_bad != result<void, error>(unexpected(error{})));
static_assert(void_bad == unexpected(token_empty) && unexpected(token_empty) == void_bad);
static_assert(void_ok != unexpected(token_empty) && unexpected(token_empty) != void_ok);
static_assert(unexpected(1) == unexpected(1L) && unexpected(1) != unexpected(2));

// The monadic operations in constant expressions, on each path.
static_assert(half(8).and_then(half).value() == 2);
static_assert(half(6).and_then(half).error().code == error_code::invalid_character);
static_assert(half(5).and_then(half).error().code == error_code::invalid_character);
static_assert(half(8).transform(triple).value() == 12 && half(7).transform(triple).error() == half(7).error());
static_assert(bad_int.transform_error(position_of).error() == 0 && ok_int.transform_error(position_of).value() == 42);
static_assert(bad_int.or_else(recover).value() == -1 && ok_int.or_else(recover).value() == 42);
static_assert(half(3).or_else(recover).error().code == error_code::invalid_character);
static_assert(ok_int.and_then(check_even).has_value() && bad_int.and_then(check_even).error() == token_empty);
static_assert(void_ok.transform([] { return 5; }).value() == 5);
static_assert(void_bad.transform([] { return 5; }).error() == token_empty);
static_assert(void_ok.and_then([] { return half(4); }).value() == 2);
static_assert(void_bad.and_then([] { return half(4); }).error() == token_empty);
static_assert(transform_through_lvalue() == 16);
// Each operation hands f the value (or error) as *this is: &, const&, && or const&&.
static_assert(lvalue_transform_kind() == 0 && ok_int.transform(reference_kind).value() == 1);
static_assert(result<int, error>(1).transform(reference_kind).value() == 2);
static_assert(std::move(ok_int).transform(reference_kind).value() == 3);
static_assert(lvalue_and_then_kind() == 0 && ok_int.and_then(reference_kind_result).value() == 1);
static_assert(result<int, error>(1).and_then(reference_kind_result).value() == 2);
static_assert(std::move(ok_int).and_then(reference_kind_result).value() == 3);
static_assert(lvalue_or_else_kind() == 0 && bad_int.or_else(reference_kind_result).value() == 1);
static_assert(result<int, error>(unexpected(token_empty)).or_else(reference_kind_result).value() == 2);
static_assert(std::move(bad_int).or_else(reference_kind_result).value() == 3);
static_assert(lvalue_transform_error_kind() == 0 && bad_int.transform_error(reference_kind_long).error() == 1);
static_assert(result<int, error>(unexpected(token_empty)).transform_error(reference_kind_long).error() == 2);
static_assert(std::move(bad_int).transform_error(reference_kind_long).error() == 3);
static_assert(void_bad.transform_error(reference_kind_long).error() == 1);
static_assert(result<void, error>(unexpected(token_empty)).transform_error(reference_kind_long).error() == 2);
static_assert(std::move(void_bad).transform_error(reference_kind_long).error() == 3);

// The types the monadic operations return.
namespace {
using int_result = result<int, error>;
using void_result = result<void, error>;
constexpr auto to_text = [](int) { return std::string("text"); };
constexpr auto to_nothing = [](int) {};
constexpr auto to_code = [](const error& e) { return e.code; };
constexpr auto to_void_result = [](int) { return void_result(); };
constexpr auto to_other_error = [](const error&) -> result<int, std::string> { return 0; };
std::string global_text = "global";
constexpr auto nothing = [] {};
constexpr auto one_and_a_half = [] { return 1.5; };
constexpr auto global_text_reference = [](int) -> std::string& { return global_text; };
constexpr auto half_of_two = [] { return half(2); };
constexpr auto to_void_int_result = [](error) { return result<void, int>(); };
}  // namespace
static_assert(std::is_same_v<decltype(std::declval<int_result&>().transform(to_text)), result<std::string, error>>);
static_assert(std::is_same_v<decltype(std::declval<int_result&&>().transform(to_nothing)), void_result>);
static_assert(std::is_same_v<decltype(std::declval<void_result>().transform(nothing)), void_result>);
static_assert(std::is_same_v<decltype(std::declval<void_result>().transform(one_and_a_half)), result<double, error>>);
// A reference f returns is copied into the new result.
static_assert(
    std::is_same_v<decltype(std::declval<int_result>().transform(global_text_reference)), result<std::string, error>>);
static_assert(std::is_same_v<decltype(std::declval<const int_result&>().and_then(to_void_result)), void_result>);
static_assert(std::is_same_v<decltype(std::declval<void_result&>().and_then(half_of_two)), int_result>);
static_assert(
    std::is_same_v<decltype(std::declval<const int_result&>().or_else(to_other_error)), result<int, std::string>>);
static_assert(std::is_same_v<decltype(std::declval<int_result&&>().transform_error(to_code)), result<int, error_code>>);
static_assert(
    std::is_same_v<decltype(std::declval<void_result&&>().transform_error(to_code)), result<void, error_code>>);
static_assert(std::is_same_v<decltype(std::declval<void_result&>().or_else(to_void_int_result)), result<void, int>>);

TEST_CASE("converting construction: from what makes a T, explicit where the conversion is") {
  const result<std::string, error> text = make_text();  // return "x";
  REQUIRE(text.has_value());
  CHECK(*text == "x");

  const std::string_view view = "view";
  result<std::string, error> from_view(view);  // std::string's constructor from string_view is explicit
  CHECK(*from_view == "view");

  const result<std::vector<int>, error> sized(std::size_t{3});  // explicit: vector(size_t)
  CHECK(sized->size() == 3);

  result<std::unique_ptr<int>, error> owner(new int(4));  // explicit: unique_ptr(int*)
  REQUIRE(owner.has_value());
  CHECK(**owner == 4);

  result<std::unique_ptr<int>, error> null = nullptr;  // implicit: unique_ptr(nullptr_t)
  CHECK(null.has_value());
  CHECK(*null == nullptr);

  result<std::string, error> in_place(std::in_place, std::size_t{3}, 'a');
  CHECK(*in_place == "aaa");
  result<int, std::string> error_in_place(swr::unexpect, std::size_t{2}, 'b');
  REQUIRE_FALSE(error_in_place.has_value());
  CHECK(error_in_place.error() == "bb");

  result<int, std::vector<int>> explicit_error(unexpected<std::size_t>(std::size_t{4}));
  REQUIRE_FALSE(explicit_error.has_value());
  CHECK(explicit_error.error().size() == 4);

  // Assignment takes what the implicit constructors take.
  result<std::string, error> assigned = unexpected(token_empty);
  assigned = "again";
  REQUIRE(assigned.has_value());
  CHECK(*assigned == "again");
}

TEST_CASE("result<void, E>: success or an error") {
  result<void, error> ok;
  CHECK(ok.has_value());
  CHECK(static_cast<bool>(ok));
  ok.value();  // checks, and does nothing on success
  *ok;
  CHECK(ok.error_or(token_empty) == token_empty);

  result<void, error> bad = unexpected(token_empty);
  CHECK_FALSE(bad.has_value());
  CHECK_FALSE(static_cast<bool>(bad));
  CHECK(bad.error() == token_empty);
  bad.error().position = 3;
  CHECK(bad.error().position == 3);
  CHECK(bad.error_or(error{}).position == 3);

  // Copies, and assignments both ways.
  const result<void, error> copy = bad;
  CHECK(copy.error().position == 3);
  bad = {};
  CHECK(bad.has_value());
  bad = unexpected(token_empty);
  CHECK(bad.error() == token_empty);
  bad = result<void, error>(std::in_place);
  CHECK(bad.has_value());

  // A move-only error moves in and out.
  auto owned = std::make_unique<int>(6);
  int* const address = owned.get();
  result<void, std::unique_ptr<int>> failed = unexpected(std::move(owned));
  REQUIRE_FALSE(failed.has_value());
  std::unique_ptr<int> reason = std::move(failed).error();
  CHECK(reason.get() == address);

  result<void, std::unique_ptr<int>> still_ok;
  std::unique_ptr<int> fallback = std::move(still_ok).error_or(std::make_unique<int>(8));
  REQUIRE(fallback != nullptr);
  CHECK(*fallback == 8);

  result<void, std::string> from_text = unexpected("no");
  CHECK(from_text.error() == "no");
}

TEST_CASE("error_or: the error when there is one, else the fallback converted to E") {
  const result<int, std::string> good = 1;
  const result<int, std::string> bad = unexpected(std::string("reason"));
  CHECK(good.error_or("none") == "none");
  CHECK(bad.error_or("none") == "reason");
  CHECK(bad.error() == "reason");  // the const& overload copies

  result<int, std::unique_ptr<int>> owner = unexpected(std::make_unique<int>(3));
  int* const address = owner.error().get();
  std::unique_ptr<int> taken = std::move(owner).error_or(nullptr);
  CHECK(taken.get() == address);
}

TEST_CASE("comparisons: == and != with a result, a value, an unexpected") {
  const result<std::string, error> abc = "abc";
  const result<std::string_view, error> abc_view = std::string_view("abc");
  const result<std::string, error> bad = unexpected(token_empty);
  const result<std::string, error> other_bad = unexpected(error{error_code::too_long, field::repository, 1});

  CHECK(abc == abc);
  CHECK(abc == abc_view);
  CHECK(abc_view == abc);
  CHECK(abc != result<std::string, error>("abd"));
  CHECK(abc != bad);
  CHECK(bad != abc);
  CHECK(bad == bad);
  CHECK(bad != other_bad);
  CHECK_FALSE(bad == other_bad);

  CHECK(abc == "abc");
  CHECK("abc" == abc);
  CHECK(abc == std::string("abc"));
  CHECK(abc == std::string_view("abc"));
  CHECK(abc != "abd");
  CHECK("abd" != abc);
  CHECK(bad != "abc");
  CHECK_FALSE(bad == std::string());

  CHECK(bad == unexpected(token_empty));
  CHECK(unexpected(token_empty) == bad);
  CHECK(other_bad != unexpected(token_empty));
  CHECK(abc != unexpected(token_empty));
  CHECK(unexpected(token_empty) != abc);
  // Across error types that compare.
  const result<int, std::string> text_error = unexpected(std::string("x"));
  CHECK(text_error == unexpected("x"));
  CHECK(text_error == result<long, std::string_view>(unexpected(std::string_view("x"))));

  const result<void, std::string> ok;
  const result<void, std::string> failed = unexpected(std::string("no"));
  CHECK(ok == ok);
  CHECK(ok == result<void, std::string_view>());
  CHECK(ok != failed);
  CHECK(failed == unexpected("no"));
  CHECK(unexpected("no") == failed);
  CHECK(failed != unexpected("yes"));
  CHECK(failed == result<void, std::string_view>(unexpected(std::string_view("no"))));

  CHECK(unexpected(std::string("a")) == unexpected("a"));
  CHECK(unexpected(std::string("a")) != unexpected("b"));
}

TEST_CASE("and_then: f(value) on a value, the error passed on otherwise") {
  int calls = 0;
  const auto parse = [&calls](const std::string& text) -> result<int, error> {
    ++calls;
    if (text.empty()) return unexpected(token_empty);
    return static_cast<int>(text.size());
  };
  const result<std::string, error> good = "four";
  const result<std::string, error> empty = "";
  const result<std::string, error> bad = unexpected(error{error_code::too_long, field::repository, 2});

  CHECK(good.and_then(parse) == 4);
  CHECK(empty.and_then(parse) == unexpected(token_empty));
  CHECK(calls == 2);
  const result<int, error> passed_on = bad.and_then(parse);
  CHECK(passed_on.error() == bad.error());
  CHECK(calls == 2);  // not called on an error

  // To a result<void, E>, and from one.
  const auto must_be_even = [](int n) { return check_even(n); };
  CHECK(result<int, error>(4).and_then(must_be_even).has_value());
  CHECK(result<int, error>(3).and_then(must_be_even).error().code == error_code::invalid_character);
  const result<void, error> ok;
  CHECK(ok.and_then([] { return result<std::string, error>("after"); }) == "after");
  const result<void, error> failed = unexpected(token_empty);
  CHECK(failed.and_then([] { return result<std::string, error>("after"); }) == unexpected(token_empty));

  // Rvalues: a move-only value is moved into f, a move-only error through.
  auto owned = std::make_unique<int>(21);
  int* const address = owned.get();
  result<std::unique_ptr<int>, error> owner(std::move(owned));
  const result<std::unique_ptr<int>, error> kept =
      std::move(owner).and_then([](std::unique_ptr<int>&& p) -> result<std::unique_ptr<int>, error> {
        *p *= 2;
        return std::move(p);
      });
  REQUIRE(kept.has_value());
  CHECK(kept->get() == address);
  CHECK(**kept == 42);
  CHECK(*owner == nullptr);  // moved from

  result<int, std::unique_ptr<int>> failed_owner = unexpected(std::make_unique<int>(5));
  int* const error_address = failed_owner.error().get();
  const result<long, std::unique_ptr<int>> through =
      std::move(failed_owner).and_then([](int n) -> result<long, std::unique_ptr<int>> { return n; });
  REQUIRE_FALSE(through.has_value());
  CHECK(through.error().get() == error_address);
}

TEST_CASE("transform: the new value on a value, the error passed on otherwise") {
  const result<std::string, error> good = "abc";
  const result<std::string, error> bad = unexpected(token_empty);
  int calls = 0;
  const auto size = [&calls](const std::string& s) {
    ++calls;
    return s.size();
  };
  const result<std::size_t, error> three = good.transform(size);
  CHECK(three == std::size_t{3});
  CHECK(bad.transform(size) == unexpected(token_empty));
  CHECK(calls == 1);

  // f returning void: a result<void, E>, and f is called.
  std::string seen;
  const result<void, error> done = good.transform([&seen](const std::string& s) { seen = s; });
  CHECK(done.has_value());
  CHECK(seen == "abc");
  const result<void, error> not_done = bad.transform([&seen](const std::string&) { seen = "called"; });
  CHECK(not_done.error() == token_empty);
  CHECK(seen == "abc");

  // From a result<void, E>.
  const result<void, error> ok;
  CHECK(ok.transform([] { return std::string("made"); }) == "made");
  const result<void, error> failed = unexpected(token_empty);
  CHECK(failed.transform([] { return std::string("made"); }) == unexpected(token_empty));
  int void_calls = 0;
  CHECK(ok.transform([&void_calls] { ++void_calls; }).has_value());
  CHECK(failed.transform([&void_calls] { ++void_calls; }).error() == token_empty);
  CHECK(void_calls == 1);

  // Rvalues: the value moves through f without a copy.
  std::vector<int> numbers(100, 7);
  const int* const data = numbers.data();
  result<std::vector<int>, error> r(std::move(numbers));
  const result<std::vector<int>, error> moved =
      std::move(r).transform([](std::vector<int>&& v) { return std::move(v); });
  REQUIRE(moved.has_value());
  CHECK(moved->data() == data);

  result<std::unique_ptr<int>, error> owner(std::make_unique<int>(3));
  int* const address = owner->get();
  const result<int*, error> released = std::move(owner).transform([](std::unique_ptr<int>&& p) { return p.release(); });
  REQUIRE(released.has_value());
  CHECK(*released == address);
  delete *released;

  // A move-only error moves through an rvalue.
  result<int, std::unique_ptr<int>> failed_owner = unexpected(std::make_unique<int>(1));
  int* const error_address = failed_owner.error().get();
  const result<long, std::unique_ptr<int>> through =
      std::move(failed_owner).transform([](int n) { return static_cast<long>(n); });
  CHECK(through.error().get() == error_address);
}

TEST_CASE("or_else: f(error) on an error, the value passed on otherwise") {
  int calls = 0;
  const auto fallback = [&calls](const error& e) -> result<std::string, error> {
    ++calls;
    if (e.code == error_code::empty) return "default";
    return unexpected(e);
  };
  const result<std::string, error> good = "value";
  const result<std::string, error> empty = unexpected(token_empty);
  const result<std::string, error> other = unexpected(error{error_code::too_long, field::repository, 0});
  CHECK(good.or_else(fallback) == "value");
  CHECK(calls == 0);
  CHECK(empty.or_else(fallback) == "default");
  CHECK(other.or_else(fallback).error().code == error_code::too_long);
  CHECK(calls == 2);

  // To another error type.
  const result<std::string, std::string_view> described = other.or_else(
      [](const error& e) -> result<std::string, std::string_view> { return unexpected(swr::to_string(e.code)); });
  CHECK(described == unexpected("too_long"));

  // result<void, E>.
  const result<void, error> ok;
  const result<void, error> failed = unexpected(token_empty);
  CHECK(ok.or_else([](const error&) { return result<void, int>(unexpected(1)); }).has_value());
  CHECK(failed.or_else([](const error&) { return result<void, int>(unexpected(1)); }) == unexpected(1));
  CHECK(failed.or_else([](const error&) { return result<void, int>(); }).has_value());

  // Rvalues: a move-only value moves through, a move-only error into f.
  auto owned = std::make_unique<int>(2);
  int* const address = owned.get();
  result<std::unique_ptr<int>, error> owner(std::move(owned));
  const result<std::unique_ptr<int>, error> through =
      std::move(owner).or_else([](const error&) -> result<std::unique_ptr<int>, error> { return nullptr; });
  REQUIRE(through.has_value());
  CHECK(through->get() == address);

  result<int, std::unique_ptr<int>> failed_owner = unexpected(std::make_unique<int>(9));
  int* const error_address = failed_owner.error().get();
  int* seen = nullptr;
  const result<int, std::unique_ptr<int>> recovered =
      std::move(failed_owner).or_else([&seen](std::unique_ptr<int>&& p) -> result<int, std::unique_ptr<int>> {
        seen = p.get();
        return *p;
      });
  CHECK(seen == error_address);
  CHECK(recovered == 9);
}

TEST_CASE("transform_error: the new error on an error, the value passed on otherwise") {
  int calls = 0;
  const auto describe = [&calls](const error& e) {
    ++calls;
    return std::string(swr::to_string(e.code));
  };
  const result<int, error> good = 5;
  const result<int, error> bad = unexpected(token_empty);
  const result<int, std::string> kept = good.transform_error(describe);
  CHECK(kept == 5);
  CHECK(calls == 0);
  const result<int, std::string> described = bad.transform_error(describe);
  CHECK(described == unexpected("empty"));
  CHECK(calls == 1);

  const result<void, error> ok;
  const result<void, error> failed = unexpected(token_empty);
  CHECK(ok.transform_error(describe).has_value());
  CHECK(failed.transform_error(describe) == unexpected("empty"));
  CHECK(std::is_same_v<decltype(failed.transform_error(describe)), result<void, std::string>>);

  // Rvalues: a move-only value moves through, a move-only error into f.
  auto owned = std::make_unique<int>(12);
  int* const address = owned.get();
  result<std::unique_ptr<int>, error> owner(std::move(owned));
  const result<std::unique_ptr<int>, std::string> through = std::move(owner).transform_error(describe);
  REQUIRE(through.has_value());
  CHECK(through->get() == address);

  result<int, std::unique_ptr<int>> failed_owner = unexpected(std::make_unique<int>(4));
  int* const error_address = failed_owner.error().get();
  const result<int, std::shared_ptr<int>> shared =
      std::move(failed_owner).transform_error([](std::unique_ptr<int>&& p) {
        return std::shared_ptr<int>(std::move(p));
      });
  REQUIRE_FALSE(shared.has_value());
  CHECK(shared.error().get() == error_address);
}

TEST_CASE("the monadic operations chain") {
  const auto parse_length = [](std::string_view text) -> result<std::size_t, error> {
    if (text.empty()) return unexpected(token_empty);
    return text.size();
  };
  const auto run = [&parse_length](std::string_view text) {
    return parse_length(text)
        .and_then([](std::size_t n) -> result<std::size_t, error> {
          if (n > 4) return unexpected(error{error_code::too_long, field::repository, 4});
          return n;
        })
        .transform([](std::size_t n) { return std::string(n, '*'); })
        .or_else([](const error& e) -> result<std::string, error> {
          if (e.code == error_code::empty) return std::string("(empty)");
          return unexpected(e);
        })
        .transform_error([](const error& e) { return e.position; });
  };
  CHECK(run("abc") == "***");
  CHECK(run("") == "(empty)");
  CHECK(run("abcdef") == unexpected(std::size_t{4}));
  CHECK(run("abcd").value_or("") == "****");
}

TEST_CASE("the operations hand f the value or the error as *this is: &, const&, &&, const&&") {
  result<int, error> value = 1;
  const result<int, error>& const_value = value;
  CHECK(value.transform(reference_kind) == 0);
  CHECK(const_value.transform(reference_kind) == 1);
  CHECK(std::move(value).transform(reference_kind) == 2);
  CHECK(std::move(const_value).transform(reference_kind) == 3);
  CHECK(value.and_then(reference_kind_result) == 0);
  CHECK(const_value.and_then(reference_kind_result) == 1);
  CHECK(std::move(value).and_then(reference_kind_result) == 2);
  CHECK(std::move(const_value).and_then(reference_kind_result) == 3);

  result<int, error> failed = unexpected(token_empty);
  const result<int, error>& const_failed = failed;
  CHECK(failed.or_else(reference_kind_result) == 0);
  CHECK(const_failed.or_else(reference_kind_result) == 1);
  CHECK(std::move(failed).or_else(reference_kind_result) == 2);
  CHECK(std::move(const_failed).or_else(reference_kind_result) == 3);
  CHECK(failed.transform_error(reference_kind_long) == unexpected(0L));
  CHECK(const_failed.transform_error(reference_kind_long) == unexpected(1L));
  CHECK(std::move(failed).transform_error(reference_kind_long) == unexpected(2L));
  CHECK(std::move(const_failed).transform_error(reference_kind_long) == unexpected(3L));

  result<void, error> void_failed = unexpected(token_empty);
  const result<void, error>& const_void_failed = void_failed;
  CHECK(void_failed.transform_error(reference_kind_long) == unexpected(0L));
  CHECK(const_void_failed.transform_error(reference_kind_long) == unexpected(1L));
  CHECK(std::move(void_failed).transform_error(reference_kind_long) == unexpected(2L));
  CHECK(std::move(const_void_failed).transform_error(reference_kind_long) == unexpected(3L));
  const auto error_kind = [](auto&& e) { return result<void, int>(unexpected(kind_of_reference<decltype(e)>())); };
  CHECK(void_failed.or_else(error_kind) == unexpected(0));
  CHECK(const_void_failed.or_else(error_kind) == unexpected(1));
  CHECK(std::move(void_failed).or_else(error_kind) == unexpected(2));
  CHECK(std::move(const_void_failed).or_else(error_kind) == unexpected(3));
}

TEST_CASE("unexpected: in-place construction, the const&& accessor, comparisons") {
  const unexpected<std::string> built(std::in_place, std::size_t{3}, 'z');
  CHECK(built.error() == "zzz");
  CHECK(std::is_same_v<decltype(std::move(built).error()), const std::string&&>);
  CHECK(built == unexpected("zzz"));
  CHECK(built != unexpected("zz"));
}

#if SWR_HAS_EXCEPTIONS
TEST_CASE("result<void, E>::value() on an error throws bad_result_access") {
  result<void, error> bad = unexpected(token_empty);
  const result<void, error>& cbad = bad;
  CHECK_THROWS_AS(bad.value(), swr::bad_result_access);
  CHECK_THROWS_AS(cbad.value(), swr::bad_result_access);
  CHECK_THROWS_AS(std::move(bad).value(), swr::bad_result_access);
  const result<void, error> good;
  CHECK_NOTHROW(good.value());

  // A const&& value() checks too.
  const result<int, error> cbad_int = unexpected(token_empty);
  CHECK_THROWS_AS((void)std::move(cbad_int).value(), swr::bad_result_access);
}
#endif
