// Tests for swr/result.hpp against its contract (the shape of C++23 std::expected): construction from a
// value and from unexpected<G>, the observers, value() throwing bad_result_access (with exceptions) on an
// error, value_or, move semantics, const access and use in constant expressions. Builds with and without
// exceptions.
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
static_assert(std::is_same_v<decltype(std::declval<const result<std::string, error>&>().operator->()),
                             const std::string*>);
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
