// SPDX-License-Identifier: MIT
// swrkit — JSON objects written and read from one member table per type, for the bodies and responses of the
// SWR management API (management.hpp).
//
// A type lists its members once, in the order SWR documents them:
//
//   template <class Self, class Visit> static void json_members(Self& self, Visit&& visit) {
//     visit("name", self.name);
//     visit("size", self.size);
//   }
//
// and the same table writes the compact JSON (write_json_object: members in table order, an empty optional left
// out) and reads it strictly (read_json_object: a member of the wrong type is `wrong_type` at its value, a member
// given twice is `duplicate_member`, unknown members are skipped, whatever valid JSON they hold). The value types:
// std::string, bool, std::int64_t (exact: a number with a fraction, an exponent or beyond int64 is
// `wrong_type`), the enums that have to_string/parse_wire (see json_enum below), std::optional of these (null or
// absent: empty), std::vector of any of them, and another type with a member table (an object).
#ifndef SWR_DETAIL_JSON_STRUCT_HPP
#define SWR_DETAIL_JSON_STRUCT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "swr/config.hpp"
#include "swr/detail/json_object_reader.hpp"
#include "swr/error.hpp"
#include "swr/json_writer.hpp"
#include "swr/operation.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// is_optional, is_vector and json_enum (an enum written as its wire string) are in operation.hpp.

// A type with a member table.
template <class T, class = void>
struct has_json_members : std::false_type {};
struct json_members_probe {
  template <class M>
  void operator()(std::string_view, M&) const noexcept {}
};
template <class T>
struct has_json_members<T, std::void_t<decltype(T::json_members(std::declval<T&>(), json_members_probe{}))>>
    : std::true_type {};

// ---- Writing ----

// An output iterator that appends to a string (the core does not include <iterator> for std::back_inserter).
struct string_appender {
  std::string* out;
  string_appender& operator*() noexcept { return *this; }
  string_appender& operator++() noexcept { return *this; }
  string_appender& operator++(int) noexcept { return *this; }
  string_appender& operator=(char c) {
    out->push_back(c);
    return *this;
  }
};

template <class T>
void put_json_value(const T& value, std::string& out);

inline void put_json_number(std::int64_t value, std::string& out) {
  char digits[24];
  std::size_t n = 0;
  // Magnitude as unsigned, so that INT64_MIN has one.
  std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (value < 0) out += '-';
  while (n > 0) out += digits[--n];
}

template <class T>
void put_json_object(const T& object, std::string& out) {
  out += '{';
  bool first = true;
  T::json_members(object, [&](std::string_view name, const auto& member) {
    using M = std::decay_t<decltype(member)>;
    if constexpr (is_optional<M>::value) {
      if (!member) return;
    }
    if (!first) out += ',';
    first = false;
    put_json_string(name, string_appender{&out});
    out += ':';
    put_json_value(member, out);
  });
  out += '}';
}

template <class T>
void put_json_value(const T& value, std::string& out) {
  if constexpr (is_optional<T>::value) {
    if (value) {
      put_json_value(*value, out);
    } else {
      out += "null";
    }
  } else if constexpr (std::is_same_v<T, std::string>) {
    put_json_string(value, string_appender{&out});
  } else if constexpr (std::is_same_v<T, bool>) {
    out += value ? "true" : "false";
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    put_json_number(value, out);
  } else if constexpr (json_enum<T>::value) {
    put_json_string(json_enum<T>::name(value), string_appender{&out});
  } else if constexpr (is_vector<T>::value) {
    out += '[';
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out += ',';
      put_json_value(value[i], out);
    }
    out += ']';
  } else {
    static_assert(has_json_members<T>::value, "a member of a JSON table has a type it cannot write");
    put_json_object(value, out);
  }
}

/// The compact JSON of `object`: its members in table order, an empty optional left out.
template <class T>
std::string write_json_object(const T& object) {
  std::string out;
  put_json_object(object, out);
  return out;
}

// ---- Reading ----

template <class T>
bool read_json_value(json_reader& reader, T& out, swr::field f);

// An integer written exactly: no fraction or exponent, within int64. Anything else of the number's grammar is
// `wrong_type` at its first byte (a size or a count must not be rounded).
inline bool read_json_integer(json_reader& reader, std::int64_t& out, swr::field f) {
  reader.skip_whitespace();
  const std::size_t start = reader.offset();
  std::string_view text;
  if (!reader.read_number_text(text)) return false;
  bool exact = !text.empty();
  const bool negative = exact && text[0] == '-';
  std::uint64_t magnitude = 0;
  const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  for (std::size_t i = negative ? 1 : 0; exact && i < text.size(); ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') {
      exact = false;
    } else {
      const auto digit = static_cast<std::uint64_t>(c - '0');
      exact = magnitude <= (limit - digit) / 10;
      magnitude = magnitude * 10 + digit;
    }
  }
  if (!exact) {
    reader.record(error_code::wrong_type, f, start);
    return true;
  }
  out = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  return true;
}

// The field a request body's member is reported under (the body types of management.hpp).
constexpr swr::field field_of_member(std::string_view name) noexcept {
  return name == "namespace"         ? field::namespace_name
         : name == "is_public"       ? field::is_public
         : name == "source_tag"      ? field::source_tag
         : name == "destination_tag" ? field::destination_tag
         : name == "access_domain"   ? field::access_domain
         : name == "deadline"        ? field::deadline
                                     : field::none;
}

// Reads an object by its member table. With `require_all` (request bodies), a member that is not a
// std::optional and never came is `missing_member` at the object's closing brace.
template <class T>
bool read_json_object(json_reader& reader, T& out, bool require_all = false) {
  std::uint64_t seen = 0;  // by member index; the tables have far fewer than 64 members
  const bool read_all = reader.read_object([&](std::string_view key, bool& known) {
    bool read = true;
    unsigned index = 0;
    T::json_members(out, [&](std::string_view name, auto& member) {
      const unsigned this_index = index++;
      if (known || name != key) return;
      known = true;
      seen |= std::uint64_t{1} << (this_index & 63U);
      read = read_json_value(reader, member, field_of_member(name));
    });
    return read;
  });
  if (!read_all || !require_all) return read_all;
  const std::size_t closing_brace = reader.offset() - 1;
  unsigned index = 0;
  T::json_members(out, [&](std::string_view name, auto& member) {
    const unsigned this_index = index++;
    if (is_optional<std::decay_t<decltype(member)>>::value || (seen >> (this_index & 63U) & 1U) != 0) return;
    reader.record(error_code::missing_member, field_of_member(name), closing_brace);
  });
  return true;
}

template <class T>
bool read_json_value(json_reader& reader, T& out, swr::field f) {
  const json_type type = reader.peek_type();
  const std::size_t at = reader.offset();
  const auto wrong_type = [&] {
    if (!reader.skip_value()) return false;
    reader.record(error_code::wrong_type, f, at);
    return true;
  };
  if constexpr (is_optional<T>::value) {
    if (type == json_type::null) {
      out.reset();
      return reader.read_null();
    }
    if (!out) out.emplace();
    return read_json_value(reader, *out, f);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return type == json_type::string ? reader.read_string(&out) : wrong_type();
  } else if constexpr (std::is_same_v<T, bool>) {
    return type == json_type::boolean ? reader.read_boolean(out) : wrong_type();
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return type == json_type::number ? read_json_integer(reader, out, f) : wrong_type();
  } else if constexpr (json_enum<T>::value) {
    if (type != json_type::string) return wrong_type();
    std::string text;
    if (!reader.read_string(&text)) return false;
    if (!json_enum<T>::parse(text, out)) reader.record(error_code::wrong_type, f, at);
    return true;
  } else if constexpr (is_vector<T>::value) {
    if (type != json_type::array) return wrong_type();
    out.clear();
    std::size_t count = 0;
    return reader.read_elements(
        [&] {
          out.emplace_back();
          return read_json_value(reader, out.back(), f);
        },
        count);
  } else {
    static_assert(has_json_members<T>::value, "a member of a JSON table has a type it cannot read");
    return type == json_type::object ? read_json_object(reader, out) : wrong_type();
  }
}

/// Reads a whole document that is one value of type T (an object with a member table, or an array of them):
/// the value, or the first syntax error, else the problem earliest in the document.
template <class T>
result<T, error> read_json_document(std::string_view document) {
  json_reader reader(document);
  T out{};
  if (read_json_value(reader, out, field::none)) reader.finish();
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return out;
}

/// Reads a whole document that is one request body of type T (an object with a member table): as
/// read_json_document, and every member that is not a std::optional is required (`missing_member`).
template <class T>
result<T, error> read_json_body(std::string_view document) {
  json_reader reader(document);
  T out{};
  if (reader.peek_type() != json_type::object) {
    if (read_json_value(reader, out, field::none)) reader.finish();  // records the syntax error or wrong_type
  } else if (read_json_object(reader, out, true)) {
    reader.finish();
  }
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return out;
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_STRUCT_HPP
