// SPDX-License-Identifier: MIT
// swrkit — the fast path of parse_create_repo_body (body_parser.hpp): the common, well-formed body read in one
// pass that knows the schema. It takes a flat object of the four known members, each at most once and of its
// type, with whitespace anywhere JSON allows it, and strings with any escapes and any UTF-8; it reads them as
// the general reader (json_object_reader.hpp) would and checks the values with the same functions. Anything
// else — a syntax error, an unknown or duplicate member, an escaped member name, a wrong type, a missing
// member, a value that fails its check — makes it answer "not sure" (false) at once, and the general reader
// then reads the document from the start and gives the exact result or diagnostic. So the fast path never
// accepts what the general reader refuses, and what it accepts it reads into the same body.
//
// Strings are found 16 bytes at a time (quotes, backslashes, control bytes and bytes >= 0x80) with the
// compiler's vector extensions on SSE2 (x86-64's baseline), not <immintrin.h>, which costs a third of a second
// per translation unit; clean runs are copied as blocks. Loads never leave the caller's bytes: a 16-byte load
// is made only where 16 bytes remain, and the last partial block is an overlapping load that ends on the last
// byte. Other compilers and targets, and SWRKIT_DISABLE_JSON_BLOCKS, use the scalar loop.
#ifndef SWR_DETAIL_BODY_FAST_PATH_HPP
#define SWR_DETAIL_BODY_FAST_PATH_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/escape.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/utf8.hpp"

#if !defined(SWRKIT_DISABLE_JSON_BLOCKS) && (defined(__GNUC__) || defined(__clang__)) && defined(__SSE2__)
#define SWR_HAS_JSON_BLOCKS 1
#else
#define SWR_HAS_JSON_BLOCKS 0
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// Whether a byte ends a clean run inside a JSON string: '"', '\\', a control byte or a byte >= 0x80.
constexpr bool is_json_string_special(unsigned char b) noexcept {
  return b == '"' || b == '\\' || b < 0x20 || b >= 0x80;
}

#if SWR_HAS_JSON_BLOCKS
typedef signed char json_block __attribute__((vector_size(16)));
typedef char json_block_chars __attribute__((vector_size(16)));  // what SSE2's pmovmskb builtin takes

constexpr json_block json_splat(signed char c) noexcept {
  const json_block b = {c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c};
  return b;
}

// Bit i set when byte i of the 16 at `p` is special (see is_json_string_special).
inline unsigned json_special_mask(const char* p) noexcept {
  json_block b;
  __builtin_memcpy(&b, p, 16);
  // As signed bytes, those >= 0x80 are negative: one comparison finds them and the control bytes.
  const json_block special =
      (json_block)(b < json_splat(0x20)) | (json_block)(b == json_splat('"')) | (json_block)(b == json_splat('\\'));
  return static_cast<unsigned>(__builtin_ia32_pmovmskb128((json_block_chars)special));
}

// Bit i set when byte i of the 16 at `p` is '"' or '\\'.
inline unsigned json_quote_backslash_mask(const char* p) noexcept {
  json_block b;
  __builtin_memcpy(&b, p, 16);
  const json_block hit = (json_block)(b == json_splat('"')) | (json_block)(b == json_splat('\\'));
  return static_cast<unsigned>(__builtin_ia32_pmovmskb128((json_block_chars)hit));
}
#endif

// The index of the first special byte of s[i, n), or n. Reads nothing outside s[0, n).
inline std::size_t find_json_string_special(const char* s, std::size_t i, std::size_t n) noexcept {
#if SWR_HAS_JSON_BLOCKS
  if (n - i >= 16) {
    do {
      const unsigned mask = json_special_mask(s + i);
      if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
      i += 16;
    } while (n - i >= 16);
    if (i == n) return n;
    // The last 1 to 15 bytes: a block that ends on s[n - 1], without the bits of the bytes already seen.
    const unsigned mask = json_special_mask(s + n - 16) >> (16 - (n - i));
    return mask != 0 ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : n;
  }
#endif
  while (i < n && !is_json_string_special(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

// The index of the first '"' or '\\' of s[i, n), or n. Reads nothing outside s[0, n).
inline std::size_t find_json_quote_or_backslash(const char* s, std::size_t i, std::size_t n) noexcept {
#if SWR_HAS_JSON_BLOCKS
  if (n - i >= 16) {
    do {
      const unsigned mask = json_quote_backslash_mask(s + i);
      if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
      i += 16;
    } while (n - i >= 16);
    if (i == n) return n;
    const unsigned mask = json_quote_backslash_mask(s + n - 16) >> (16 - (n - i));
    return mask != 0 ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : n;
  }
#endif
  while (i < n && s[i] != '"' && s[i] != '\\') ++i;
  return i;
}

// Well-formed UTF-8 without control bytes, as a shift-based automaton: one table load and one shift a byte,
// no branch. State k is the shift 6k; json_utf8_dfa.next[b] holds, in bits 6k..6k+5, the shift of the state
// that byte b leads to from state k. States: 0 accept (between sequences), 1 error (stays), 2, 3 and 4: one,
// two and three continuation bytes 80..BF still due, 5: after E0 (A0..BF due), 6: after ED (80..9F), 7: after
// F0 (90..BF), 8: after F4 (80..8F). The bounds of utf8_sequence_length (utf8.hpp), byte class by class.
struct json_utf8_dfa_table {
  std::uint64_t next[256];
};
constexpr json_utf8_dfa_table make_json_utf8_dfa() noexcept {
  json_utf8_dfa_table t{};
  constexpr unsigned error_state = 1;
  for (unsigned b = 0; b < 256; ++b) {
    unsigned to[9] = {error_state, error_state, error_state, error_state, error_state,
                      error_state, error_state, error_state, error_state};
    if (b >= 0x20 && b < 0x80) to[0] = 0;
    if (b >= 0xC2 && b <= 0xDF) to[0] = 2;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) to[0] = 3;
    if (b == 0xE0) to[0] = 5;
    if (b == 0xED) to[0] = 6;
    if (b >= 0xF1 && b <= 0xF3) to[0] = 4;
    if (b == 0xF0) to[0] = 7;
    if (b == 0xF4) to[0] = 8;
    if (b >= 0x80 && b <= 0xBF) {
      to[2] = 0;
      to[3] = 2;
      to[4] = 3;
      if (b >= 0xA0) to[5] = 2;
      if (b <= 0x9F) to[6] = 2;
      if (b >= 0x90) to[7] = 3;
      if (b <= 0x8F) to[8] = 3;
    }
    std::uint64_t row = 0;
    for (unsigned k = 0; k < 9; ++k) row |= static_cast<std::uint64_t>(6 * to[k]) << (6 * k);
    t.next[b] = row;
  }
  return t;
}
inline constexpr json_utf8_dfa_table json_utf8_dfa = make_json_utf8_dfa();

// Whether s[i, n) is well-formed UTF-8 without control bytes (what the lexer checks of a string's raw bytes
// outside escapes; escapes are ASCII). Blocks of 16 plain ASCII bytes are skipped between sequences.
inline bool is_json_string_text(const char* s, std::size_t i, std::size_t n) noexcept {
  std::uint64_t state = 0;
  while (i < n) {
#if SWR_HAS_JSON_BLOCKS
    if (state == 0 && n - i >= 16) {
      json_block b;
      __builtin_memcpy(&b, s + i, 16);
      if (__builtin_ia32_pmovmskb128((json_block_chars)(json_block)(b < json_splat(0x20))) == 0) {
        i += 16;
        continue;
      }
      for (const std::size_t block_end = i + 16; i < block_end; ++i)
        state = json_utf8_dfa.next[static_cast<unsigned char>(s[i])] >> (state & 63);
      continue;
    }
#endif
    state = json_utf8_dfa.next[static_cast<unsigned char>(s[i])] >> (state & 63);
    ++i;
  }
  return (state & 63) == 0;
}

// The byte a one-character escape (the byte after the backslash) stands for, or 0 when it is not one.
constexpr char json_simple_escape(char c) noexcept {
  switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
  }
}

class body_fast_reader {
 public:
  explicit body_fast_reader(std::string_view document) noexcept : s_(document.data()), n_(document.size()) {}

  // True when the document is a body the general reader accepts, read into `body`; false: not sure.
  bool read(create_repo_body& body) {
    skip_whitespace();
    if (!eat('{')) return false;
    unsigned seen = 0;
    skip_whitespace();
    for (;;) {
      if (!eat('"')) return false;
      const int member = read_member_name();
      if (member < 0 || (seen & (1U << member)) != 0) return false;
      seen |= 1U << member;
      skip_whitespace();
      if (!eat(':')) return false;
      skip_whitespace();
      if (!read_value(member, body)) return false;
      skip_whitespace();
      if (eat(',')) {
        skip_whitespace();
        continue;
      }
      if (!eat('}')) return false;
      break;
    }
    if ((seen & 3U) != 3U) return false;  // repository and is_public are required
    skip_whitespace();
    return pos_ == n_;
  }

 private:
  void skip_whitespace() noexcept {
    while (pos_ < n_ && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) ++pos_;
  }
  bool eat(char c) noexcept {
    if (pos_ == n_ || s_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  bool eat_literal(std::string_view literal) noexcept {
    if (n_ - pos_ < literal.size() || std::memcmp(s_ + pos_, literal.data(), literal.size()) != 0) return false;
    pos_ += literal.size();
    return true;
  }

  // After the opening quote of a member name: the body_member of a known name written without escapes (its
  // closing quote consumed), or -1.
  int read_member_name() noexcept {
    if (pos_ == n_) return -1;
    switch (s_[pos_]) {
      case 'r': return eat_literal("repository\"") ? 0 : -1;
      case 'i': return eat_literal("is_public\"") ? 1 : -1;
      case 'c': return eat_literal("category\"") ? 2 : -1;
      case 'd': return eat_literal("description\"") ? 3 : -1;
      default: return -1;
    }
  }

  bool read_value(int member, create_repo_body& body) {
    switch (member) {
      case 0: {
        if (!eat('"') || !read_string(body.repository)) return false;
        static_cast<void>(
            unescape_repository(body.repository, body.repository.data(), body.repository.size()));  // $ -> /
        return check_repository(body.repository).ok();
      }
      case 1:
        if (eat_literal("true")) {
          body.is_public = true;
          return true;
        }
        body.is_public = false;
        return eat_literal("false");
      case 2: {
        if (eat_literal("null")) {
          body.category.reset();
          return true;
        }
        std::string text;  // the longest category fits the small-string buffer
        if (!eat('"') || !read_string(text)) return false;
        body.category = parse_category(text);
        return body.category.has_value();
      }
      default: {
        if (eat_literal("null")) {
          body.description.reset();
          return true;
        }
        if (!eat('"')) return false;
        std::string& text = body.description.emplace();
        if (!read_string(text)) return false;
        // Decoded text is well-formed UTF-8, so at most 30,000 bytes is at most 30,000 code points.
        return text.size() <= description_max_code_points || check_description(text).ok();
      }
    }
  }

  // After the opening quote: decodes the string into `out` and consumes its closing quote.
  bool read_string(std::string& out) {
    const std::size_t start = pos_;
    const std::size_t first = find_json_string_special(s_, start, n_);
    if (first == n_) return false;
    if (s_[first] == '"') {  // no escape, no control byte, ASCII only: the common name
      out.assign(s_ + start, first - start);
      pos_ = first + 1;
      return true;
    }
    // The closing quote: the first '"' that no backslash escapes.
    std::size_t end = first;
    for (;;) {
      end = find_json_quote_or_backslash(s_, end, n_);
      if (end == n_) return false;
      if (s_[end] == '"') break;
      if (n_ - end < 2) return false;
      end += 2;
    }
    // Between `first` and the closing quote: no control byte, well-formed UTF-8 (escapes are ASCII). Then only
    // the escapes remain to decode.
    if (!is_json_string_text(s_, first, end)) return false;
    // The decoded text is never longer than the raw one: while 16 raw bytes remain before the closing quote,
    // 16 bytes fit at `o` too, so blocks are copied whole and the escape in them, if any, decoded over them.
    out.resize(end - start);
    char* const base = &out[0];
    std::memcpy(base, s_ + start, first - start);
    char* o = base + (first - start);
    std::size_t i = first;
    for (;;) {
#if SWR_HAS_JSON_BLOCKS
      if (end - i >= 16) {
        json_block b;
        __builtin_memcpy(&b, s_ + i, 16);
        __builtin_memcpy(o, &b, 16);
        const unsigned mask =
            static_cast<unsigned>(__builtin_ia32_pmovmskb128((json_block_chars)(json_block)(b == json_splat('\\'))));
        if (mask == 0) {
          i += 16;
          o += 16;
          continue;
        }
        const auto skip = static_cast<std::size_t>(__builtin_ctz(mask));
        i += skip;
        o += skip;
      } else
#endif
      {
        std::size_t k = i;
        while (k < end && s_[k] != '\\') ++k;
        std::memcpy(o, s_ + i, k - i);
        o += k - i;
        i = k;
        if (i == end) break;
      }
      // s_[i] is a backslash.
      if (!read_escape(i, end, o)) return false;
    }
    out.resize(static_cast<std::size_t>(o - base));
    pos_ = end + 1;
    return true;
  }

  // Four hex digits at s[i, i + 4), all before `end`, into `value`.
  bool hex4(std::size_t i, std::size_t end, unsigned& value) const noexcept {
    if (end - i < 4) return false;
    value = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
      const char c = s_[k];
      unsigned digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        digit = static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        digit = static_cast<unsigned>(c - 'A' + 10);
      } else {
        return false;
      }
      value = value * 16 + digit;
    }
    return true;
  }

  // At the backslash s[i], with the closing quote at `end`: writes the decoded escape at `o`.
  bool read_escape(std::size_t& i, std::size_t end, char*& o) const noexcept {
    if (end - i < 2) return false;
    if (s_[i + 1] != 'u') {
      const char decoded = json_simple_escape(s_[i + 1]);
      if (decoded == 0) return false;
      *o++ = decoded;
      i += 2;
      return true;
    }
    unsigned unit = 0;
    if (!hex4(i + 2, end, unit)) return false;
    i += 6;
    char32_t code_point = unit;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      // Only a high surrogate followed at once by an escaped low one.
      unsigned low = 0;
      if (unit >= 0xDC00 || end - i < 6 || s_[i] != '\\' || s_[i + 1] != 'u' || !hex4(i + 2, end, low) ||
          low < 0xDC00 || low > 0xDFFF) {
        return false;
      }
      i += 6;
      code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
    }
    o = encode_utf8(code_point, o);
    return true;
  }

  const char* s_;
  std::size_t n_;
  std::size_t pos_ = 0;
};

// Reads `json` into `body` when it is a body the general reader accepts; false: not sure (body unspecified).
inline bool parse_create_repo_body_fast(std::string_view json, create_repo_body& body) {
  return body_fast_reader(json).read(body);
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_BODY_FAST_PATH_HPP
