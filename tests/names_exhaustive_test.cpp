// Exhaustive test of swr/names.hpp: every string of length 0..6 over the alphabet `a 0 . _ - / A $`
// (299,593 strings), for both kinds of name, against an independent formulation of docs/names.md:
// - validity: std::regex of the grammar (written from the spec's prose, not from the implementation);
// - prefixes: "valid, or valid after appending `a`" (the shortest completion of any completable text);
// - positions: a reported scan error at p means the text up to p is a valid prefix and the text up to and
//   including p is not; invalid_end means the whole text is a valid prefix ending in a separator.
#include <cstdint>
#include <regex>
#include <string>
#include <vector>

#include "swr/swr.hpp"
#include "test_support.hpp"

using swr::name_error;
using swr::name_kind;

namespace {

constexpr char alphabet[] = {'a', '0', '.', '_', '-', '/', 'A', '$'};
constexpr std::size_t radix = sizeof alphabet;
constexpr std::size_t max_length = 6;

std::string spell(std::size_t length, std::size_t index) {
  std::string s(length, '?');
  for (std::size_t i = length; i-- > 0; index /= radix) s[i] = alphabet[index % radix];
  return s;
}

struct oracle {
  std::regex grammar;
  // valid[n][k] / prefix[n][k]: the verdicts for the k-th string of length n (k in base 8, most significant first).
  std::vector<std::vector<bool>> valid, prefix;

  explicit oracle(const char* pattern) : grammar(pattern, std::regex::ECMAScript | std::regex::optimize) {
    std::size_t count = 1;
    for (std::size_t n = 0; n <= max_length; ++n, count *= radix) {
      valid.emplace_back(count);
      prefix.emplace_back(count);
      for (std::size_t k = 0; k < count; ++k) {
        const std::string s = spell(n, k);
        valid[n][k] = std::regex_match(s, grammar);  // no string here reaches a length limit or "library"
        prefix[n][k] = valid[n][k] || std::regex_match(s + "a", grammar);
      }
    }
  }
};

bool is_separator(char c) { return c == '.' || c == '_' || c == '-' || c == '/'; }

std::size_t pow8(std::size_t e) {
  std::size_t r = 1;
  while (e-- > 0) r *= radix;
  return r;
}

void check_kind(name_kind kind, const oracle& o) {
  std::size_t checked = 0;
  std::size_t count = 1;
  for (std::size_t n = 0; n <= max_length; ++n, count *= radix) {
    for (std::size_t k = 0; k < count; ++k) {
      const std::string s = spell(n, k);
      const swr::name_check full = swr::check_name(kind, s);
      const swr::name_check prefix = swr::check_name_prefix(kind, s);
      // Report only failures: 600k passing CHECKs would drown the output.
      if (full.ok() != o.valid[n][k]) FAIL_CHECK("validity differs for \"" << s << "\"");
      if (prefix.ok() != o.prefix[n][k]) FAIL_CHECK("prefix verdict differs for \"" << s << "\"");

      if (!prefix.ok()) {
        // No prefix error at these lengths but one found by the scan; it pins the first bad byte.
        const std::size_t p = prefix.position;
        if (p >= n || !o.prefix[p][k / pow8(n - p)] || o.prefix[p + 1][k / pow8(n - p - 1)])
          FAIL_CHECK("prefix position " << p << " is not the first bad byte of \"" << s << "\"");
      }
      if (!full.ok()) {
        const std::size_t p = full.position;
        switch (full.error) {
          case name_error::empty:
            if (n != 0 || p != 0) FAIL_CHECK("empty reported for \"" << s << "\"");
            break;
          case name_error::invalid_end:
            if (p + 1 != n || !o.prefix[n][k] || !is_separator(s.back()))
              FAIL_CHECK("invalid_end misplaced for \"" << s << "\"");
            break;
          case name_error::invalid_character:
          case name_error::invalid_start:
          case name_error::adjacent_separators:
          case name_error::too_many_underscores:
            if (full != prefix) FAIL_CHECK("full and prefix scans disagree on \"" << s << "\"");
            break;
          default: FAIL_CHECK("unexpected " << swr::to_string(full.error) << " for \"" << s << "\"");
        }
      }
      ++checked;
    }
  }
  CHECK(checked == 299593);
}

}  // namespace

TEST_CASE("exhaustive: namespaces of length 0-6 over a 0 . _ - / A $") {
  const oracle o("[a-z][a-z0-9]*(?:(?:[._]|__|-+)[a-z0-9]+)*");
  check_kind(name_kind::namespace_name, o);
}

TEST_CASE("exhaustive: repositories of length 0-6 over a 0 . _ - / A $") {
  const oracle o("[a-z0-9]+(?:(?:[._/]|__|-+)[a-z0-9]+)*");
  check_kind(name_kind::repository, o);
}
