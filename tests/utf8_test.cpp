// Tests for swr/utf8.hpp against the Unicode Standard (version 15, chapter 3.9): table 3-6 (the bit
// patterns of UTF-8) and table 3-7 (the well-formed byte sequences). Every boundary of table 3-7 is checked
// by hand; then every 1-, 2- and 3-byte string (and every 4-byte string with a lead byte F0..FF, with
// representatives for the last byte) is compared with an independent decoder written here from table 3-6
// and definition D92 (shortest form, no surrogates, nothing above U+10FFFF); every scalar value is encoded
// and decoded back.
#include "swr/swr.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "test_support.hpp"

using swr::encode_utf8;
using swr::find_invalid_utf8;
using swr::is_valid_utf8;
using swr::utf8_sequence_length;

namespace {

// --- The independent formulation ----------------------------------------------------------------------

struct decoded {
  std::size_t length;  // 0: the bytes do not start a well-formed sequence
  std::uint32_t code_point;
};

// Table 3-6 read backwards: the lead byte's high bits give the length and its payload bits, every later byte
// must be 10xxxxxx and adds six bits. Then D92: the encoding must be the shortest one for the code point,
// which must be a scalar value (not a surrogate, at most U+10FFFF).
decoded oracle_decode(const unsigned char* p, std::size_t available) {
  if (available == 0) return {0, 0};
  const unsigned lead = p[0];
  std::size_t length = 0;
  std::uint32_t cp = 0;
  if ((lead & 0x80u) == 0x00u) return {1, lead};
  if ((lead & 0xE0u) == 0xC0u) {
    length = 2;
    cp = lead & 0x1Fu;
  } else if ((lead & 0xF0u) == 0xE0u) {
    length = 3;
    cp = lead & 0x0Fu;
  } else if ((lead & 0xF8u) == 0xF0u) {
    length = 4;
    cp = lead & 0x07u;
  } else {
    return {0, 0};  // 10xxxxxx (a continuation byte) or 11111xxx (no such lead)
  }
  if (available < length) return {0, 0};
  for (std::size_t k = 1; k < length; ++k) {
    if ((p[k] & 0xC0u) != 0x80u) return {0, 0};
    cp = (cp << 6) | (p[k] & 0x3Fu);
  }
  const std::uint32_t shortest_from[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < shortest_from[length]) return {0, 0};    // overlong
  if (cp >= 0xD800 && cp <= 0xDFFF) return {0, 0};  // a surrogate
  if (cp > 0x10FFFF) return {0, 0};                 // outside the code space
  return {length, cp};
}

std::size_t oracle_find_invalid(const unsigned char* p, std::size_t n) {
  std::size_t i = 0;
  while (i < n) {
    const decoded d = oracle_decode(p + i, n - i);
    if (d.length == 0) return i;
    i += d.length;
  }
  return n;
}

std::size_t len(std::string_view s) { return utf8_sequence_length(s, 0); }

// The number of bytes of a code point's encoding, from the ranges of table 3-6.
std::size_t encoded_size(std::uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// --- compile-time helpers -----------------------------------------------------------------------------

constexpr bool encodes_as(char32_t cp, std::string_view expected) {
  char buffer[4] = {};
  const char* end = encode_utf8(cp, buffer);
  return std::string_view(buffer, static_cast<std::size_t>(end - buffer)) == expected;
}

}  // namespace

// Compiled in every build: the functions are usable in constant expressions (C++17).
static_assert(utf8_sequence_length("a", 0) == 1);
static_assert(utf8_sequence_length("\xC3\xA9", 0) == 2);
static_assert(utf8_sequence_length("\xE0\x9F\xBF", 0) == 0);
static_assert(utf8_sequence_length("\xF4\x8F\xBF\xBF", 0) == 4);
static_assert(find_invalid_utf8("ab\xED\xA0\x80") == 2);
static_assert(find_invalid_utf8("\xE2\x82\xAC") == 3);
static_assert(is_valid_utf8("\xF0\x9F\x98\x80"));
static_assert(!is_valid_utf8("\xC0\x80"));
static_assert(encodes_as(U'A', "A"));
static_assert(encodes_as(U'\u00E9', "\xC3\xA9"));
static_assert(encodes_as(U'\u20AC', "\xE2\x82\xAC"));
static_assert(encodes_as(U'\U0010FFFF', "\xF4\x8F\xBF\xBF"));
static_assert(noexcept(utf8_sequence_length(std::string_view{}, 0)) && noexcept(
    find_invalid_utf8(std::string_view{})) && noexcept(is_valid_utf8(std::string_view{})));

TEST_CASE("utf8_sequence_length: the boundaries of table 3-7") {
  using namespace std::string_view_literals;
  // U+0000..U+007F: 00..7F
  CHECK(len("\0"sv) == 1);
  CHECK(len("\x7F") == 1);
  // Lone continuation bytes 80..BF.
  CHECK(len("\x80") == 0);
  CHECK(len("\xBF") == 0);
  CHECK(len("\x80\x80\x80\x80") == 0);
  // C0 and C1 would only make overlong forms of U+0000..U+007F.
  CHECK(len("\xC0\x80") == 0);
  CHECK(len("\xC0\xAF") == 0);
  CHECK(len("\xC1\xBF") == 0);
  // U+0080..U+07FF: C2..DF 80..BF
  CHECK(len("\xC2\x80") == 2);
  CHECK(len("\xC2\xBF") == 2);
  CHECK(len("\xDF\x80") == 2);
  CHECK(len("\xDF\xBF") == 2);
  CHECK(len("\xC2\x7F") == 0);
  CHECK(len("\xC2\xC0") == 0);
  CHECK(len("\xDF\xFF") == 0);
  // U+0800..U+0FFF: E0 A0..BF 80..BF (E0 80..9F would be overlong)
  CHECK(len("\xE0\xA0\x80") == 3);
  CHECK(len("\xE0\xBF\xBF") == 3);
  CHECK(len("\xE0\x9F\xBF") == 0);
  CHECK(len("\xE0\x80\x80") == 0);
  CHECK(len("\xE0\xC0\x80") == 0);
  // U+1000..U+CFFF: E1..EC 80..BF 80..BF
  CHECK(len("\xE1\x80\x80") == 3);
  CHECK(len("\xEC\xBF\xBF") == 3);
  CHECK(len("\xE1\x7F\x80") == 0);
  CHECK(len("\xE1\x80\x7F") == 0);
  CHECK(len("\xE1\x80\xC0") == 0);
  // U+D000..U+D7FF: ED 80..9F 80..BF (ED A0..BF would be the surrogates U+D800..U+DFFF)
  CHECK(len("\xED\x80\x80") == 3);
  CHECK(len("\xED\x9F\xBF") == 3);
  CHECK(len("\xED\xA0\x80") == 0);
  CHECK(len("\xED\xAF\xBF") == 0);
  CHECK(len("\xED\xB0\x80") == 0);
  CHECK(len("\xED\xBF\xBF") == 0);
  // U+E000..U+FFFF: EE..EF 80..BF 80..BF
  CHECK(len("\xEE\x80\x80") == 3);
  CHECK(len("\xEF\xBF\xBF") == 3);
  CHECK(len("\xEF\xBB\xBF") == 3);  // the BOM is a character like any other here
  CHECK(len("\xEF\xBF\xC0") == 0);
  // U+10000..U+3FFFF: F0 90..BF 80..BF 80..BF (F0 80..8F would be overlong)
  CHECK(len("\xF0\x90\x80\x80") == 4);
  CHECK(len("\xF0\xBF\xBF\xBF") == 4);
  CHECK(len("\xF0\x8F\xBF\xBF") == 0);
  CHECK(len("\xF0\x80\x80\x80") == 0);
  // U+40000..U+FFFFF: F1..F3 80..BF 80..BF 80..BF
  CHECK(len("\xF1\x80\x80\x80") == 4);
  CHECK(len("\xF3\xBF\xBF\xBF") == 4);
  CHECK(len("\xF1\x7F\x80\x80") == 0);
  CHECK(len("\xF1\x80\x7F\x80") == 0);
  CHECK(len("\xF1\x80\x80\x7F") == 0);
  CHECK(len("\xF1\x80\x80\xC0") == 0);
  // U+100000..U+10FFFF: F4 80..8F 80..BF 80..BF (F4 90.. would be above U+10FFFF)
  CHECK(len("\xF4\x80\x80\x80") == 4);
  CHECK(len("\xF4\x8F\xBF\xBF") == 4);
  CHECK(len("\xF4\x90\x80\x80") == 0);
  CHECK(len("\xF4\xBF\xBF\xBF") == 0);
  // F5..FF never appear.
  for (unsigned lead = 0xF5; lead <= 0xFF; ++lead) {
    CAPTURE(lead);
    const char text[] = {static_cast<char>(lead), '\x80', '\x80', '\x80'};
    CHECK(utf8_sequence_length(std::string_view(text, 4), 0) == 0);
  }
  // Truncated at the end of the input.
  CHECK(len("\xC2") == 0);
  CHECK(len("\xDF") == 0);
  CHECK(len("\xE0\xA0") == 0);
  CHECK(len("\xE1") == 0);
  CHECK(len("\xEF\xBF") == 0);
  CHECK(len("\xF0\x90\x80") == 0);
  CHECK(len("\xF4\x8F\xBF") == 0);
  CHECK(len("\xF1") == 0);
  // Truncated before an ASCII byte or another lead byte.
  CHECK(len("\xC3"
            "A") == 0);
  CHECK(len("\xE2\x82"
            "A") == 0);
  CHECK(len("\xF0\x9F\x98"
            "A") == 0);
  CHECK(len("\xE2\xE2\x82\xAC") == 0);
  // Only the sequence at `i` is looked at: what follows it does not matter.
  CHECK(len("\xC3\xA9\xFF") == 2);
  CHECK(len("\xE2\x82\xAC\x80") == 3);
  CHECK(len("\xF0\x9F\x98\x80\xF0") == 4);
  CHECK(utf8_sequence_length("a\xC3\xA9", 1) == 2);
  CHECK(utf8_sequence_length("a\xC3\xA9", 2) == 0);  // the middle of a sequence is a lone continuation byte
  CHECK(utf8_sequence_length("ab\xF4\x8F\xBF\xBF", 2) == 4);
  CHECK(utf8_sequence_length("ab\xF4\x8F\xBF", 2) == 0);
}

TEST_CASE("find_invalid_utf8 and is_valid_utf8: the first bad byte") {
  using namespace std::string_view_literals;
  CHECK(find_invalid_utf8("") == 0);
  CHECK(is_valid_utf8(""));
  CHECK(find_invalid_utf8("abc") == 3);
  CHECK(find_invalid_utf8("abc\0def"sv) == 7);  // NUL is U+0000, a character
  CHECK(find_invalid_utf8("a\xC3\xA9"
                          "b\xE2\x82\xAC\xF0\x9F\x98\x80") == 11);
  CHECK(find_invalid_utf8("\x80") == 0);
  CHECK(find_invalid_utf8("abc\x80") == 3);
  CHECK(find_invalid_utf8("\xC3\xA9\x80") == 2);  // one continuation byte too many
  CHECK(find_invalid_utf8("ab\xE2\x82") == 2);    // truncated at the end: the lead byte is reported
  CHECK(find_invalid_utf8("\xE2\x82"
                          "a") == 0);
  CHECK(find_invalid_utf8("\xF0\x9F\x98\x80\xF0\x9F\x98") == 4);
  CHECK(find_invalid_utf8("x\xED\xA0\x80\xED\xB0\x80") == 1);  // a surrogate pair, CESU-8 style
  CHECK(find_invalid_utf8("x\xF4\x90\x80\x80") == 1);
  CHECK(find_invalid_utf8("\xC0\xAF") == 0);
  CHECK(find_invalid_utf8("ok\xF5") == 2);
  CHECK(find_invalid_utf8("ok\xFF\xFE") == 2);
  CHECK(is_valid_utf8("\xEF\xBB\xBF{}"));
  CHECK_FALSE(is_valid_utf8("\xE9t\xE9"));  // ISO-8859-1
  CHECK_FALSE(is_valid_utf8("a\xC2"));
}

TEST_CASE("encode_utf8: known encodings at the range boundaries of table 3-6") {
  const auto encode = [](char32_t cp) {
    std::string out;
    encode_utf8(cp, std::back_inserter(out));
    return out;
  };
  CHECK(encode(U'\0') == std::string(1, '\0'));
  CHECK(encode(0x7F) == "\x7F");
  CHECK(encode(0x80) == "\xC2\x80");
  CHECK(encode(0xE9) == "\xC3\xA9");
  CHECK(encode(0x7FF) == "\xDF\xBF");
  CHECK(encode(0x800) == "\xE0\xA0\x80");
  CHECK(encode(0xD7FF) == "\xED\x9F\xBF");
  CHECK(encode(0xE000) == "\xEE\x80\x80");
  CHECK(encode(0xFEFF) == "\xEF\xBB\xBF");
  CHECK(encode(0xFFFF) == "\xEF\xBF\xBF");
  CHECK(encode(0x10000) == "\xF0\x90\x80\x80");
  CHECK(encode(0x1D11E) == "\xF0\x9D\x84\x9E");
  CHECK(encode(0x1F600) == "\xF0\x9F\x98\x80");
  CHECK(encode(0x40000) == "\xF1\x80\x80\x80");
  CHECK(encode(0x100000) == "\xF4\x80\x80\x80");
  CHECK(encode(0x10FFFF) == "\xF4\x8F\xBF\xBF");
  // It appends; it does not overwrite.
  std::string text = "x";
  encode_utf8(U'\u20AC', std::back_inserter(text));
  CHECK(text == "x\xE2\x82\xAC");
}

TEST_CASE("exhaustive: every 1- and 2-byte string against the independent decoder") {
  std::size_t failures = 0;
  std::size_t two_byte_sequences = 0;
  for (unsigned v = 0; v < 0x100; ++v) {
    const unsigned char bytes[1] = {static_cast<unsigned char>(v)};
    const std::string_view text(reinterpret_cast<const char*>(bytes), 1);
    if (utf8_sequence_length(text, 0) != oracle_decode(bytes, 1).length) {
      ++failures;
      FAIL_CHECK("utf8_sequence_length of the byte " << v);
    }
  }
  for (unsigned v = 0; v < 0x10000; ++v) {
    const unsigned char bytes[3] = {'x', static_cast<unsigned char>(v >> 8), static_cast<unsigned char>(v)};
    const std::string_view text(reinterpret_cast<const char*>(bytes + 1), 2);
    const std::size_t expected = oracle_decode(bytes + 1, 2).length;
    const std::string_view shifted(reinterpret_cast<const char*>(bytes), 3);  // the same at index 1
    if (utf8_sequence_length(text, 0) != expected || utf8_sequence_length(shifted, 1) != expected ||
        find_invalid_utf8(text) != oracle_find_invalid(bytes + 1, 2) ||
        is_valid_utf8(text) != (oracle_find_invalid(bytes + 1, 2) == 2)) {
      if (++failures <= 20) FAIL_CHECK("2-byte string " << (v >> 8) << " " << (v & 0xFF));
    }
    if (utf8_sequence_length(text, 0) == 2) ++two_byte_sequences;
  }
  CHECK(failures == 0);
  // Table 3-6: the 2-byte form encodes exactly U+0080..U+07FF.
  CHECK(two_byte_sequences == 0x800 - 0x80);
}

TEST_CASE("exhaustive: every 3-byte string against the independent decoder") {
  std::size_t failures = 0;
  std::size_t three_byte_sequences = 0;
  std::size_t valid_strings = 0;
  unsigned char bytes[3] = {};
  const std::string_view text(reinterpret_cast<const char*>(bytes), 3);
  for (std::uint32_t v = 0; v < (1u << 24); ++v) {
    bytes[0] = static_cast<unsigned char>(v >> 16);
    bytes[1] = static_cast<unsigned char>(v >> 8);
    bytes[2] = static_cast<unsigned char>(v);
    const std::size_t length = utf8_sequence_length(text, 0);
    const std::size_t invalid_at = find_invalid_utf8(text);
    if (length != oracle_decode(bytes, 3).length || invalid_at != oracle_find_invalid(bytes, 3) ||
        is_valid_utf8(text) != (invalid_at == 3)) {
      if (++failures <= 20) {
        FAIL_CHECK("3-byte string " << unsigned{bytes[0]} << " " << unsigned{bytes[1]} << " " << unsigned{bytes[2]}
                                    << ": length " << length << ", first invalid byte " << invalid_at);
      }
    }
    if (length == 3) ++three_byte_sequences;
    if (invalid_at == 3) ++valid_strings;
  }
  CHECK(failures == 0);
  // Counts from table 3-6, independent of any decoder: the 3-byte form encodes U+0800..U+FFFF less the 2,048
  // surrogates; a valid 3-byte string is 3 ASCII bytes, ASCII + a 2-byte sequence in either order, or one
  // 3-byte sequence.
  CHECK(three_byte_sequences == (0x10000 - 0x800) - 0x800);
  CHECK(valid_strings == 128u * 128u * 128u + 2u * 128u * (0x800 - 0x80) + ((0x10000 - 0x800) - 0x800));
}

TEST_CASE("exhaustive: every 4-byte string with a lead byte F0..FF (last byte by representatives)") {
  // The fourth byte only has to be a continuation byte; these cover both ends of 80..BF and its neighbours.
  const unsigned char last_bytes[] = {0x00, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  const std::size_t continuation_representatives = 7;  // 80 81 8F 90 9F A0 BF
  std::size_t failures = 0;
  std::size_t four_byte_sequences = 0;
  unsigned char bytes[4] = {};
  const std::string_view text(reinterpret_cast<const char*>(bytes), 4);
  for (unsigned lead = 0xF0; lead <= 0xFF; ++lead) {
    for (unsigned v = 0; v < 0x10000; ++v) {
      for (const unsigned char last : last_bytes) {
        bytes[0] = static_cast<unsigned char>(lead);
        bytes[1] = static_cast<unsigned char>(v >> 8);
        bytes[2] = static_cast<unsigned char>(v);
        bytes[3] = last;
        const std::size_t length = utf8_sequence_length(text, 0);
        if (length != oracle_decode(bytes, 4).length || find_invalid_utf8(text) != oracle_find_invalid(bytes, 4)) {
          if (++failures <= 20) {
            FAIL_CHECK("4-byte string " << lead << " " << (v >> 8) << " " << (v & 0xFF) << " " << unsigned{last});
          }
        }
        if (length == 4) ++four_byte_sequences;
      }
    }
  }
  CHECK(failures == 0);
  // The 4-byte form encodes U+10000..U+10FFFF; fixing the last byte to one of 7 of its 64 values keeps 7/64.
  CHECK(four_byte_sequences == (0x110000 - 0x10000) / 64 * continuation_representatives);
}

TEST_CASE("encode_utf8: every scalar value round-trips, in code point order") {
  std::size_t failures = 0;
  std::size_t scalar_values = 0;
  char previous[4] = {};
  std::size_t previous_size = 0;
  for (std::uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    ++scalar_values;
    char buffer[4] = {};
    const char* end = encode_utf8(static_cast<char32_t>(cp), buffer);
    const auto size = static_cast<std::size_t>(end - buffer);
    const std::string_view text(buffer, size);
    const decoded back = oracle_decode(reinterpret_cast<const unsigned char*>(buffer), size);
    // UTF-8 keeps the code point order under bytewise comparison.
    const bool ordered = cp == 0 || std::string_view(previous, previous_size) < text;
    if (size != encoded_size(cp) || utf8_sequence_length(text, 0) != size || !is_valid_utf8(text) ||
        back.length != size || back.code_point != cp || !ordered) {
      if (++failures <= 20) FAIL_CHECK("U+" << cp << " (decimal) encodes to " << size << " bytes");
    }
    std::memcpy(previous, buffer, 4);
    previous_size = size;
  }
  CHECK(failures == 0);
  CHECK(scalar_values == 0x110000 - 0x800);
}
