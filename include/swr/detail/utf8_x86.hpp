// SPDX-License-Identifier: MIT
// swrkit — UTF-8 validation on x86, 32 bytes at a time with AVX2 or 16 with SSSE3, the widest the CPU has, chosen
// at run time: find_invalid_utf8 (utf8.hpp) asks it first and, only when it says "invalid", finds the exact
// offset with the portable code.
//
// The method is Keiser and Lemire's ("Validating UTF-8 in less than one instruction per byte", 2021): every
// error of table 3-7 shows in a pair of adjacent bytes, given by the high nibble of the first, its low nibble
// and the high nibble of the second; three 16-entry tables (one pshufb each) give the errors each nibble
// allows, and their AND is the errors present. A continuation byte is an error by its pair alone unless it is
// the third or fourth of a sequence, which the bytes two and three back tell; a sequence cut short by the end
// of the text shows in its last three bytes. A block of ASCII needs none of that: it is valid, and can only
// leave unfinished a sequence the block before began.
// GCC 12 or later (for __builtin_shufflevector) or Clang, on x86; SWRKIT_DISABLE_SIMD turns it off.
#ifndef SWR_DETAIL_UTF8_X86_HPP
#define SWR_DETAIL_UTF8_X86_HPP

#include <cstddef>

#include "swr/config.hpp"
#include "swr/detail/byte_blocks.hpp"

#if SWR_HAS_BYTE_BLOCKS && (defined(__x86_64__) || defined(__i386__)) && \
    (defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 12))
#define SWR_HAS_UTF8_X86 1
#else
#define SWR_HAS_UTF8_X86 0
#endif

#if SWR_HAS_UTF8_X86
#include <cpuid.h>  // __get_cpuid, __get_cpuid_count: a few macros and two inline functions

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

enum class utf8_x86_kernel { none, ssse3, avx2 };

// The widest kernel this CPU (and the operating system, which must save the 32-byte registers) runs. Asked once.
inline utf8_x86_kernel utf8_x86_best_kernel() noexcept {
  // GCOVR_EXCL_BR_START: one CPU answers one way (the tests run every kernel it has against the portable code)
  static const utf8_x86_kernel best = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid(1, &a, &b, &c, &d) == 0 || (c & (1U << 9)) == 0) return utf8_x86_kernel::none;
    const bool avx_saved_by_os = (c & (1U << 27)) != 0 && (c & (1U << 28)) != 0 && [] {
      unsigned low = 0, high = 0;
      __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));  // XCR0: which registers the OS saves
      return (low & 6U) == 6U;                             // the SSE and the AVX state
    }();
    const bool avx2 = avx_saved_by_os && __get_cpuid_count(7, 0, &a, &b, &c, &d) != 0 && (b & (1U << 5)) != 0;
    return avx2 ? utf8_x86_kernel::avx2 : utf8_x86_kernel::ssse3;
  }();
  // GCOVR_EXCL_BR_STOP
  return best;
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
constexpr unsigned char large = carry | too_large | too_large_1000;
constexpr unsigned char cont = too_long | overlong_2 | two_conts;
}  // namespace utf8_errors

// The three tables, by the high nibble of a pair's first byte, its low nibble, and the second byte's high nibble.
struct utf8_pair_tables {
  byte_block first_high, first_low, second_high;
};
inline utf8_pair_tables utf8_tables() noexcept {
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
  return {first_high, first_low, second_high};
}

// ---- SSSE3, 16 bytes at a time

#define SWR_UTF8_SSSE3_TARGET __attribute__((target("ssse3"), always_inline))

SWR_UTF8_SSSE3_TARGET inline byte_block utf8_lookup(byte_block table, byte_block nibbles) {
  return reinterpret_cast<byte_block>(
      __builtin_ia32_pshufb128(reinterpret_cast<byte_block_chars>(table), reinterpret_cast<byte_block_chars>(nibbles)));
}

// The errors in a block, given the block before it (zeros before the first).
SWR_UTF8_SSSE3_TARGET inline byte_block utf8_block_errors(byte_block input, byte_block previous) {
  const utf8_pair_tables t = utf8_tables();
  const byte_block back1 =
      __builtin_shufflevector(previous, input, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
  const byte_block back2 =
      __builtin_shufflevector(previous, input, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29);
  const byte_block back3 =
      __builtin_shufflevector(previous, input, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28);
  const byte_block pair_errors = utf8_lookup(t.first_high, back1 >> splat_byte(4)) &
                                 utf8_lookup(t.first_low, back1 & splat_byte(0x0F)) &
                                 utf8_lookup(t.second_high, input >> splat_byte(4));
  // A continuation two after a 3- or 4-byte lead, or three after a 4-byte one, must be one (0x80 set).
  const byte_block third_or_fourth =
      reinterpret_cast<byte_block>(back2 >= splat_byte(0xE0)) | reinterpret_cast<byte_block>(back3 >= splat_byte(0xF0));
  return (third_or_fourth & splat_byte(0x80)) ^ pair_errors;
}

// The bytes of a block whose sequence is cut short at the block's end: a lead byte of a 4-, 3- or 2-byte
// sequence among its last 3, 2 or 1 bytes (or a byte that is never valid, which is an error there too).
inline byte_block utf8_highest_complete() noexcept {  // the highest byte at each place that ends no sequence short
  return byte_block{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0xDF, 0xBF};
}
SWR_UTF8_SSSE3_TARGET inline byte_block utf8_incomplete_at_end(byte_block block) {
  return reinterpret_cast<byte_block>(block > utf8_highest_complete());
}

// Whether p[0, n) is well-formed UTF-8, for n >= 16, where utf8_x86_best_kernel() is at least ssse3.
__attribute__((target("ssse3"))) inline bool utf8_valid_ssse3(const char* p, std::size_t n) noexcept {
  byte_block errors = splat_byte(0), previous = splat_byte(0);
  for (std::size_t i = 0; n - i >= 16; i += 16) {
    const byte_block input = load_byte_block(p + i);
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
  return movemask_native::of(reinterpret_cast<byte_block>(errors != splat_byte(0))) == 0;
}

#undef SWR_UTF8_SSSE3_TARGET

// ---- AVX2, 32 bytes at a time: the same steps on two 16-byte lanes (pshufb looks up within each lane)

typedef unsigned char wide_block __attribute__((vector_size(32)));
typedef char wide_block_chars __attribute__((vector_size(32)));  // what the AVX2 builtins take

#define SWR_UTF8_AVX2_TARGET __attribute__((target("avx2"), always_inline))

SWR_UTF8_AVX2_TARGET inline wide_block utf8_wide_lookup(byte_block table, wide_block nibbles) {
  const wide_block both_lanes = __builtin_shufflevector(table, table, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                                                        15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  return reinterpret_cast<wide_block>(__builtin_ia32_pshufb256(reinterpret_cast<wide_block_chars>(both_lanes),
                                                               reinterpret_cast<wide_block_chars>(nibbles)));
}

SWR_UTF8_AVX2_TARGET inline bool utf8_wide_any_sign_bit(wide_block block) {
  return __builtin_ia32_pmovmskb256(reinterpret_cast<wide_block_chars>(block)) != 0;
}

SWR_UTF8_AVX2_TARGET inline wide_block utf8_wide_block_errors(wide_block input, wide_block previous) {
  const utf8_pair_tables t = utf8_tables();
  const wide_block back1 =
      __builtin_shufflevector(previous, input, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
                              49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62);
  const wide_block back2 =
      __builtin_shufflevector(previous, input, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
                              48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61);
  const wide_block back3 =
      __builtin_shufflevector(previous, input, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46,
                              47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
  const wide_block pair_errors = utf8_wide_lookup(t.first_high, back1 >> 4) &
                                 utf8_wide_lookup(t.first_low, back1 & 0x0F) &
                                 utf8_wide_lookup(t.second_high, input >> 4);
  const wide_block third_or_fourth =
      reinterpret_cast<wide_block>(back2 >= 0xE0) | reinterpret_cast<wide_block>(back3 >= 0xF0);
  return (third_or_fourth & 0x80) ^ pair_errors;
}

SWR_UTF8_AVX2_TARGET inline wide_block utf8_wide_incomplete_at_end(wide_block block) {
  const wide_block highest_complete =  // all 0xFF, then the 16-byte table's last bytes
      __builtin_shufflevector(splat_byte(0xFF), utf8_highest_complete(), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                              14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
  return reinterpret_cast<wide_block>(block > highest_complete);
}

// Whether p[0, n) is well-formed UTF-8, for n >= 32, where utf8_x86_best_kernel() is avx2. The bytes after the
// last whole block go as 16-byte blocks, the last one ending on the text's last byte (its bytes already seen are
// checked again, with the block before them: no harm).
__attribute__((target("avx2"))) inline bool utf8_valid_avx2(const char* p, std::size_t n) noexcept {
  wide_block errors = {}, previous = {};
  std::size_t i = 0;
  for (; n - i >= 32; i += 32) {
    wide_block input;
    __builtin_memcpy(&input, p + i, 32);
    errors |=
        utf8_wide_any_sign_bit(input) ? utf8_wide_block_errors(input, previous) : utf8_wide_incomplete_at_end(previous);
    previous = input;
  }
  byte_block tail_errors = splat_byte(0);
  byte_block last =
      __builtin_shufflevector(previous, previous, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
  if (n - i >= 16) {
    const byte_block input = load_byte_block(p + i);
    tail_errors |= utf8_block_errors(input, last);
    last = input;
    i += 16;
  }
  if (i < n) {  // n >= 32: the 16 bytes before the last 16 are the text's
    const byte_block input = load_byte_block(p + n - 16);
    tail_errors |= utf8_block_errors(input, load_byte_block(p + n - 32));
    last = input;
  }
  tail_errors |= utf8_incomplete_at_end(last);
  return !utf8_wide_any_sign_bit(reinterpret_cast<wide_block>(errors != 0)) &&
         movemask_native::of(reinterpret_cast<byte_block>(tail_errors != splat_byte(0))) == 0;
}

#undef SWR_UTF8_AVX2_TARGET

// Whether p[0, n) is well-formed UTF-8, by the widest kernel this CPU has; false also when it has none, or
// when the text is too short for it (under 16 bytes): then the caller's portable code decides.
inline bool utf8_valid_x86(const char* p, std::size_t n) noexcept {
  if (n < 16) return false;
  switch (utf8_x86_best_kernel()) {  // GCOVR_EXCL_BR_LINE: one CPU answers one way
    case utf8_x86_kernel::avx2: return n >= 32 ? utf8_valid_avx2(p, n) : utf8_valid_ssse3(p, n);
    case utf8_x86_kernel::ssse3: return utf8_valid_ssse3(p, n);
    case utf8_x86_kernel::none: break;
  }
  return false;
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr
#endif  // SWR_HAS_UTF8_X86

#endif  // SWR_DETAIL_UTF8_X86_HPP
