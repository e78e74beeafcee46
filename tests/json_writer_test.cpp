// Tests for swr/json_writer.hpp: exact bytes of the body's JSON (issue 3 / RFC 8259 escaping), the
// refusal of invalid bodies, and the allocation-free and constant-expression forms.
#include "swr/swr.hpp"

#include <array>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

using swr::create_repo_body;
using swr::create_repo_body_view;
using swr::error_code;

namespace {
std::string json_of(const create_repo_body_view& body) {
  const auto json = swr::to_json(body);
  REQUIRE(json.has_value());
  return *json;
}
std::string description_json(std::string_view description) {
  return json_of(create_repo_body_view{"r", false, std::nullopt, description});
}

// The serializer in a constant expression (C++17): a body view written into an array.
struct fixed_document {
  std::array<char, 160> bytes{};
  std::size_t size = 0;
  constexpr std::string_view view() const { return {bytes.data(), size}; }
};
constexpr fixed_document write_at_compile_time(const create_repo_body_view& body) {
  fixed_document doc;
  const auto size = swr::write_json(doc.bytes.data(), doc.bytes.size(), body);
  doc.size = size.has_value() ? *size : 0;
  return doc;
}
}  // namespace

static_assert(
    write_at_compile_time(create_repo_body_view{"team/app", true, swr::category::linux_, "web \"front\""}).view() ==
    R"({"repository":"team$app","is_public":true,"category":"linux","description":"web \"front\""})");
static_assert(write_at_compile_time(create_repo_body_view{"busybox", false}).view() ==
              R"({"repository":"busybox","is_public":false})");
static_assert(swr::json_size(create_repo_body_view{"busybox", false}).value() == 42);
static_assert(swr::json_size(create_repo_body_view{"Busybox", false}).error().code == error_code::invalid_character);

#if SWR_HAS_CONSTEXPR_STRING
static_assert(swr::to_json(create_repo_body_view{"a/b", true}).value() == R"({"repository":"a$b","is_public":true})");
#endif

TEST_CASE("the issue's example, byte for byte") {
  const create_repo_body body{"team/app", true, swr::category::linux_, std::string("web \"front\"")};
  CHECK(json_of(body) ==
        R"({"repository":"team$app","is_public":true,"category":"linux","description":"web \"front\""})");
}

TEST_CASE("absent optionals are omitted; keys keep the documented order") {
  CHECK(json_of(create_repo_body{"busybox", false, {}, {}}) == R"({"repository":"busybox","is_public":false})");
  CHECK(json_of(create_repo_body{"a", true, swr::category::arm, {}}) ==
        R"({"repository":"a","is_public":true,"category":"arm"})");
  CHECK(json_of(create_repo_body{"a", true, {}, std::string("")}) ==
        R"({"repository":"a","is_public":true,"description":""})");
  CHECK(json_of(create_repo_body{"a/b/c", false, swr::category::app_server, std::string("x")}) ==
        R"({"repository":"a$b$c","is_public":false,"category":"app_server","description":"x"})");
}

TEST_CASE("every category is written as its wire string") {
  for (const swr::category c : swr::all_categories) {
    CAPTURE(c);
    CHECK(json_of(create_repo_body_view{"r", true, c}) ==
          std::string(R"({"repository":"r","is_public":true,"category":")") + std::string(swr::to_string(c)) + "\"}");
  }
}

TEST_CASE("string escaping per RFC 8259, for every ASCII byte") {
  for (int value = 0; value < 0x80; ++value) {
    const char c = static_cast<char>(value);
    CAPTURE(value);
    std::string expected;
    switch (c) {
      case '"': expected = "\\\""; break;
      case '\\': expected = "\\\\"; break;
      case '\b': expected = "\\b"; break;
      case '\f': expected = "\\f"; break;
      case '\n': expected = "\\n"; break;
      case '\r': expected = "\\r"; break;
      case '\t': expected = "\\t"; break;
      default: {
        if (value < 0x20) {
          const char hex[] = "0123456789abcdef";
          expected = std::string("\\u00") + hex[value >> 4] + hex[value & 0xF];
        } else {
          expected = std::string(1, c);  // '/', DEL and every other printable byte as is
        }
      }
    }
    CHECK(description_json(std::string_view(&c, 1)) ==
          R"({"repository":"r","is_public":false,"description":")" + expected + "\"}");
  }
  CHECK(description_json("\x1f\x01") == R"({"repository":"r","is_public":false,"description":"\u001f\u0001"})");
  CHECK(description_json("a/b") == R"({"repository":"r","is_public":false,"description":"a/b"})");
}

TEST_CASE("valid non-ASCII UTF-8 is written as is") {
  const std::string text = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\xb3 \xef\xbf\xbf";
  CHECK(description_json(text) == R"({"repository":"r","is_public":false,"description":")" + text + "\"}");
}

TEST_CASE("an invalid body is refused with its first problem and nothing is written") {
  const create_repo_body bad{"Team/app", true, {}, std::string("\xff")};
  const auto json = swr::to_json(bad);
  REQUIRE_FALSE(json.has_value());
  CHECK(json.error() == swr::error{error_code::invalid_character, swr::field::repository, 0});

  char buffer[64];
  std::fill(std::begin(buffer), std::end(buffer), '#');
  const auto written = swr::write_json(buffer, sizeof buffer, bad);
  REQUIRE_FALSE(written.has_value());
  CHECK(written.error().code == error_code::invalid_character);
  CHECK(std::string_view(buffer, sizeof buffer) == std::string(sizeof buffer, '#'));

  std::string out;
  const auto through_iterator = swr::write_json(std::back_inserter(out), bad);
  CHECK_FALSE(through_iterator.has_value());
  CHECK(out.empty());

  const auto description = swr::to_json(create_repo_body{"ok", true, {}, std::string("\xed\xa0\x80")});
  REQUIRE_FALSE(description.has_value());
  CHECK(description.error() == swr::error{error_code::invalid_utf8, swr::field::description, 0});
  const auto category = swr::to_json(create_repo_body{"ok", true, static_cast<swr::category>(99), {}});
  REQUIRE_FALSE(category.has_value());
  CHECK(category.error() == swr::error{error_code::unknown_category, swr::field::category, 0});
}

TEST_CASE("buffer form: all or nothing, and the size needed") {
  const create_repo_body body{"team/app", true, swr::category::lang, std::string("d")};
  const std::string expected = json_of(body);
  REQUIRE(swr::json_size(body).value() == expected.size());

  std::vector<char> exact(expected.size(), '#');
  const auto fits = swr::write_json(exact.data(), exact.size(), body);
  REQUIRE(fits.has_value());
  CHECK(*fits == expected.size());
  CHECK(std::string(exact.begin(), exact.end()) == expected);

  std::vector<char> small(expected.size() - 1, '#');
  const auto too_small = swr::write_json(small.data(), small.size(), body);
  REQUIRE(too_small.has_value());
  CHECK(*too_small == expected.size());  // the size needed, as snprintf reports it
  CHECK(std::string(small.begin(), small.end()) == std::string(small.size(), '#'));

  const auto nothing = swr::write_json(nullptr, 0, body);
  REQUIRE(nothing.has_value());
  CHECK(*nothing == expected.size());
}

TEST_CASE("output iterator form writes the same bytes and returns the end") {
  // Every escape, through every kind of output.
  const create_repo_body body{"x/y", false, swr::category::windows,
                              std::string("q\"b\\s\bf\fn\nr\rt\tc\x01\x1f e\x7f caf\xC3\xA9")};
  REQUIRE(json_of(body).find(R"(q\"b\\s\bf\fn\nr\rt\tc\u0001\u001f e)") != std::string::npos);
  std::vector<char> out;
  const auto end = swr::write_json(std::back_inserter(out), body);
  REQUIRE(end.has_value());
  CHECK(std::string(out.begin(), out.end()) == json_of(body));

  char raw[128];
  const auto last = swr::write_json(raw, body);  // a plain pointer is an output iterator too
  REQUIRE(last.has_value());
  CHECK(std::string(raw, *last) == json_of(body));
}

namespace {
constexpr std::string_view long_body_json =
    R"({"repository":"team$a-repository-name-longer-than-any-small-string-buffer","is_public":true,)"
    R"("category":"lang","description":"a description longer than any small-string buffer of a std::string"})";
}  // namespace

TEST_CASE("every writer takes a temporary body straight: it lives until the call returns") {
  // The body converts to the view the writers take; the view does not outlive the call. (A named view of a
  // temporary body would dangle, and is refused where the compiler can tell: tests/dangling_view_compile.cpp.)
  const auto json = swr::to_json(swr_test::temporary_long_body());
  REQUIRE(json.has_value());
  CHECK(*json == long_body_json);

  const auto size = swr::json_size(swr_test::temporary_long_body());
  REQUIRE(size.has_value());
  CHECK(*size == long_body_json.size());

  char buffer[256] = {};
  const auto written = swr::write_json(buffer, sizeof buffer, swr_test::temporary_long_body());
  REQUIRE(written.has_value());
  CHECK(std::string_view(buffer, *written) == long_body_json);

  std::string out;
  const auto end = swr::write_json(std::back_inserter(out), swr_test::temporary_long_body());
  CHECK(end.has_value());
  CHECK(out == long_body_json);

  // And a refused temporary body is refused the same way.
  create_repo_body bad = swr_test::temporary_long_body();
  bad.repository.insert(0, "Team/");
  CHECK(swr::to_json(create_repo_body(bad)).error().code == error_code::invalid_character);
  CHECK(swr::json_size(create_repo_body(bad)).error().code == error_code::invalid_character);
  CHECK(swr::write_json(buffer, sizeof buffer, create_repo_body(bad)).error().code == error_code::invalid_character);
}
