// SPDX-License-Identifier: MIT
// swrkit — the run-time fast path of the JSON writer (json_writer.hpp) for free text: one pass that checks a
// description (well-formed UTF-8, at most description_max_code_points) and measures its escaped size, and one
// that writes it escaped, each taking 16 bytes at a time where nothing needs attention.
//
// A block of printable ASCII without '"' or '\' (most of any plain text) is counted, or copied, whole; at the
// first byte that is not, the bytes before it go as a run and that byte (an escape, or one UTF-8 sequence) is
// handled alone. Blocks (byte_blocks.hpp) are read only where 16 bytes of the text remain. Without
// vector extensions (or with SWRKIT_DISABLE_SIMD) the same code runs without blocks. The output is byte for byte that
// of put_json_string, which constant evaluation uses.
#ifndef SWR_DETAIL_JSON_TEXT_HPP
#define SWR_DETAIL_JSON_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/byte_blocks.hpp"
#include "swr/utf8.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// How a byte below 0x80 is written in a JSON string, as one little-endian word: the bytes to write (at most
// six, `\u00xx`) and, in the top byte, how many. Bytes from 0x80 are copied as they are (size 1). The writer
// stores all eight bytes and moves on by the size, with no branch on the kind of byte.
constexpr std::uint64_t json_escape_of(unsigned byte) noexcept {
  constexpr char hex[] = "0123456789abcdef";
  const auto word = [](std::uint64_t size, const char* bytes) {
    std::uint64_t w = size << 56;
    for (std::uint64_t k = 0; k < size; ++k)
      w |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[k])) << (8 * k);
    return w;
  };
  const char short_escape = byte == '"'    ? '"'
                            : byte == '\\' ? '\\'
                            : byte == '\b' ? 'b'
                            : byte == '\f' ? 'f'
                            : byte == '\n' ? 'n'
                            : byte == '\r' ? 'r'
                            : byte == '\t' ? 't'
                                           : '\0';
  if (short_escape != '\0') {
    const char e[] = {'\\', short_escape};
    return word(2, e);
  }
  if (byte < 0x20) {
    const char e[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0x0F]};
    return word(6, e);
  }
  const char e[] = {static_cast<char>(byte)};
  return word(1, e);
}

struct json_escape_word_table {
  std::uint64_t of[256];
};
constexpr json_escape_word_table make_json_escape_word_table() noexcept {
  json_escape_word_table t{};
  for (unsigned byte = 0; byte < 256; ++byte) t.of[byte] = json_escape_of(byte);
  return t;
}
inline constexpr json_escape_word_table json_escape_words = make_json_escape_word_table();

// What measure_json_text found: whether the text is a valid description, and its escaped size (quotes not
// included).
struct json_text_measure {
  bool valid = false;
  std::size_t escaped_size = 0;
};

#if SWR_HAS_BYTE_BLOCKS
// The set bits of a 16-bit mask, without the library call that __builtin_popcount is on plain x86-64.
inline std::size_t count_bits16(std::uint64_t x) noexcept {
  x = x - ((x >> 1) & 0x5555);
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0F0F;
  return static_cast<std::size_t>((x + (x >> 8)) & 0x1F);
}

// The bytes of a block that need an escape: those that take one more byte (`\"` `\\` `\b` `\t` `\n` `\f`
// `\r`) and those that take five more (the other control bytes, `\u00xx`).
struct json_escape_masks {
  std::uint64_t short_escape, unicode_escape;
};
inline json_escape_masks json_escape_masks_of(byte_block bytes) noexcept {
  const byte_block control = (byte_block)(bytes < splat_byte(0x20));
  // \b \t \n are 8..10, \f \r 12..13: the range 8..13 without 11 (\v).
  const byte_block short_control =
      (byte_block)((bytes - splat_byte(8)) <= splat_byte(5)) & (byte_block)(bytes != splat_byte(11));
  const byte_block quote_or_backslash =
      (byte_block)(bytes == splat_byte('"')) | (byte_block)(bytes == splat_byte('\\'));
  return {movemask_native::of(short_control | quote_or_backslash), movemask_native::of(control & ~short_control)};
}
#endif

// One pass over a description: valid UTF-8 of at most `max_code_points`, and its escaped size. When it says
// invalid, check_description (model.hpp) says exactly why and where.
inline json_text_measure measure_json_text(std::string_view text, std::size_t max_code_points) noexcept {
  // A text of no more bytes than code points allowed cannot have too many; a longer one is counted.
  if (text.size() > max_code_points && count_code_points(text) > max_code_points) return {};
  if (!is_valid_utf8(text)) return {};
  const char* const p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0, size = n;
#if SWR_HAS_BYTE_BLOCKS
  for (; n - i >= 16; i += 16) {
    const json_escape_masks m = json_escape_masks_of(load_byte_block(p + i));
    size += count_bits16(m.short_escape) + 5 * count_bits16(m.unicode_escape);
  }
#endif
  for (; i < n; ++i) size += (json_escape_words.of[static_cast<unsigned char>(p[i])] >> 56) - 1;
  return {true, size};
}

// Writes `text` (measured valid) escaped, without quotes, at `out`, which has room for its escaped size and
// the closing quote; returns the end. A block of 16 bytes that needs no escape is copied whole; otherwise
// each byte stores its 8-byte escape word (json_escape_words), which stays inside the buffer while 7 bytes of text
// remain (the output still to come is at least as long as the text, plus the quote).
inline char* write_json_text(std::string_view text, char* out) noexcept {
  const char* const p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
#if SWR_HAS_BYTE_BLOCKS
  for (; n - i >= 16 + 7; i += 16) {  // 7 more, for the words of the block's last bytes
    const byte_block bytes = load_byte_block(p + i);
    const json_escape_masks m = json_escape_masks_of(bytes);
    if ((m.short_escape | m.unicode_escape) == 0) {
      __builtin_memcpy(out, &bytes, 16);
      out += 16;
      continue;
    }
    for (std::size_t k = 0; k < 16; ++k) {
      const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i + k])];
      __builtin_memcpy(out, &word, 8);
      out += word >> 56;
    }
  }
#endif
  for (; n - i >= 7; ++i) {
    const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i])];
    __builtin_memcpy(out, &word, 8);
    out += word >> 56;
  }
  for (; i < n; ++i) {  // the last bytes, whose words might reach past the buffer
    const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i])];
    for (std::uint64_t k = 0; k < word >> 56; ++k) *out++ = static_cast<char>(word >> (8 * k));
  }
  return out;
}

// Writes a valid repository name in its wire form ('/' as '$'; nothing else needs escaping) at `out`: 16-byte
// blocks, the last one moved back to end on the name's last byte, so that nothing is read or written past it.
inline char* write_wire_name(std::string_view name, char* out) noexcept {
  const char* const p = name.data();
  const std::size_t n = name.size();
#if SWR_HAS_BYTE_BLOCKS
  if (n >= 16) {
    const auto wire = [](byte_block bytes) {
      const byte_block slash = (byte_block)(bytes == splat_byte('/'));
      return (bytes & ~slash) | (splat_byte('$') & slash);
    };
    for (std::size_t i = 0; i < n; i += 16) {
      const std::size_t at = n - i >= 16 ? i : n - 16;
      const byte_block bytes = wire(load_byte_block(p + at));
      __builtin_memcpy(out + at, &bytes, 16);
    }
    return out + n;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) out[i] = p[i] == '/' ? '$' : p[i];
  return out + n;
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_TEXT_HPP
