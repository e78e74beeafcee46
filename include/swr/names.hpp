// SPDX-License-Identifier: MIT
// swrkit — validators for namespace (organization) and repository names.
// Spec: docs/names.md. Everything here is constexpr, noexcept and allocation-free, so it works in
// static_assert, in hot loops and with -fno-exceptions -fno-rtti.
#ifndef SWR_NAMES_HPP
#define SWR_NAMES_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/name_masks.hpp"
#include "swr/name_check.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// The grammar of docs/names.md as a deterministic automaton over bytes. A state says what the text read so
// far ends with; a transition either moves to the next state or names the violation at that byte. One
// table lookup per byte (after one for the byte's class), and the rules of the spec stay visible in
// make_name_automaton below.
enum name_state : unsigned char {
  state_start,        // nothing read yet
  state_alnum,        // ends with a letter or digit
  state_single,       // ends with '.' or '/': separators that cannot be doubled
  state_underscore,   // ends with one '_'
  state_underscores,  // ends with "__"
  state_hyphens,      // ends with a run of '-'
  state_count,
  // Transitions to these stop the scan; the value encodes the error (see name_error_of).
  stop_invalid_character = 16,
  stop_invalid_start,
  stop_too_many_underscores,
  stop_adjacent_separators,
};

constexpr name_error name_error_of(unsigned char stop) noexcept {
  switch (stop) {
    case stop_invalid_character: return name_error::invalid_character;
    case stop_invalid_start: return name_error::invalid_start;
    case stop_too_many_underscores: return name_error::too_many_underscores;
    default: return name_error::adjacent_separators;
  }
}

// What the rules tell apart in a byte: 7 classes instead of 256 bytes keep the tables small, and building
// them at compile time cheap for every includer (two 6x256 tables cost about 15 ms of each compilation; a
// 256-entry class table 2 ms, so a byte's class is computed, not looked up).
enum name_byte_class : unsigned char {
  class_letter,      // a-z
  class_digit,       // 0-9
  class_dot,         // '.'
  class_slash,       // '/': a separator in repositories, invalid in namespaces
  class_underscore,  // '_'
  class_hyphen,      // '-'
  class_other,       // everything else: invalid
  class_count,
};

constexpr name_byte_class name_class_of(unsigned char byte) noexcept {
  if (byte >= 'a' && byte <= 'z') return class_letter;
  if (byte >= '0' && byte <= '9') return class_digit;
  switch (byte) {
    case '.': return class_dot;
    case '/': return class_slash;
    case '_': return class_underscore;
    case '-': return class_hyphen;
    default: return class_other;
  }
}

struct name_automaton {
  unsigned char next[state_count][class_count];
};

constexpr name_automaton make_name_automaton(name_kind kind) noexcept {
  const bool repository = kind == name_kind::repository;
  name_automaton a{};
  for (int state = 0; state < state_count; ++state) {
    for (int byte_class = 0; byte_class < class_count; ++byte_class) {
      const bool letter = byte_class == class_letter;
      const bool digit = byte_class == class_digit;
      const bool single = byte_class == class_dot || (repository && byte_class == class_slash);
      const bool underscore = byte_class == class_underscore;
      const bool hyphen = byte_class == class_hyphen;
      unsigned char to = stop_invalid_character;
      if (letter || digit) {
        to = (state == state_start && digit && !repository) ? stop_invalid_start : state_alnum;
      } else if (single || underscore || hyphen) {
        switch (state) {
          case state_start: to = stop_invalid_start; break;
          case state_alnum: to = single ? state_single : underscore ? state_underscore : state_hyphens; break;
          case state_underscore: to = underscore ? state_underscores : stop_adjacent_separators; break;
          case state_underscores: to = underscore ? stop_too_many_underscores : stop_adjacent_separators; break;
          case state_hyphens: to = hyphen ? state_hyphens : stop_adjacent_separators; break;
          default: to = stop_adjacent_separators; break;  // state_single
        }
      }
      a.next[state][byte_class] = to;
    }
  }
  return a;
}

inline constexpr name_automaton namespace_automaton = make_name_automaton(name_kind::namespace_name);
inline constexpr name_automaton repository_automaton = make_name_automaton(name_kind::repository);

// Step 3 of docs/names.md "Diagnostics": the left-to-right scan shared by full and prefix checks, one byte
// at a time. The reference: constant evaluation uses it, and the tests hold the fast path to it.
constexpr name_scan_result scan_name_automaton(name_kind kind, std::string_view text) noexcept {
  const name_automaton& automaton = kind == name_kind::repository ? repository_automaton : namespace_automaton;
  unsigned char state = state_start;
  for (std::size_t i = 0; i < text.size(); ++i) {
    state = automaton.next[state][name_class_of(static_cast<unsigned char>(text[i]))];
    if (state >= state_count) return {{name_error_of(state), i}, false};
  }
  // A text that scanned clean ends with a separator exactly when its final state is not alnum or start.
  return {{}, state != state_alnum && state != state_start};
}

// The scan: at run time the whole-name bit operations of name_masks.hpp (for texts up to the kind's longest name;
// callers check the length first), in constant evaluation the automaton.
constexpr name_scan_result scan_name(name_kind kind, std::string_view text) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED() && !text.empty() && text.size() <= max_length(kind)) {
    return scan_name_masks(kind, text.data(), text.size());
  }
#endif
  return scan_name_automaton(kind, text);
}

}  // namespace detail

/// Checks a complete name of either kind against docs/names.md. Returns the first violation and its position.
[[nodiscard]] constexpr name_check check_name(name_kind kind, std::string_view name) noexcept {
  if (name.empty()) return {name_error::empty, 0};
  const std::size_t limit = max_length(kind);
  if (name.size() > limit) return {name_error::too_long, limit};
  const detail::name_scan_result scanned = detail::scan_name(kind, name);
  if (!scanned.first_violation.ok()) return scanned.first_violation;
  if (scanned.ends_with_separator) return {name_error::invalid_end, name.size() - 1};
  if (kind == name_kind::namespace_name && name == std::string_view("library")) return {name_error::reserved, 0};
  return {};
}

/// As-you-type check: ok when some completion (possibly empty) of `text` is a valid name of this kind.
/// The empty text is a valid prefix; `empty`, `reserved` and the plain end rule do not apply.
[[nodiscard]] constexpr name_check check_name_prefix(name_kind kind, std::string_view text) noexcept {
  const std::size_t limit = max_length(kind);
  if (text.size() > limit) return {name_error::too_long, limit};
  const detail::name_scan_result scanned = detail::scan_name(kind, text);
  if (!scanned.first_violation.ok()) return scanned.first_violation;
  // At the maximum length no byte can be appended, so a trailing separator can never be completed.
  if (text.size() == limit && scanned.ends_with_separator) return {name_error::invalid_end, limit - 1};
  return {};
}

[[nodiscard]] constexpr name_check check_namespace(std::string_view name) noexcept {
  return check_name(name_kind::namespace_name, name);
}
[[nodiscard]] constexpr name_check check_repository(std::string_view name) noexcept {
  return check_name(name_kind::repository, name);
}
[[nodiscard]] constexpr name_check check_namespace_prefix(std::string_view text) noexcept {
  return check_name_prefix(name_kind::namespace_name, text);
}
[[nodiscard]] constexpr name_check check_repository_prefix(std::string_view text) noexcept {
  return check_name_prefix(name_kind::repository, text);
}
[[nodiscard]] constexpr bool is_valid_namespace(std::string_view name) noexcept { return check_namespace(name).ok(); }
[[nodiscard]] constexpr bool is_valid_repository(std::string_view name) noexcept { return check_repository(name).ok(); }

namespace detail {
// The length of a name given as a char array: the array without its trailing NULs. A string literal's
// terminating NUL, and those of a fixed-size buffer (`char buf[16] = "my-org"`), are not part of the name;
// an embedded NUL ("my\0org") is, and is then refused like any byte outside the alphabet.
constexpr std::size_t name_literal_length(const char* literal, std::size_t size) noexcept {
  while (size > 0 && literal[size - 1] == '\0') --size;
  return size;
}
}  // namespace detail

#if SWR_HAS_CONSTEVAL
namespace detail {
// Deliberately not constexpr, one per name_error: a checked_name whose literal is invalid calls the one of
// its error during constant evaluation, which makes the program ill-formed, and the compiler's note names
// the rule that failed:
//   GCC:   error: call to non-'constexpr' function 'void swr::…::detail::name_literal_has_invalid_character()'
//   Clang: note: non-constexpr function 'name_literal_has_invalid_character' cannot be used in a constant
//          expression
inline void name_literal_is_empty() noexcept {}
inline void name_literal_is_too_long() noexcept {}
inline void name_literal_has_invalid_character() noexcept {}
inline void name_literal_has_invalid_start() noexcept {}
inline void name_literal_has_invalid_end() noexcept {}
inline void name_literal_has_adjacent_separators() noexcept {}
inline void name_literal_has_too_many_underscores() noexcept {}
inline void name_literal_is_reserved() noexcept {}

consteval void refuse_invalid_name_literal(name_error error) noexcept {
  switch (error) {
    case name_error::none: return;
    case name_error::empty: return name_literal_is_empty();
    case name_error::too_long: return name_literal_is_too_long();
    case name_error::invalid_character: return name_literal_has_invalid_character();
    case name_error::invalid_start: return name_literal_has_invalid_start();
    case name_error::invalid_end: return name_literal_has_invalid_end();
    case name_error::adjacent_separators: return name_literal_has_adjacent_separators();
    case name_error::too_many_underscores: return name_literal_has_too_many_underscores();
    case name_error::reserved: return name_literal_is_reserved();
  }
}
}  // namespace detail

/// A name literal checked at compile time (C++20, where consteval is available), in the manner of
/// fmt::format_string: `swr::checked_namespace ns = "my-org";` compiles, `= "My-org"` does not, and the
/// compiler's note names the rule, e.g. `name_literal_has_invalid_character`.
/// A function taking one accepts only literals that are valid names of its kind. The name is the array
/// without its trailing NULs: a `constexpr char buf[16] = "my-org"` is "my-org"; an embedded NUL is part
/// of the name, so "my\0org" is refused (invalid_character), as check_name would refuse it.
template <name_kind Kind>
class checked_name {
 public:
  template <std::size_t N>
  consteval checked_name(const char (&literal)[N]) noexcept : value_(literal, detail::name_literal_length(literal, N)) {
    detail::refuse_invalid_name_literal(check_name(Kind, value_).error);
  }
  constexpr std::string_view value() const noexcept { return value_; }
  constexpr operator std::string_view() const noexcept { return value_; }

 private:
  std::string_view value_;
};
#else
namespace detail {
// False for every kind, but dependent on it, so that the static_assert below fires only when a
// checked_name is used (instantiated), never merely because this header is included.
template <name_kind Kind>
inline constexpr bool checked_name_needs_consteval = false;
}  // namespace detail

/// Without consteval (C++17, or a C++20 compiler without it, such as Clang 14) a literal cannot be checked
/// while compiling. The names stay declared, so that code mentioning them compiles, and any use of one
/// fails with this message rather than with "no type named checked_namespace".
template <name_kind Kind>
class checked_name {
  static_assert(detail::checked_name_needs_consteval<Kind>,
                "swr::checked_namespace and swr::checked_repository need consteval (C++20 with, e.g., GCC >= 11 "
                "or Clang >= 15; see SWR_HAS_CONSTEVAL), which this compiler or language mode lacks: check the "
                "name at run time with swr::check_namespace or swr::check_repository instead");

 public:
  template <std::size_t N>
  constexpr checked_name(const char (&literal)[N]) noexcept
      : value_(literal, detail::name_literal_length(literal, N)) {}
  constexpr std::string_view value() const noexcept { return value_; }
  constexpr operator std::string_view() const noexcept { return value_; }

 private:
  std::string_view value_;
};
#endif

using checked_namespace = checked_name<name_kind::namespace_name>;
using checked_repository = checked_name<name_kind::repository>;

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_NAMES_HPP
