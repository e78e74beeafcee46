// SPDX-License-Identifier: MIT
// swrkit — the create-repository body as JSON, without I/O.
// Output is exact (tests compare bytes): compact; keys in the documented order repository, is_public,
// category, description; absent optionals omitted; the repository in its wire form ('/' -> '$'); strings
// escaped per RFC 8259 with `\"` `\\` `\b` `\f` `\n` `\r` `\t`, other bytes below 0x20 as `\u00xx`
// (lowercase hex), everything else as is. An invalid body is refused before a byte is written.
#ifndef SWR_JSON_WRITER_HPP
#define SWR_JSON_WRITER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/detail/json_text.hpp"
#include "swr/error.hpp"
#include "swr/escape.hpp"
#include "swr/model.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

template <class OutputIt>
constexpr OutputIt put_chars(std::string_view text, OutputIt out) {
  if constexpr (std::is_same_v<OutputIt, char*>) {
    if (!SWR_IS_CONSTANT_EVALUATED()) {  // one copy, not a store per byte; GCOVR_EXCL_BR_LINE: constant evaluation
      std::char_traits<char>::copy(out, text.data(), text.size());
      return out + text.size();
    }
  }
  for (const char c : text) *out++ = c;
  return out;
}

// `text` as a JSON string, quotes included; with `repository_wire_form`, each '/' is written as '$'.
template <class OutputIt>
constexpr OutputIt put_json_string(std::string_view text, OutputIt out, bool repository_wire_form = false) {
  constexpr char hex[] = "0123456789abcdef";
  *out++ = '"';
  if constexpr (std::is_same_v<OutputIt, char*>) {
    // At run time, into memory: the block writer (json_text.hpp), the same bytes. A valid repository name
    // needs no escapes, so its wire form is a plain copy with '/' as '$'.
    if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
      if (repository_wire_form) {
        replace_byte_run_time(text.data(), text.size(), '/', '$', out);
        out += text.size();
      } else {
        out = write_json_text(text, out);
      }
      *out++ = '"';
      return out;
    }
  }
  for (char c : text) {
    if (repository_wire_form && c == '/') c = '$';
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && c != '"' && c != '\\') {
      *out++ = c;
      continue;
    }
    *out++ = '\\';
    switch (c) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\b': *out++ = 'b'; break;
      case '\f': *out++ = 'f'; break;
      case '\n': *out++ = 'n'; break;
      case '\r': *out++ = 'r'; break;
      case '\t': *out++ = 't'; break;
      default:
        out = put_chars("u00", out);
        *out++ = hex[byte >> 4];
        *out++ = hex[byte & 0x0F];
    }
  }
  *out++ = '"';
  return out;
}

// Writes a body already known to be valid.
template <class OutputIt>
constexpr OutputIt put_body(const create_repo_body_view& body, OutputIt out) {
  out = put_chars("{\"repository\":", out);
  out = put_json_string(body.repository, out, true);
  out = put_chars(body.is_public ? ",\"is_public\":true" : ",\"is_public\":false", out);
  if (body.category) {
    out = put_chars(",\"category\":\"", out);
    out = put_chars(to_string(*body.category), out);  // category names need no escapes
    *out++ = '"';
  }
  if (body.description) {
    out = put_chars(",\"description\":", out);
    out = put_json_string(*body.description, out);
  }
  *out++ = '}';
  return out;
}

// An output iterator that only counts what goes through it: the size of a document before writing it.
struct counting_iterator {
  std::size_t count = 0;
  constexpr counting_iterator& operator*() noexcept { return *this; }
  constexpr counting_iterator& operator=(char) noexcept {
    ++count;
    return *this;
  }
  constexpr counting_iterator& operator++() noexcept { return *this; }
  constexpr counting_iterator& operator++(int) noexcept { return *this; }
};

}  // namespace detail

namespace detail {

// The run-time fast path: the size of a body's document when the body is valid, from the repository's check,
// the category's and one pass over the description (json_text.hpp); 0 when the body has a problem, which
// first_problem then names.
inline std::size_t valid_body_size(const create_repo_body_view& body) noexcept {
  if (!check_repository(body.repository).ok()) return 0;
  constexpr std::size_t braces_and_names = sizeof("{\"repository\":\"\"") - 1 + 1;
  std::size_t size = braces_and_names + body.repository.size() +
                     (body.is_public ? sizeof(",\"is_public\":true") : sizeof(",\"is_public\":false")) - 1;
  if (body.category) {
    const std::string_view name = to_string(*body.category);
    if (name.empty()) return 0;
    size += sizeof(",\"category\":\"\"") - 1 + name.size();  // category names need no escapes
  }
  if (body.description) {
    const json_text_measure text = measure_json_text(*body.description, description_max_code_points);
    if (!text.valid) return 0;
    size += sizeof(",\"description\":\"\"") - 1 + text.escaped_size;
  }
  return size;
}

// The one-pass fast path of to_json: a body whose document surely fits in a 4 KB buffer on the stack is checked
// and written there at once, and the string is constructed from it; the others are measured first
// (valid_body_size), so that the string is allocated at its size. Measuring costs a pass over the description (its
// escapes, its code points), the copy far less: 15 % less time a body.
inline constexpr std::size_t one_pass_capacity = 4096;

constexpr std::size_t longest_category_name() noexcept {
  std::size_t longest = 0;
  for (const category c : all_categories) longest = to_string(c).size() > longest ? to_string(c).size() : longest;
  return longest;
}

// The longest description (in bytes) that one_pass_capacity surely holds with a repository name of
// `repository_size` bytes: every byte might become six (`\u00xx`). 0 when even the rest does not fit.
constexpr std::size_t one_pass_description_room(std::size_t repository_size) noexcept {
  constexpr std::size_t largest_escape = 6;
  constexpr std::size_t everything_else = sizeof(
                                              "{\"repository\":\"\",\"is_public\":false,\"category\":\"\","
                                              "\"description\":\"\"}") -
                                          1 + longest_category_name();
  constexpr std::size_t room = one_pass_capacity - everything_else;
  return repository_size > room ? 0 : (room - repository_size) / largest_escape;
}
// Any description that fits is under the code-point limit, so only its UTF-8 needs checking. (Through a
// variable: Clang's value-range analysis reads the expression itself as a 10-bit value, always below the limit,
// and says so with -Wtautological-value-range-compare, which is this assertion's point.)
inline constexpr std::size_t one_pass_description_room_at_most = one_pass_description_room(0);
static_assert(one_pass_description_room_at_most < description_max_code_points);

// A valid body's document, written in one pass; empty (no document is) when the body has a problem or its
// document might not fit one_pass_capacity (then valid_body_size and first_problem decide).
inline std::string body_json_in_one_pass(const create_repo_body_view& body) {
  const std::size_t description_size = body.description ? body.description->size() : 0;
  if (description_size > one_pass_description_room(body.repository.size()) || !check_repository(body.repository).ok() ||
      (body.category && to_string(*body.category).empty()) || (body.description && !is_valid_utf8(*body.description))) {
    return {};
  }
  char buffer[one_pass_capacity];
  // Constructed from the buffer: assigning to an empty string takes the longer path that allows aliasing.
  return std::string(buffer, static_cast<std::size_t>(put_body(body, buffer) - buffer));
}

// The run-time writer: a valid body's document, in one pass where it fits, else sized first and then written in
// place; empty when the body has a problem (which first_problem then names).
inline std::string valid_body_json(const create_repo_body_view& body) {
  std::string json = body_json_in_one_pass(body);
  if (json.empty()) {
    if (const std::size_t size = valid_body_size(body)) {
      json.assign(size, '\0');
      put_body(body, json.data());
    }
  }
  return json;
}

// The JSON document of a body already known to be valid. (Only where std::string is constexpr can this run in a
// constant expression, and need put_body.)
SWR_CONSTEXPR_STRING std::string body_json(const create_repo_body_view& body) {
#if SWR_HAS_CONSTEXPR_STRING
  if (SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    std::string json(put_body(body, counting_iterator{}).count, '\0');
    put_body(body, json.data());
    return json;
  }
#endif
  return valid_body_json(body);
}
}  // namespace detail

/// The size in bytes of the body's JSON document, or the body's first problem.
[[nodiscard]] constexpr result<std::size_t, error> json_size(const create_repo_body_view& body) noexcept {
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    if (const std::size_t size = detail::valid_body_size(body)) return size;
  }
  const error problem = first_problem(body);
  if (!problem.ok()) return unexpected(problem);
  return detail::put_body(body, detail::counting_iterator{}).count;
}

/// Writes the body's JSON through an output iterator and returns the iterator past the end, or the body's
/// first problem (and then writes nothing).
template <class OutputIt>
[[nodiscard]] constexpr result<OutputIt, error> write_json(OutputIt out, const create_repo_body_view& body) {
  const error problem = first_problem(body);
  if (!problem.ok()) return unexpected(problem);
  return detail::put_body(body, out);
}

/// Writes the body's JSON into `buffer` and returns its size, or the body's first problem. All or nothing:
/// when the size exceeds `capacity` nothing is written and the size needed is still returned, as snprintf
/// does, so the caller compares it with `capacity`.
[[nodiscard]] constexpr result<std::size_t, error> write_json(char* buffer, std::size_t capacity,
                                                              const create_repo_body_view& body) {
  const result<std::size_t, error> size = json_size(body);
  if (size && *size <= capacity && buffer != nullptr) detail::put_body(body, buffer);
  return size;
}

/// The body's JSON document, or the body's first problem.
[[nodiscard]] SWR_CONSTEXPR_STRING result<std::string, error> to_json(const create_repo_body_view& body) {
#if SWR_HAS_CONSTEXPR_STRING
  if (!SWR_IS_CONSTANT_EVALUATED())  // GCOVR_EXCL_BR_LINE: constant evaluation
#endif
  {
    std::string json = detail::valid_body_json(body);
    if (!json.empty()) return json;
  }
  const error problem = first_problem(body);
  if (!problem.ok()) return unexpected(problem);
  return detail::body_json(body);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_JSON_WRITER_HPP
