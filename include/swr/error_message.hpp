// SPDX-License-Identifier: MIT
// swrkit — message(const error&): a sentence for every error, and from_name_check, the error of a failed
// name check. The messages that state a fact kept elsewhere are built from it: the region list
// (region_table.hpp), the category list (category.hpp), the length limits (name_check.hpp, error.hpp).
#ifndef SWR_ERROR_MESSAGE_HPP
#define SWR_ERROR_MESSAGE_HPP

#include <string_view>

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/name_check.hpp"
#include "swr/region_table.hpp"
#include "swr/static_text.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The error for a failed name check of a field (namespace or repository).
[[nodiscard]] constexpr error from_name_check(name_check check, swr::field where) noexcept {
  return {static_cast<error_code>(check.error), where, check.position, no_offset};
}

namespace detail {
constexpr bool same_error(name_error n, error_code c) noexcept {
  return static_cast<unsigned>(n) == static_cast<unsigned>(c) && to_string(n) == to_string(c);
}
}  // namespace detail

// from_name_check and message(error) convert name_error to error_code by value: each name_error has the
// value and the identifier of the error_code of the same name, and `reserved` is the last of them.
static_assert(detail::same_error(name_error::none, error_code::none), "name_error/error_code: none");
static_assert(detail::same_error(name_error::empty, error_code::empty), "name_error/error_code: empty");
static_assert(detail::same_error(name_error::too_long, error_code::too_long), "name_error/error_code: too_long");
static_assert(detail::same_error(name_error::invalid_character, error_code::invalid_character),
              "name_error/error_code: invalid_character");
static_assert(detail::same_error(name_error::invalid_start, error_code::invalid_start),
              "name_error/error_code: invalid_start");
static_assert(detail::same_error(name_error::invalid_end, error_code::invalid_end),
              "name_error/error_code: invalid_end");
static_assert(detail::same_error(name_error::adjacent_separators, error_code::adjacent_separators),
              "name_error/error_code: adjacent_separators");
static_assert(detail::same_error(name_error::too_many_underscores, error_code::too_many_underscores),
              "name_error/error_code: too_many_underscores");
static_assert(detail::same_error(name_error::reserved, error_code::reserved), "name_error/error_code: reserved");
static_assert(to_string(static_cast<name_error>(static_cast<unsigned>(name_error::reserved) + 1)).empty(),
              "reserved must be the last name_error (message(error) maps empty..reserved onto name errors)");

namespace detail {
// The messages that state a fact kept elsewhere, built from it at compile time.
// "The description has more than 30,000 characters."
constexpr void write_description_too_long(text_sink& sink) noexcept {
  sink.put("The description has more than ");
  sink.put_number(description_max_code_points, ',');
  sink.put(" characters.");
}
}  // namespace detail

/// A sentence a GUI or a 400 response can show as is ("" for a code outside the enum). It never quotes
/// the offending value (a token must not leak through an error message). NUL-terminated, like every
/// message, including those built from the tables and limits they state: unknown_region (region_table.hpp),
/// unknown_category (category.hpp), too_long (name_check.hpp, description_max_code_points).
[[nodiscard]] constexpr std::string_view message(const error& e) noexcept {
  const bool ns = e.field == field::namespace_name;
  const bool repository = e.field == field::repository;
  if ((ns || repository) && e.code >= error_code::empty && e.code <= error_code::reserved) {
    return message(static_cast<name_error>(e.code), ns ? name_kind::namespace_name : name_kind::repository);
  }
  const bool name_code = e.code >= error_code::empty && e.code <= error_code::reserved;
  if (e.field == field::tag && name_code && !tag_message(static_cast<name_error>(e.code)).empty()) {
    return tag_message(static_cast<name_error>(e.code));
  }
  if (e.field == field::image_path && name_code) {  // the repository grammar, 255 bytes (reference.hpp)
    if (e.code == error_code::empty) return "The image reference has no path (the repository name).";
    if (e.code == error_code::too_long) return "An image path has at most 255 characters, the registry not counted.";
    if (e.code == error_code::invalid_character) {
      return "An image path holds only lowercase letters, digits, '.', '_', '-' and '/'.";
    }
    if (e.code == error_code::invalid_start) {
      return "Each component of an image path starts with a lowercase letter or a digit.";
    }
    if (e.code == error_code::invalid_end) {
      return "Each component of an image path ends with a lowercase letter or a digit.";
    }
    return message(static_cast<name_error>(e.code));  // adjacent_separators, too_many_underscores: as in names
  }
  if (e.field == field::digest && name_code) {
    if (e.code == error_code::empty) return "The digest is empty.";
    if (e.code == error_code::invalid_character) {
      return "A digest is an algorithm of letters and digits joined by '+', '.', '_' or '-', then ':' and hex "
             "digits (lowercase for sha256, sha384 and sha512).";
    }
    if (e.code == error_code::invalid_start) return "Each component of a digest's algorithm starts with a letter.";
    if (e.code == error_code::invalid_end) return "A digest's algorithm ends with a letter or a digit, before ':'.";
    if (e.code == error_code::adjacent_separators) {
      return "A digest's algorithm has one separator ('+', '.', '_' or '-') between two components.";
    }
  }
  switch (e.code) {
    case error_code::none: return "No problem.";
    case error_code::empty:  // (chains of ifs, not switches: most fields share the general sentence)
      if (e.field == field::token) return "The token is empty: X-Auth-Token needs an IAM user token.";
      if (e.field == field::host) return "The host is empty: give the API host, or choose a region.";
      if (e.field == field::access_key_id) return "The access key id (AK) is empty.";
      if (e.field == field::secret_key) return "The secret access key (SK) is empty.";
      if (e.field == field::method) return "The method is empty.";
      if (e.field == field::path) return "The path is empty: it starts with '/'.";
      if (e.field == field::header_name) return "A header name is empty.";
      return "The value is empty.";
    case error_code::too_long:
      return e.field == field::description ? detail::static_text_v<detail::write_description_too_long>.view()
                                           : "The value is too long.";
    case error_code::invalid_character:
      if (e.field == field::token || e.field == field::security_token) {
        return "A token may contain only visible ASCII characters (no spaces or control characters).";
      }
      if (e.field == field::access_key_id) {
        return "An access key id may contain only visible ASCII characters, and no comma (no spaces or control "
               "characters).";
      }
      if (e.field == field::secret_key) {
        return "An access key may contain only visible ASCII characters (no spaces or control characters).";
      }
      if (e.field == field::method) return "The method must be an HTTP token, such as GET or POST.";
      if (e.field == field::path) return "The path must start with '/' and may not contain control characters.";
      if (e.field == field::header_name) {
        return "A header name must be an HTTP token: letters, digits and !#$%&'*+-.^_`|~ only.";
      }
      if (e.field == field::header_value) return "A header value may not contain CR, LF or other control characters.";
      return "The value contains a character that is not allowed here.";
    case error_code::invalid_start:
    case error_code::invalid_end:
    case error_code::adjacent_separators:
    case error_code::too_many_underscores:
    case error_code::reserved: return message(static_cast<name_error>(e.code));
    case error_code::invalid_utf8:
      return "The text is not valid UTF-8 (a truncated or overlong sequence, a surrogate, or a code point above "
             "U+10FFFF).";
    case error_code::unknown_category: return detail::static_text_v<detail::write_unknown_category>.view();
    case error_code::unknown_region: return detail::unknown_region_message.view();
    case error_code::invalid_host:
      if (e.field == field::registry) {
        return "A registry is a DNS name (letters, digits and inner '-' between dots) or a bracketed IPv6 address, "
               "optionally followed by ':' and a port number.";
      }
      return "The host must be a DNS name, an IPv4 address or a bracketed IPv6 address, optionally followed by "
             ":port (1-65535).";
    case error_code::invalid_date:
      return "X-Sdk-Date must be a UTC time written YYYYMMDDTHHMMSSZ, such as 20240102T030405Z.";
    case error_code::duplicate_header:
      return "A header is given twice (names are compared without case), or is one that the signer adds itself: "
             "X-Sdk-Date, X-Security-Token or Authorization.";
    case error_code::unknown_registry:
      return "The registry is not the SWR registry of a known region: swr.<region>.myhuaweicloud.com "
             "(swr.eu-west-101.myhuaweicloud.eu for eu-west-101), without a port, then '/'.";
    case error_code::incomplete:
      return "The digest ends too early: it is an algorithm, ':' and hex digits, such as sha256:<64 hex digits>.";
    case error_code::unsupported_algorithm:
      return "The digest's algorithm is not one of the registered ones: sha256, sha384 and sha512.";
    case error_code::invalid_length:
      return "A digest has 64 hex digits for sha256, 96 for sha384 and 128 for sha512 (and at least 32 for any "
             "algorithm).";
    case error_code::out_of_range:
      return e.field == field::offset ? "A list's offset is 0 or more."
                                      : "A list's limit is from 1 to 1000 (SWR's default is 100).";
    case error_code::invalid_time:
      return "A share's deadline is forever, or a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ, such as "
             "2030-10-01T16:00:00.000Z.";
    case error_code::unexpected_end: return "The JSON document ends too early.";
    case error_code::unexpected_character: return "Unexpected character in the JSON document.";
    case error_code::invalid_literal: return "Invalid literal: expected true, false or null.";
    case error_code::invalid_number: return "Invalid number.";
    case error_code::invalid_escape: return "Invalid escape sequence in a JSON string.";
    case error_code::unescaped_control_character: return "A control character in a JSON string must be escaped.";
    case error_code::malformed_utf8: return "The JSON document is not valid UTF-8.";
    case error_code::lone_surrogate: return "A \\u escape encodes half of a surrogate pair.";
    case error_code::trailing_characters: return "Unexpected data after the JSON value.";
    case error_code::nesting_too_deep: return "Arrays and objects are nested too deeply.";
    case error_code::not_an_object: return "Expected a JSON object.";
    case error_code::missing_member:
      return e.field == field::repository  ? "The member \"repository\" is required."
             : e.field == field::is_public ? "The member \"is_public\" is required."
                                           : "A required member is missing.";
    case error_code::duplicate_member: return "A member appears more than once.";
    case error_code::wrong_type:
      return e.field == field::is_public    ? "\"is_public\" must be true or false."
             : e.field == field::repository ? "\"repository\" must be a string."
             : e.field == field::category || e.field == field::description
                 ? "The member has the wrong type: expected a string or null."
                 : "The member's value has the wrong type, or is none of its values.";
  }
  return "";
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ERROR_MESSAGE_HPP
