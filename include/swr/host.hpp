// SPDX-License-Identifier: MIT
// swrkit — validation of the Host an SWR request goes to: a DNS name, an IPv4 address or a bracketed IPv6
// address, optionally followed by ":port". Everything else — spaces, CR/LF, '/', '@', userinfo, a scheme,
// a zone id — is refused, so a host can never inject a header or a request line.
#ifndef SWR_HOST_HPP
#define SWR_HOST_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"
#include "swr/error.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

inline constexpr std::size_t host_ok = static_cast<std::size_t>(-1);

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_hex(char c) noexcept {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr bool is_ascii_alnum(char c) noexcept {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Each check returns the offset of the first bad byte within `text`, or host_ok.

// Dotted-quad IPv4: four decimal octets 0-255 without leading zeros (which some resolvers read as octal).
constexpr std::size_t check_ipv4(std::string_view text) noexcept {
  std::size_t i = 0;
  for (int octet = 0; octet < 4; ++octet) {
    if (octet > 0) {
      if (i >= text.size() || text[i] != '.') return i;
      ++i;
    }
    const std::size_t start = i;
    unsigned value = 0;
    while (i < text.size() && is_ascii_digit(text[i]) && i - start < 3) {
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
      ++i;
    }
    if (i == start) return i;
    if (value > 255 || (text[start] == '0' && i - start > 1)) return start;
  }
  return i == text.size() ? host_ok : i;
}

// RFC 4291 text forms: eight groups of 1-4 hex digits, one "::" standing for one or more zero groups, and an
// optional trailing dotted quad counting as two groups. A group too many is reported at the ':' before it,
// too few at the end.
constexpr std::size_t check_ipv6(std::string_view text) noexcept {
  std::size_t i = 0;
  int groups = 0;
  bool compressed = false;
  if (text.substr(0, 2) == "::") {
    compressed = true;
    i = 2;
  }
  while (i < text.size()) {
    const std::size_t start = i;
    const int room = (compressed ? 7 : 8) - groups;  // groups still allowed
    while (i < text.size() && is_ascii_hex(text[i]) && i - start < 4) ++i;
    if (i < text.size() && text[i] == '.') {  // the embedded IPv4 tail ends the address
      if (room < 2) return start == 0 ? 0 : start - 1;
      const std::size_t bad = check_ipv4(text.substr(start));
      if (bad != host_ok) return start + bad;
      groups += 2;
      i = text.size();
      break;
    }
    if (i == start) return i;
    if (room < 1) return start - 1;
    ++groups;
    if (i == text.size()) break;
    if (text[i] != ':') return i;
    ++i;
    if (i < text.size() && text[i] == ':') {
      if (compressed || groups >= 8) return i;  // a second "::", or one that can stand for nothing
      compressed = true;
      ++i;
    } else if (i == text.size()) {
      return i - 1;  // a single trailing ':'
    }
  }
  if (!compressed && groups != 8) return text.size();
  return host_ok;
}

// A DNS host name (RFC 1123): labels of letters, digits and '-', 1-63 bytes, not starting or ending with '-',
// 253 bytes at most. No trailing dot. The last label may not look like a number (all digits, or 0x and hex
// digits): resolvers read such names as IPv4 addresses (RFC 3696 section 2; inet_aton).
constexpr std::size_t check_dns_name(std::string_view text) noexcept {
  if (text.empty()) return 0;
  if (text.size() > 253) return 253;
  std::size_t label_start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '.') {
      const std::size_t length = i - label_start;
      if (length == 0) return i;
      if (text[i - 1] == '-') return i - 1;
      label_start = i + 1;
      continue;
    }
    const char c = text[i];
    if (!is_ascii_alnum(c) && c != '-') return i;
    if (c == '-' && i == label_start) return i;
    if (i - label_start >= 63) return i;
  }
  const std::size_t dot = text.rfind('.');
  const std::size_t last_start = dot == std::string_view::npos ? 0 : dot + 1;
  const std::string_view last = text.substr(last_start);
  bool numeric = true;
  const bool hex = last.size() >= 2 && last[0] == '0' && (last[1] == 'x' || last[1] == 'X');
  for (std::size_t k = hex ? 2 : 0; k < last.size(); ++k)
    numeric = numeric && (hex ? is_ascii_hex(last[k]) : is_ascii_digit(last[k]));
  return numeric ? last_start : host_ok;
}

// ":port" with 1-65535, at most five digits.
constexpr std::size_t check_port(std::string_view digits) noexcept {
  if (digits.empty()) return 0;
  unsigned long value = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (!is_ascii_digit(digits[i]) || i >= 5) return i;
    value = value * 10 + static_cast<unsigned long>(digits[i] - '0');
  }
  return value >= 1 && value <= 65535 ? host_ok : 0;
}

}  // namespace detail

/// Checks a Host value. Returns `none`, `empty`, or `invalid_host` at the first offending byte.
[[nodiscard]] constexpr error check_host(std::string_view host) noexcept {
  if (host.empty()) return {error_code::empty, field::host, 0};
  const auto fail = [](std::size_t at) { return error{error_code::invalid_host, field::host, at}; };
  std::size_t name_end = 0;
  std::size_t bad = detail::host_ok;
  if (host[0] == '[') {
    const std::size_t close = host.find(']');
    bad = detail::check_ipv6(host.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    if (bad != detail::host_ok && (close == std::string_view::npos || bad < close - 1)) return fail(1 + bad);
    if (close == std::string_view::npos) return fail(host.size());  // where the ']' should be
    if (bad != detail::host_ok) return fail(1 + bad);
    name_end = close + 1;
  } else {
    name_end = host.find(':');
    if (name_end == std::string_view::npos) name_end = host.size();
    const std::string_view name = host.substr(0, name_end);
    // All digits and dots: an IPv4 address (so 1.2.3.999 is refused, not taken for a DNS name).
    bool dotted_numbers = true;
    for (const char c : name) dotted_numbers = dotted_numbers && (detail::is_ascii_digit(c) || c == '.');
    bad = dotted_numbers ? detail::check_ipv4(name) : detail::check_dns_name(name);
    if (bad != detail::host_ok) return fail(bad);
  }
  if (name_end == host.size()) return {};
  if (host[name_end] != ':') return fail(name_end);
  bad = detail::check_port(host.substr(name_end + 1));
  if (bad != detail::host_ok) return fail(name_end + 1 + bad);
  return {};
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_HOST_HPP
