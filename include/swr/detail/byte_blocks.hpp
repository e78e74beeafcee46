// SPDX-License-Identifier: MIT
// swrkit — 16-byte blocks for the run-time fast paths (names, JSON text): a vector type, a load, a splat and
// the movemask that turns a comparison's 0x00/0xFF bytes into bits, byte i at bit i.
//
// Written with the compiler's vector extensions, which GCC and Clang lower to SSE2 on x86-64 (baseline there),
// NEON on ARM, or whatever the target has, and not with <immintrin.h>, which costs a third of a second per
// translation unit. Little-endian targets only (bit i must be byte i), and not WebAssembly without SIMD,
// where a vector operation would become sixteen scalar ones. SWRKIT_DISABLE_SIMD turns every fast path off;
// the portable code they stand in for then runs, as it does in constant evaluation.
#ifndef SWR_DETAIL_BYTE_BLOCKS_HPP
#define SWR_DETAIL_BYTE_BLOCKS_HPP

#include <cstdint>

#include "swr/config.hpp"

#if !defined(SWRKIT_DISABLE_SIMD) && (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !(defined(__wasm__) && !defined(__wasm_simd128__))
#define SWR_HAS_BYTE_BLOCKS 1
#else
#define SWR_HAS_BYTE_BLOCKS 0
#endif

#if SWR_HAS_BYTE_BLOCKS
namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

typedef unsigned char byte_block __attribute__((vector_size(16)));
typedef char byte_block_chars __attribute__((vector_size(16)));  // what SSE2's pmovmskb builtin takes

constexpr byte_block splat_byte(unsigned char c) noexcept {
  const byte_block b = {c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c};
  return b;
}

// The 16 bytes at p; the caller guarantees that they are all inside its data.
inline byte_block load_byte_block(const char* p) noexcept {
  byte_block b;
  __builtin_memcpy(&b, p, 16);
  return b;
}

// The sign bit of each byte of a block, on any target: each 8-byte half's sign bits gathered into its top
// byte by one multiplication.
inline std::uint64_t movemask_portable(byte_block m) noexcept {
  std::uint64_t half[2];
  __builtin_memcpy(half, &m, 16);
  constexpr std::uint64_t sign_bits = 0x8080808080808080U, gather = 0x0002040810204081U;
  return (((half[0] & sign_bits) * gather) >> 56) | (((half[1] & sign_bits) * gather) >> 56) << 8;
}

// The movemasks as policies, so that the tests can run a fast path with either: the target's own instruction
// where there is one (SSE2's pmovmskb, WebAssembly's i8x16.bitmask), and the portable one.
struct movemask_native {
  static std::uint64_t of(byte_block m) noexcept {
#if defined(__SSE2__)
    return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<byte_block_chars>(m)));
#elif defined(__wasm_simd128__)  // WebAssembly's SIMD (the npm package: web/build.mjs builds with -msimd128)
    return static_cast<std::uint32_t>(__builtin_wasm_bitmask_i8x16(reinterpret_cast<byte_block_chars>(m)));
#else
    return movemask_portable(m);
#endif
  }
};
struct movemask_generic {
  static std::uint64_t of(byte_block m) noexcept { return movemask_portable(m); }
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr
#endif  // SWR_HAS_BYTE_BLOCKS

#endif  // SWR_DETAIL_BYTE_BLOCKS_HPP
