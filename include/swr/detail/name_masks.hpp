// SPDX-License-Identifier: MIT
// swrkit — the scan of docs/names.md ("Diagnostics", step 3) as bit operations on whole names: the run-time
// fast path of check_name and check_name_prefix (names.hpp), which keep the automaton for constant
// evaluation and for compilers without vector extensions.
//
// Why it works: a name is at most 128 bytes, so one bit per byte fits in one or two machine words, and every
// rule of the scan looks back at most two bytes. With masks of the bytes in the kind's alphabet (valid), of
// the separators (sep), of '_' (under) and of '-' (hyphen), the violations at byte i are
//   invalid_character     ~valid
//   too_many_underscores  under & under<<1 & under<<2
//   adjacent_separators   sep & sep<<1 & ~(under & under<<1) & ~(hyphen & hyphen<<1)
// (invalid_start is the first byte alone). Before the first violation the text is well-formed, so these are
// exactly the automaton's transitions there; the lowest set bit is the first violation, and where two rules
// hold at one byte the spec's order picks the error.
//
// The masks come from 16 bytes at a time, with the compiler's vector extensions: SSE2 on x86-64, NEON on
// ARM, whatever the target has, and not <immintrin.h>, which costs a third of a second per translation unit.
// Loads never leave the name: a name of 16 bytes or more is covered by 16-byte blocks whose last one is moved
// back to end on the name's last byte (overlapping bits agree), and a shorter one is assembled from loads of
// 8, 4 and 1 bytes within it. SWRKIT_DISABLE_SIMD turns the fast path off.
#ifndef SWR_DETAIL_NAME_MASKS_HPP
#define SWR_DETAIL_NAME_MASKS_HPP

#include <cstddef>
#include <cstdint>

#include "swr/config.hpp"
#include "swr/detail/byte_blocks.hpp"
#include "swr/name_check.hpp"

// 128-bit integers too: 64-bit targets.
#if SWR_HAS_BYTE_BLOCKS && defined(__SIZEOF_INT128__)
#define SWR_HAS_NAME_MASKS 1
#else
#define SWR_HAS_NAME_MASKS 0
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// The scan's result as names.hpp's scan_name gives it: the first violation, or none and whether the text
// ends with a separator.
struct name_scan_result {
  name_check first_violation;
  bool ends_with_separator = false;
};

#if SWR_HAS_NAME_MASKS
// GCOVR_EXCL_BR_START: at -O0 (the coverage build) GCC lowers the block arithmetic with branch points of its
// own; the behaviour is held to the automaton by name_masks_test and fast_paths_fuzzer instead.

__extension__ typedef unsigned __int128 name_mask128;

// The masks of a name, bit i for byte i. Five classes of bytes matter (invalid, alphanumeric, '.' or '/',
// '_', '-'), so three masks tell them apart: `valid`, `dot_under` ('.' '/' '_') and `under_hyphen` ('_' '-').
// A separator is in either of the last two, '_' in both.
template <class Mask>
struct name_masks {
  Mask valid = 0, dot_under = 0, under_hyphen = 0;
};

// '-' '.' '/' and the digits are the contiguous bytes 0x2D..0x39, so a block takes two range tests and a few
// comparisons.
template <class Movemask, bool Repository>
inline name_masks<std::uint64_t> classify_name_block(byte_block bytes) noexcept {
  const byte_block from_hyphen = bytes - splat_byte('-');
  const byte_block letter = reinterpret_cast<byte_block>((bytes - splat_byte('a')) <= splat_byte('z' - 'a'));
  const byte_block under = reinterpret_cast<byte_block>(bytes == splat_byte('_'));
  const byte_block hyphen = reinterpret_cast<byte_block>(from_hyphen == splat_byte(0));
  byte_block valid = reinterpret_cast<byte_block>(from_hyphen <= splat_byte('9' - '-')) | letter | under;
  byte_block dot = reinterpret_cast<byte_block>(bytes == splat_byte('.'));
  if (Repository) {
    dot |= reinterpret_cast<byte_block>(bytes == splat_byte('/'));
  } else {
    valid &= reinterpret_cast<byte_block>(bytes != splat_byte('/'));  // a namespace has no '/'
  }
  return {Movemask::of(valid), Movemask::of(dot | under), Movemask::of(under | hyphen)};
}

// The 1 to 15 bytes of a short name in a block, zeros after them (a zero is in no class), read without
// touching a byte outside the name: two overlapping loads of 8 or 4 bytes, or single bytes.
inline byte_block load_short_name(const char* p, std::size_t n) noexcept {
  std::uint64_t low = 0, high = 0;
  if (n >= 8) {
    std::uint64_t last8;
    __builtin_memcpy(&low, p, 8);
    __builtin_memcpy(&last8, p + n - 8, 8);
    high = n == 8 ? 0 : last8 >> (8 * (16 - n));  // bytes 8..n-1
  } else if (n >= 4) {
    std::uint32_t first4, last4;
    __builtin_memcpy(&first4, p, 4);
    __builtin_memcpy(&last4, p + n - 4, 4);
    low = first4 | static_cast<std::uint64_t>(last4) << (8 * (n - 4));
  } else {  // 1 to 3 bytes: the first, the middle and the last, which coincide as n shrinks
    const auto byte = [p](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
    low = byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
  }
  // Joined as a vector, not through an array in memory: two 8-byte stores read back by one 16-byte load stall
  // store forwarding, which cost a third of the time of a mixed corpus of names.
  typedef std::uint64_t word_pair __attribute__((vector_size(16)));
  const word_pair words = {low, high};
  return reinterpret_cast<byte_block>(words);
}

// Blocks first..last-1 of a name of 16(blocks - 2) + 1 to 16 blocks bytes (at least 16), as a 64-bit word:
// block k holds bytes 16k..16k+15 at bits 16(k % 4)... Every block but the last two is inside the name. The
// last two are loaded at n - 16 when they would pass its end, and their masks shifted right so that only the
// bytes from 16k on remain: none when 16k >= n. (The shift is at most 48 bits in a one-word name; in a
// two-word one, n > 64 keeps it at most 63.) A fixed number of loads costs less than a mispredicted loop exit.
// Always inlined, with constant block numbers, so that the loop unrolls and the shifts `to` are constants
// (as template arguments they would cost every includer a dozen instantiations to compile).
template <class Movemask, bool Repository>
__attribute__((always_inline)) inline name_masks<std::uint64_t> name_mask_word(const char* p, std::size_t n,
                                                                               unsigned blocks, unsigned first,
                                                                               unsigned last) noexcept {
  name_masks<std::uint64_t> word;
  const unsigned last_start = static_cast<unsigned>(n) - 16;
#pragma GCC unroll 4
  for (unsigned k = first; k < last; ++k) {
    const bool inside = k + 2 < blocks || k == 0;
    const unsigned at = inside || 16 * k < last_start ? 16 * k : last_start;
    const unsigned drop = 16 * k - at, to = 16 * (k % 4);
    const name_masks<std::uint64_t> m = classify_name_block<Movemask, Repository>(load_byte_block(p + at));
    word.valid |= (m.valid >> drop) << to;
    word.dot_under |= (m.dot_under >> drop) << to;
    word.under_hyphen |= (m.under_hyphen >> drop) << to;
  }
  return word;
}

inline unsigned name_lowest_bit(std::uint64_t m) noexcept { return static_cast<unsigned>(__builtin_ctzll(m)); }
inline unsigned name_lowest_bit(name_mask128 m) noexcept {
  const auto low = static_cast<std::uint64_t>(m);
  return low != 0 ? name_lowest_bit(low) : 64 + name_lowest_bit(static_cast<std::uint64_t>(m >> 64));
}

template <class Mask>
inline bool name_bit(Mask m, std::size_t i) noexcept {
  return ((m >> i) & 1) != 0;
}

// The rules on the masks of a whole name (one 64-bit word up to 64 bytes, two beyond).
template <bool Repository, class Mask>
inline name_scan_result scan_name_masks(const name_masks<Mask>& m, const char* p, std::size_t n) noexcept {
  const Mask in_name = n == 8 * sizeof(Mask) ? ~Mask{0} : (Mask{1} << n) - 1;
  const Mask sep = m.dot_under | m.under_hyphen, under = m.dot_under & m.under_hyphen;
  const Mask hyphen = m.under_hyphen & ~m.dot_under;
  const Mask pairs_allowed = (under & under << 1) | (hyphen & hyphen << 1);
  const Mask invalid = in_name & ~m.valid;
  const Mask third_underscore = under & under << 2 & under << 1;
  const Mask adjacent = sep & sep << 1 & ~pairs_allowed;
  // The first byte may be neither a separator nor, in a namespace, a digit.
  const bool bad_start = name_bit(sep, 0) || (!Repository && p[0] >= '0' && p[0] <= '9');
  const Mask violations = invalid | third_underscore | adjacent | Mask{bad_start};
  if (violations == 0) return {{}, name_bit(sep, n - 1)};
  const unsigned i = name_lowest_bit(violations);
  name_error error = name_error::adjacent_separators;
  if (name_bit(invalid, i)) {
    error = name_error::invalid_character;
  } else if (i == 0) {
    error = name_error::invalid_start;
  } else if (name_bit(third_underscore, i)) {
    error = name_error::too_many_underscores;
  }
  return {{error, i}, false};
}

// The scan of a text of 1 to max_length(kind) bytes (128 for a repository, 64 for a namespace, whose scan then
// needs no second word), with as many blocks as it needs: one for up to 15 bytes, then 2, 4, 6 or 8.
template <class Movemask, bool Repository>
inline name_scan_result scan_name_masks(const char* p, std::size_t n) noexcept {
  if (n <= 64 || !Repository) {
    name_masks<std::uint64_t> m;
    if (n < 16) {
      m = classify_name_block<Movemask, Repository>(load_short_name(p, n));
    } else if (n <= 32) {
      m = name_mask_word<Movemask, Repository>(p, n, 2, 0, 2);
    } else {
      m = name_mask_word<Movemask, Repository>(p, n, 4, 0, 4);
    }
    return scan_name_masks<Repository>(m, p, n);
  }
  const unsigned blocks = n <= 96 ? 6 : 8;
  const name_masks<std::uint64_t> low = name_mask_word<Movemask, Repository>(p, n, blocks, 0, 4);
  const name_masks<std::uint64_t> high = blocks == 6 ? name_mask_word<Movemask, Repository>(p, n, 6, 4, 6)
                                                     : name_mask_word<Movemask, Repository>(p, n, 8, 4, 8);
  const auto join = [](std::uint64_t lo, std::uint64_t hi) { return static_cast<name_mask128>(hi) << 64 | lo; };
  const name_masks<name_mask128> m{join(low.valid, high.valid), join(low.dot_under, high.dot_under),
                                   join(low.under_hyphen, high.under_hyphen)};
  return scan_name_masks<Repository>(m, p, n);
}

template <class Movemask = movemask_native>
inline name_scan_result scan_name_masks(name_kind kind, const char* p, std::size_t n) noexcept {
  return kind == name_kind::repository ? scan_name_masks<Movemask, true>(p, n) : scan_name_masks<Movemask, false>(p, n);
}

// GCOVR_EXCL_BR_STOP
#endif  // SWR_HAS_NAME_MASKS

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_NAME_MASKS_HPP
