// Tests for swr/name_check.hpp: the identifiers and messages of every diagnostic.
#include "swr/swr.hpp"

#include <set>
#include <string>

#include "test_support.hpp"

using swr::name_error;
using swr::name_kind;

namespace {
constexpr name_error all_errors[] = {
    name_error::none,
    name_error::empty,
    name_error::too_long,
    name_error::invalid_character,
    name_error::invalid_start,
    name_error::invalid_end,
    name_error::adjacent_separators,
    name_error::too_many_underscores,
    name_error::reserved,
};
}  // namespace

static_assert(swr::to_string(name_error::adjacent_separators) == "adjacent_separators");
static_assert(swr::to_string(name_kind::namespace_name) == "namespace");
static_assert(!swr::message(name_error::reserved).empty());

TEST_CASE("to_string gives each enumerator's identifier") {
  CHECK(swr::to_string(name_error::none) == "none");
  CHECK(swr::to_string(name_error::empty) == "empty");
  CHECK(swr::to_string(name_error::too_long) == "too_long");
  CHECK(swr::to_string(name_error::invalid_character) == "invalid_character");
  CHECK(swr::to_string(name_error::invalid_start) == "invalid_start");
  CHECK(swr::to_string(name_error::invalid_end) == "invalid_end");
  CHECK(swr::to_string(name_error::adjacent_separators) == "adjacent_separators");
  CHECK(swr::to_string(name_error::too_many_underscores) == "too_many_underscores");
  CHECK(swr::to_string(name_error::reserved) == "reserved");
  CHECK(swr::to_string(name_kind::repository) == "repository");
}

TEST_CASE("values outside the enums give empty strings, not garbage") {
  CHECK(swr::to_string(static_cast<name_error>(200)).empty());
  CHECK(swr::message(static_cast<name_error>(200)).empty());
  CHECK(swr::message(static_cast<name_error>(200), name_kind::repository).empty());
  CHECK(swr::to_string(static_cast<name_kind>(9)).empty());
}

TEST_CASE("messages are distinct sentences a GUI can show") {
  std::set<std::string> generic;
  for (const name_error e : all_errors) {
    CAPTURE(e);
    const std::string_view text = swr::message(e);
    REQUIRE(text.size() > 10);
    CHECK(text.front() >= 'A');
    CHECK(text.front() <= 'Z');
    CHECK(text.back() == '.');
    generic.insert(std::string(text));
    for (const name_kind kind : {name_kind::namespace_name, name_kind::repository}) {
      const std::string_view specific = swr::message(e, kind);
      CHECK(specific.size() > 10);
      CHECK(specific.back() == '.');
    }
  }
  CHECK(generic.size() == std::size(all_errors));
}

TEST_CASE("kind-specific messages state the kind's own limit and alphabet") {
  CHECK(swr::message(name_error::too_long, name_kind::namespace_name).find("64") != std::string_view::npos);
  CHECK(swr::message(name_error::too_long, name_kind::repository).find("128") != std::string_view::npos);
  CHECK(swr::message(name_error::invalid_character, name_kind::namespace_name).find('/') == std::string_view::npos);
  CHECK(swr::message(name_error::invalid_character, name_kind::repository).find('/') != std::string_view::npos);
  CHECK(swr::message(name_error::invalid_start, name_kind::repository).find("digit") != std::string_view::npos);
  CHECK(swr::message(name_error::invalid_start, name_kind::namespace_name).find("digit") == std::string_view::npos);
  CHECK(swr::message(name_error::reserved, name_kind::namespace_name) == swr::message(name_error::reserved));
}
