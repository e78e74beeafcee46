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
// Strings are found 16 bytes at a time (quotes, backslashes, control bytes and bytes >= 0x80) in byte blocks
// (byte_blocks.hpp); clean runs are copied as blocks. A string with escapes is decoded over 64-byte windows
// whose quotes and backslashes are one 64-bit mask, so that finding the next escape does not wait on a load.
// Loads never leave the caller's bytes: a 16-byte load is made only where 16 bytes remain (a window only where
// 80 do), and the last partial block is an overlapping load that ends on the last byte. Where there are no byte
// blocks (other compilers and targets, SWRKIT_DISABLE_SIMD), the scalar loop.
#ifndef SWR_DETAIL_BODY_FAST_PATH_HPP
#define SWR_DETAIL_BODY_FAST_PATH_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/detail/byte_blocks.hpp"
#include "swr/detail/json_lexer.hpp"
#include "swr/escape.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/utf8.hpp"

#if defined(__GNUC__) || defined(__clang__)
#define SWR_JSON_INLINE inline __attribute__((always_inline))  // small steps of the reader's hot loops
#else
#define SWR_JSON_INLINE inline
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// Whether a byte ends a clean run inside a JSON string: '"', '\\', a control byte or a byte >= 0x80.
constexpr bool is_json_string_special(unsigned char b) noexcept {
  return b == '"' || b == '\\' || b < 0x20 || b >= 0x80;
}

#if SWR_HAS_BYTE_BLOCKS
// Bit i set when byte i of the 16 at `p` is special (see is_json_string_special).
inline unsigned json_special_mask(const char* p) noexcept {
  const byte_block b = load_byte_block(p);
  const byte_block special =
      reinterpret_cast<byte_block>(b < splat_byte(0x20)) | reinterpret_cast<byte_block>(b >= splat_byte(0x80)) |
      reinterpret_cast<byte_block>(b == splat_byte('"')) | reinterpret_cast<byte_block>(b == splat_byte('\\'));
  return static_cast<unsigned>(movemask_native::of(special));
}

// Bit i set when byte i of the 64 at `p` is '"' or '\\'.
SWR_JSON_INLINE std::uint64_t quote_or_backslash_mask(const char* p) noexcept {
  std::uint64_t mask = 0;
  for (unsigned k = 0; k < 4; ++k) {
    const byte_block b = load_byte_block(p + 16 * k);
    mask |= movemask_native::of(reinterpret_cast<byte_block>(b == splat_byte('"')) |
                                reinterpret_cast<byte_block>(b == splat_byte('\\')))
            << (16 * k);
  }
  return mask;
}

// Bit i set when byte i + 1 of those at `p` is 'u' (so bytes 1 to 64 are read): whether an escape at byte i is
// a \u escape, known without loading the byte after the backslash.
SWR_JSON_INLINE std::uint64_t next_is_u_mask(const char* p) noexcept {
  std::uint64_t mask = 0;
  for (unsigned k = 0; k < 4; ++k) {
    mask |= movemask_native::of(reinterpret_cast<byte_block>(load_byte_block(p + 1 + 16 * k) == splat_byte('u')))
            << (16 * k);
  }
  return mask;
}
#endif

// The index of the first special byte of s[i, n), or n. Reads nothing outside s[0, n).
SWR_JSON_INLINE std::size_t find_json_string_special(const char* s, std::size_t i, std::size_t n) noexcept {
#if SWR_HAS_BYTE_BLOCKS
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
// outside escapes; escapes are ASCII). The automaton's chain of shifts is the cost, so the text is cut in four
// at bytes that start a sequence and the parts run interleaved: the text is valid exactly when each part is,
// from and to the accept state (had a cut been inside a sequence, the byte there would be an error).
inline bool is_json_string_text(const char* s, std::size_t i, std::size_t n) noexcept {
  const auto step = [](std::uint64_t state, char byte) {
    return json_utf8_dfa.next[static_cast<unsigned char>(byte)] >> (state & 63);
  };
  std::size_t cut[5] = {i, 0, 0, 0, n};
  for (int k = 1; k < 4; ++k) {
    std::size_t at = i + (n - i) * static_cast<std::size_t>(k) / 4;
    if (at < cut[k - 1]) at = cut[k - 1];
    // At most three continuation bytes follow one another in valid text; a fourth is an error either way.
    for (int c = 0; c < 3 && at < n && (static_cast<unsigned char>(s[at]) & 0xC0U) == 0x80U; ++c) ++at;
    cut[k] = at;
  }
  std::uint64_t state[4] = {0, 0, 0, 0};
  std::size_t at[4] = {cut[0], cut[1], cut[2], cut[3]};
  std::size_t common = n;  // the length all four parts have
  for (int k = 0; k < 4; ++k) common = cut[k + 1] - cut[k] < common ? cut[k + 1] - cut[k] : common;
  for (std::size_t step_index = 0; step_index < common; ++step_index) {
    state[0] = step(state[0], s[at[0]++]);
    state[1] = step(state[1], s[at[1]++]);
    state[2] = step(state[2], s[at[2]++]);
    state[3] = step(state[3], s[at[3]++]);
  }
  for (int k = 0; k < 4; ++k) {
    for (; at[k] < cut[k + 1]; ++at[k]) state[k] = step(state[k], s[at[k]]);
  }
  return ((state[0] | state[1] | state[2] | state[3]) & 63) == 0;
}

// Whether s[i, n) is well-formed UTF-8 without control bytes; s[0, n) may be read. Long texts go to
// utf8.hpp's is_valid_utf8 (AVX2 or SSSE3 where the processor has them) after a block scan for control bytes.
inline bool is_json_string_bytes(const char* s, std::size_t i, std::size_t n) noexcept {
#if SWR_HAS_BYTE_BLOCKS
  if (n - i >= 32) {
    std::uint64_t control = 0;
    std::size_t k = i;
    for (; n - k >= 16; k += 16) {
      control |= movemask_native::of(reinterpret_cast<byte_block>(load_byte_block(s + k) < splat_byte(0x20)));
    }
    if (k < n) {  // the last bytes again, with some already seen: no harm
      control |= movemask_native::of(reinterpret_cast<byte_block>(load_byte_block(s + n - 16) < splat_byte(0x20)));
    }
    return control == 0 && is_valid_utf8(std::string_view(s + i, n - i));
  }
#endif
  return is_json_string_text(s, i, n);
}

// The byte each one-character escape (the byte after the backslash) stands for; 0x100 for the others ('u' too).
struct json_escape_table {
  unsigned decoded[256];
};
constexpr json_escape_table make_json_escape_table() noexcept {
  json_escape_table t{};
  for (unsigned& d : t.decoded) d = 0x100;
  t.decoded[static_cast<unsigned char>('"')] = '"';
  t.decoded[static_cast<unsigned char>('\\')] = '\\';
  t.decoded[static_cast<unsigned char>('/')] = '/';
  t.decoded[static_cast<unsigned char>('b')] = '\b';
  t.decoded[static_cast<unsigned char>('f')] = '\f';
  t.decoded[static_cast<unsigned char>('n')] = '\n';
  t.decoded[static_cast<unsigned char>('r')] = '\r';
  t.decoded[static_cast<unsigned char>('t')] = '\t';
  return t;
}
inline constexpr json_escape_table json_escapes = make_json_escape_table();

// json_hex_digit of each byte, with 0x10000 for those that are not hex digits: four of them combined as
// d0 << 12 | d1 << 8 | d2 << 4 | d3 exceed 0xFFFF exactly when one is not a digit.
struct json_hex_table {
  unsigned value[256];
};
constexpr json_hex_table make_json_hex_table() noexcept {
  json_hex_table t{};
  for (unsigned b = 0; b < 256; ++b) {
    const unsigned digit = json_hex_digit(static_cast<char>(b));
    t.value[b] = digit > 15 ? 0x10000 : digit;
  }
  return t;
}
inline constexpr json_hex_table json_hex_digits = make_json_hex_table();

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
  SWR_JSON_INLINE void skip_whitespace() noexcept {
    // Most bodies are compact: a byte above ' ' ends it at once.
    while (pos_ < n_ && static_cast<unsigned char>(s_[pos_]) <= ' ' &&
           (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) {
      ++pos_;
    }
  }
  SWR_JSON_INLINE bool eat(char c) noexcept {
    if (pos_ == n_ || s_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  // A literal's size is known here, so that the comparison is a few loads, not a call.
  template <std::size_t N>
  SWR_JSON_INLINE bool eat_literal(const char (&literal)[N]) noexcept {
    if (n_ - pos_ < N - 1 || std::memcmp(s_ + pos_, literal, N - 1) != 0) return false;
    pos_ += N - 1;
    return true;
  }

  // After the opening quote of a member name: the body_member of a known name written without escapes (its
  // closing quote consumed), or -1.
  SWR_JSON_INLINE int read_member_name() noexcept {
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
        if (!eat('"')) return false;
        std::string& name = body.repository;
        std::string_view plain;
        if (read_plain_string(plain)) {
          // The common name, without escapes: copied from the document with '$' made '/' in one pass. Copying
          // first and replacing in place reads back bytes just stored, at other offsets: 2-3 % of a document.
          name.resize(plain.size());
          replace_byte_run_time(plain.data(), plain.size(), '$', '/', &name[0]);
        } else {
          if (!read_string(name)) return false;
          replace_byte_run_time(name.data(), name.size(), '$', '/', &name[0]);
        }
        return check_repository(name).ok();
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
        if (!eat('"')) return false;
        // A category without escapes is read where it is; one with them is decoded first.
        std::string_view plain;
        if (read_plain_string(plain)) {
          body.category = parse_category(plain);
        } else {
          std::string text;
          if (!read_string(text)) return false;
          body.category = parse_category(text);
        }
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

  // After the opening quote: a string without escapes, control bytes or bytes >= 0x80 as the view of its text,
  // its closing quote consumed; false, with nothing consumed, for any other, which read_string decodes.
  SWR_JSON_INLINE bool read_plain_string(std::string_view& text) noexcept {
    const std::size_t end = find_json_string_special(s_, pos_, n_);
    if (end == n_ || s_[end] != '"') return false;
    text = std::string_view(s_ + pos_, end - pos_);
    pos_ = end + 1;
    return true;
  }

  // After the opening quote: decodes the string into `out` and consumes its closing quote.
  bool read_string(std::string& out) {
    const std::size_t start = pos_;
    const std::size_t first = find_json_string_special(s_, start, n_);
    if (first == n_) return false;
    if (s_[first] == '"') {  // no escape, no control byte, ASCII only: the common name
      // Appended to the emptied string: assign takes the path that allows the source to alias the string, and
      // moving in a temporary measured 2-4 % slower a document.
      out.clear();
      out.append(s_ + start, first - start);
      pos_ = first + 1;
      return true;
    }
    // Decoded, the text is never longer than raw. `out` grows as needed: the first size fits most strings.
    const char* const s = s_;  // locals: the stores into `out` might otherwise alias the members
    const std::size_t n = n_;
    std::size_t o = first - start;
    out.resize(o + 20 + (n - first < 1024 ? n - first : 1024));
    char* data = &out[0];
    std::size_t size = out.size();
    const auto make_room = [&](std::size_t room) {
      if (size - o < room) {
        out.resize(2 * size > o + room ? 2 * size : o + room);
        data = &out[0];
        size = out.size();
      }
    };
    std::memcpy(data, s + start, o);
    std::size_t i = first;
    bool closed = false;
#if SWR_HAS_BYTE_BLOCKS
    // Windows of 64 bytes while 80 remain: the quotes and backslashes of a window as one 64-bit mask, so that
    // the next one after an escape is a shift and a count of zeros away, not a load and a compare. The run
    // before it goes as 16-byte blocks, which read at most 15 bytes past the window (inside the 80) and store
    // at most 15 past the run (inside the room made for the window).
    while (!closed && n - i >= 80) {
      make_room(64 + 16 + 16);  // a window's runs and escapes (decoded is never longer), a block past them
      const std::size_t window = i;
      // The quotes and backslashes of the window not yet passed. After a common escape the next one is found
      // by clearing two bits (the backslash and what it escapes, which may be a quote or a backslash), not from
      // the position the escape ends at: the chain from one escape to the next is a few bit operations, and the
      // kind of an escape comes from a mask of the window's bytes, not from a load of the byte after it.
      std::uint64_t specials = quote_or_backslash_mask(s + window);
      const std::uint64_t u_escapes = next_is_u_mask(s + window);
      for (;;) {
        if (i - window >= 64) break;  // a \u escape reached past the window
        const std::size_t end = specials == 0 ? 64 : static_cast<std::size_t>(__builtin_ctzll(specials));
        const std::size_t run = window + end - i;
        for (std::size_t k = 0;;) {
          const byte_block b = load_byte_block(s + i + k);
          __builtin_memcpy(data + o + k, &b, 16);
          k += 16;
          if (k >= run) break;
        }
        i += run;
        o += run;
        if (specials == 0) break;  // the window copied whole
        if (s[i] == '"') {
          closed = true;
          break;
        }
        const unsigned u_mask = 0U - static_cast<unsigned>((u_escapes >> end) & 1U);
        if (decode_common_escape(s, i, u_mask, data, o)) {
          specials &= ~(std::uint64_t{3} << end);  // a \u escape's hex digits are neither
        } else {
          if (!decode_escape(s, n, i, data, o)) return false;
          if (i - window >= 64) break;
          specials &= ~std::uint64_t{0} << (i - window);
        }
      }
    }
#endif
    while (!closed) {
      make_room(20);
#if SWR_HAS_BYTE_BLOCKS
      if (n - i >= 16) {
        // 16 bytes copied whole (there are at least 20 bytes of room); an escape in them is then decoded over
        // its copy.
        const byte_block b = load_byte_block(s + i);
        __builtin_memcpy(data + o, &b, 16);
        const auto mask = static_cast<unsigned>(movemask_native::of(
            reinterpret_cast<byte_block>(b == splat_byte('"')) | reinterpret_cast<byte_block>(b == splat_byte('\\'))));
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
        while (k < n && s[k] != '"' && s[k] != '\\') ++k;
        if (k == n) return false;
        make_room(k - i + 4);
        std::memcpy(data + o, s + i, k - i);
        o += k - i;
        i = k;
      }
      if (s[i] == '"') break;
      if (!(n - i >= 6 && decode_common_escape(s, i, 0U - static_cast<unsigned>(s[i + 1] == 'u'), data, o)) &&
          !decode_escape(s, n, i, data, o)) {
        return false;
      }
    }
    // Between `first` and the closing quote: no control byte, and well-formed UTF-8 (escapes are ASCII, so the
    // raw bytes are what the general reader checks).
    if (!is_json_string_bytes(s_, first, i)) return false;
    out.resize(o);
    pos_ = i + 1;
    return true;
  }

  // The common escapes at s[i], where 6 bytes remain, either kind, without a branch on the kind (it follows the
  // text, and would be mispredicted): a one-character escape or a \u escape of an ASCII character, decoded to
  // data[o]; i and o move past it. False for the others, which decode_escape decodes. u_mask: all ones when
  // s[i + 1] is 'u', else 0. As masks, not conditions: compilers turn `is_u ? a : b` back into a branch.
  static SWR_JSON_INLINE bool decode_common_escape(const char* s, std::size_t& i, unsigned u_mask, char* data,
                                                   std::size_t& o) noexcept {
    const auto c = static_cast<unsigned char>(s[i + 1]);
    const unsigned value = (hex4(s + i + 2) & u_mask) | (json_escapes.decoded[c] & ~u_mask);
    if (value >= 0x80) return false;  // an invalid escape or hex digit gives a value above 0xFF
    data[o++] = static_cast<char>(value);
    i += 2 + (u_mask & 4U);
    return true;
  }

  // Any escape at s[i] (a backslash), decoded to data[o], with at least 4 bytes of room there (an escape
  // decodes to at most 4); i and o move past it. False when it is not a valid escape. Out of the hot loops,
  // which try decode_common_escape first, and one copy, so that each of its branches is one that can go both ways.
  static bool decode_escape(const char* s, std::size_t n, std::size_t& i, char* data, std::size_t& o) noexcept {
    if (n - i < 2) return false;
    const auto c = static_cast<unsigned char>(s[i + 1]);
    if (c != 'u') {
      const unsigned decoded = json_escapes.decoded[c];
      if (decoded > 0xFF) return false;
      data[o++] = static_cast<char>(decoded);
      i += 2;
      return true;
    }
    const unsigned unit = n - i >= 6 ? hex4(s + i + 2) : 0x10000;
    if (unit > 0xFFFFU) return false;
    i += 6;
    char32_t code_point = unit;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      // Only a high surrogate followed at once by an escaped low one.
      const unsigned low = n - i >= 6 && s[i] == '\\' && s[i + 1] == 'u' ? hex4(s + i + 2) : 0x10000;
      if (unit >= 0xDC00 || low < 0xDC00 || low > 0xDFFF) return false;
      i += 6;
      code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
    }
    o += static_cast<std::size_t>(encode_utf8(code_point, data + o) - (data + o));
    return true;
  }

  // The value of the four hex digits at p[0, 4), or a value above 0xFFFF when one is not a hex digit.
  static SWR_JSON_INLINE unsigned hex4(const char* p) noexcept {
    const auto digit = [](char c) {
      return static_cast<unsigned>(json_hex_digits.value[static_cast<unsigned char>(c)]);
    };
    return digit(p[0]) << 12 | digit(p[1]) << 8 | digit(p[2]) << 4 | digit(p[3]);
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
