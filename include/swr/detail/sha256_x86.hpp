// SPDX-License-Identifier: MIT
// swrkit — the SHA-256 block function on the x86 SHA extensions (SHA-NI: sha256rnds2, sha256msg1,
// sha256msg2), chosen at run time: sha256_blocks (sha256.hpp) calls it when the CPU has them, and the
// portable code otherwise. Written with the compiler's vector extensions and SHA builtins rather than
// <immintrin.h>, which would add about a third of a second to every translation unit that includes swrkit.
// GCC 12 or later (for __builtin_shufflevector) or Clang; elsewhere, or with SWRKIT_DISABLE_SHA256_X86
// defined, SWR_HAS_SHA256_X86 is 0 and only the portable code exists.
#ifndef SWR_DETAIL_SHA256_X86_HPP
#define SWR_DETAIL_SHA256_X86_HPP

#include <cstddef>
#include <cstdint>

#include "swr/config.hpp"
#include "swr/detail/sha256_constants.hpp"

// GCC's __has_builtin does not report target builtins whose target is not enabled, so the version says it.
#if !defined(SWRKIT_DISABLE_SHA256_X86) && (defined(__x86_64__) || defined(__i386__))
#if defined(__clang__)
#if __has_builtin(__builtin_shufflevector) && __has_builtin(__builtin_ia32_sha256rnds2)
#define SWR_HAS_SHA256_X86 1
#endif
#elif defined(__GNUC__) && __GNUC__ >= 12
#define SWR_HAS_SHA256_X86 1
#endif
#endif
#ifndef SWR_HAS_SHA256_X86
#define SWR_HAS_SHA256_X86 0
#endif

#if SWR_HAS_SHA256_X86
#include <cpuid.h>  // __get_cpuid, __get_cpuid_count: a few macros and two inline functions

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// Whether this CPU has SHA-NI and the SSSE3/SSE4.1 instructions the kernel also uses. Asked once.
inline bool sha256_x86_available() noexcept {
  // GCOVR_EXCL_BR_START: one CPU answers one way (the tests run the kernel and the portable code either way)
  static const bool available = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid(1, &a, &b, &c, &d) == 0) return false;
    const bool ssse3_and_sse41 = (c & (1U << 9)) != 0 && (c & (1U << 19)) != 0;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0) return false;
    return ssse3_and_sse41 && (b & (1U << 29)) != 0;
  }();
  // GCOVR_EXCL_BR_STOP
  return available;
}

namespace sha_ni {
typedef int words __attribute__((vector_size(16)));         // what the SHA builtins take
typedef unsigned uwords __attribute__((vector_size(16)));   // for wrapping additions
typedef char bytes __attribute__((vector_size(16)));        // for the byte swap
typedef long long halves __attribute__((vector_size(16)));  // the element type GCC's builtins expect

#define SWR_SHA_NI_TARGET __attribute__((target("sha,ssse3,sse4.1"), always_inline))

SWR_SHA_NI_TARGET inline words add(words a, words b) {
  return reinterpret_cast<words>(reinterpret_cast<uwords>(a) + reinterpret_cast<uwords>(b));
}

// The message words of a block, loaded big-endian.
SWR_SHA_NI_TARGET inline words load_message(const char* p) {
  bytes raw;
  __builtin_memcpy(&raw, p, 16);
  return reinterpret_cast<words>(
      __builtin_shufflevector(raw, raw, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12));
}

SWR_SHA_NI_TARGET inline words load_constants(std::size_t group) {
  words k;
  __builtin_memcpy(&k, sha256_round_constants + 4 * group, 16);
  return k;
}

// Four rounds: the message words plus their constants, two rounds at a time.
SWR_SHA_NI_TARGET inline void rounds(words& abef, words& cdgh, words message_plus_k) {
  cdgh = __builtin_ia32_sha256rnds2(cdgh, abef, message_plus_k);
  abef = __builtin_ia32_sha256rnds2(abef, cdgh, __builtin_shufflevector(message_plus_k, message_plus_k, 2, 3, 0, 0));
}

// The next four message words from the last sixteen: w = msg2(w + (the words 7 back), the last four).
SWR_SHA_NI_TARGET inline words schedule(words partial, words last, words before_last) {
  const words seven_back = __builtin_shufflevector(before_last, last, 1, 2, 3, 4);
  return __builtin_ia32_sha256msg2(add(partial, seven_back), last);
}

SWR_SHA_NI_TARGET inline words msg1(words a, words b) { return __builtin_ia32_sha256msg1(a, b); }

}  // namespace sha_ni

// FIPS 180-4, 6.2.2, on the SHA extensions: the same function as sha256_blocks_portable. Call it only when
// sha256_x86_available() says so.
__attribute__((target("sha,ssse3,sse4.1"))) inline void sha256_blocks_x86(std::uint32_t* state, const char* data,
                                                                          std::size_t blocks) noexcept {
  using namespace sha_ni;
  words abcd, efgh;
  __builtin_memcpy(&abcd, state, 16);
  __builtin_memcpy(&efgh, state + 4, 16);
  // The instructions keep the state as {f, e, b, a} and {h, g, d, c}.
  words abef = __builtin_shufflevector(abcd, efgh, 5, 4, 1, 0);
  words cdgh = __builtin_shufflevector(abcd, efgh, 7, 6, 3, 2);

  for (; blocks > 0; --blocks, data += 64) {
    const words abef_before = abef, cdgh_before = cdgh;
    // m0..m3 hold the sixteen latest message words; each group of four rounds makes the next four.
    words m0 = load_message(data), m1 = load_message(data + 16);
    words m2 = load_message(data + 32), m3 = load_message(data + 48);
    rounds(abef, cdgh, add(m0, load_constants(0)));
    rounds(abef, cdgh, add(m1, load_constants(1)));
    m0 = msg1(m0, m1);
    rounds(abef, cdgh, add(m2, load_constants(2)));
    m1 = msg1(m1, m2);
    rounds(abef, cdgh, add(m3, load_constants(3)));
    m0 = schedule(m0, m3, m2);
    m2 = msg1(m2, m3);
    for (std::size_t group = 4; group < 16; group += 4) {
      rounds(abef, cdgh, add(m0, load_constants(group)));
      m1 = schedule(m1, m0, m3);
      m3 = msg1(m3, m0);
      rounds(abef, cdgh, add(m1, load_constants(group + 1)));
      m2 = schedule(m2, m1, m0);
      if (group < 12) m0 = msg1(m0, m1);
      rounds(abef, cdgh, add(m2, load_constants(group + 2)));
      m3 = schedule(m3, m2, m1);
      if (group < 12) m1 = msg1(m1, m2);
      rounds(abef, cdgh, add(m3, load_constants(group + 3)));
      if (group < 12) m0 = schedule(m0, m3, m2);
      if (group < 12) m2 = msg1(m2, m3);
    }
    abef = add(abef, abef_before);
    cdgh = add(cdgh, cdgh_before);
  }
  abcd = __builtin_shufflevector(abef, cdgh, 3, 2, 7, 6);
  efgh = __builtin_shufflevector(abef, cdgh, 1, 0, 5, 4);
  __builtin_memcpy(state, &abcd, 16);
  __builtin_memcpy(state + 4, &efgh, 16);
}

#undef SWR_SHA_NI_TARGET

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr
#endif  // SWR_HAS_SHA256_X86

#endif  // SWR_DETAIL_SHA256_X86_HPP
