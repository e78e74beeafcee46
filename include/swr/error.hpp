// SPDX-License-Identifier: MIT
// swrkit — the error of every fallible operation past the name checks: which field, a stable code, the
// byte where it applies. Validation returns a list of them, fallible operations the first. This header
// depends on nothing else of swrkit; the messages, which state facts kept in other tables (the regions, the
// categories, the limits), are in error_message.hpp.
#ifndef SWR_ERROR_HPP
#define SWR_ERROR_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The part of a request (or of an input to building one) that a problem concerns.
enum class field : unsigned char {
  none,            ///< the document as a whole (JSON syntax, the top-level value)
  namespace_name,  ///< the `{namespace}` path parameter
  repository,
  is_public,
  category,
  description,
  token,   ///< the X-Auth-Token value
  host,    ///< the Host (API endpoint)
  region,  ///< a region id looked up for its host
  // AK/SK signing (signing.hpp)
  method,          ///< the HTTP method of a request to sign
  path,            ///< the request path of a request to sign
  header_name,     ///< the name of a header to sign
  header_value,    ///< the value of a header to sign
  access_key_id,   ///< the access key id (AK)
  secret_key,      ///< the secret access key (SK); never quoted
  security_token,  ///< the security token of temporary credentials (X-Security-Token); never quoted
  sdk_date,        ///< the signing time, X-Sdk-Date (YYYYMMDDTHHMMSSZ)
  // Image references (reference.hpp)
  registry,    ///< the registry host of an image reference, e.g. swr.cn-north-4.myhuaweicloud.com
  image_path,  ///< the path of an image reference (its repository name, organization included for SWR)
  tag,         ///< a tag, e.g. v1.2
  digest,      ///< a content digest, e.g. sha256:<64 hex digits>
  // The management API's parameters and bodies (management.hpp)
  name,             ///< a filter by repository name (ListReposDetails)
  limit,            ///< a list's page size, 1-1000
  offset,           ///< a list's first item, 0 or more
  order_column,     ///< what a list is ordered by
  order_type,       ///< asc or desc
  mode,             ///< ListNamespaces' mode (visible)
  source_tag,       ///< CreateRepoTag's existing tag
  destination_tag,  ///< CreateRepoTag's new tag
  access_domain,    ///< the account a repository is shared with
  deadline,         ///< until when a share holds: forever, or a UTC time
};

/// What kind of problem a code names, so that a server can answer "malformed JSON" apart from "bad field".
enum class error_kind : unsigned char {
  value,   ///< a field's value breaks a rule (docs/names.md, docs/api.md, the token or host rules)
  syntax,  ///< not JSON (RFC 8259): the document is refused before its meaning is looked at
  limit,   ///< valid JSON beyond an implementation limit (nesting depth)
  schema,  ///< JSON, but not the expected shape: missing, duplicate or mistyped member, not an object
};

/// Stable codes. The first nine have the meaning and value of the `name_error` of the same name.
/// The identifiers (see `to_string`) are part of the API: servers may send them to clients.
enum class error_code : unsigned char {
  none,
  // value
  empty,
  too_long,
  invalid_character,
  invalid_start,
  invalid_end,
  adjacent_separators,
  too_many_underscores,
  reserved,
  invalid_utf8,           ///< a field's bytes are not well-formed UTF-8 (overlong, surrogate, > U+10FFFF, truncated)
  unknown_category,       ///< not one of the category wire strings
  unknown_region,         ///< not a region id of docs/regions.md
  invalid_host,           ///< not a DNS name or IP literal with an optional port
  invalid_date,           ///< not a UTC time written YYYYMMDDTHHMMSSZ, or not a day of the calendar
  duplicate_header,       ///< a header given twice, or one that the signer adds itself
  unknown_registry,       ///< an image reference whose registry is not the SWR registry of a region
  incomplete,             ///< the text ends before a required part (a digest without ':' or hex digits)
  unsupported_algorithm,  ///< a digest algorithm other than sha256, sha384 and sha512
  invalid_length,         ///< a digest with another number of hex digits than its algorithm's
  out_of_range,           ///< a number outside its documented range (a list's limit, 1-1000; its offset, 0 or more)
  invalid_time,           ///< not `forever` nor a UTC time written YYYY-MM-DDTHH:MM:SS(.sss)Z (a share's deadline)
  // syntax
  unexpected_end,               ///< the document stops in the middle of a value
  unexpected_character,         ///< a byte that cannot start or continue the value here
  invalid_literal,              ///< a misspelt true, false or null
  invalid_number,               ///< a number outside the RFC 8259 grammar
  invalid_escape,               ///< a backslash escape outside the RFC 8259 set, or a bad \u
  unescaped_control_character,  ///< a byte below 0x20 inside a string
  malformed_utf8,               ///< the document's bytes are not well-formed UTF-8
  lone_surrogate,               ///< a \u escape of half a surrogate pair
  trailing_characters,          ///< more than whitespace after the value
  // limit
  nesting_too_deep,  ///< arrays and objects nested deeper than json_max_depth
  // schema
  not_an_object,     ///< the document (or an error entry) is not a JSON object
  missing_member,    ///< a required member is absent
  duplicate_member,  ///< a member name appears twice in one object
  wrong_type,        ///< a member's value has the wrong JSON type
};

/// The value of `error::offset` when the error was not found in a parsed document.
inline constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

/// The maximum number of code points in a description (SWR's console limit, error SVCSTG.SWR.4131012).
inline constexpr std::size_t description_max_code_points = 30000;

[[nodiscard]] constexpr error_kind kind_of(error_code code) noexcept {
  if (code >= error_code::not_an_object) return error_kind::schema;
  if (code == error_code::nesting_too_deep) return error_kind::limit;
  if (code >= error_code::unexpected_end) return error_kind::syntax;
  return error_kind::value;
}

/// Whether `position` says something for this code: not for the codes that concern a value as a whole.
[[nodiscard]] constexpr bool has_position(error_code code) noexcept {
  return code != error_code::unknown_category && code != error_code::unknown_region && code != error_code::none;
}

/// One problem.
/// - `position`: for a value problem, the byte in the field's value where it is (0 when it concerns the
///   value as a whole: `empty`, `unknown_category`, `unknown_region`, `reserved`); for a syntax, limit or
///   schema problem, the byte in the document.
/// - `offset`: where a parser found the problem in the document: the first byte of the offending value for
///   value and schema problems, the offending byte for syntax and limit problems; `no_offset` otherwise.
///
/// A check that finds at most one problem returns an `error` (as a name check returns a `name_check`):
/// `ok()` says there is none. An operation that makes a value returns `result<T, error>` instead.
struct [[nodiscard]] error {
  error_code code = error_code::none;
  swr::field field = swr::field::none;
  std::size_t position = 0;
  std::size_t offset = no_offset;

  /// No problem: the code is `none`.
  [[nodiscard]] constexpr bool ok() const noexcept { return code == error_code::none; }
  [[nodiscard]] constexpr error_kind kind() const noexcept { return kind_of(code); }

  friend constexpr bool operator==(const error& a, const error& b) noexcept {
    return a.code == b.code && a.field == b.field && a.position == b.position && a.offset == b.offset;
  }
  friend constexpr bool operator!=(const error& a, const error& b) noexcept { return !(a == b); }
};

// The strings of every to_string and message of swrkit (here, in name_check.hpp, category.hpp and
// response.hpp) are NUL-terminated: each view's data()[size()] is '\0', for every value of its enum and for
// values outside it (which give "", never a null data()). So data() can go to a C API as is:
// `std::printf("%s\n", swr::message(e).data())` (message(error) is in error_message.hpp). The views refer to
// static storage: they never dangle.

/// The field's name as the API documentation writes it ("namespace", "is_public", …); "" for `none` and
/// for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(field f) noexcept {
  switch (f) {
    case field::none: return "";
    case field::namespace_name: return "namespace";
    case field::repository: return "repository";
    case field::is_public: return "is_public";
    case field::category: return "category";
    case field::description: return "description";
    case field::token: return "token";
    case field::host: return "host";
    case field::region: return "region";
    case field::method: return "method";
    case field::path: return "path";
    case field::header_name: return "header_name";
    case field::header_value: return "header_value";
    case field::access_key_id: return "access_key_id";
    case field::secret_key: return "secret_key";
    case field::security_token: return "security_token";
    case field::sdk_date: return "sdk_date";
    case field::registry: return "registry";
    case field::image_path: return "image_path";
    case field::tag: return "tag";
    case field::digest: return "digest";
    case field::name: return "name";
    case field::limit: return "limit";
    case field::offset: return "offset";
    case field::order_column: return "order_column";
    case field::order_type: return "order_type";
    case field::mode: return "mode";
    case field::source_tag: return "source_tag";
    case field::destination_tag: return "destination_tag";
    case field::access_domain: return "access_domain";
    case field::deadline: return "deadline";
  }
  return "";
}

/// The kind's identifier, e.g. "syntax"; "" for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(error_kind k) noexcept {
  switch (k) {
    case error_kind::value: return "value";
    case error_kind::syntax: return "syntax";
    case error_kind::limit: return "limit";
    case error_kind::schema: return "schema";
  }
  return "";
}

/// The code's identifier, e.g. "duplicate_member"; "" for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(error_code code) noexcept {
  switch (code) {
    case error_code::none: return "none";
    case error_code::empty: return "empty";
    case error_code::too_long: return "too_long";
    case error_code::invalid_character: return "invalid_character";
    case error_code::invalid_start: return "invalid_start";
    case error_code::invalid_end: return "invalid_end";
    case error_code::adjacent_separators: return "adjacent_separators";
    case error_code::too_many_underscores: return "too_many_underscores";
    case error_code::reserved: return "reserved";
    case error_code::invalid_utf8: return "invalid_utf8";
    case error_code::unknown_category: return "unknown_category";
    case error_code::unknown_region: return "unknown_region";
    case error_code::invalid_host: return "invalid_host";
    case error_code::invalid_date: return "invalid_date";
    case error_code::duplicate_header: return "duplicate_header";
    case error_code::unknown_registry: return "unknown_registry";
    case error_code::incomplete: return "incomplete";
    case error_code::unsupported_algorithm: return "unsupported_algorithm";
    case error_code::invalid_length: return "invalid_length";
    case error_code::out_of_range: return "out_of_range";
    case error_code::invalid_time: return "invalid_time";
    case error_code::unexpected_end: return "unexpected_end";
    case error_code::unexpected_character: return "unexpected_character";
    case error_code::invalid_literal: return "invalid_literal";
    case error_code::invalid_number: return "invalid_number";
    case error_code::invalid_escape: return "invalid_escape";
    case error_code::unescaped_control_character: return "unescaped_control_character";
    case error_code::malformed_utf8: return "malformed_utf8";
    case error_code::lone_surrogate: return "lone_surrogate";
    case error_code::trailing_characters: return "trailing_characters";
    case error_code::nesting_too_deep: return "nesting_too_deep";
    case error_code::not_an_object: return "not_an_object";
    case error_code::missing_member: return "missing_member";
    case error_code::duplicate_member: return "duplicate_member";
    case error_code::wrong_type: return "wrong_type";
  }
  return "";
}

namespace detail {
constexpr unsigned code_value(error_code c) noexcept { return static_cast<unsigned>(c); }
}  // namespace detail

// kind_of sorts codes by ranges of values: value codes up to invalid_time, then syntax from unexpected_end
// to trailing_characters, then the one limit code nesting_too_deep, then schema from not_an_object to
// wrong_type, the last code. A code added elsewhere than at the end of its group breaks these.
static_assert(detail::code_value(error_code::none) == 0, "kind_of: none is the first code");
static_assert(detail::code_value(error_code::invalid_time) + 1 == detail::code_value(error_code::unexpected_end),
              "kind_of: the syntax codes start right after the value codes");
static_assert(detail::code_value(error_code::trailing_characters) + 1 ==
                  detail::code_value(error_code::nesting_too_deep),
              "kind_of: nesting_too_deep follows the syntax codes");
static_assert(detail::code_value(error_code::nesting_too_deep) + 1 == detail::code_value(error_code::not_an_object),
              "kind_of: the schema codes start right after nesting_too_deep");
static_assert(to_string(static_cast<error_code>(detail::code_value(error_code::wrong_type) + 1)).empty(),
              "kind_of: wrong_type is the last code");
static_assert(kind_of(error_code::invalid_time) == error_kind::value &&
                  kind_of(error_code::unexpected_end) == error_kind::syntax &&
                  kind_of(error_code::trailing_characters) == error_kind::syntax &&
                  kind_of(error_code::nesting_too_deep) == error_kind::limit &&
                  kind_of(error_code::not_an_object) == error_kind::schema &&
                  kind_of(error_code::wrong_type) == error_kind::schema,
              "kind_of: the boundaries of the groups");

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ERROR_HPP
