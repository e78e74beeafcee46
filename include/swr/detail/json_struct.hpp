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
//
// A document (read_json_document: the answers) is first read by a fast path that knows the table and takes only
// what SWR writes: the members in table order (any of them absent), member names without escapes, no unknown
// member, exact integers. Anything else, and every error, makes it answer "not sure", and the general reader then
// reads the document from the start: the fast path never accepts what the general reader refuses, reads what it
// accepts into the same value, and leaves every diagnostic to the general reader.
#ifndef SWR_DETAIL_JSON_STRUCT_HPP
#define SWR_DETAIL_JSON_STRUCT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "swr/config.hpp"
#include "swr/detail/body_fast_path.hpp"  // the string scan, escape and hex tables it shares with the body's fast path
#include "swr/detail/json_object_reader.hpp"
#include "swr/error.hpp"
#include "swr/json_writer.hpp"
#include "swr/operation.hpp"
#include "swr/result.hpp"
#include "swr/utf8.hpp"

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

// A member's name and ':', after a ',' unless it is the first. Out of the visitors below, which are instantiated
// for each member type: one copy of it for all.
inline void put_json_member_name(std::string_view name, bool& first, std::string& out) {
  if (!first) out += ',';
  first = false;
  put_json_string(name, string_appender{&out});
  out += ':';
}

template <class T>
void put_json_object(const T& object, std::string& out) {
  out += '{';
  bool first = true;
  T::json_members(object, [&](std::string_view name, const auto& member) {
    using M = std::decay_t<decltype(member)>;
    if constexpr (is_optional<M>::value) {
      if (member) {
        put_json_member_name(name, first, out);
        put_json_value(*member, out);
      }
    } else {
      put_json_member_name(name, first, out);
      put_json_value(member, out);
    }
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

// The readers take the name of the member they read ("" for the document itself) and work out the field its
// problems concern only when there is one: field_of_member compares the name with several, and a member read
// well needs none.
template <class T>
bool read_json_value(json_reader& reader, T& out, std::string_view member);

// An integer written exactly: no fraction or exponent, within int64. Anything else of the number's grammar is
// `wrong_type` at its first byte (a size or a count must not be rounded).
inline bool read_json_integer(json_reader& reader, std::int64_t& out, std::string_view member) {
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
    reader.record(error_code::wrong_type, field_of_member(member), start);
    return true;
  }
  out = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  return true;
}

// The names of a member table, in table order (the tables have far fewer than 64 members), read once per type from
// a default value, so that a member is found by its name without calling the table's visitor for each member.
struct member_names {
  std::string_view name[64];
  unsigned count = 0;

  // As the table's visitor: each member's name, whatever its type.
  template <class M>
  void operator()(std::string_view member, const M&) noexcept {
    add(member);
  }
  void add(std::string_view member) noexcept {
    if (count < 64) name[count++] = member;
  }

  // The index of `key`, trying `expected` first (SWR writes the members in table order: one comparison each), or
  // count when the table has no such member.
  unsigned find(std::string_view key, unsigned expected) const noexcept {
    if (expected < count && name[expected] == key) return expected;
    for (unsigned i = 0; i < count; ++i) {
      if (name[i] == key) return i;
    }
    return count;
  }
};

template <class T>
const member_names& member_names_of() {
  static const member_names names = [] {
    member_names n;
    T sample{};
    T::json_members(sample, n);
    return n;
  }();
  return names;
}

// As a table's visitor, after a request body: records each member that is not a std::optional and never came as
// `missing_member` at the object's closing brace.
struct missing_members {
  json_reader& reader;
  std::uint64_t seen;  // by member index
  std::size_t closing_brace;
  unsigned index = 0;

  template <class M>
  void operator()(std::string_view name, const M&) noexcept {
    check(name, is_optional<M>::value);
  }
  void check(std::string_view name, bool optional) noexcept {
    const unsigned this_index = index++;
    if (!optional && (seen >> (this_index & 63U) & 1U) == 0) {
      reader.record(error_code::missing_member, field_of_member(name), closing_brace);
    }
  }
};

// Reads an object by its member table. With `require_all` (request bodies), a member that is not a
// std::optional and never came is `missing_member` at the object's closing brace. A member given twice is
// `duplicate_member` (field none) at its later name: a known one found by its bit in `seen`, an unknown one by
// unknown_member_names, which holds (and allocates for) the unknown names only.
template <class T>
bool read_json_object(json_reader& reader, T& out, bool require_all = false) {
  const member_names& names = member_names_of<T>();
  std::uint64_t seen = 0;  // by member index
  std::string key;         // the member names of the tables fit std::string's inline buffer
  std::size_t key_offset = 0;
  bool more = false;
  if (!reader.open_object() || !reader.next_member(true, key, key_offset, more)) return false;
  bool read = true;
  unsigned expected = 0;  // the member after the last one read
  unknown_member_names unknown;
  while (read && more) {
    const unsigned found = names.find(key, expected);
    if (found == names.count) {
      unknown.add(key, key_offset);
      read = reader.skip_value();
    } else {
      const std::uint64_t bit = std::uint64_t{1} << (found & 63U);
      if ((seen & bit) != 0) reader.record(error_code::duplicate_member, field::none, key_offset);
      seen |= bit;
      expected = found + 1;
      unsigned index = 0;
      // GCOVR_EXCL_BR_START: a table's dispatch, counted by coverage once per member (of each type, of each table)
      // though its code is one comparison for all; what is read is counted in read_json_value, per type.
      T::json_members(out, [&](std::string_view name, auto& member) {
        if (index++ == found) read = read_json_value(reader, member, name);
      });
      // GCOVR_EXCL_BR_STOP
    }
    read = read && reader.next_member(false, key, key_offset, more);
  }
  if (!read) return false;
  unknown.report_duplicates(reader);
  if (!require_all) return true;
  missing_members missing{reader, seen, reader.offset() - 1};
  T::json_members(out, missing);
  return true;
}

// A value of the wrong type at `at`: skipped (its syntax checked) and recorded as `wrong_type`. False on a syntax
// error. One copy for every type read_json_value is instantiated for.
inline bool skip_wrong_type(json_reader& reader, std::string_view member, std::size_t at) {
  if (!reader.skip_value()) return false;
  reader.record(error_code::wrong_type, field_of_member(member), at);
  return true;
}

template <class T>
bool read_json_value(json_reader& reader, T& out, std::string_view member) {
  const json_type type = reader.peek_type();
  const std::size_t at = reader.offset();
  const auto wrong_type = [&] { return skip_wrong_type(reader, member, at); };
  if constexpr (is_optional<T>::value) {
    if (type == json_type::null) {
      out.reset();
      return reader.read_null();
    }
    if (!out) out.emplace();
    return read_json_value(reader, *out, member);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return type == json_type::string ? reader.read_string(&out) : wrong_type();
  } else if constexpr (std::is_same_v<T, bool>) {
    return type == json_type::boolean ? reader.read_boolean(out) : wrong_type();
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return type == json_type::number ? read_json_integer(reader, out, member) : wrong_type();
  } else if constexpr (json_enum<T>::value) {
    if (type != json_type::string) return wrong_type();
    std::string text;
    if (!reader.read_string(&text)) return false;
    if (!json_enum<T>::parse(text, out)) reader.record(error_code::wrong_type, field_of_member(member), at);
    return true;
  } else if constexpr (is_vector<T>::value) {
    if (type != json_type::array) return wrong_type();
    out.clear();
    // The length is not known before the end; starting with room for a few small elements (a list's tags) spares
    // the allocations of growing one element at a time, without reserving much for a list of large objects.
    using element = typename T::value_type;
    constexpr std::size_t first_room = sizeof(element) < 64 ? 256 / sizeof(element) : 1;
    if (out.capacity() < first_room) out.reserve(first_room);
    std::size_t count = 0;
    return reader.read_elements(
        [&] {
          out.emplace_back();
          return read_json_value(reader, out.back(), member);
        },
        count);
  } else {
    static_assert(has_json_members<T>::value, "a member of a JSON table has a type it cannot read");
    return type == json_type::object ? read_json_object(reader, out) : wrong_type();
  }
}

// ---- The fast path ----

// Forced inlining where it pays, in optimized builds: the visitor of a table inlined where each member's name is a
// constant, and the reader's small steps in its loops. Unoptimized builds (debugging, coverage) keep one copy.
#if (defined(__GNUC__) || defined(__clang__)) && defined(__OPTIMIZE__)
#define SWR_LAMBDA_INLINE __attribute__((always_inline))
#define SWR_FAST_INLINE inline __attribute__((always_inline))
#else
#define SWR_LAMBDA_INLINE
#define SWR_FAST_INLINE inline
#endif

// Reads a document as SWR writes it (see the header comment) into a value, or answers false: not sure (the value
// is then unspecified, and the general reader starts again from a fresh one).
class struct_fast_reader {
 public:
  explicit struct_fast_reader(std::string_view document) noexcept : s_(document.data()), n_(document.size()) {}

  template <class T>
  bool read_document(T& out) {
    skip_whitespace();
    if (!read_value(out)) return false;
    skip_whitespace();
    return pos_ == n_;
  }

 private:
  template <class T>
  bool read_value(T& out) {
    if constexpr (is_optional<T>::value) {
      if (eat_literal("null")) {
        out.reset();
        return true;
      }
      if (!out) out.emplace();
      return read_value(*out);
    } else if constexpr (std::is_same_v<T, std::string>) {
      return eat('"') && read_string(out);
    } else if constexpr (std::is_same_v<T, bool>) {
      out = pos_ < n_ && s_[pos_] == 't';
      return out ? eat_literal("true") : eat_literal("false");
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
      return read_integer(out);
    } else if constexpr (json_enum<T>::value) {
      if (!eat('"')) return false;
      std::string text;  // an enum's wire string is short: held inline, no allocation
      return read_string(text) && json_enum<T>::parse(text, out);
    } else if constexpr (is_vector<T>::value) {
      return read_array(out);
    } else {
      static_assert(has_json_members<T>::value, "a member of a JSON table has a type it cannot read");
      return read_object(out);
    }
  }

  template <class T>
  bool read_array(std::vector<T>& out) {
    if (!eat('[')) return false;
    out.clear();
    // As the general reader (read_json_value): room for a few small elements at first.
    constexpr std::size_t first_room = sizeof(T) < 64 ? 256 / sizeof(T) : 1;
    if (out.capacity() < first_room) out.reserve(first_room);
    skip_whitespace();
    if (eat(']')) return true;
    for (;;) {
      if (!read_value(out.emplace_back())) return false;
      skip_whitespace();
      if (eat(']')) return true;
      if (!eat(',')) return false;
      skip_whitespace();
    }
  }

  // One pass over the table: each member is the next one in the document or absent. A member name left when the
  // table is done (unknown, out of order, given twice or written with escapes) makes the answer "not sure".
  template <class T>
  bool read_object(T& out) {
    if (!eat('{')) return false;
    skip_whitespace();
    if (eat('}')) return true;
    bool going = true;    // a member may come
    bool closed = false;  // the closing brace came
    // The visitor stays small, so that it is inlined where each name is a constant: the comparison is then a few
    // loads rather than a call.
    // GCOVR_EXCL_BR_START: as the general reader's dispatch (read_json_object): the same two tests for every member
    T::json_members(out, [&](std::string_view name, auto& member) SWR_LAMBDA_INLINE {
      if (going && next_name_is(name)) going = read_member(name.size(), member, closed);
    });
    // GCOVR_EXCL_BR_STOP
    return closed;
  }

  // At a member's name of `name_size` bytes: the name, the ':', the value into `member` and what follows it.
  // True when another member follows (its name is next); false at the end (`closed`: it was the closing brace).
  template <class M>
  bool read_member(std::size_t name_size, M& member, bool& closed) {
    pos_ += name_size + 2;
    skip_whitespace();
    if (!eat(':')) return false;
    skip_whitespace();
    if (!read_value(member)) return false;
    skip_whitespace();
    if (eat(',')) {
      skip_whitespace();
      return true;
    }
    closed = eat('}');
    return false;
  }

  // Whether the member name at the position is `name`, quotes included, written without escapes.
  SWR_FAST_INLINE bool next_name_is(std::string_view name) const noexcept {
    return n_ - pos_ >= name.size() + 2 && s_[pos_] == '"' && s_[pos_ + 1 + name.size()] == '"' &&
           std::memcmp(s_ + pos_ + 1, name.data(), name.size()) == 0;
  }

  // After the opening quote: the string's text into `out` (assigned, or decoded when it has escapes), and its
  // closing quote consumed. Raw control bytes, malformed UTF-8 and invalid escapes are left to the general reader.
  bool read_string(std::string& out) {
    const std::size_t start = pos_;
    bool escaped = false;
    bool non_ascii = false;
    const std::size_t end = find_string_end(start, escaped, non_ascii);
    if (end == n_) return false;
    // Escapes are ASCII: the raw bytes are well-formed UTF-8 exactly when the general reader finds them so.
    if (non_ascii && !is_valid_utf8(std::string_view(s_ + start, end - start))) return false;
    pos_ = end + 1;
    if (!escaped) {
      // Appended to the emptied string rather than assigned: assign takes the path that allows the source to
      // alias the string (body_fast_path.hpp measured it).
      out.clear();
      out.append(s_ + start, end - start);
      return true;
    }
    return decode_string(start, end, out);
  }

  // From `start`, inside a string: the offset of its closing quote, or n_ when it has none or holds a raw control
  // byte; whether it has escapes and bytes >= 0x80 on the way. An escaped byte (a quote, a backslash) is passed.
  std::size_t find_string_end(std::size_t start, bool& escaped, bool& non_ascii) const noexcept {
    std::size_t k = start;
#if SWR_HAS_BYTE_BLOCKS
    // 16 bytes at a time, each block's special bytes (quotes, backslashes, control bytes, bytes >= 0x80) taken
    // from one mask (a string dense in escapes, such as a manifest, has several a block), while 16 bytes of the
    // document remain.
    unsigned carried = 0;  // the escaped byte of a backslash that ended the block before
    for (; n_ - k >= 16; k += 16) {
      unsigned stop = json_special_mask(s_ + k) & ~carried;
      carried = 0;
      while (stop != 0) {
        const auto at = static_cast<unsigned>(__builtin_ctz(stop));
        const auto c = static_cast<unsigned char>(s_[k + at]);
        if (c == '"') return k + at;
        if (c == '\\') {
          escaped = true;
          stop &= ~(3U << at);           // the backslash and the byte it escapes
          carried = (at == 15) ? 1 : 0;  // which may be the next block's first
        } else if (c >= 0x80) {
          non_ascii = true;  // the whole string's UTF-8 is checked once its end is known
          stop &= stop - 1;
        } else {
          return n_;  // a raw control byte
        }
      }
    }
    k += carried;
#endif
    while (k < n_) {
      const auto c = static_cast<unsigned char>(s_[k]);
      if (c == '"') return k;
      if (c < 0x20) return n_;
      if (c == '\\') {
        escaped = true;
        k += 2;
      } else {
        non_ascii = non_ascii || c >= 0x80;
        ++k;
      }
    }
    return n_;
  }

  // The text of the string s_[start, end), which has escapes, decoded into `out`: never longer than raw, so one
  // allocation (with a block's room past it), then the runs between escapes copied whole.
  bool decode_string(std::size_t start, std::size_t end, std::string& out) const {
    out.resize(end - start + 16);
    char* const data = &out[0];
    std::size_t o = 0;  // never more than k - start: a run's blocks fit the room past the text
    std::size_t k = start;
#if SWR_HAS_BYTE_BLOCKS
    // Windows of 64 bytes while 80 remain (a run's last block reads up to 15 bytes past the window): the
    // window's backslashes as one mask, so that the next escape is a count of zeros away, not a scan.
    while (end - k > 0 && n_ - k >= 80) {
      const std::size_t window = k;
      std::uint64_t backslashes = 0;
      for (unsigned q = 0; q < 4; ++q) {
        const byte_block b = load_byte_block(s_ + window + 16 * q);
        backslashes |= movemask_native::of(reinterpret_cast<byte_block>(b == splat_byte('\\'))) << (16 * q);
      }
      const std::size_t in_window = end - window < 64 ? end - window : 64;
      if (in_window < 64) backslashes &= (std::uint64_t{1} << in_window) - 1;
      for (;;) {
        const std::size_t stop = backslashes == 0 ? in_window : static_cast<std::size_t>(__builtin_ctzll(backslashes));
        const std::size_t run = window + stop - k;
        // At least one block, even for an empty run (escapes one after the other): the loop's one branch is then
        // the same for the short runs of a manifest, and predicted.
        for (std::size_t copied = 0;;) {
          const byte_block b = load_byte_block(s_ + k + copied);
          __builtin_memcpy(data + o + copied, &b, 16);
          copied += 16;
          if (copied >= run) break;
        }
        k += run;
        o += run;
        if (backslashes == 0) break;
        if (!decode_escape(k, end, data, o)) return false;
        if (k - window >= 64) break;
        backslashes &= ~std::uint64_t{0} << (k - window);  // an escaped backslash is not an escape
      }
    }
#endif
    while (k < end) {
      const void* const backslash = std::memchr(s_ + k, '\\', end - k);
      const std::size_t run_end =
          backslash != nullptr ? static_cast<std::size_t>(static_cast<const char*>(backslash) - s_) : end;
      std::memcpy(data + o, s_ + k, run_end - k);
      o += run_end - k;
      k = run_end;
      if (k < end && !decode_escape(k, end, data, o)) return false;
    }
    out.resize(o);
    return true;
  }

  // The escape at s_[i] (a backslash) of a string that ends at `end`, decoded to data[o]; i and o move past it.
  // False when it is not a valid escape (the general reader says why). The one-character escapes, nearly all of
  // them, inline; \u escapes out of line.
  SWR_FAST_INLINE bool decode_escape(std::size_t& i, std::size_t end, char* data, std::size_t& o) const noexcept {
    const unsigned decoded = json_escapes.decoded[static_cast<unsigned char>(s_[i + 1])];
    if (decoded > 0xFF) return decode_u_escape(i, end, data, o);
    data[o++] = static_cast<char>(decoded);
    i += 2;
    return true;
  }
  bool decode_u_escape(std::size_t& i, std::size_t end, char* data, std::size_t& o) const noexcept {
    const unsigned unit = s_[i + 1] == 'u' && end - i >= 6 ? hex4(s_ + i + 2) : 0x10000;
    if (unit > 0xFFFFU) return false;
    i += 6;
    char32_t code_point = unit;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      // Only a high surrogate followed at once by an escaped low one.
      const unsigned low = end - i >= 6 && s_[i] == '\\' && s_[i + 1] == 'u' ? hex4(s_ + i + 2) : 0x10000;
      if (unit >= 0xDC00 || low < 0xDC00 || low > 0xDFFF) return false;
      i += 6;
      code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
    }
    o += static_cast<std::size_t>(encode_utf8(code_point, data + o) - (data + o));
    return true;
  }

  // The value of the four hex digits at p, or a value above 0xFFFF when one is not a hex digit.
  static unsigned hex4(const char* p) noexcept {
    const auto digit = [](char c) { return json_hex_digits.value[static_cast<unsigned char>(c)]; };
    return digit(p[0]) << 12 | digit(p[1]) << 8 | digit(p[2]) << 4 | digit(p[3]);
  }

  // An integer as read_json_integer takes it; anything else (a fraction, an exponent, beyond int64, a leading
  // zero) is for the general reader.
  bool read_integer(std::int64_t& out) noexcept {
    const bool negative = eat('-');
    const auto digit_at = [this](std::size_t at) {
      return at < n_ ? static_cast<unsigned>(static_cast<unsigned char>(s_[at]) - '0') : 10U;
    };
    if (digit_at(pos_) > 9 || (s_[pos_] == '0' && digit_at(pos_ + 1) <= 9)) return false;
    // The bound of the magnitude, 2^63 (negative) or 2^63 - 1, as its tenth and last digit: no division a digit.
    constexpr std::uint64_t tenth = (std::uint64_t{1} << 63) / 10;
    const unsigned last = negative ? 8 : 7;
    std::uint64_t magnitude = 0;
    for (unsigned digit = digit_at(pos_); digit <= 9; digit = digit_at(++pos_)) {
      if (magnitude >= tenth && (magnitude > tenth || digit > last)) return false;
      magnitude = magnitude * 10 + digit;
    }
    if (pos_ < n_ && (s_[pos_] == '.' || s_[pos_] == 'e' || s_[pos_] == 'E')) return false;
    out = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return true;
  }

  SWR_FAST_INLINE void skip_whitespace() noexcept {
    // A byte above ' ' ends it at once: compact documents pay one comparison.
    while (pos_ < n_ && static_cast<unsigned char>(s_[pos_]) <= ' ' &&
           (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) {
      ++pos_;
    }
  }
  SWR_FAST_INLINE bool eat(char c) noexcept {
    if (pos_ == n_ || s_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  template <std::size_t N>
  SWR_FAST_INLINE bool eat_literal(const char (&literal)[N]) noexcept {
    if (n_ - pos_ < N - 1 || std::memcmp(s_ + pos_, literal, N - 1) != 0) return false;
    pos_ += N - 1;
    return true;
  }

  const char* s_;
  std::size_t n_;
  std::size_t pos_ = 0;
};

/// Reads a whole document that is one value of type T with the general reader alone (read_json_document tries
/// the fast path first; the tests and the fuzzer hold the two to each other).
template <class T>
result<T, error> read_json_document_general(std::string_view document) {
  json_reader reader(document);
  T out{};
  if (read_json_value(reader, out, std::string_view())) reader.finish();
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return out;
}

/// Reads a whole document that is one value of type T (an object with a member table, or an array of them):
/// the value, or the first syntax error, else the problem earliest in the document.
template <class T>
result<T, error> read_json_document(std::string_view document) {
  T out{};
  if (struct_fast_reader(document).read_document(out)) return out;
  return read_json_document_general<T>(document);
}

/// Reads a whole document that is one request body of type T (an object with a member table): as
/// read_json_document, and every member that is not a std::optional is required (`missing_member`).
template <class T>
result<T, error> read_json_body(std::string_view document) {
  json_reader reader(document);
  T out{};
  if (reader.peek_type() != json_type::object) {
    if (read_json_value(reader, out, std::string_view())) reader.finish();  // records the syntax error or wrong_type
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
