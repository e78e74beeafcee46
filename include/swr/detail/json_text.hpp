// SPDX-License-Identifier: MIT
// swrkit — the run-time fast path of the JSON writer (json_writer.hpp) for free text: one pass that measures a
// description (its escaped size, its code points, whether it is ASCII), the UTF-8 check only for text that is
// not ASCII, and one pass that writes it escaped, each taking 16 bytes at a time.
//
// The measure adds per-byte counts into vector lanes and sums them now and then. The writer copies a block
// that needs no escape whole; in one that does, each run between escapes goes as one 16-byte store and each
// escape as its 8-byte escape word (near the end of the text, where 32 bytes are not left, a word a byte); when the
// text's last 16 bytes need no escape, they are stored last as one block, so that no byte goes one at a time at the
// end. Blocks (byte_blocks.hpp) are read only where 16 bytes of the text are. Without vector extensions (or
// with SWRKIT_DISABLE_SIMD) the same code runs without blocks. The output is byte for byte that of
// put_json_string, which constant evaluation uses.
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
// What each byte of a block takes in a JSON string beyond itself, as 0x00/0xFF bytes: one more byte (`\"` `\\`
// `\b` `\t` `\n` `\f` `\r`), or five more (the other control bytes, `\u00xx`).
struct json_escape_classes {
  byte_block short_escape, unicode_escape;
};
inline json_escape_classes json_escape_classes_of(byte_block bytes) noexcept {
  const byte_block control = reinterpret_cast<byte_block>(bytes < splat_byte(0x20));
  // \b \t \n are 8..10, \f \r 12..13: the range 8..13 without 11 (\v).
  const byte_block short_control = reinterpret_cast<byte_block>((bytes - splat_byte(8)) <= splat_byte(5)) &
                                   reinterpret_cast<byte_block>(bytes != splat_byte(11));
  const byte_block quote_or_backslash =
      reinterpret_cast<byte_block>(bytes == splat_byte('"')) | reinterpret_cast<byte_block>(bytes == splat_byte('\\'));
  return {short_control | quote_or_backslash, control & ~short_control};
}

// The bytes of a block that need an escape, byte i at bit i.
inline std::uint64_t json_escape_mask_of(byte_block bytes) noexcept {
  const json_escape_classes c = json_escape_classes_of(bytes);
  return movemask_native::of(c.short_escape | c.unicode_escape);
}

// The sum of a block's 16 bytes: added in pairs into four 16-bit lanes (each at most 4 * 255), which one
// multiplication then sums into the top lane.
inline std::size_t sum_of_bytes(byte_block bytes) noexcept {
  std::uint64_t half[2];
  __builtin_memcpy(half, &bytes, 16);
  constexpr std::uint64_t even_bytes = 0x00FF00FF00FF00FFU, add_lanes = 0x0001000100010001U;
  const std::uint64_t lanes = (half[0] & even_bytes) + ((half[0] >> 8) & even_bytes) + (half[1] & even_bytes) +
                              ((half[1] >> 8) & even_bytes);               // four 16-bit lanes, each at most 4 * 255
  const auto sum = static_cast<std::uint32_t>((lanes * add_lanes) >> 48);  // at most 16 * 255
  return sum;
}
#endif

// One pass over a description: its escaped size, its UTF-8 continuation bytes (so its code points) and
// whether any byte is not ASCII; only then, and only for a text that is not ASCII, the UTF-8 check. When it
// says invalid, check_description (model.hpp) says exactly why and where.
inline json_text_measure measure_json_text(std::string_view text, std::size_t max_code_points) noexcept {
  const char* const p = text.data();
  const std::size_t n = text.size();
  // A code point is at most 4 bytes: a longer text has too many, and is not read at all.
  if (n / 4 + (n % 4 != 0 ? 1 : 0) > max_code_points) return {};
  std::size_t i = 0, size = n, continuation_bytes = 0;
  unsigned any_byte = 0;  // the OR of all bytes: ASCII while below 0x80
#if SWR_HAS_BYTE_BLOCKS
  if (n >= 16) {
    // Per-byte counts gather in blocks (a byte's lane takes at most 5 a block) and are summed every 32 blocks.
    byte_block extra = splat_byte(0), continuations = splat_byte(0), any = splat_byte(0);
    const auto add = [&](byte_block bytes, byte_block counted) {
      const json_escape_classes c = json_escape_classes_of(bytes);
      extra += ((c.short_escape & splat_byte(1)) | (c.unicode_escape & splat_byte(5))) & counted;
      continuations +=
          reinterpret_cast<byte_block>((bytes & splat_byte(0xC0)) == splat_byte(0x80)) & counted & splat_byte(1);
      any |= bytes & counted;
    };
    const auto sum_up = [&] {
      size += sum_of_bytes(extra);
      continuation_bytes += sum_of_bytes(continuations);
      extra = continuations = splat_byte(0);
    };
    const byte_block all = splat_byte(0xFF);
    for (std::size_t blocks = 1; n - i >= 16; i += 16, ++blocks) {
      add(load_byte_block(p + i), all);
      if (blocks % 32 == 0) sum_up();
    }
    if (i < n) {  // the last bytes: the text's last block, without the bytes already counted
      constexpr byte_block lane = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
      const auto counted_already = static_cast<unsigned char>(16 - (n - i));
      add(load_byte_block(p + n - 16), reinterpret_cast<byte_block>(lane >= splat_byte(counted_already)));
      i = n;
    }
    sum_up();
    for (int k = 0; k < 16; ++k) any_byte |= any[k];
  }
#endif
  for (; i < n; ++i) {
    const auto byte = static_cast<unsigned char>(p[i]);
    size += (json_escape_words.of[byte] >> 56) - 1;
    continuation_bytes += (byte & 0xC0) == 0x80 ? 1 : 0;
    any_byte |= byte;
  }
  if (n - continuation_bytes > max_code_points) return {};
  if (any_byte >= 0x80 && !is_valid_utf8(text)) return {};
  return {true, size};
}

// Writes `text` (measured valid) escaped, without quotes, at `out`, which has room for its escaped size and
// the closing quote; returns the end. Every store stays inside that room: a 16-byte store is made only where
// 16 bytes of text are still to come, an 8-byte escape word (json_escape_words) where 7 are (the output still
// to come is at least as long as the text, plus the quote).
inline char* write_json_text(std::string_view text, char* out) noexcept {
  const char* const p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
#if SWR_HAS_BYTE_BLOCKS
  // The block at p + i, whose bytes at the set bits of `escapes` need escaping, where 32 bytes of text remain:
  // each run before an escape goes as a 16-byte store (the run's bytes, then bytes that later stores
  // overwrite), each escape as its word.
  const auto write_block_with_escapes = [&](std::uint64_t escapes) {
    std::size_t start = 0;
    do {
      const auto at = static_cast<std::size_t>(__builtin_ctzll(escapes));
      const byte_block run = load_byte_block(p + i + start);
      __builtin_memcpy(out, &run, 16);
      out += at - start;
      const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i + at])];
      __builtin_memcpy(out, &word, 8);
      out += word >> 56;
      start = at + 1;
      escapes &= escapes - 1;
    } while (escapes != 0);
    const byte_block rest = load_byte_block(p + i + start);
    __builtin_memcpy(out, &rest, 16);
    out += 16 - start;
  };
  if (n >= 16) {
    const byte_block last = load_byte_block(p + n - 16);
    if (json_escape_mask_of(last) == 0) {
      // The text's last 16 bytes need no escape, so they are also the last 16 bytes written: the bytes before
      // them go as blocks (each stored escape word has 16 bytes of text still to come), then the last block is
      // stored whole, rewriting with the same values whatever of it the blocks before already wrote.
      const std::size_t before_last = n - 16;
      while (i < before_last) {
        const byte_block bytes = load_byte_block(p + i);
        const std::uint64_t escapes = json_escape_mask_of(bytes);
        if (escapes == 0) {
          __builtin_memcpy(out, &bytes, 16);
          out += 16;
          i += 16;
          continue;
        }
        if (n - i >= 32) {
          write_block_with_escapes(escapes);
          i += 16;
          continue;
        }
        for (; i < before_last; ++i) {
          const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i])];
          __builtin_memcpy(out, &word, 8);
          out += word >> 56;
        }
      }
      out += n - i;  // bytes i..n are written as they are: the last 16 written bytes end here
      __builtin_memcpy(out - 16, &last, 16);
      return out;
    }
  }
  for (; n - i >= 32; i += 16) {
    const byte_block bytes = load_byte_block(p + i);
    const std::uint64_t escapes = json_escape_mask_of(bytes);
    if (escapes == 0) {
      __builtin_memcpy(out, &bytes, 16);
      out += 16;
    } else {
      write_block_with_escapes(escapes);
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

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_TEXT_HPP
