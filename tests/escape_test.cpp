// Tests for swr/escape.hpp: the '/' <-> '$' wire form of repository names.
#include "swr/swr.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "guarded_page.hpp"
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

namespace {
// What the run-time mappings (blocks of 16 bytes, words of 8, or two overlapping words) must match: byte by byte.
std::string replaced_byte_by_byte(std::string text, char from, char to) {
  for (char& c : text) c = c == from ? to : c;
  return text;
}

using replacer = void (*)(const char*, std::size_t, char, char, char*) noexcept;
struct named_replacer {
  const char* name;
  replacer replace;
};
// The dispatched mapping, and its portable path on its own: the only path where there are no byte blocks, so
// it is checked here on every machine, not only in the SWRKIT_DISABLE_SIMD build.
constexpr named_replacer replacers[] = {{"run time", &swr::detail::replace_byte_run_time},
                                        {"words", &swr::detail::replace_byte_in_words}};
}  // namespace

TEST_CASE("run time: blocks and words map every length and every position, copied or in place") {
  for (const named_replacer& r : replacers) {
    CAPTURE(r.name);
    for (std::size_t n = 0; n <= 70; ++n) {
      for (std::size_t at = 0; at <= n; ++at) {
        // '/' at one position (none when at == n), '$' beside it, among bytes that differ from both by one bit.
        std::string text(n, '\x2E');
        if (at < n) text[at] = '/';
        if (at + 1 < n) text[at + 1] = '$';
        CAPTURE(n);
        CAPTURE(at);
        std::string copy(n, '?');
        r.replace(text.data(), n, '/', '$', &copy[0]);
        CHECK(copy == replaced_byte_by_byte(text, '/', '$'));
        std::string in_place = text;
        r.replace(in_place.data(), n, '$', '/', &in_place[0]);
        CHECK(in_place == replaced_byte_by_byte(text, '$', '/'));
      }
    }
    // Every byte value in every lane of a word and a block.
    for (unsigned byte = 0; byte < 256; ++byte) {
      for (const std::size_t n : {std::size_t{5}, std::size_t{8}, std::size_t{13}, std::size_t{16}, std::size_t{31}}) {
        const std::string text(n, static_cast<char>(byte));
        std::string copy(n, '?');
        r.replace(text.data(), n, '/', '$', &copy[0]);
        CHECK(copy == replaced_byte_by_byte(text, '/', '$'));
      }
    }
  }
}

#if SWR_TEST_HAS_GUARDED_PAGE
TEST_CASE("run time: nothing is read or written past the name") {
  swr_test::guarded_page input_page, output_page;
  REQUIRE((input_page.ok() && output_page.ok()));
  if (!input_page.ok() || !output_page.ok()) return;
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string name;
    for (std::size_t i = 0; i < n; ++i) name += i % 3 == 1 ? '/' : 'a';
    const std::string_view guarded = input_page.at_end(name);
    char* out = const_cast<char*>(output_page.place(std::string(n, '\0')));
    CAPTURE(n);
    CHECK(swr::escape_repository(guarded, out, n) == n);
    CHECK(std::string_view(out, n) == replaced_byte_by_byte(name, '/', '$'));
    for (const named_replacer& r : replacers) {
      CAPTURE(r.name);
      std::fill(out, out + n, '\0');
      r.replace(guarded.data(), n, '/', '$', out);
      CHECK(std::string_view(out, n) == replaced_byte_by_byte(name, '/', '$'));
    }
  }
}
#endif
