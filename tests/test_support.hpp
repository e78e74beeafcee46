// Helpers shared by the tests: how doctest prints swrkit's values in a failed assertion.
#ifndef SWR_TESTS_TEST_SUPPORT_HPP
#define SWR_TESTS_TEST_SUPPORT_HPP

#include "swr/swr.hpp"
#if !SWR_HAS_EXCEPTIONS
// Lets REQUIRE compile without exceptions (-fno-exceptions builds of the core tests). A failing REQUIRE
// then does not stop its test case, but the run still fails.
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

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

#endif  // SWR_TESTS_TEST_SUPPORT_HPP
