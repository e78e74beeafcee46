// SPDX-License-Identifier: MIT
// swrkit — HTTP header fields: the name/value pair, the rules a name and a value must follow so that
// nothing can inject a header (RFC 9110, 5.1 and 5.5), and what debug output hides.
#ifndef SWR_HTTP_HEADER_HPP
#define SWR_HTTP_HEADER_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "swr/config.hpp"
#include "swr/error.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// One header field, as sent: name and value.
struct http_header {
  std::string name;
  std::string value;
};

namespace detail {
constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

// RFC 9110, 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" /
// "~" / DIGIT / ALPHA.
constexpr bool is_token_char(char c) noexcept {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// An HTTP token: non-empty, tchar only. `empty` or `invalid_character` at the first other byte.
// A credential (a token, a key): visible ASCII only (0x21-0x7E), so that it can stand in a header as is.
// `empty` (unless it may be) or `invalid_character` at the first other byte; the message never quotes it.
constexpr error check_credential_text(std::string_view text, swr::field where, bool may_be_empty) noexcept {
  if (text.empty() && !may_be_empty) return {error_code::empty, where, 0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x21 || byte > 0x7E) return {error_code::invalid_character, where, i};
  }
  return {};
}

constexpr error check_token_text(std::string_view text, swr::field where) noexcept {
  if (text.empty()) return {error_code::empty, where, 0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_token_char(text[i])) return {error_code::invalid_character, where, i};
  }
  return {};
}
}  // namespace detail

/// Checks a header name: an HTTP token (letters, digits and !#$%&'*+-.^_`|~). `empty`, or
/// `invalid_character` (field `header_name`) at the first other byte: a colon, a space, CR, LF, …
[[nodiscard]] constexpr error check_header_name(std::string_view name) noexcept {
  return detail::check_token_text(name, field::header_name);
}

/// Checks a header value: no control character but the horizontal tab (so no CR or LF, which would end
/// the header and start another). Bytes from 0x80 are allowed (RFC 9110's obs-text). `invalid_character`
/// (field `header_value`) at the first control character.
[[nodiscard]] constexpr error check_header_value(std::string_view value) noexcept {
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if ((byte < 0x20 && byte != '\t') || byte == 0x7F) return {error_code::invalid_character, field::header_value, i};
  }
  return {};
}

/// What debug output shows instead of a sensitive header's value.
inline constexpr std::string_view redacted = "<redacted>";

/// Header names whose values debug output never shows (compared case-insensitively): credentials, and
/// Authorization, whose AK/SK signature can be replayed for 15 minutes.
[[nodiscard]] constexpr bool is_sensitive_header(std::string_view name) noexcept {
  constexpr std::string_view sensitive[] = {"x-auth-token",  "x-subject-token",     "x-security-token",
                                            "authorization", "proxy-authorization", "cookie"};
  for (const std::string_view s : sensitive) {
    if (detail::equal_ignoring_case(s, name)) return true;
  }
  return false;
}

/// A header's value as debug output shows it: as is for an ordinary header; for an AK/SK Authorization,
/// the scheme, the access key id and the signed headers with `Signature=<redacted>`; otherwise "<redacted>".
/// Everything after the first `Signature=` is hidden, and the whole value unless that is its last parameter, so
/// that a malformed value (`…, Signature=0123abcd Signature=`) shows no part of a signature either.
[[nodiscard]] inline std::string redacted_value(std::string_view name, std::string_view value) {
  if (!is_sensitive_header(name)) return std::string(value);
  constexpr std::string_view scheme = "SDK-HMAC-SHA256 ";
  constexpr std::string_view signature = "Signature=";
  const std::size_t at = value.find(signature);
  if (detail::equal_ignoring_case(name, "authorization") && value.substr(0, scheme.size()) == scheme &&
      at != std::string_view::npos && value.find(',', at) == std::string_view::npos) {
    return std::string(value.substr(0, at + signature.size())).append(redacted);
  }
  return std::string(redacted);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_HTTP_HEADER_HPP
