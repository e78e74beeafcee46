// Tests for swr/category.hpp.
#include "swr/swr.hpp"

#include <set>
#include <string>

#include "test_support.hpp"

using swr::category;

static_assert(swr::to_string(category::linux_) == "linux");
static_assert(swr::parse_category("framework_app") == category::framework_app);
static_assert(swr::parse_category("arms") == category::arm);
static_assert(!swr::parse_category("Linux").has_value());
static_assert(noexcept(swr::parse_category(std::string_view{})));

TEST_CASE("the wire strings of the API documentation, in its order") {
  const char* expected[] = {"app_server", "linux", "framework_app", "database", "lang", "other", "windows", "arm"};
  REQUIRE(swr::category_count == std::size(expected));
  for (std::size_t i = 0; i < swr::category_count; ++i) {
    CHECK(swr::to_string(swr::all_categories[i]) == expected[i]);
    CHECK(static_cast<std::size_t>(swr::all_categories[i]) == i);
  }
}

TEST_CASE("the table round trips: parse(to_string(c)) == c") {
  std::set<std::string_view> seen;
  for (const category c : swr::all_categories) {
    CAPTURE(c);
    CHECK(swr::parse_category(swr::to_string(c)) == c);
    seen.insert(swr::to_string(c));
  }
  CHECK(seen.size() == swr::category_count);
}

TEST_CASE("parse is exact and case-sensitive") {
  for (const char* bad : {"", "Linux", "LINUX", "linux ", " linux", "app-server", "appserver", "arm64", "arms ", "Arms",
                          "linu", "linuxx", "other\n"}) {
    CAPTURE(bad);
    CHECK_FALSE(swr::parse_category(bad).has_value());
  }
  CHECK_FALSE(swr::parse_category(std::string_view("lang\0", 5)).has_value());
}

TEST_CASE("a byte changed, added or dropped anywhere in a name is refused, unless that makes another name") {
  std::set<std::string> names = {"arms"};
  for (const category c : swr::all_categories) names.emplace(swr::to_string(c));
  const auto refused_unless_a_name = [&](const std::string& text) {
    CAPTURE(text);
    CHECK(swr::parse_category(text).has_value() == (names.count(text) == 1));
  };
  for (const std::string& name : names) {
    for (std::size_t at = 0; at < name.size(); ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string changed = name;
        changed[at] = static_cast<char>(byte);
        if (changed != name) refused_unless_a_name(changed);
      }
      refused_unless_a_name(std::string(name).erase(at, 1));  // "arms" less its 's' is "arm"
    }
    for (std::size_t at = 0; at <= name.size(); ++at) refused_unless_a_name(std::string(name).insert(at, 1, 's'));
  }
}

TEST_CASE("\"arms\" is the Go SDK's spelling of arm; we always write \"arm\"") {
  REQUIRE(swr::parse_category("arms").has_value());
  CHECK(*swr::parse_category("arms") == category::arm);
  CHECK(swr::to_string(*swr::parse_category("arms")) == "arm");
}

TEST_CASE("a value outside the enum has no wire string") {
  CHECK(swr::to_string(static_cast<category>(8)).empty());
  CHECK(swr::to_string(static_cast<category>(255)).empty());
}
