// Helpers shared by the tests: how doctest prints swrkit's values in a failed assertion, and where the
// repository's files are.
#ifndef SWR_TESTS_TEST_SUPPORT_HPP
#define SWR_TESTS_TEST_SUPPORT_HPP

#include "swr/swr.hpp"
#if !SWR_HAS_EXCEPTIONS
// Lets REQUIRE compile without exceptions (-fno-exceptions builds of the core tests). A failing REQUIRE
// then does not stop its test case, but the run still fails.
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>

namespace doctest {
template <>
struct StringMaker<swr::name_error> {
  static String convert(swr::name_error e) {
    const std::string_view s = swr::to_string(e);
    return String(s.data(), static_cast<String::size_type>(s.size()));
  }
};
template <>
struct StringMaker<swr::name_check> {
  static String convert(const swr::name_check& c) {
    std::string text(swr::to_string(c.error));
    text.append("@").append(std::to_string(c.position));
    return String(text.c_str());
  }
};
template <>
struct StringMaker<swr::error> {
  static String convert(const swr::error& e) {
    // append, not operator+: GCC 12 at -O3 in C++20 warns falsely (-Wrestrict) on chains of std::string +.
    std::string text = "{";
    text.append(swr::to_string(e.code)).append(", ").append(swr::to_string(e.field)).append(", position ");
    text.append(std::to_string(e.position)).append(", offset ");
    text.append(e.offset == swr::no_offset ? std::string("none") : std::to_string(e.offset)).append("}");
    return String(text.c_str());
  }
};
template <>
struct StringMaker<swr::category> {
  static String convert(swr::category c) {
    const std::string_view s = swr::to_string(c);
    return String(s.data(), static_cast<String::size_type>(s.size()));
  }
};
template <>
struct StringMaker<swr::sha256_digest> {
  static String convert(const swr::sha256_digest& d) { return String(swr::to_hex(d).text); }
};
template <>
struct StringMaker<std::string_view> {
  static String convert(std::string_view s) { return String(s.data(), static_cast<String::size_type>(s.size())); }
};
}  // namespace doctest

namespace swr_test {
// A file or folder of the repository, from SWRKIT_SOURCE_DIR in the environment, which ctest and meson set for
// every test. The path is not compiled in: a build that differs only in where its clone lies then compiles the
// same bytes, so a compiler cache hits across clones. Empty (and the calling test fails) when the variable is
// unset, as when a test executable is started by hand without it.
inline std::string source_path(std::string_view relative) {
  const char* root = std::getenv("SWRKIT_SOURCE_DIR");
  if (root == nullptr || *root == '\0') {
    FAIL_CHECK(
        "SWRKIT_SOURCE_DIR is not set: run the tests through ctest or meson test, or set it to the "
        "repository's root");
    return {};
  }
  std::string path(root);
  path.append("/").append(relative);
  return path;
}

// Helpers more than one suite needs. The suites are also built as one unity translation unit, where two helpers
// of one name in two suites' anonymous namespaces would collide: a helper shared is defined here, once.
constexpr bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

// `text` written `n` times.
inline std::string repeated(std::string_view text, std::size_t n) {
  std::string out;
  out.reserve(text.size() * n);
  for (std::size_t i = 0; i < n; ++i) out.append(text);
  return out;
}

// `depth` arrays, each inside the one before: "[[...]]".
inline std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// The error of a request's member value: the field and the byte within it, no offset in a document.
constexpr swr::error value_error(swr::error_code code, swr::field f, std::size_t position) noexcept {
  return {code, f, position, swr::no_offset};
}

// A body in a temporary, with strings too long for the small-string buffer, so that a view that outlived
// it would read freed memory (AddressSanitizer: heap-use-after-free).
inline swr::create_repo_body temporary_long_body() {
  return {"team/a-repository-name-longer-than-any-small-string-buffer", true, swr::category::lang,
          std::string("a description longer than any small-string buffer of a std::string")};
}

// The JSON document `json` with `space()` (whitespace) after each byte of `after` that stands outside a string, as
// a pretty-printer or another writer spaces it.
template <class Space>
std::string with_whitespace(std::string_view json, std::string_view after, Space space) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    out += c;
    if (in_string) {
      if (c == '\\' && i + 1 < json.size()) {
        out += json[++i];
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (after.find(c) != std::string_view::npos) {
      out += space();
    }
  }
  return out;
}

// JSONTestSuite's test_parsing/ folder, vendored under tests/conformance/.
inline std::string json_test_suite_dir() { return source_path("tests/conformance/JSONTestSuite/test_parsing"); }
}  // namespace swr_test

#endif  // SWR_TESTS_TEST_SUPPORT_HPP
