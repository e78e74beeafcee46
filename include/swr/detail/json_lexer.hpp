// SPDX-License-Identifier: MIT
// swrkit — the tokens of strict RFC 8259 JSON: whitespace, strings (decoded, UTF-8 checked, escapes),
// numbers, true, false and null. Strict means: no BOM, comments, single quotes, NaN, leading zeros or '+';
// strings must be well-formed UTF-8 with no raw control characters and no \u escape of a lone surrogate.
// Every syntax error is reported through json_diagnostics with the byte offset where it is.
#ifndef SWR_DETAIL_JSON_LEXER_HPP
#define SWR_DETAIL_JSON_LEXER_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/json_diagnostics.hpp"
#include "swr/error.hpp"
#include "swr/utf8.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// The value of the hex digit `c`, or 16 when it is not one (the readers of the u-escapes share it).
constexpr unsigned json_hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
  return 16;
}

/// The JSON type of the value at the reader's position, judged by its first byte.
enum class json_type : unsigned char { string, number, object, array, boolean, null, invalid };

class json_lexer : public json_diagnostics {
 public:
  explicit json_lexer(std::string_view document) noexcept : doc_(document) {}

  std::size_t offset() const noexcept { return pos_; }
  bool at_end() const noexcept { return pos_ == doc_.size(); }
  void skip_whitespace() noexcept {
    while (pos_ < doc_.size()) {
      const char c = doc_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }

  /// Fails with unexpected_end at the end of the document, else with unexpected_character.
  bool fail_here() noexcept {
    return fail(at_end() ? error_code::unexpected_end : error_code::unexpected_character, pos_);
  }

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
      default:
        return doc_[pos_] == '-' || (doc_[pos_] >= '0' && doc_[pos_] <= '9') ? json_type::number : json_type::invalid;
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

  /// Reads (and checks) the number at the position (after whitespace); `text` is how it is written.
  bool read_number_text(std::string_view& text) noexcept {
    skip_whitespace();
    const std::size_t start = pos_;
    if (at_end()) return fail_here();
    if (!read_number()) return false;
    text = doc_.substr(start, pos_ - start);
    return true;
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

  /// Reads (and checks) a string, number, true, false or null at the position.
  bool skip_scalar() {
    switch (peek_type()) {
      case json_type::string: return read_string(nullptr);
      case json_type::boolean: {
        bool ignored = false;
        return read_boolean(ignored);
      }
      case json_type::null: return read_null();
      case json_type::number: return read_number();
      case json_type::object:
      case json_type::array:
      case json_type::invalid: return fail_here();
    }
    return fail_here();  // not an enumerator
  }

  /// After the top-level value: nothing but whitespace may follow.
  bool finish() noexcept {
    skip_whitespace();
    return at_end() || fail(error_code::trailing_characters, pos_);
  }

 private:
  bool read_literal(std::string_view literal) noexcept {
    for (const char expected : literal) {
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      if (doc_[pos_] != expected) return fail(error_code::invalid_literal, pos_);
      ++pos_;
    }
    return true;
  }

  // number = [ "-" ] ( "0" / digit1-9 *digit ) [ "." 1*digit ] [ ( "e" / "E" ) [ "-" / "+" ] 1*digit ]
  bool read_number() noexcept {
    const auto digit_here = [&] { return !at_end() && doc_[pos_] >= '0' && doc_[pos_] <= '9'; };
    const auto digits = [&] {
      if (!digit_here())
        return at_end() ? fail(error_code::unexpected_end, pos_) : fail(error_code::invalid_number, pos_);
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
      const unsigned digit = json_hex_digit(doc_[pos_]);
      if (digit > 15) return fail(error_code::invalid_escape, pos_);
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
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_LEXER_HPP
