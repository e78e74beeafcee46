// Tests for swr/names.hpp against docs/names.md: every rule, every example, every diagnostic and
// position, all 256 byte values, the length boundaries and the as-you-type prefix checks.
#include "swr/swr.hpp"

#include <string>

#include "test_support.hpp"

using swr::check_namespace;
using swr::check_namespace_prefix;
using swr::check_repository;
using swr::check_repository_prefix;
using swr::name_check;
using swr::name_error;
using swr::name_kind;

namespace {
constexpr name_check at(name_error error, std::size_t position) { return {error, position}; }
constexpr name_check name_ok{};

bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
}  // namespace

// Compiled in every build: the validators are usable in constant expressions (C++17).
static_assert(swr::is_valid_namespace("my-org"));
static_assert(!swr::is_valid_namespace("library"));
static_assert(swr::is_valid_repository("team/app"));
static_assert(check_namespace("a___b") == at(name_error::too_many_underscores, 3));
static_assert(check_repository("team//app") == at(name_error::adjacent_separators, 5));
static_assert(check_namespace_prefix("my-").ok());
static_assert(swr::max_length(name_kind::namespace_name) == 64 && swr::max_length(name_kind::repository) == 128);
static_assert(noexcept(check_namespace(std::string_view{})) && noexcept(check_repository_prefix(std::string_view{})));

TEST_CASE("name_check: ok() and operator bool agree") {
  constexpr name_check good{};
  constexpr name_check bad = at(name_error::empty, 0);
  static_assert(good.ok() && static_cast<bool>(good));
  static_assert(!bad.ok() && !static_cast<bool>(bad));
  CHECK(good != bad);
  CHECK(bad == at(name_error::empty, 0));
  CHECK(bad != at(name_error::empty, 1));
}

TEST_CASE("spec examples: diagnostics and positions") {
  CHECK(check_namespace("") == at(name_error::empty, 0));
  CHECK(check_namespace(std::string(65, 'a')) == at(name_error::too_long, 64));
  CHECK(check_namespace("My-org") == at(name_error::invalid_character, 0));
  CHECK(check_namespace("1org") == at(name_error::invalid_start, 0));
  CHECK(check_namespace("a_.b") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a___b") == at(name_error::too_many_underscores, 3));
  CHECK(check_namespace("a__-b") == at(name_error::adjacent_separators, 3));
  CHECK(check_namespace("org-") == at(name_error::invalid_end, 3));
  CHECK(check_namespace("library") == at(name_error::reserved, 0));
  CHECK(check_repository("team//app") == at(name_error::adjacent_separators, 5));
  CHECK(check_repository("team$app") == at(name_error::invalid_character, 4));
}

TEST_CASE("namespace rule 5: separator runs between alphanumerics") {
  for (const char* ok : {"a__b", "a.b", "a-b", "a--b", "a---b", "a_b", "a-----------b"}) {
    CAPTURE(ok);
    CHECK(check_namespace(ok) == name_ok);
  }
  CHECK(check_namespace("a___b") == at(name_error::too_many_underscores, 3));
  CHECK(check_namespace("a..b") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a._b") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a-_b") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a_-b") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a.-b") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a-.b") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a--_b") == at(name_error::adjacent_separators, 3));
  CHECK(check_namespace("a____b") == at(name_error::too_many_underscores, 3));
}

TEST_CASE("repository rule 5: '/' is a separator of its own") {
  for (const char* ok : {"team/app", "a/b/c", "my--app", "a__b", "a.b/c_d-e", "0", "1abc", "9/8/7", "a/b.c"}) {
    CAPTURE(ok);
    CHECK(check_repository(ok) == name_ok);
  }
  CHECK(check_repository("a//b") == at(name_error::adjacent_separators, 2));
  CHECK(check_repository("a/.b") == at(name_error::adjacent_separators, 2));
  CHECK(check_repository("a/-b") == at(name_error::adjacent_separators, 2));
  CHECK(check_repository("a-/b") == at(name_error::adjacent_separators, 2));
  CHECK(check_repository("a_/b") == at(name_error::adjacent_separators, 2));
  CHECK(check_repository("a___b") == at(name_error::too_many_underscores, 3));
  CHECK(check_repository("/a") == at(name_error::invalid_start, 0));
  CHECK(check_repository("a/") == at(name_error::invalid_end, 1));
}

TEST_CASE("'/' is not part of a namespace's alphabet") {
  CHECK(check_namespace("team/app") == at(name_error::invalid_character, 4));
  CHECK(check_namespace("/a") == at(name_error::invalid_character, 0));
}

TEST_CASE("start rules: a namespace starts with a letter, a repository with a letter or digit") {
  CHECK(check_namespace("a") == name_ok);
  CHECK(check_namespace("0abc") == at(name_error::invalid_start, 0));
  CHECK(check_namespace("9") == at(name_error::invalid_start, 0));
  CHECK(check_repository("0abc") == name_ok);
  for (const char* bad : {".a", "_a", "-a", "__a", "--a"}) {
    CAPTURE(bad);
    CHECK(check_namespace(bad) == at(name_error::invalid_start, 0));
    CHECK(check_repository(bad) == at(name_error::invalid_start, 0));
  }
}

TEST_CASE("end rule: the last byte is alphanumeric") {
  for (const char* bad : {"a.", "a_", "a-", "a__", "a--", "ab-cd-"}) {
    CAPTURE(bad);
    const std::size_t last = std::string_view(bad).size() - 1;
    CHECK(check_namespace(bad) == at(name_error::invalid_end, last));
    CHECK(check_repository(bad) == at(name_error::invalid_end, last));
  }
  CHECK(check_namespace("a0") == name_ok);
}

TEST_CASE("the first violation wins, in the order of the spec") {
  // The scan runs left to right, so an earlier byte's error hides a later one.
  CHECK(check_namespace("a..B") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("a.B.") == at(name_error::invalid_character, 2));
  // invalid_character is tested before invalid_start at index 0.
  CHECK(check_namespace("$a") == at(name_error::invalid_character, 0));
  // A bad end is reported only when the scan found nothing.
  CHECK(check_namespace("a..") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace("A-") == at(name_error::invalid_character, 0));
  // Length is checked before the scan: the position is the limit, not the bad byte.
  CHECK(check_namespace("A" + std::string(64, 'a')) == at(name_error::too_long, 64));
  // too_many_underscores is tested before adjacent_separators for the same byte.
  CHECK(check_repository("a___") == at(name_error::too_many_underscores, 3));
}

TEST_CASE("library is reserved for namespaces only, and only exactly") {
  CHECK(check_namespace("library") == at(name_error::reserved, 0));
  CHECK(check_namespace("librarya") == name_ok);
  CHECK(check_namespace("librar") == name_ok);
  CHECK(check_namespace("my-library") == name_ok);
  CHECK(check_namespace("Library") == at(name_error::invalid_character, 0));
  CHECK(check_repository("library") == name_ok);
}

TEST_CASE("length boundaries: 0, 1, max, max+1") {
  for (const name_kind kind : {name_kind::namespace_name, name_kind::repository}) {
    const std::size_t max = swr::max_length(kind);
    CAPTURE(max);
    CHECK(swr::check_name(kind, "") == at(name_error::empty, 0));
    CHECK(swr::check_name(kind, "a") == name_ok);
    CHECK(swr::check_name(kind, std::string(max, 'a')) == name_ok);
    CHECK(swr::check_name(kind, std::string(max + 1, 'a')) == at(name_error::too_long, max));
    CHECK(swr::check_name(kind, std::string(max + 1000, '$')) == at(name_error::too_long, max));
    CHECK(swr::check_name(kind, std::string(max - 1, 'a') + "-") == at(name_error::invalid_end, max - 1));
    std::string mixed = "a";
    while (mixed.size() + 2 <= max) mixed += "-b";
    CHECK(swr::check_name(kind, mixed) == name_ok);
  }
  CHECK(swr::namespace_max_length == 64);
  CHECK(swr::repository_max_length == 128);
}

TEST_CASE("all 256 byte values, alone and between two letters") {
  for (int value = 0; value < 256; ++value) {
    const auto byte = static_cast<unsigned char>(value);
    const char c = static_cast<char>(byte);
    CAPTURE(value);
    const bool separator = c == '.' || c == '_' || c == '-';
    const bool alnum = is_lower(byte) || is_digit(byte);

    // In the middle: the alphabet decides.
    const std::string middle = std::string("a") + c + "a";
    CHECK(check_namespace(middle).ok() == (alnum || separator));
    CHECK(check_repository(middle).ok() == (alnum || separator || c == '/'));
    if (!alnum && !separator) {
      CHECK(check_repository(middle) == (c == '/' ? name_ok : at(name_error::invalid_character, 1)));
      CHECK(check_namespace(middle) == at(name_error::invalid_character, 1));
    }

    // Alone: the start rule decides among valid bytes.
    const std::string alone(1, c);
    if (is_lower(byte)) {
      CHECK(check_namespace(alone) == name_ok);
      CHECK(check_repository(alone) == name_ok);
    } else if (is_digit(byte)) {
      CHECK(check_namespace(alone) == at(name_error::invalid_start, 0));
      CHECK(check_repository(alone) == name_ok);
    } else if (separator) {
      CHECK(check_namespace(alone) == at(name_error::invalid_start, 0));
      CHECK(check_repository(alone) == at(name_error::invalid_start, 0));
    } else if (c == '/') {
      CHECK(check_namespace(alone) == at(name_error::invalid_character, 0));
      CHECK(check_repository(alone) == at(name_error::invalid_start, 0));
    } else {
      CHECK(check_namespace(alone) == at(name_error::invalid_character, 0));
      CHECK(check_repository(alone) == at(name_error::invalid_character, 0));
    }
  }
}

TEST_CASE("embedded NUL and non-ASCII bytes are invalid characters, counted in bytes") {
  CHECK(check_namespace(std::string_view("ab\0cd", 5)) == at(name_error::invalid_character, 2));
  CHECK(check_repository("caf\xc3\xa9") == at(name_error::invalid_character, 3));
  CHECK(check_repository("\xef\xbd\x81pp") == at(name_error::invalid_character, 0));  // fullwidth 'a'
  CHECK(check_repository("a b") == at(name_error::invalid_character, 1));
  CHECK(check_repository("a:b") == at(name_error::invalid_character, 1));
  CHECK(check_repository("a@b") == at(name_error::invalid_character, 1));
}

TEST_CASE("prefix checks: the spec's examples") {
  CHECK(check_namespace_prefix("") == name_ok);
  CHECK(check_namespace_prefix("my-") == name_ok);
  CHECK(check_namespace_prefix("a__") == name_ok);
  CHECK(check_namespace_prefix("library") == name_ok);
  CHECK(check_namespace_prefix("a___") == at(name_error::too_many_underscores, 3));
  CHECK(check_namespace_prefix("a._") == at(name_error::adjacent_separators, 2));
  CHECK(check_namespace_prefix("A") == at(name_error::invalid_character, 0));
  CHECK(check_namespace_prefix("1") == at(name_error::invalid_start, 0));
  CHECK(check_namespace_prefix(std::string(63, 'a') + "-") == at(name_error::invalid_end, 63));
  CHECK(check_namespace_prefix(std::string(62, 'a') + "-") == name_ok);
  CHECK(check_namespace_prefix(std::string(63, 'a') + "b") == name_ok);
  CHECK(check_namespace_prefix(std::string(65, 'a')) == at(name_error::too_long, 64));
}

TEST_CASE("prefix checks: repositories") {
  CHECK(check_repository_prefix("") == name_ok);
  CHECK(check_repository_prefix("1") == name_ok);
  CHECK(check_repository_prefix("team/") == name_ok);
  CHECK(check_repository_prefix("team//") == at(name_error::adjacent_separators, 5));
  CHECK(check_repository_prefix("/") == at(name_error::invalid_start, 0));
  CHECK(check_repository_prefix("Team") == at(name_error::invalid_character, 0));
  CHECK(check_repository_prefix(std::string(127, 'a') + "/") == at(name_error::invalid_end, 127));
  CHECK(check_repository_prefix(std::string(126, 'a') + "/") == name_ok);
  CHECK(check_repository_prefix(std::string(129, 'a')) == at(name_error::too_long, 128));
}

TEST_CASE("every valid name is a valid prefix, and so is every prefix of it") {
  for (const char* name : {"my-org", "a__b", "a-----b", "x.y_z"}) {
    const std::string_view full(name);
    for (std::size_t n = 0; n <= full.size(); ++n) {
      CAPTURE(full.substr(0, n));
      CHECK(check_namespace_prefix(full.substr(0, n)) == name_ok);
    }
  }
  const std::string_view repo = "0team/my--app.v2_x/a";
  for (std::size_t n = 0; n <= repo.size(); ++n) CHECK(check_repository_prefix(repo.substr(0, n)) == name_ok);
}

#if SWR_HAS_CONSTEVAL
TEST_CASE("checked_name: literals checked at compile time") {
  constexpr swr::checked_namespace ns = "my-org";
  constexpr swr::checked_repository repo = "team/app";
  static_assert(ns.value() == "my-org");
  const std::string_view as_view = repo;
  CHECK(as_view == "team/app");
  // The rejection of invalid literals is a compile-fail test: tests/checked_name_compile.cpp, one per
  // name_error, each required to name its error in the compiler's output.
}

namespace {
constexpr char namespace_buffer[16] = "my-org";  // a fixed-size buffer: the text, then ten NULs
constexpr char repository_buffer[129] = "team/app";
constexpr char full_buffer[8] = {'t', 'e', 'a', 'm', '/', 'a', 'p', 'p'};  // no room for a NUL
}  // namespace

TEST_CASE("checked_name: the name is the array without its trailing NULs") {
  constexpr swr::checked_namespace from_buffer = namespace_buffer;
  static_assert(from_buffer.value() == "my-org");
  static_assert(from_buffer.value().size() == 6);
  constexpr swr::checked_repository repo = repository_buffer;
  static_assert(repo.value() == "team/app");
  constexpr swr::checked_namespace trailing_nuls = "my-org\0\0";
  static_assert(trailing_nuls.value() == "my-org");
  constexpr swr::checked_repository unterminated = full_buffer;
  static_assert(unterminated.value() == "team/app");
  // The view points into the array itself.
  CHECK(from_buffer.value().data() == namespace_buffer);
  CHECK(swr::check_namespace(from_buffer) == name_ok);
  CHECK(swr::check_repository(unterminated) == name_ok);
  // An embedded NUL stays part of the name, which is then refused (tests/checked_name_compile.cpp), as
  // check_name refuses it at run time:
  CHECK(check_namespace(std::string_view("my\0org", 6)) == at(name_error::invalid_character, 2));
}
#else
// Without consteval the names are declared, so that a declaration that mentions them compiles; any use
// fails with a message that says why (the checked_name_needs_consteval test builds one).
void takes_checked_names(swr::checked_namespace ns, swr::checked_repository repo);
#endif
