// SPDX-License-Identifier: MIT
// swrkit — strict UTF-8 (Unicode 15, table 3-7): no overlong forms, no surrogates (U+D800–U+DFFF),
// nothing above U+10FFFF, no truncated sequences. constexpr and allocation-free.
#ifndef SWR_UTF8_HPP
#define SWR_UTF8_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/byte_blocks.hpp"
#include "swr/detail/utf8_x86.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The length (1–4) of the well-formed UTF-8 sequence that starts at `text[i]`, or 0 when the bytes there
/// do not form one. Precondition: `i < text.size()`.
[[nodiscard]] constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte; later bytes are always 80..BF
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong 3-byte forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // no overlong 4-byte forms
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;  // a continuation byte, C0/C1 (overlong) or F5..FF
  }
  if (text.size() - i < length) return 0;
  const unsigned char second = byte(i + 1);
  if (second < low || second > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    const unsigned char b = byte(i + k);
    if (b < 0x80 || b > 0xBF) return 0;
  }
  return length;
}

/// The offset of the first byte that does not start a well-formed sequence, or `text.size()` if none.
[[nodiscard]] constexpr std::size_t find_invalid_utf8(std::string_view text) noexcept {
  std::size_t i = 0;
#if SWR_HAS_UTF8_X86
  // At run time, a whole valid text is confirmed 32 or 16 bytes at a time; only an invalid one is scanned below.
  // GCOVR_EXCL_BR_START: constant evaluation, and the CPU answers one way (the kernels are tested directly)
  if (!SWR_IS_CONSTANT_EVALUATED() && text.size() >= 16 && detail::utf8_valid_x86(text.data(), text.size())) {
    return text.size();
  }
  // GCOVR_EXCL_BR_STOP
#endif
#if SWR_HAS_BYTE_BLOCKS
  // At run time, blocks of 16 ASCII bytes are valid as they are.
  if (!SWR_IS_CONSTANT_EVALUATED()) {
    while (text.size() - i >= 16 &&
           detail::movemask_native::of(detail::load_byte_block(text.data() + i)) == 0) {  // no sign bit set
      i += 16;
    }
  }
#endif
  while (i < text.size()) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return i;
}

[[nodiscard]] constexpr bool is_valid_utf8(std::string_view text) noexcept {
  return find_invalid_utf8(text) == text.size();
}

/// The number of bytes that are not continuation bytes (10xxxxxx): in valid UTF-8, the number of code points.
[[nodiscard]] constexpr std::size_t count_code_points(std::string_view text) noexcept {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

/// Appends the UTF-8 encoding of a Unicode scalar value (not a surrogate, at most U+10FFFF) through `out`.
template <class OutputIt>
constexpr OutputIt encode_utf8(char32_t cp, OutputIt out) {
  const auto put = [&](unsigned value) { *out++ = static_cast<char>(static_cast<unsigned char>(value)); };
  const auto c = static_cast<unsigned>(cp);
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
  return out;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_UTF8_HPP
