// SPDX-License-Identifier: MIT
// swrkit — UTF-8 validation 16 bytes at a time on x86 with SSSE3, chosen at run time: find_invalid_utf8
// (utf8.hpp) asks it first and, only when it says "invalid", finds the exact offset with the portable code.
//
// The method is Keiser and Lemire's ("Validating UTF-8 in less than one instruction per byte", 2021): every
// error of table 3-7 shows in a pair of adjacent bytes, given by the high nibble of the first, its low nibble
// and the high nibble of the second; three 16-entry tables (one pshufb each) give the errors each nibble
// allows, and their AND is the errors present. A continuation byte is an error by its pair alone unless it is
// the third or fourth of a sequence, which the bytes two and three back tell; a sequence cut short by the end
// of the text shows in its last three bytes.
// GCC 12 or later (for __builtin_shufflevector) or Clang, on x86; SWRKIT_DISABLE_SIMD turns it off.
#ifndef SWR_DETAIL_UTF8_SSSE3_HPP
#define SWR_DETAIL_UTF8_SSSE3_HPP

#include <cstddef>

#include "swr/config.hpp"
#include "swr/detail/byte_blocks.hpp"

#if SWR_HAS_BYTE_BLOCKS && (defined(__x86_64__) || defined(__i386__)) && \
    (defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 12))
#define SWR_HAS_UTF8_SSSE3 1
#else
#define SWR_HAS_UTF8_SSSE3 0
#endif

#if SWR_HAS_UTF8_SSSE3
#include <cpuid.h>  // __get_cpuid: a few macros and an inline function

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// Whether this CPU has SSSE3 (all x86-64 CPUs since about 2008 do). Asked once.
inline bool utf8_ssse3_available() noexcept {
  // GCOVR_EXCL_BR_START: one CPU answers one way (the tests run the kernel and the portable code either way)
  static const bool available = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    return __get_cpuid(1, &a, &b, &c, &d) != 0 && (c & (1U << 9)) != 0;
  }();
  // GCOVR_EXCL_BR_STOP
  return available;
}

namespace utf8_errors {
// The error of each kind of bad pair, one bit each (two kinds that never meet share one).
constexpr unsigned char too_short = 1 << 0;                        // a lead byte, then no continuation
constexpr unsigned char too_long = 1 << 1;                         // ASCII, then a continuation
constexpr unsigned char overlong_3 = 1 << 2;                       // E0, then 80..9F
constexpr unsigned char too_large = 1 << 3;                        // F4, then 90..BF; F5..FF
constexpr unsigned char surrogate = 1 << 4;                        // ED, then A0..BF
constexpr unsigned char overlong_2 = 1 << 5;                       // C0 or C1
constexpr unsigned char too_large_1000 = 1 << 6;                   // F5..FF, then 80..8F
constexpr unsigned char overlong_4 = 1 << 6;                       // F0, then 80..8F
constexpr unsigned char two_conts = 1 << 7;                        // a continuation, then a continuation
constexpr unsigned char carry = too_short | too_long | two_conts;  // what the first byte's low nibble allows
}  // namespace utf8_errors

#define SWR_UTF8_SSSE3_TARGET __attribute__((target("ssse3"), always_inline))

SWR_UTF8_SSSE3_TARGET inline byte_block utf8_lookup(byte_block table, byte_block nibbles) {
  return (byte_block)__builtin_ia32_pshufb128((byte_block_chars)table, (byte_block_chars)nibbles);
}

// The errors in a block, given the block before it (zeros before the first).
SWR_UTF8_SSSE3_TARGET inline byte_block utf8_block_errors(byte_block input, byte_block previous) {
  using namespace utf8_errors;
  const byte_block first_high = {too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 two_conts,
                                 two_conts,
                                 two_conts,
                                 two_conts,
                                 too_short | overlong_2,
                                 too_short,
                                 too_short | overlong_3 | surrogate,
                                 too_short | too_large | too_large_1000 | overlong_4};
  constexpr unsigned char large = carry | too_large | too_large_1000;
  const byte_block first_low = {carry | overlong_3 | overlong_2 | overlong_4,
                                carry | overlong_2,
                                carry,
                                carry,
                                carry | too_large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large | surrogate,
                                large,
                                large};
  constexpr unsigned char cont = too_long | overlong_2 | two_conts;
  const byte_block second_high = {too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  cont | overlong_3 | too_large_1000 | overlong_4,
                                  cont | overlong_3 | too_large,
                                  cont | surrogate | too_large,
                                  cont | surrogate | too_large,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short};
  const byte_block back1 =
      __builtin_shufflevector(previous, input, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
  const byte_block back2 =
      __builtin_shufflevector(previous, input, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29);
  const byte_block back3 =
      __builtin_shufflevector(previous, input, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28);
  const byte_block pair_errors = utf8_lookup(first_high, back1 >> splat_byte(4)) &
                                 utf8_lookup(first_low, back1 & splat_byte(0x0F)) &
                                 utf8_lookup(second_high, input >> splat_byte(4));
  // A continuation two after a 3- or 4-byte lead, or three after a 4-byte one, must be one (0x80 set).
  const byte_block third_or_fourth = (byte_block)(back2 >= splat_byte(0xE0)) | (byte_block)(back3 >= splat_byte(0xF0));
  return (third_or_fourth & splat_byte(0x80)) ^ pair_errors;
}

// Whether the n bytes at p (n >= 16) are well-formed UTF-8. Call it only when utf8_ssse3_available() says so.
// The last block is the text's last 16 bytes, checked after the 16 before them (bytes before the text read as
// zeros: a pshufb of the first block moves them into place), so nothing outside the text is read; its last
// three bytes then must not begin a sequence longer than what is left.
// The bytes of a block whose sequence is cut short at the block's end: a lead byte of a 4-, 3- or 2-byte
// sequence among its last 3, 2 or 1 bytes (or a byte that is never valid, which is an error there too).
SWR_UTF8_SSSE3_TARGET inline byte_block utf8_incomplete_at_end(byte_block block) {
  const byte_block highest_complete = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                       0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0xDF, 0xBF};
  return (byte_block)(block > highest_complete);
}

__attribute__((target("ssse3"))) inline bool utf8_valid_ssse3(const char* p, std::size_t n) noexcept {
  byte_block errors = splat_byte(0), previous = splat_byte(0);
  for (std::size_t i = 0; n - i >= 16; i += 16) {
    const byte_block input = load_byte_block(p + i);
    // An ASCII block is valid, and can only end a sequence the block before left unfinished: no lookups.
    errors |= movemask_native::of(input) == 0 ? utf8_incomplete_at_end(previous) : utf8_block_errors(input, previous);
    previous = input;
  }
  if (n % 16 != 0) {
    const byte_block last = load_byte_block(p + n - 16);
    byte_block before_last;
    if (n >= 32) {
      before_last = load_byte_block(p + n - 32);
    } else {  // bytes n-32..n-17: the first block's bytes 0..n-17, after 32-n zeros (an index with 0x80 gives 0)
      const byte_block iota = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
      const byte_block index = iota + splat_byte(static_cast<unsigned char>(n - 32));
      before_last = utf8_lookup(load_byte_block(p), index);
    }
    errors |= utf8_block_errors(last, before_last);
    previous = last;
  }
  errors |= utf8_incomplete_at_end(previous);  // the text's last sequence, cut short
  return movemask_native::of((byte_block)(errors != splat_byte(0))) == 0;
}

#undef SWR_UTF8_SSSE3_TARGET

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr
#endif  // SWR_HAS_UTF8_SSSE3

#endif  // SWR_DETAIL_UTF8_SSSE3_HPP
