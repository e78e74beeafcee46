// SPDX-License-Identifier: MIT
// swrkit — the wire form of repository names: every '/' becomes '$' (docs/names.md, "Wire form").
// SWR asks for it in URL paths and in the create-repository body. Since '$' is never valid in a logical
// name, escaping is a bijection on valid names. These functions only map bytes; they do not validate.
#ifndef SWR_ESCAPE_HPP
#define SWR_ESCAPE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/byte_blocks.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

namespace detail {

// `word` with each byte equal to `from` made `to`, without a branch: such a byte is a zero byte of
// word ^ from...from, found exactly (no carry crosses bytes) as a byte whose high bit stays clear after adding
// 0x7F to its low seven bits.
template <class Word>
constexpr Word replace_in_word(Word word, char from, char to) noexcept {
  constexpr Word ones = static_cast<Word>(~Word{0}) / 0xFF;  // 0x0101...01
  constexpr Word low7 = ones * 0x7F, high = ones * 0x80;
  const Word x = static_cast<Word>(word ^ (ones * static_cast<unsigned char>(from)));
  const Word nonzero = static_cast<Word>((((x & low7) + low7) | x) & high);
  const Word match = static_cast<Word>((nonzero ^ high) >> 7);  // 1 in each byte equal to `from`
  return static_cast<Word>(word ^ (match * static_cast<unsigned char>(from ^ to)));
}

// p[0, n) into out[0, n) with every `from` replaced by `to` (out may be p), a word of 8 bytes at a time with the
// last word moved back to end on the last byte, or two overlapping words of 4 for 4 to 7 bytes, so that nothing
// is read or written outside the n bytes. The portable path of replace_byte_run_time; the tests run it on its own.
inline void replace_byte_in_words(const char* p, std::size_t n, char from, char to, char* out) noexcept {
  if (n >= 8) {
    for (std::size_t i = 0; i < n; i += 8) {
      const std::size_t at = n - i >= 8 ? i : n - 8;  // in place, this word may be partly replaced already
      std::uint64_t word = 0;
      __builtin_memcpy(&word, p + at, 8);
      word = replace_in_word(word, from, to);
      __builtin_memcpy(out + at, &word, 8);
    }
  } else if (n >= 4) {  // both words loaded before either is stored, so that out may be p
    std::uint32_t first = 0, last = 0;
    __builtin_memcpy(&first, p, 4);
    __builtin_memcpy(&last, p + n - 4, 4);
    first = replace_in_word(first, from, to);
    last = replace_in_word(last, from, to);
    __builtin_memcpy(out, &first, 4);
    __builtin_memcpy(out + n - 4, &last, 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) out[i] = p[i] == from ? to : p[i];
  }
}

// replace_byte_in_words's contract, in blocks of 16 bytes (byte_blocks.hpp) where there are blocks and at least
// 16 bytes, the last block moved back likewise. The body parser (body_fast_path.hpp) and the writer
// (json_text.hpp) use it for the repository's wire form.
inline void replace_byte_run_time(const char* p, std::size_t n, char from, char to, char* out) noexcept {
#if SWR_HAS_BYTE_BLOCKS
  if (n >= 16) {
    const byte_block match_value = splat_byte(static_cast<unsigned char>(from));
    const byte_block replacement = splat_byte(static_cast<unsigned char>(to));
    for (std::size_t i = 0; i < n; i += 16) {
      const std::size_t at = n - i >= 16 ? i : n - 16;  // in place, this block may be partly replaced already
      const byte_block bytes = load_byte_block(p + at);
      const byte_block match = reinterpret_cast<byte_block>(bytes == match_value);
      const byte_block replaced = (bytes & ~match) | (replacement & match);
      __builtin_memcpy(out + at, &replaced, 16);
    }
    return;
  }
#endif
  replace_byte_in_words(p, n, from, to, out);
}

// Copies `in` with every `from` replaced by `to`; all or nothing, so never a half-written name.
constexpr std::size_t replace_byte(std::string_view in, char from, char to, char* out, std::size_t capacity) noexcept {
  if (capacity < in.size()) return in.size();
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    replace_byte_run_time(in.data(), in.size(), from, to, out);
    return in.size();
  }
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = in[i] == from ? to : in[i];
  return in.size();
}

}  // namespace detail

/// Writes the wire form of `name` into `out` and returns its size (always `name.size()`).
/// When `capacity` is smaller than that, writes nothing and still returns the size needed.
[[nodiscard]] constexpr std::size_t escape_repository(std::string_view name, char* out, std::size_t capacity) noexcept {
  return detail::replace_byte(name, '/', '$', out, capacity);
}

/// Writes the logical form of a wire name (`$` → `/`) into `out`; same contract as the escaping form.
[[nodiscard]] constexpr std::size_t unescape_repository(std::string_view wire, char* out,
                                                        std::size_t capacity) noexcept {
  return detail::replace_byte(wire, '$', '/', out, capacity);
}

/// The wire form of a logical repository name: `team/app` → `team$app`.
[[nodiscard]] SWR_CONSTEXPR_STRING std::string escape_repository(std::string_view name) {
  std::string out(name.size(), '\0');
  static_cast<void>(escape_repository(name, out.data(), out.size()));  // the same size: nothing to check
  return out;
}

/// The logical form of a wire repository name: `team$app` → `team/app`.
[[nodiscard]] SWR_CONSTEXPR_STRING std::string unescape_repository(std::string_view wire) {
  std::string out(wire.size(), '\0');
  static_cast<void>(unescape_repository(wire, out.data(), out.size()));  // the same size: nothing to check
  return out;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ESCAPE_HPP
