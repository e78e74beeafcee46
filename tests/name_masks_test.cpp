// Tests for swr/detail/name_masks.hpp, the run-time fast path of the name checks, against the automaton of
// names.hpp (the reference, which constant evaluation uses): with SSE2's movemask and with the portable one,
// for both kinds of name, on every short string over the rules' alphabet, on every mistake at every position
// of every length (so across the 16-, 32- and 64-byte block edges), on runs of separators across those
// edges, on random texts, and on texts that end on the last readable byte before an unreadable page.
#include "swr/swr.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include "guarded_page.hpp"
#include "test_support.hpp"

using swr::name_error;
using swr::name_kind;

#if SWR_HAS_NAME_MASKS
namespace {

constexpr name_kind both_kinds[] = {name_kind::namespace_name, name_kind::repository};

bool same_scan(const swr::detail::name_scan_result& a, const swr::detail::name_scan_result& b) {
  return a.first_violation == b.first_violation &&
         (!a.first_violation.ok() || a.ends_with_separator == b.ends_with_separator);
}

// The fast path with each movemask agrees with the automaton on `text` (1 to 128 bytes). It takes texts up
// to the kind's longest name, as scan_name gives it; a longer namespace is scanned by the automaton alone.
bool agrees(name_kind kind, std::string_view text) {
  if (text.size() > swr::max_length(kind)) return true;
  const auto expected = swr::detail::scan_name_automaton(kind, text);
  const auto native = swr::detail::scan_name_masks<swr::detail::movemask_native>(kind, text.data(), text.size());
  const auto generic = swr::detail::scan_name_masks<swr::detail::movemask_generic>(kind, text.data(), text.size());
  return same_scan(native, expected) && same_scan(generic, expected);
}

// A valid name of `length` bytes of either kind: letters and digits with every kind of separator between.
std::string valid_name(std::size_t length) {
  static constexpr std::string_view pattern = "ab1.cd2_ef3__gh4-ij5--kl6";
  std::string name;
  for (std::size_t i = 0; i < length; ++i) name += pattern[i % pattern.size()];
  const char last = name.back();
  if (last == '.' || last == '_' || last == '-') name.back() = 'z';
  return name;
}

}  // namespace

TEST_CASE("the movemasks give the sign bit of each byte, byte i at bit i") {
  std::mt19937_64 rng(8);
  for (int round = 0; round < 10000; ++round) {
    swr::detail::byte_block bytes;
    std::uint64_t expected = 0;
    for (unsigned i = 0; i < 16; ++i) {
      const bool set = (rng() & 1) != 0;
      bytes[i] = static_cast<unsigned char>(set ? 0x80 | (rng() & 0x7F) : rng() & 0x7F);
      expected |= static_cast<std::uint64_t>(set) << i;
    }
    CHECK(swr::detail::movemask_portable(bytes) == expected);
    CHECK(swr::detail::movemask_native::of(bytes) == expected);
  }
}

TEST_CASE("the fast path agrees with the automaton on every string of up to 6 bytes over a b 0 . _ - / A $") {
  constexpr char alphabet[] = {'a', 'b', '0', '.', '_', '-', '/', 'A', '$'};
  constexpr std::size_t radix = sizeof alphabet;
  std::size_t disagreements = 0;
  std::size_t count = radix;
  for (std::size_t n = 1; n <= 6; ++n, count *= radix) {
    std::string text(n, 'a');
    for (std::size_t k = 0; k < count; ++k) {
      std::size_t index = k;
      for (std::size_t i = 0; i < n; ++i, index /= radix) text[i] = alphabet[index % radix];
      for (const name_kind kind : both_kinds) {
        if (!agrees(kind, text) && ++disagreements <= 10) FAIL_CHECK("disagreement on \"" << text << "\"");
      }
    }
  }
  CHECK(disagreements == 0);
}

TEST_CASE("the fast path agrees with the automaton on every mistake at every position of every length") {
  // Each replaces the byte at i; together they make every violation, and valid names too.
  constexpr std::string_view mistakes[] = {"A", ".", "_", "-", "/", "$", "\x80", std::string_view("\0", 1), "9"};
  std::size_t disagreements = 0;
  for (std::size_t n = 1; n <= swr::repository_max_length; ++n) {
    const std::string base = valid_name(n);
    for (const name_kind kind : both_kinds) {
      if (n > swr::max_length(kind)) continue;
      CHECK(agrees(kind, base));
      for (std::size_t i = 0; i < n; ++i) {
        for (const std::string_view mistake : mistakes) {
          std::string text = base;
          text[i] = mistake[0];
          if (!agrees(kind, text) && ++disagreements <= 10) FAIL_CHECK("disagreement on \"" << text << "\"");
        }
      }
    }
  }
  CHECK(disagreements == 0);
}

TEST_CASE("runs of separators across the 16-, 32- and 64-byte block edges") {
  constexpr std::string_view runs[] = {"__", "___", "_", "--", "-----", ".", "..", "._", "_-", "-_", "/", "//", "__-"};
  for (const std::string_view run : runs) {
    for (std::size_t start = 1; start + run.size() + 1 <= swr::repository_max_length; ++start) {
      std::string text(start, 'a');
      text.append(run);
      for (const std::size_t tail : {std::size_t{0}, std::size_t{1}, std::size_t{7}}) {
        const std::string name = text + std::string(tail, 'b');
        if (name.size() > swr::repository_max_length) continue;
        CAPTURE(name);
        CHECK(agrees(name_kind::repository, name));
        if (name.size() <= swr::namespace_max_length) CHECK(agrees(name_kind::namespace_name, name));
      }
    }
  }
}

TEST_CASE("the fast path agrees with the automaton on random texts of 1 to 128 bytes") {
  std::mt19937 rng(20261128);
  constexpr std::string_view common = "abcdefgh01";
  constexpr std::string_view rare = "._-/_-_A$ \x80\xff";
  std::size_t disagreements = 0;
  for (int round = 0; round < 100000; ++round) {
    const std::size_t n = 1 + rng() % swr::repository_max_length;
    const unsigned rare_one_in = 2 + rng() % 16;
    std::string text;
    for (std::size_t i = 0; i < n; ++i) {
      text += rng() % rare_one_in == 0 ? rare[rng() % rare.size()] : common[rng() % common.size()];
    }
    for (const name_kind kind : both_kinds) {
      if (n > swr::max_length(kind)) continue;
      if (!agrees(kind, text) && ++disagreements <= 10) FAIL_CHECK("disagreement on \"" << text << "\"");
    }
  }
  CHECK(disagreements == 0);
}

TEST_CASE("the scan keeps the automaton for what the fast path does not take") {
  // The checks refuse such texts by length first; the scan itself still answers for them.
  const std::string long_text(200, 'a');
  CHECK(swr::detail::scan_name(name_kind::repository, long_text).first_violation.ok());
  CHECK(swr::detail::scan_name(name_kind::repository, "").first_violation.ok());
  CHECK(swr::check_repository_prefix("").ok());
}
#endif  // SWR_HAS_NAME_MASKS

#if SWR_TEST_HAS_GUARDED_PAGE
TEST_CASE("the name checks read nothing past the end of the name") {
  swr_test::guarded_page page;
  REQUIRE(page.ok());
  if (!page.ok()) return;  // without exceptions, a failed REQUIRE does not stop the test case
  for (std::size_t n = 1; n <= swr::repository_max_length + 1; ++n) {
    std::string valid(n, 'a');
    for (std::size_t i = 3; i + 1 < n; i += 5) valid[i] = "._-/"[i % 4];
    std::string invalid = valid;
    invalid[n - 1] = '-';
    for (const std::string& copy : {valid, invalid}) {
      const std::string_view guarded = page.at_end(copy);
      CAPTURE(copy);
      CHECK(swr::check_repository(guarded) == swr::check_repository(copy));
      CHECK(swr::check_repository_prefix(guarded) == swr::check_repository_prefix(copy));
      CHECK(swr::check_namespace(guarded) == swr::check_namespace(copy));
      CHECK(swr::check_namespace_prefix(guarded) == swr::check_namespace_prefix(copy));
    }
  }
}
#endif
