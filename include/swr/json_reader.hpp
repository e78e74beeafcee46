// SPDX-License-Identifier: MIT
// swrkit — a strict RFC 8259 JSON reader for the parsers of request bodies and error responses.
// Strict means: one value and nothing but whitespace around it; no BOM, comments, trailing commas, single
// quotes, NaN, leading zeros or '+'; strings must be well-formed UTF-8 with no raw control characters and
// no \u escape of a lone surrogate. Nesting deeper than json_max_depth is refused (error kind `limit`),
// but only after the whole document has been found to be JSON, so that the kinds `syntax` ("not JSON")
// and `limit`/`schema` ("JSON, but not what we take") never mix. The reader never recurses: a hostile
// document cannot exhaust the stack, and the memory it takes is at most one byte per nesting level.
#ifndef SWR_JSON_READER_HPP
#define SWR_JSON_READER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/utf8.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The deepest nesting of arrays and objects the parsers accept; the top-level value is depth 1.
/// Request bodies and error responses are flat: this only bounds what unknown members may hold.
inline constexpr std::size_t json_max_depth = 64;

namespace detail {

/// A member name and its offset in the document.
using member_name = std::pair<std::string, std::size_t>;

/// Sorts member names by (name, offset), in O(n log n) however many members an object has: a heapsort, so
/// that the core need not include <algorithm>, which costs every includer more than this whole function.
inline void sort_members(std::vector<member_name>& names) {
  const auto sift_down = [&names](std::size_t root, std::size_t size) {
    for (std::size_t child = 2 * root + 1; child < size; child = 2 * root + 1) {
      if (child + 1 < size && names[child] < names[child + 1]) ++child;
      if (!(names[root] < names[child])) return;
      names[root].swap(names[child]);
      root = child;
    }
  };
  const std::size_t n = names.size();
  for (std::size_t i = n / 2; i-- > 0;) sift_down(i, n);
  for (std::size_t end = n; end-- > 1;) {
    names[0].swap(names[end]);
    sift_down(0, end);
  }
}

/// The JSON type of the value at the reader's position, judged by its first byte.
enum class json_type : unsigned char { string, number, object, array, boolean, null, invalid };

class json_reader {
 public:
  explicit json_reader(std::string_view document) noexcept : doc_(document) {}

  std::size_t offset() const noexcept { return pos_; }
  bool at_end() const noexcept { return pos_ == doc_.size(); }
  bool failed() const noexcept { return syntax_.code != error_code::none; }

  /// The outcome: the first syntax error, else the earliest recorded problem (limit, schema or value), else
  /// `none`. Limit and schema problems are recorded, not failed, so that a document is always read to its
  /// end and a syntax error anywhere in it wins.
  const error& outcome() const noexcept { return failed() ? syntax_ : problem_; }

  /// Records a non-syntax problem; the one earliest in the document is kept.
  void record(const error& e) noexcept {
    if (problem_.code == error_code::none || e.offset < problem_.offset) problem_ = e;
  }

  /// Records a syntax error at `at` (the first one wins) and returns false, for `return fail(...)`.
  bool fail(error_code code, std::size_t at) noexcept {
    if (!failed()) syntax_ = error{code, field::none, at, at};
    return false;
  }

  void skip_whitespace() noexcept {
    while (pos_ < doc_.size()) {
      const char c = doc_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }

  /// Fails with unexpected_end at the end of the document, else with unexpected_character.
  bool fail_here() noexcept { return fail(at_end() ? error_code::unexpected_end : error_code::unexpected_character, pos_); }

  /// Consumes `c` after optional whitespace, or fails.
  bool expect(char c) noexcept {
    skip_whitespace();
    if (at_end() || doc_[pos_] != c) return fail_here();
    ++pos_;
    return true;
  }

  /// After optional whitespace: is the next byte `c`? (consumes it if so)
  bool consume_if(char c) noexcept {
    skip_whitespace();
    if (at_end() || doc_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  json_type peek_type() noexcept {
    skip_whitespace();
    if (at_end()) return json_type::invalid;
    switch (doc_[pos_]) {
      case '"': return json_type::string;
      case '{': return json_type::object;
      case '[': return json_type::array;
      case 't':
      case 'f': return json_type::boolean;
      case 'n': return json_type::null;
      default: return doc_[pos_] == '-' || (doc_[pos_] >= '0' && doc_[pos_] <= '9') ? json_type::number : json_type::invalid;
    }
  }

  /// Reads the string at the position (after whitespace), decoding it into `out` when given.
  bool read_string(std::string* out) {
    skip_whitespace();
    if (at_end() || doc_[pos_] != '"') return fail_here();
    ++pos_;
    if (out != nullptr) out->clear();
    for (;;) {
      // The plain bytes of a run go in one append.
      const std::size_t run = pos_;
      while (pos_ < doc_.size()) {
        const auto b = static_cast<unsigned char>(doc_[pos_]);
        if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80) break;
        ++pos_;
      }
      if (out != nullptr) out->append(doc_.data() + run, pos_ - run);
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      const auto b = static_cast<unsigned char>(doc_[pos_]);
      if (b == '"') {
        ++pos_;
        return true;
      }
      if (b < 0x20) return fail(error_code::unescaped_control_character, pos_);
      if (b >= 0x80) {
        const std::size_t length = utf8_sequence_length(doc_, pos_);
        if (length == 0) return fail(error_code::malformed_utf8, pos_);
        if (out != nullptr) out->append(doc_.data() + pos_, length);
        pos_ += length;
        continue;
      }
      if (!read_escape(out)) return false;
    }
  }

  /// Reads true or false at the position into `value`.
  bool read_boolean(bool& value) noexcept {
    skip_whitespace();
    const bool is_true = !at_end() && doc_[pos_] == 't';
    if (!read_literal(is_true ? "true" : "false")) return false;
    value = is_true;
    return true;
  }

  bool read_null() noexcept {
    skip_whitespace();
    return read_literal("null");
  }

  /// Reads (and checks) any value at the position; `depth` is the nesting level of the container the value
  /// is in (0 for the top-level value). Nesting deeper than json_max_depth is recorded as a
  /// `nesting_too_deep` problem at the first container past the limit; reading goes on.
  bool skip_value(std::size_t depth) {
    std::string open;  // the containers opened here, innermost last: '{' or '['
    std::size_t too_deep_at = no_offset;
    for (;;) {
      // A value starts here.
      skip_whitespace();
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      const char c = doc_[pos_];
      bool closed_empty = false;
      if (c == '{' || c == '[') {
        if (depth + open.size() + 1 > json_max_depth && too_deep_at == no_offset) too_deep_at = pos_;
        open.push_back(c);
        ++pos_;
        if (consume_if(c == '{' ? '}' : ']')) {
          open.pop_back();
          closed_empty = true;
        } else if (c == '{' && !read_member_name()) {
          return false;
        }
        if (!closed_empty) continue;
      } else if (!skip_scalar()) {
        return false;
      }
      // After a value: close containers until one continues with ','.
      for (;;) {
        if (open.empty()) {
          // Too deep, but JSON: a limit problem, recorded so that the rest of the document is still read.
          if (too_deep_at != no_offset) record(error{error_code::nesting_too_deep, field::none, too_deep_at, too_deep_at});
          return true;
        }
        skip_whitespace();
        const char close = open.back() == '{' ? '}' : ']';
        if (consume_if(',')) {
          if (open.back() == '{' && !read_member_name()) return false;
          break;
        }
        if (!consume_if(close)) return fail_here();
        open.pop_back();
      }
    }
  }

  /// Reads the members of the object at the position (after whitespace) in a container at `depth`.
  /// `on_member(key, key_offset)` must read the member's value and return false only on a syntax error.
  /// Every duplicate member name is recorded as a `duplicate_member` problem (field from `field_of(key)`).
  template <class OnMember, class FieldOf>
  bool read_object(std::size_t depth, OnMember&& on_member, FieldOf&& field_of) {
    if (!expect('{')) return false;
    if (depth + 1 > json_max_depth) record(error{error_code::nesting_too_deep, field::none, pos_ - 1, pos_ - 1});
    std::vector<member_name> names;  // to find duplicates in O(n log n)
    std::string key;
    if (!consume_if('}')) {
      do {
        skip_whitespace();
        const std::size_t key_offset = pos_;
        if (!read_string(&key) || !expect(':')) return false;
        names.emplace_back(key, key_offset);
        if (!on_member(std::string_view(key), key_offset)) return false;
      } while (consume_if(','));
      if (!expect('}')) return false;
    }
    sort_members(names);
    for (std::size_t i = 1; i < names.size(); ++i) {
      if (names[i].first == names[i - 1].first) {
        record(error{error_code::duplicate_member, field_of(std::string_view(names[i].first)), names[i].second,
                     names[i].second});
      }
    }
    return true;
  }

  /// After the top-level value: nothing but whitespace may follow.
  bool finish() noexcept {
    skip_whitespace();
    return at_end() || fail(error_code::trailing_characters, pos_);
  }

 private:
  // A member name and its ':' inside an object being skipped.
  bool read_member_name() { return read_string(nullptr) && expect(':'); }

  bool read_literal(std::string_view literal) noexcept {
    for (const char expected : literal) {
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      if (doc_[pos_] != expected) return fail(error_code::invalid_literal, pos_);
      ++pos_;
    }
    return true;
  }

  bool skip_scalar() {
    switch (peek_type()) {
      case json_type::string: return read_string(nullptr);
      case json_type::boolean: {
        bool ignored = false;
        return read_boolean(ignored);
      }
      case json_type::null: return read_null();
      case json_type::number: return read_number();
      default: return fail_here();
    }
  }

  // number = [ "-" ] ( "0" / digit1-9 *digit ) [ "." 1*digit ] [ ( "e" / "E" ) [ "-" / "+" ] 1*digit ]
  bool read_number() noexcept {
    const auto digit_here = [&] { return !at_end() && doc_[pos_] >= '0' && doc_[pos_] <= '9'; };
    const auto digits = [&] {
      if (!digit_here()) return at_end() ? fail(error_code::unexpected_end, pos_) : fail(error_code::invalid_number, pos_);
      while (digit_here()) ++pos_;
      return true;
    };
    if (doc_[pos_] == '-') ++pos_;
    if (!at_end() && doc_[pos_] == '0') {
      ++pos_;
      if (digit_here()) return fail(error_code::invalid_number, pos_);  // a leading zero
    } else if (!digits()) {
      return false;
    }
    if (!at_end() && doc_[pos_] == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (!at_end() && (doc_[pos_] == 'e' || doc_[pos_] == 'E')) {
      ++pos_;
      if (!at_end() && (doc_[pos_] == '+' || doc_[pos_] == '-')) ++pos_;
      if (!digits()) return false;
    }
    return true;
  }

  // Reads four hex digits of a \u escape.
  bool read_hex4(unsigned& value) noexcept {
    value = 0;
    for (int i = 0; i < 4; ++i) {
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      const char c = doc_[pos_];
      unsigned digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        digit = static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        digit = static_cast<unsigned>(c - 'A' + 10);
      } else {
        return fail(error_code::invalid_escape, pos_);
      }
      value = value * 16 + digit;
      ++pos_;
    }
    return true;
  }

  // At a backslash inside a string.
  bool read_escape(std::string* out) {
    const std::size_t start = pos_++;
    if (at_end()) return fail(error_code::unexpected_end, pos_);
    char decoded = 0;
    switch (doc_[pos_]) {
      case '"': decoded = '"'; break;
      case '\\': decoded = '\\'; break;
      case '/': decoded = '/'; break;
      case 'b': decoded = '\b'; break;
      case 'f': decoded = '\f'; break;
      case 'n': decoded = '\n'; break;
      case 'r': decoded = '\r'; break;
      case 't': decoded = '\t'; break;
      case 'u': {
        ++pos_;
        unsigned unit = 0;
        if (!read_hex4(unit)) return false;
        char32_t code_point = unit;
        if (unit >= 0xDC00 && unit <= 0xDFFF) return fail(error_code::lone_surrogate, start);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          // A high surrogate must be followed at once by an escaped low one.
          const std::string_view next = doc_.substr(pos_, 2);
          if (next != "\\u") {
            // A document cut right after the high surrogate is truncated, not wrong.
            if (next.size() < 2 && std::string_view("\\u").substr(0, next.size()) == next) {
              return fail(error_code::unexpected_end, doc_.size());
            }
            return fail(error_code::lone_surrogate, start);
          }
          pos_ += 2;
          unsigned low = 0;
          if (!read_hex4(low)) return false;
          if (low < 0xDC00 || low > 0xDFFF) return fail(error_code::lone_surrogate, start);
          code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
        }
        if (out != nullptr) {
          char utf8[4] = {};
          out->append(utf8, static_cast<std::size_t>(encode_utf8(code_point, utf8) - utf8));
        }
        return true;
      }
      default: return fail(error_code::invalid_escape, pos_);
    }
    ++pos_;
    if (out != nullptr) out->push_back(decoded);
    return true;
  }

  std::string_view doc_;
  std::size_t pos_ = 0;
  error syntax_{};
  error problem_{};
};

}  // namespace detail

/// Checks that `document` is one JSON value (RFC 8259, strict as above) nested at most json_max_depth
/// deep. Returns `none`, or the first syntax error, or `nesting_too_deep`, with the byte offset.
inline error check_json(std::string_view document) {
  detail::json_reader reader(document);
  if (reader.skip_value(0)) reader.finish();
  return reader.outcome();
}

}  // inline namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_JSON_READER_HPP
