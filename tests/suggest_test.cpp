// Tests for swr/suggest.hpp: the nearest valid name to free text. Lowercasing, transliteration of Latin-1
// Supplement and Latin Extended-A, separator runs kept when allowed, a run holding a '/' as one '/' in a
// repository, any other run as one '-', edges trimmed, an 'n' before a namespace's leading digit, "library" ->
// "my-library", truncation that stays valid; a valid name comes back unchanged; the result is always valid or
// empty, on a large generated corpus of mixed UTF-8 and on bytes that are not UTF-8, which are never copied.
#include "swr/swr.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "test_support.hpp"

using swr::suggest_namespace;
using swr::suggest_repository;

#if SWR_HAS_CONSTEXPR_STRING
static_assert(suggest_namespace("Café Ünïcode") == "cafe-unicode");
#endif
namespace {
constexpr std::size_t suggest_length(std::string_view text) {
  char buffer[64] = {};
  return suggest_namespace(text, buffer, sizeof buffer);
}
constexpr bool suggests_repository(std::string_view text, std::string_view expected) {
  char buffer[128] = {};
  return std::string_view(buffer, suggest_repository(text, buffer, sizeof buffer)) == expected;
}
}  // namespace
static_assert(suggest_length("My Org") == 6);  // the buffer form is a constant expression in C++17
static_assert(suggests_repository("Team//App", "team/app"));

TEST_CASE("suggest: the examples") {
  CHECK(suggest_namespace("Café Ünïcode") == "cafe-unicode");
  CHECK(suggest_namespace("My Org") == "my-org");
  CHECK(suggest_namespace("  --My   Project!!  ") == "my-project");
  CHECK(suggest_namespace("Straße") == "strasse");
  CHECK(suggest_namespace("ÆØÅ Œuvre Þing ĲSSEL") == "aeoa-oeuvre-thing-ijssel");
  CHECK(suggest_namespace("Łódź Śląsk Čeština Ğüzel") == "lodz-slask-cestina-guzel");
  CHECK(suggest_namespace("2048 games") == "n2048-games");
  CHECK(suggest_repository("2048 games") == "2048-games");
  CHECK(suggest_namespace("library") == "my-library");
  CHECK(suggest_namespace("LIBRARY") == "my-library");
  CHECK(suggest_repository("library") == "library");
  CHECK(suggest_namespace("price × 2 ÷ 3") == "price-2-3");  // × and ÷ are not letters
}

TEST_CASE("suggest: separator runs the rules allow stay, others become one '-'") {
  CHECK(suggest_namespace("a.b_c__d---e") == "a.b_c__d---e");
  CHECK(suggest_namespace("a..b") == "a-b");
  CHECK(suggest_namespace("a___b") == "a-b");
  CHECK(suggest_namespace("a._b") == "a-b");
  CHECK(suggest_namespace("a-_b") == "a-b");
  CHECK(suggest_namespace("a/b") == "a-b");  // '/' is no separator in a namespace
  CHECK(suggest_repository("team/app") == "team/app");
  CHECK(suggest_namespace("...a...") == "a");
}

TEST_CASE("suggest: in a repository, a run of separators that holds a '/' becomes one '/'") {
  CHECK(suggest_repository("Team//App") == "team/app");
  CHECK(suggest_repository("Team / App") == "team/app");
  CHECK(suggest_repository("/srv//git/My App.git/") == "srv/git/my-app.git");
  CHECK(suggest_repository("a/-b") == "a/b");
  CHECK(suggest_repository("a-/b") == "a/b");
  CHECK(suggest_repository("a._/_.b") == "a/b");
  CHECK(suggest_repository("a/é/b") == "a/e/b");  // 'é' is a letter between two runs
  CHECK(suggest_repository("a/日/b") == "a/b");   // '日' is not: one run of three
  CHECK(suggest_repository("a/./b/c") == "a/b/c");
  CHECK(suggest_repository("a--b") == "a--b");  // no '/': the other rules
  // A namespace has no '/': there it is like any other separator.
  CHECK(suggest_namespace("Team//App") == "team-app");
  CHECK(suggest_namespace("Team / App") == "team-app");
  CHECK(suggest_namespace("/srv//git/My App.git/") == "srv-git-my-app.git");
  CHECK(suggest_namespace("a/-b") == "a-b");
}

TEST_CASE("suggest: a valid name comes back unchanged") {
  for (const std::string_view name : {"a", "my-org", "a.b", "a_b", "a__b", "a---b", "x1", "abc123def"}) {
    CAPTURE(name);
    CHECK(suggest_namespace(name) == name);
    CHECK(suggest_repository(name) == name);
  }
  for (const std::string_view name : {"team/app", "1x", "a/b/c", "0"}) {
    CAPTURE(name);
    CHECK(suggest_repository(name) == name);
  }
  const std::string longest_namespace = "a" + std::string(62, 'b') + "c";
  CHECK(suggest_namespace(longest_namespace) == longest_namespace);
}

TEST_CASE("suggest: nothing usable gives an empty name") {
  for (const std::string_view text : {"", " ", "!!!", "...", "/", "日本語", "🙂🙂", "×÷", "\xFF\xFE"}) {
    CAPTURE(text);
    CHECK(suggest_namespace(text).empty());
    CHECK(suggest_repository(text).empty());
  }
  CHECK(suggest_namespace("日本 app") == "app");
}

TEST_CASE("suggest: cut at the maximum length, or the buffer's capacity, on a boundary that stays valid") {
  CHECK(suggest_namespace(std::string(100, 'x')) == std::string(64, 'x'));
  CHECK(suggest_repository(std::string(200, 'y')) == std::string(128, 'y'));
  // The cut would end on a separator: it is dropped with the rest of the run.
  const std::string at_separator = std::string(63, 'a') + "__b";
  CHECK(suggest_namespace(at_separator) == std::string(63, 'a'));
  const std::string at_transliteration = std::string(63, 'a') + "ß";  // "ss" does not fit: one 's' does
  CHECK(suggest_namespace(at_transliteration) == std::string(63, 'a') + "s");
  char small[4] = {};
  CHECK(std::string_view(small, suggest_namespace("ab-cd", small, sizeof small)) == "ab-c");
  CHECK(std::string_view(small, suggest_namespace("7up", small, 1)) == "n");
  CHECK(suggest_namespace("x", small, 0) == 0);
  CHECK(std::string_view(small, suggest_namespace("library", small, sizeof small)) == "libr");
  CHECK(std::string_view(small, suggest_namespace("lib rary", small, sizeof small)) == "lib");
  // A '/' that would end the cut is dropped like any other separator.
  CHECK(suggest_repository(std::string(127, 'a') + " / b") == std::string(127, 'a'));
  CHECK(suggest_repository(std::string(126, 'a') + "//b") == std::string(126, 'a') + "/b");
  CHECK(std::string_view(small, suggest_repository("ab//cd", small, sizeof small)) == "ab/c");
  CHECK(std::string_view(small, suggest_repository("abc//d", small, sizeof small)) == "abc");
}

TEST_CASE("suggest: bytes that are not UTF-8 never reach the output") {
  CHECK(suggest_namespace("caf\xC3") == "caf");
  CHECK(suggest_namespace("a\xC3(b") == "a-b");
  CHECK(suggest_namespace("a\xED\xA0\x80z") == "a-z");              // a surrogate
  CHECK(suggest_namespace("a\xC0\xAFz") == "a-z");                  // overlong '/'
  CHECK(suggest_namespace("a\xF4\x90\x80\x80z") == "a-z");          // above U+10FFFF
  CHECK(suggest_repository("\xE2\x82team\xFF/app") == "team/app");  // the run "\xFF/" holds a '/'
  CHECK(suggest_namespace("\xE2\x82team\xFF/app") == "team-app");
}

TEST_CASE("suggest: always valid or empty, and idempotent, on a generated corpus of mixed UTF-8") {
  // Pieces: ASCII of every class, separators, Latin letters with diacritics, other scripts, broken bytes.
  const std::string_view pieces[] = {"a",
                                     "Z",
                                     "7",
                                     ".",
                                     "_",
                                     "-",
                                     "/",
                                     " ",
                                     "!",
                                     "$",
                                     "é",
                                     "Ü",
                                     "ß",
                                     "Æ",
                                     "×",
                                     "ĳ",
                                     "ſ",
                                     "ł",
                                     "日",
                                     "🙂",
                                     "\xC3",
                                     "\xFF",
                                     "\xED\xA0\x80",
                                     "__",
                                     "--",
                                     "..",
                                     "\t"};
  std::uint64_t state = 0x9E3779B97F4A7C15u;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int n = 0; n < 50000; ++n) {
    std::string text;
    const std::size_t count = next() % 90;
    for (std::size_t i = 0; i < count; ++i) text += pieces[next() % (sizeof pieces / sizeof pieces[0])];
    const std::string ns = suggest_namespace(text);
    const std::string repository = suggest_repository(text);
    if (!ns.empty()) REQUIRE(swr::is_valid_namespace(ns));
    if (!repository.empty()) REQUIRE(swr::is_valid_repository(repository));
    REQUIRE(suggest_namespace(ns) == ns);
    REQUIRE(suggest_repository(repository) == repository);
    REQUIRE(swr::is_valid_utf8(ns));
    REQUIRE(swr::is_valid_utf8(repository));
    // The kinds differ only by the '/' of a repository (where the namespace has '-'), when neither the
    // namespace's 'n' before a digit, "library" nor its shorter limit is involved.
    std::string slashes_as_hyphens = repository;
    for (char& c : slashes_as_hyphens) c = c == '/' ? '-' : c;
    const bool starts_with_digit = !repository.empty() && repository[0] >= '0' && repository[0] <= '9';
    if (repository.size() <= 64 && !starts_with_digit && slashes_as_hyphens != "library") {
      REQUIRE(slashes_as_hyphens == ns);
    }
  }
}
