// Tests for swr/model.hpp: the request model and its validation as a whole (docs/api.md, docs/names.md).
#include "swr/swr.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

using swr::create_repo_body;
using swr::create_repo_body_view;
using swr::create_repo_request;
using swr::error;
using swr::error_code;
using swr::field;

namespace {
using swr_test::value_error;

using swr_test::repeated;  // a description of `n` code points: `repeated(unit, n)`, each unit one code point
}  // namespace

// Validation of views is usable in constant expressions (C++17).
static_assert(swr::first_problem(create_repo_body_view{"team/app", true}).ok());
static_assert(swr::first_problem(create_repo_body_view{"team//app", true}).code == error_code::adjacent_separators);
static_assert(swr::first_problem(create_repo_body_view{"a", true, std::nullopt, "\xc0\xaf"}).code ==
              error_code::invalid_utf8);
static_assert(swr::check_description("caf\xc3\xa9").ok());

TEST_CASE("a valid request has no problems") {
  const create_repo_request request{"my-org", {"team/app", true, swr::category::linux_, std::string("web front")}};
  CHECK(swr::validate(request).empty());
  CHECK(swr::validate(request.body).empty());
  CHECK(swr::first_problem(request).ok());
  // Optional members may be absent; is_public false is as valid as true.
  CHECK(swr::validate(create_repo_request{"o", {"r", false, std::nullopt, std::nullopt}}).empty());
  // An empty description is a description.
  CHECK(swr::validate(create_repo_body{"r", false, std::nullopt, std::string()}).empty());
}

TEST_CASE("validate lists every problem, in field order, with field, code and position") {
  const create_repo_request request{"1org", {"team//app", true, static_cast<swr::category>(42), std::string("ok\xff")}};
  const std::vector<error> problems = swr::validate(request);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == value_error(error_code::invalid_start, field::namespace_name, 0));
  CHECK(problems[1] == value_error(error_code::adjacent_separators, field::repository, 5));
  CHECK(problems[2] == value_error(error_code::unknown_category, field::category, 0));
  CHECK(problems[3] == value_error(error_code::invalid_utf8, field::description, 2));
  // first_problem is the first of the list; the body alone starts at the repository.
  CHECK(swr::first_problem(request) == problems[0]);
  const std::vector<error> body_problems = swr::validate(request.body);
  REQUIRE(body_problems.size() == 3);
  CHECK(body_problems[0] == problems[1]);
  CHECK(swr::first_problem(create_repo_body_view(request.body)) == problems[1]);
}

TEST_CASE("namespace and repository problems are the name checks of docs/names.md") {
  CHECK(swr::validate(create_repo_request{"", {"", false, {}, {}}}) ==
        std::vector<error>{value_error(error_code::empty, field::namespace_name, 0),
                           value_error(error_code::empty, field::repository, 0)});
  CHECK(swr::validate(create_repo_request{"library", {"library", false, {}, {}}}) ==
        std::vector<error>{value_error(error_code::reserved, field::namespace_name, 0)});
  CHECK(swr::validate(create_repo_body{std::string(129, 'a'), false, {}, {}}) ==
        std::vector<error>{value_error(error_code::too_long, field::repository, 128)});
  // The model holds the logical name: the wire form's '$' is an invalid character there.
  CHECK(swr::validate(create_repo_body{"team$app", false, {}, {}}) ==
        std::vector<error>{value_error(error_code::invalid_character, field::repository, 4)});
}

TEST_CASE("description: UTF-8 without overlongs, surrogates or code points above U+10FFFF") {
  const struct {
    const char* text;
    std::size_t bad_at;
  } cases[] = {
      {"\xc0\xaf", 0},              // overlong '/'
      {"ab\xe0\x80\xaf", 2},        // overlong 3-byte form
      {"\xed\xa0\x80", 0},          // U+D800, a surrogate
      {"x\xed\xbf\xbf", 1},         // U+DFFF
      {"\xf4\x90\x80\x80", 0},      // U+110000
      {"\xf8\x88\x80\x80\x80", 0},  // a 5-byte form
      {"abc\xe2\x82", 3},           // truncated at the end
      {"\x80", 0},                  // a lone continuation byte
      {"ok\xc3(", 2},               // a lead byte followed by ASCII
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(swr::check_description(c.text) == value_error(error_code::invalid_utf8, field::description, c.bad_at));
  }
  for (const char* good : {"", "plain", "caf\xc3\xa9", "\xe2\x82\xac 5", "\xf0\x9f\x90\xb3 whale", "\xef\xbf\xbf",
                           "\xf4\x8f\xbf\xbf", "tab\tnew\nline\r\x01\x7f"}) {
    CAPTURE(good);
    CHECK(swr::check_description(good).ok());
  }
  CHECK(swr::check_description(std::string_view("nul\0inside", 10)).ok());
}

TEST_CASE("description: at most 30,000 code points, counted as code points, not bytes") {
  CHECK(swr::description_max_code_points == 30000);
  for (const std::string_view unit : {std::string_view("a"), std::string_view("\xc3\xa9"),
                                      std::string_view("\xe2\x82\xac"), std::string_view("\xf0\x9f\x90\xb3")}) {
    CAPTURE(unit.size());
    CHECK(swr::check_description(repeated(unit, 30000)).ok());
    // The 30,001st code point starts at byte 30,000 * unit size.
    CHECK(swr::check_description(repeated(unit, 30001)) ==
          value_error(error_code::too_long, field::description, 30000 * unit.size()));
    CHECK(swr::check_description(repeated(unit, 40000)) ==
          value_error(error_code::too_long, field::description, 30000 * unit.size()));
  }
  // Whichever problem comes first in the text is the one reported.
  CHECK(swr::check_description(repeated("a", 100) + "\xff" + repeated("a", 40000)) ==
        value_error(error_code::invalid_utf8, field::description, 100));
  CHECK(swr::check_description(repeated("a", 30000) + "b\xff") ==
        value_error(error_code::too_long, field::description, 30000));
}

TEST_CASE("the body view borrows the body's fields") {
  const create_repo_body body{"team/app", true, swr::category::database, std::string("d")};
  const create_repo_body_view view(body);
  CHECK(view.repository.data() == body.repository.data());
  CHECK(view.is_public);
  CHECK(view.category == swr::category::database);
  REQUIRE(view.description.has_value());
  CHECK(view.description->data() == body.description->data());
  // The body outlives its view (a view of a temporary body would dangle: tests/dangling_view_compile.cpp).
  const create_repo_body bare{"r", false, {}, {}};
  const create_repo_body_view no_description(bare);
  CHECK(no_description.repository.data() == bare.repository.data());
  CHECK_FALSE(no_description.description.has_value());
  CHECK_FALSE(no_description.category.has_value());
}

TEST_CASE("equality compares every field") {
  const create_repo_body base{"r", true, swr::category::lang, std::string("d")};
  CHECK(base == create_repo_body{"r", true, swr::category::lang, std::string("d")});
  CHECK(base != create_repo_body{"s", true, swr::category::lang, std::string("d")});
  CHECK(base != create_repo_body{"r", false, swr::category::lang, std::string("d")});
  CHECK(base != create_repo_body{"r", true, swr::category::other, std::string("d")});
  CHECK(base != create_repo_body{"r", true, std::nullopt, std::string("d")});
  CHECK(base != create_repo_body{"r", true, swr::category::lang, std::nullopt});
  CHECK(base != create_repo_body{"r", true, swr::category::lang, std::string()});
  CHECK(create_repo_request{"n", base} == create_repo_request{"n", base});
  CHECK(create_repo_request{"n", base} != create_repo_request{"m", base});
}

namespace {
std::size_t repository_size(create_repo_body_view view) { return view.repository.size(); }
}  // namespace

TEST_CASE("a temporary body passed straight to a function taking a view lives until the call returns") {
  // The views made for these calls never outlive their full-expression: no dangling, no diagnosis
  // (the same line with a named view is refused: tests/dangling_view_compile.cpp).
  CHECK(swr::validate(swr_test::temporary_long_body()).empty());
  CHECK(swr::first_problem(swr_test::temporary_long_body()) == error{});
  CHECK(repository_size(swr_test::temporary_long_body()) == swr_test::temporary_long_body().repository.size());
  create_repo_body bad = swr_test::temporary_long_body();
  bad.repository.insert(0, "Team/");
  CHECK(swr::validate(create_repo_body(bad)) ==
        std::vector<error>{value_error(error_code::invalid_character, field::repository, 0)});
  CHECK(swr::first_problem(create_repo_body(bad)) == value_error(error_code::invalid_character, field::repository, 0));
}
