// Tests for swr/escape.hpp: the '/' <-> '$' wire form of repository names.
#include "swr/swr.hpp"

#include <array>
#include <string>

#include "test_support.hpp"

namespace {
// The constexpr buffer form at compile time: escape into an array and compare.
constexpr bool escapes_at_compile_time() {
  std::array<char, 8> buffer{};
  const std::size_t n = swr::escape_repository("team/app", buffer.data(), buffer.size());
  return n == 8 && std::string_view(buffer.data(), n) == "team$app";
}
constexpr bool refuses_small_buffer_at_compile_time() {
  std::array<char, 4> buffer{'x', 'x', 'x', 'x'};
  const std::size_t n = swr::unescape_repository("a$b$c", buffer.data(), buffer.size());
  return n == 5 && buffer[0] == 'x' && buffer[3] == 'x';
}
}  // namespace

static_assert(escapes_at_compile_time());
static_assert(refuses_small_buffer_at_compile_time());

#if SWR_HAS_CONSTEXPR_STRING
static_assert(swr::escape_repository("a/b/c") == "a$b$c");
static_assert(swr::unescape_repository("a$b$c") == "a/b/c");
#endif

TEST_CASE("escape: every '/' becomes '$' and nothing else changes") {
  CHECK(swr::escape_repository("team/app") == "team$app");
  CHECK(swr::escape_repository("a/b/c") == "a$b$c");
  CHECK(swr::escape_repository("busybox") == "busybox");
  CHECK(swr::escape_repository("") == "");
  CHECK(swr::escape_repository("//") == "$$");
  CHECK(swr::escape_repository(std::string_view("a\0/", 3)) == std::string("a\0$", 3));
}

TEST_CASE("unescape: every '$' becomes '/'") {
  CHECK(swr::unescape_repository("team$app") == "team/app");
  CHECK(swr::unescape_repository("a$b$c") == "a/b/c");
  CHECK(swr::unescape_repository("already/logical") == "already/logical");
  CHECK(swr::unescape_repository("") == "");
}

TEST_CASE("buffer forms: exact size, all or nothing") {
  char buffer[16] = {};
  CHECK(swr::escape_repository("x/y", buffer, sizeof buffer) == 3);
  CHECK(std::string_view(buffer, 3) == "x$y");
  char small[2] = {'-', '-'};
  CHECK(swr::escape_repository("x/y", small, sizeof small) == 3);
  CHECK(small[0] == '-');
  CHECK(small[1] == '-');
  CHECK(swr::escape_repository("", nullptr, 0) == 0);
}

TEST_CASE("round trip on valid names: escape is a bijection") {
  const char* names[] = {"a", "team/app", "a/b/c/d", "x.y_z-w/v__u---t", "0/1/2"};
  for (const char* name : names) {
    CAPTURE(name);
    REQUIRE(swr::is_valid_repository(name));
    const std::string wire = swr::escape_repository(name);
    CHECK(wire.find('/') == std::string::npos);
    CHECK(swr::unescape_repository(wire) == name);
    CHECK(swr::escape_repository(swr::unescape_repository(wire)) == wire);
  }
}

TEST_CASE("the wire form is not itself a valid logical name when it differs") {
  // '$' is outside the alphabet, so a wire name cannot be mistaken for a logical one.
  CHECK(swr::check_repository(swr::escape_repository("team/app")) ==
        swr::name_check{swr::name_error::invalid_character, 4});
}
