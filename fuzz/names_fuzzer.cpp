// libFuzzer target for the name checks (docs/names.md) and the wire form of repository names. For both kinds
// of name, for the whole input and for prefixes of it (all of them for a short input; for a longer one, those
// around the first invalid one, around the maximum length, and a spread, up to one byte past the maximum), no
// crash, no sanitizer report, and these properties:
// - check_name and check_name_prefix equal a literal reading of docs/names.md "Diagnostics" and "As-you-type
//   (prefix) checks" (error and position);
// - positions are in bounds: too_long exactly when the text is longer than the maximum, at the maximum;
//   empty at 0; a scan error at a byte of the text; invalid_end at the last byte (for a prefix: only at the
//   maximum length);
// - the full check and the prefix check differ only by the rules that do not apply to prefixes: a scan error,
//   too_long, or invalid_end at the maximum is the same in both; for a valid prefix the full check gives
//   exactly empty (the empty text), invalid_end (a trailing separator), reserved (`library`) or ok;
// - a valid name is a valid prefix, and every prefix of a valid prefix is one: along the prefixes of the
//   input, once one is not a valid prefix, no longer one is a valid prefix or a valid name (with the same
//   scan error within the limit), and the first invalid one is where the reference says; nor is that one
//   once followed by a few bytes of the input or by any of a set of completions;
// and, for the whole input and the prefixes where something changes (the empty one, the last valid prefix,
// the first invalid one, the longest valid name):
// - check_namespace / check_repository equal check_name, check_*_prefix equal check_name_prefix, and
//   is_valid_* agrees with check_*;
// - a scan error is exact: the text before its byte is a valid prefix, the text up to its byte has the same
//   error;
// - a valid prefix has a completion: at the maximum length the text itself is a valid name; below it,
//   text + "a" always is, and text + "0" is unless the text is empty and a namespace (a leading digit);
// - escape_repository / unescape_repository map byte for byte ('/' <-> '$') and are inverse on valid
//   repository names; the buffer forms write the same bytes when the capacity suffices, nothing otherwise;
// - the suggestion of the input (suggest_name) is a valid name or empty, valid UTF-8, and its own suggestion.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "swr/escape.hpp"
#include "swr/names.hpp"
#include "swr/suggest.hpp"
#include "swr/utf8.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}

using swr::name_check;
using swr::name_error;
using swr::name_kind;

constexpr std::size_t npos = std::string_view::npos;

constexpr bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
constexpr bool is_separator(name_kind kind, char c) {
  return c == '.' || c == '_' || c == '-' || (kind == name_kind::repository && c == '/');
}
constexpr bool is_scan_error(name_error e) {
  return e == name_error::invalid_character || e == name_error::invalid_start ||
         e == name_error::too_many_underscores || e == name_error::adjacent_separators;
}

// docs/names.md, "Diagnostics", step 3, read literally: the first violation at the first index that has one.
// What is reported at index i depends only on the bytes up to i, so the first violation of a prefix of `t`
// is the first violation of `t` when it lies inside the prefix, and there is none otherwise.
name_check reference_scan(name_kind kind, std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    const bool sep = is_separator(kind, c);
    if (!is_alnum(c) && !sep) return {name_error::invalid_character, i};
    if (i == 0 && (sep || (kind == name_kind::namespace_name && c >= '0' && c <= '9'))) {
      return {name_error::invalid_start, i};
    }
    if (c == '_' && i >= 2 && t[i - 1] == '_' && t[i - 2] == '_') return {name_error::too_many_underscores, i};
    if (sep && i >= 1 && is_separator(kind, t[i - 1])) {
      const bool allowed_run = (c == '_' && t[i - 1] == '_') || (c == '-' && t[i - 1] == '-');
      if (!allowed_run) return {name_error::adjacent_separators, i};
    }
  }
  return {};
}

// "Diagnostics" steps 1-5 for the prefix `u` of a text whose first violation is `scanned`.
name_check reference_check(name_kind kind, std::string_view u, const name_check& scanned) {
  const std::size_t limit = swr::max_length(kind);
  if (u.empty()) return {name_error::empty, 0};
  if (u.size() > limit) return {name_error::too_long, limit};
  if (!scanned.ok() && scanned.position < u.size()) return scanned;
  if (is_separator(kind, u.back())) return {name_error::invalid_end, u.size() - 1};
  if (kind == name_kind::namespace_name && u == "library") return {name_error::reserved, 0};
  return {};
}

// "As-you-type (prefix) checks", the error list, for the prefix `u` of a text whose first violation is `scanned`.
name_check reference_prefix(name_kind kind, std::string_view u, const name_check& scanned) {
  const std::size_t limit = swr::max_length(kind);
  if (u.size() > limit) return {name_error::too_long, limit};
  if (!scanned.ok() && scanned.position < u.size()) return scanned;
  if (u.size() == limit && is_separator(kind, u.back())) return {name_error::invalid_end, limit - 1};
  return {};
}

name_check check(name_kind kind, std::string_view t) { return swr::check_name(kind, t); }
name_check check_prefix(name_kind kind, std::string_view t) { return swr::check_name_prefix(kind, t); }

// The properties of one text that need no further check: bounds, and the full check against the prefix check.
void check_pair(name_kind kind, std::string_view t, const name_check& full, const name_check& prefix) {
  const std::size_t limit = swr::max_length(kind);
  const bool ns = kind == name_kind::namespace_name;

  require(full.position <= t.size() && prefix.position <= t.size());
  if (full.ok()) require(full.position == 0);
  if (prefix.ok()) require(prefix.position == 0);
  require((full.error == name_error::too_long) == (t.size() > limit));
  require((prefix.error == name_error::too_long) == (t.size() > limit));
  if (full.error == name_error::too_long) require(full.position == limit);
  if (prefix.error == name_error::too_long) require(prefix.position == limit);
  require((full.error == name_error::empty) == t.empty());
  if (full.error == name_error::empty) require(full.position == 0);
  require(prefix.error != name_error::empty && prefix.error != name_error::reserved);
  if (is_scan_error(full.error)) require(full.position < t.size());
  if (is_scan_error(prefix.error)) require(prefix.position < t.size());
  if (full.error == name_error::invalid_end) require(full.position == t.size() - 1 && is_separator(kind, t.back()));
  if (prefix.error == name_error::invalid_end) {
    require(t.size() == limit && prefix.position == limit - 1 && is_separator(kind, t.back()));
  }
  if (full.error == name_error::reserved) require(ns && t == "library" && full.position == 0);

  // They differ only by the rules that do not apply to prefixes.
  if (t.size() > limit || is_scan_error(prefix.error) || prefix.error == name_error::invalid_end) {
    require(full == prefix);
  } else {
    require(prefix.ok());
    name_check expected{};
    if (t.empty()) {
      expected = {name_error::empty, 0};
    } else if (is_separator(kind, t.back())) {
      expected = {name_error::invalid_end, t.size() - 1};
    } else if (ns && t == "library") {
      expected = {name_error::reserved, 0};
    }
    require(full == expected);
  }
  if (full.ok()) require(prefix.ok());  // a valid name is a valid prefix
}

// The properties that call the checks again: every spelling agrees, scan errors are exact, completions exist.
void check_more(name_kind kind, std::string_view t, const name_check& full, const name_check& prefix) {
  const std::size_t limit = swr::max_length(kind);
  const bool ns = kind == name_kind::namespace_name;

  require((ns ? swr::check_namespace(t) : swr::check_repository(t)) == full);
  require((ns ? swr::check_namespace_prefix(t) : swr::check_repository_prefix(t)) == prefix);
  require((ns ? swr::is_valid_namespace(t) : swr::is_valid_repository(t)) == full.ok());
  require(static_cast<bool>(full) == full.ok() && full.ok() == (full.error == name_error::none));
  require(static_cast<bool>(prefix) == prefix.ok() && !(full != full));

  // A scan error is at the first byte that no completion can get past.
  if (is_scan_error(prefix.error)) {
    require(check_prefix(kind, t.substr(0, prefix.position)).ok());
    require(check_prefix(kind, t.substr(0, prefix.position + 1)) == prefix);
  }

  // A valid prefix has a completion; the exact one (docs/names.md, "As-you-type (prefix) checks").
  if (prefix.ok()) {
    if (t.size() == limit) {
      require(full.ok());
    } else {
      char buffer[swr::repository_max_length + 1];
      std::memcpy(buffer, t.data(), t.size());
      buffer[t.size()] = 'a';
      require(check(kind, std::string_view(buffer, t.size() + 1)).ok());
      buffer[t.size()] = '0';
      require(check(kind, std::string_view(buffer, t.size() + 1)).ok() == !(ns && t.empty()));
    }
  }
}

// A text that is not a valid prefix stays invalid, as a name and as a prefix, whatever follows it.
void check_no_completion(name_kind kind, std::string_view bad, const name_check& error, std::string_view input) {
  static constexpr std::string_view completions[] = {"a", "0", "a0", "_a", "__a", "-a", "--a", ".a", "/a"};
  const std::size_t limit = swr::max_length(kind);
  const auto expect_invalid = [&](std::string_view u) {
    const name_check full = check(kind, u);
    const name_check prefix = check_prefix(kind, u);
    require(!full.ok() && !prefix.ok());
    // Within the limit, the same scan error at the same byte; past it, too_long.
    if (u.size() > limit) {
      require(full.error == name_error::too_long && prefix.error == name_error::too_long);
    } else if (is_scan_error(error.error)) {
      require(full == error && prefix == error);
    }
  };
  char buffer[swr::repository_max_length + 2 + 8];
  if (bad.size() > swr::repository_max_length + 1) return;
  std::memcpy(buffer, bad.data(), bad.size());
  for (const std::string_view completion : completions) {
    std::memcpy(buffer + bad.size(), completion.data(), completion.size());
    expect_invalid(std::string_view(buffer, bad.size() + completion.size()));
  }
  // A few bytes of the input: its first four, one at a time and together.
  for (std::size_t k = 0; k < input.size() && k < 4; ++k) {
    buffer[bad.size()] = input[k];
    expect_invalid(std::string_view(buffer, bad.size() + 1));
  }
  std::size_t n = 0;
  for (; n < input.size() && n < 4; ++n) buffer[bad.size() + n] = input[n];
  expect_invalid(std::string_view(buffer, bad.size() + n));
}

// The wire form of any bytes: a byte-for-byte map, all or nothing into buffers.
void check_escape_bytes(std::string_view x) {
  const std::string wire = swr::escape_repository(x);
  const std::string logical = swr::unescape_repository(x);
  require(wire.size() == x.size() && logical.size() == x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    require(wire[i] == (x[i] == '/' ? '$' : x[i]));
    require(logical[i] == (x[i] == '$' ? '/' : x[i]));
  }
  // The round trip gives the input back exactly when it has no '$' (which no valid name has).
  require((swr::unescape_repository(wire) == x) == (x.find('$') == npos));
  require(swr::escape_repository(logical) == wire);

  const std::size_t capacities[] = {0, x.size() / 2, x.size() == 0 ? 0 : x.size() - 1, x.size(), x.size() + 5};
  constexpr char canary = '\x7f';
  for (const std::size_t capacity : capacities) {
    for (const bool escaping : {true, false}) {
      std::string buffer(x.size() + 5, canary);
      const std::size_t n = escaping ? swr::escape_repository(x, &buffer[0], capacity)
                                     : swr::unescape_repository(x, &buffer[0], capacity);
      require(n == x.size());
      const std::string& expected = escaping ? wire : logical;
      const std::size_t written = capacity < x.size() ? 0 : x.size();
      require(buffer.compare(0, written, expected, 0, written) == 0);
      require(buffer.find_first_not_of(canary, written) == std::string::npos);
    }
  }
}

// The wire form of a valid repository name: no '/', and back to the name, in both forms.
void check_escape_round_trip(std::string_view name) {
  const std::string wire = swr::escape_repository(name);
  require(wire.find('/') == std::string::npos);
  require(swr::unescape_repository(wire) == name);
  char buffer[swr::repository_max_length];
  require(swr::escape_repository(name, buffer, sizeof buffer) == name.size());
  require(std::string_view(buffer, name.size()) == wire);
  char back[swr::repository_max_length];
  require(swr::unescape_repository(std::string_view(buffer, name.size()), back, sizeof back) == name.size());
  require(std::string_view(back, name.size()) == name);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The whole input is checked where it lies: libFuzzer's buffer has exactly `size` bytes, so ASan reports
  // any read past its end.
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const name_kind kind : {name_kind::namespace_name, name_kind::repository}) {
    const std::size_t limit = swr::max_length(kind);
    const name_check scanned = reference_scan(kind, input);
    const name_check full = check(kind, input);
    const name_check prefix = check_prefix(kind, input);
    require(full == reference_check(kind, input, scanned));
    require(prefix == reference_prefix(kind, input, scanned));
    check_pair(kind, input, full, prefix);
    check_more(kind, input, full, prefix);

    // The suggestion (swr/suggest.hpp) is a valid name or empty, never longer than the limit, valid UTF-8 (no
    // byte of the input that is not UTF-8 reaches it), and its own suggestion.
    char suggestion[128];
    const std::size_t suggested = swr::suggest_name(kind, input, suggestion, sizeof suggestion);
    const std::string_view suggested_name(suggestion, suggested);
    require(suggested <= limit);
    require(suggested == 0 || check(kind, suggested_name).ok());
    require(swr::is_valid_utf8(suggested_name));
    char again[128];
    require(std::string_view(again, swr::suggest_name(kind, suggested_name, again, sizeof again)) == suggested_name);

    // Prefixes of the input, up to one byte past the limit (longer ones are all too_long): all of them for a
    // short input; otherwise the first 8, those around where the reference says the prefix stops being valid
    // and around the limit, the longest valid name, and a spread, in increasing order. Checking every prefix of
    // every input would cost a scan per byte and so divide the number of inputs by their length.
    const std::size_t last = input.size() < limit + 1 ? input.size() : limit + 1;
    std::size_t boundary = npos;  // the reference's shortest prefix that is not a valid prefix
    if (!scanned.ok()) boundary = scanned.position + 1;
    if (input.size() >= limit && is_separator(kind, input[limit - 1]) && limit < boundary) boundary = limit;
    if (input.size() >= limit + 1 && limit + 1 < boundary) boundary = limit + 1;
    std::size_t valid_name = npos;  // the reference's longest prefix that is a valid name
    for (std::size_t i = boundary == npos ? last : boundary - 1; i > 0 && valid_name == npos; --i) {
      const bool reserved = kind == name_kind::namespace_name && input.substr(0, i) == "library";
      if (i <= limit && is_alnum(input[i - 1]) && !reserved) valid_name = i;
    }
    bool sampled[swr::repository_max_length + 2] = {};
    const auto sample = [&](std::size_t i) {
      if (i <= last) sampled[i] = true;
    };
    for (std::size_t i = 0; i <= 8; ++i) sample(i);
    if (last <= 16) {
      for (std::size_t i = 0; i <= last; ++i) sample(i);
    }
    if (boundary != npos) {
      for (std::size_t i = boundary - 1; i <= boundary + 2; ++i) sample(i);
    }
    if (valid_name != npos) sample(valid_name);
    for (std::size_t i = limit - 2; i <= limit + 1; ++i) sample(i);
    for (std::size_t k = 1; k <= 4; ++k) sample(last * k / 4);

    std::size_t first_bad = npos;
    name_check bad{};
    std::size_t longest_valid = npos;
    for (std::size_t i = 0; i <= last; ++i) {
      if (!sampled[i]) continue;
      const std::string_view u = input.substr(0, i);
      const name_check f = check(kind, u);
      const name_check p = check_prefix(kind, u);
      require(f == reference_check(kind, u, scanned));
      require(p == reference_prefix(kind, u, scanned));
      check_pair(kind, u, f, p);
      if (f.ok()) longest_valid = i;
      if (first_bad == npos) {
        if (!p.ok()) {
          first_bad = i;
          bad = p;
        }
      } else {
        require(!p.ok() && !f.ok());
        if (i <= limit && is_scan_error(bad.error)) require(p == bad && f == bad);
      }
    }
    require(first_bad == boundary && longest_valid == valid_name);
    if (first_bad != npos) require(!prefix.ok() && !full.ok());

    // The heavier checks where something changes.
    const auto more = [&](std::size_t i) {
      const std::string_view u = input.substr(0, i);
      check_more(kind, u, check(kind, u), check_prefix(kind, u));
    };
    more(0);
    if (first_bad != npos) {
      const std::string_view u = input.substr(0, first_bad);
      more(first_bad - 1);  // the longest valid prefix (the empty text is one, so first_bad >= 1)
      more(first_bad);
      check_no_completion(kind, u, bad, input);
    } else {
      more(last);
    }
    if (longest_valid != npos) {
      more(longest_valid);
      if (kind == name_kind::repository) check_escape_round_trip(input.substr(0, longest_valid));
    }
  }
  check_escape_bytes(input);
  return 0;
}
