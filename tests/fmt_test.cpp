// Tests for swr/fmt.hpp: the {fmt} formatters.
#include "swr/fmt.hpp"

#include "swr/names.hpp"
#include "test_support.hpp"

TEST_CASE("enums format as their identifiers or wire strings") {
  CHECK(fmt::format("{}", swr::name_error::reserved) == "reserved");
  CHECK(fmt::format("{}", swr::name_error::too_many_underscores) == "too_many_underscores");
  CHECK(fmt::format("{}", swr::name_kind::namespace_name) == "namespace");
  CHECK(fmt::format("{}", swr::category::linux_) == "linux");
  CHECK(fmt::format("{}", swr::category::arm) == "arm");
}

TEST_CASE("format specs of strings apply") {
  CHECK(fmt::format("[{:>8}]", swr::category::lang) == "[    lang]");
  CHECK(fmt::format("[{:<6}]", swr::name_error::empty) == "[empty ]");
  CHECK(fmt::format("[{:*^10}]", swr::check_namespace("ok")) == "[****ok****]");
}

TEST_CASE("name_check formats as ok or error at byte position") {
  CHECK(fmt::format("{}", swr::check_namespace("my-org")) == "ok");
  CHECK(fmt::format("{}", swr::check_namespace("org-")) == "invalid_end at byte 3");
  CHECK(fmt::format("{}", swr::check_repository("team//app")) == "adjacent_separators at byte 5");
}
