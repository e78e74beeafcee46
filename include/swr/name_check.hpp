// SPDX-License-Identifier: MIT
// swrkit — the result of checking a name: what is wrong and at which byte.
// Spec: docs/names.md, "Diagnostics".
#ifndef SWR_NAME_CHECK_HPP
#define SWR_NAME_CHECK_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// Why a name is not valid. The order of the enumerators is part of the ABI: do not reorder.
enum class name_error : unsigned char {
  none,                  ///< the name is valid
  empty,                 ///< length 0
  too_long,              ///< longer than the maximum for its kind
  invalid_character,     ///< a byte outside the alphabet of its kind
  invalid_start,         ///< starts with a separator (or, for a namespace, a digit)
  invalid_end,           ///< ends with a separator
  adjacent_separators,   ///< two separators side by side that do not form `__` or a run of `-`
  too_many_underscores,  ///< a third `_` in a row
  reserved,              ///< the namespace `library`, reserved by SWR
};

/// The two kinds of name the API takes.
enum class name_kind : unsigned char {
  namespace_name,  ///< an organization: the `{namespace}` path parameter
  repository,      ///< a repository in its logical form (`/` allowed, not yet escaped to `$`)
};

inline constexpr std::size_t namespace_max_length = 64;
inline constexpr std::size_t repository_max_length = 128;

/// The maximum length, in bytes, of a name of this kind.
[[nodiscard]] constexpr std::size_t max_length(name_kind kind) noexcept {
  return kind == name_kind::namespace_name ? namespace_max_length : repository_max_length;
}

/// The outcome of a check: `ok()` or the first violation and the byte offset where it was found.
/// Positions follow docs/names.md: `empty` at 0, `too_long` at the maximum, `invalid_end` at the last byte,
/// `reserved` at 0, every other error at the offending byte.
struct [[nodiscard]] name_check {
  name_error error = name_error::none;
  std::size_t position = 0;

  [[nodiscard]] constexpr bool ok() const noexcept { return error == name_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }

  friend constexpr bool operator==(const name_check& a, const name_check& b) noexcept {
    return a.error == b.error && a.position == b.position;
  }
  friend constexpr bool operator!=(const name_check& a, const name_check& b) noexcept { return !(a == b); }
};

// Every to_string and message below returns a view of a string literal: NUL-terminated (data()[size()] is
// '\0'), for every value, including values outside the enums (""), so data() can go to a C API as is.

/// The enumerator's identifier, e.g. "adjacent_separators"; "" for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(name_error error) noexcept {
  switch (error) {
    case name_error::none: return "none";
    case name_error::empty: return "empty";
    case name_error::too_long: return "too_long";
    case name_error::invalid_character: return "invalid_character";
    case name_error::invalid_start: return "invalid_start";
    case name_error::invalid_end: return "invalid_end";
    case name_error::adjacent_separators: return "adjacent_separators";
    case name_error::too_many_underscores: return "too_many_underscores";
    case name_error::reserved: return "reserved";
  }
  return "";
}

/// "namespace" or "repository": the word the API documentation uses for the field; "" for a value outside
/// the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(name_kind kind) noexcept {
  switch (kind) {
    case name_kind::namespace_name: return "namespace";
    case name_kind::repository: return "repository";
  }
  return "";
}

/// A sentence a GUI can show as is, true for both kinds of name; "" for a value outside the enum.
/// NUL-terminated.
[[nodiscard]] constexpr std::string_view message(name_error error) noexcept {
  switch (error) {
    case name_error::none: return "The name is valid.";
    case name_error::empty: return "The name is empty.";
    case name_error::too_long: return "The name is too long.";
    case name_error::invalid_character:
      return "Only lowercase letters, digits and the separators '.', '_', '-' (and '/' in a repository name) are "
             "allowed.";
    case name_error::invalid_start:
      return "The name must start with a lowercase letter (or, in a repository name, a digit).";
    case name_error::invalid_end: return "The name must end with a lowercase letter or a digit.";
    case name_error::adjacent_separators:
      return "Separators cannot be placed next to each other; only '__' and runs of '-' are allowed.";
    case name_error::too_many_underscores: return "At most two consecutive underscores are allowed.";
    case name_error::reserved: return "The name 'library' is reserved by SWR.";
  }
  return "";
}

/// The same sentence made exact for one kind of name (limits and alphabets differ between kinds).
/// NUL-terminated.
[[nodiscard]] constexpr std::string_view message(name_error error, name_kind kind) noexcept {
  const bool ns = kind == name_kind::namespace_name;
  if (error == name_error::too_long) {
    // Literals, not text built from max_length while compiling: that cost every includer of the names
    // header about 3 ms. error_test holds them to max_length.
    return ns ? "A namespace name has at most 64 characters." : "A repository name has at most 128 characters.";
  }
  if (error == name_error::invalid_character) {
    return ns ? "Only lowercase letters, digits, '.', '_' and '-' are allowed in a namespace name."
              : "Only lowercase letters, digits, '.', '/', '_' and '-' are allowed in a repository name.";
  }
  if (error == name_error::invalid_start) {
    return ns ? "A namespace name must start with a lowercase letter."
              : "A repository name must start with a lowercase letter or a digit.";
  }
  return message(error);  // the other sentences are the same for both kinds
}

/// The longest tag: 128 bytes (distribution/reference's grammar; SWR documents no tag rule of its own).
inline constexpr std::size_t tag_max_length = 128;

/// The sentence for a tag's diagnosis (check_tag in reference.hpp gives a name_check too): a tag has its own
/// alphabet (uppercase letters allowed) and start rule, and no end or separator rules. NUL-terminated.
[[nodiscard]] constexpr std::string_view tag_message(name_error error) noexcept {
  if (error == name_error::none) return "The tag is valid.";
  if (error == name_error::empty) return "The tag is empty.";
  if (error == name_error::too_long) return "A tag has at most 128 characters.";
  if (error == name_error::invalid_character) {
    return "Only letters, digits, '_', '.' and '-' are allowed in a tag.";
  }
  if (error == name_error::invalid_start) return "A tag must start with a letter, a digit or '_'.";
  return "";  // the other errors are not a tag's
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_NAME_CHECK_HPP
