// Tests for swr/detail/utf8_x86.hpp, the SSSE3 and AVX2 UTF-8 validation that find_invalid_utf8 asks first at
// run time, against the portable code (utf8_sequence_length, itself tested exhaustively in utf8_test.cpp): every
// 2-byte string and the boundary bytes of longer ones, at offsets around the 16- and 32-byte block edges and the
// end, and before a whole ASCII block; random texts with one byte changed; and texts that end on the last
// readable byte before an unreadable page. Each kernel the CPU has is run, whichever the dispatch picks.
#include "swr/swr.hpp"

#include <random>
#include <string>
#include <string_view>

#include "guarded_page.hpp"
#include "test_support.hpp"

namespace {

// The portable verdict: every sequence well-formed, one after another.
bool portable_valid(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = swr::utf8_sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

#if SWR_HAS_UTF8_X86
using swr::detail::utf8_x86_kernel;

bool cpu_has(utf8_x86_kernel kernel) {
  return static_cast<int>(swr::detail::utf8_x86_best_kernel()) >= static_cast<int>(kernel);
}

// Every kernel this CPU has agrees with the portable code. SSSE3 takes texts of 16 bytes or more
// (find_invalid_utf8 scans shorter ones itself), AVX2 of 32 or more (the dispatch gives it no shorter ones).
bool kernel_agrees(std::string_view text) {
  const bool valid = portable_valid(text);
  if (cpu_has(utf8_x86_kernel::ssse3) && text.size() >= 16 &&
      swr::detail::utf8_valid_ssse3(text.data(), text.size()) != valid) {
    return false;
  }
  if (cpu_has(utf8_x86_kernel::avx2) && text.size() >= 32 &&
      swr::detail::utf8_valid_avx2(text.data(), text.size()) != valid) {
    return false;
  }
  return swr::detail::utf8_valid_x86(text.data(), text.size()) == (valid && text.size() >= 16);
}
#endif

// Bytes that stand for every class table 3-7 tells apart: ASCII, each end of the continuation ranges, and
// each kind of lead byte with its special second-byte ranges.
constexpr unsigned char representatives[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                             0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                             0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};

}  // namespace

#if SWR_HAS_UTF8_X86
// In the test suite "bulk": the coverage run leaves it out (scripts/test.sh), since it takes 40 s unoptimized and
// reaches no line or branch the others do not.
TEST_CASE("the SIMD validation agrees with the portable code around every block edge" * doctest::test_suite("bulk")) {
  if (!cpu_has(utf8_x86_kernel::ssse3)) {
    MESSAGE("this CPU has no SSSE3: the kernels are not tested");
    return;
  }
  if (!cpu_has(utf8_x86_kernel::avx2)) MESSAGE("this CPU has no AVX2: that kernel is not tested");
  std::size_t failures = 0;
  // Every 2-byte string, at offsets that put it inside a block, across an edge and at the text's end.
  for (const std::size_t offset : {14U, 15U, 16U, 17U, 29U, 30U, 31U, 32U, 33U, 46U, 62U, 63U}) {
    for (unsigned v = 0; v < 0x10000; ++v) {
      std::string text(offset, 'a');
      text += static_cast<char>(v >> 8);
      text += static_cast<char>(v & 0xFF);
      // Tails of 16 bytes and more: a whole ASCII block follows, which the kernel checks only for a sequence
      // the block before left unfinished.
      for (const std::size_t tail : {0U, 1U, 3U, 16U, 17U}) {
        const std::string whole = text + std::string(tail, 'b');
        if (!kernel_agrees(whole) && ++failures <= 10) FAIL_CHECK("offset " << offset << ", bytes " << v);
      }
    }
  }
  // Every 3- and 4-byte string of representatives, likewise, and followed by a whole ASCII block of either size.
  const std::string ascii_block(32, 'b');
  for (const std::size_t offset : {13U, 14U, 15U, 16U, 28U, 29U, 30U, 31U}) {
    for (const unsigned char a : representatives) {
      for (const unsigned char b : representatives) {
        for (const unsigned char c : representatives) {
          for (const unsigned char d : representatives) {
            std::string text(offset, 'a');
            text += static_cast<char>(a);
            text += static_cast<char>(b);
            text += static_cast<char>(c);
            if (!kernel_agrees(text) && ++failures <= 10) FAIL_CHECK("offset " << offset << ", 3 bytes");
            if (!kernel_agrees(text + ascii_block) && ++failures <= 10) FAIL_CHECK("offset " << offset << ", 3 + 16");
            text += static_cast<char>(d);
            if (!kernel_agrees(text) && ++failures <= 10) FAIL_CHECK("offset " << offset << ", 4 bytes");
            if (!kernel_agrees(text + ascii_block) && ++failures <= 10) FAIL_CHECK("offset " << offset << ", 4 + 16");
          }
        }
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("the SIMD validation agrees with the portable code on random texts with one byte changed") {
  if (!cpu_has(utf8_x86_kernel::ssse3)) return;
  std::mt19937 rng(1128);
  std::size_t failures = 0;
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    const std::size_t code_points = 8 + rng() % 80;
    for (std::size_t i = 0; i < code_points; ++i) {
      const auto kind = rng() % 5;
      char32_t cp = kind < 2    ? static_cast<char32_t>(rng() % 0x80)
                    : kind == 2 ? static_cast<char32_t>(0x80 + rng() % 0x780)
                    : kind == 3 ? static_cast<char32_t>(0x800 + rng() % 0xF800)
                                : static_cast<char32_t>(0x10000 + rng() % 0x100000);
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 'x';
      swr::encode_utf8(cp, std::back_inserter(text));
    }
    if (!text.empty() && rng() % 2 == 0) text[rng() % text.size()] = static_cast<char>(representatives[rng() % 27]);
    if (!text.empty() && rng() % 4 == 0) text.pop_back();  // maybe cuts a sequence short
    if (!kernel_agrees(text) && ++failures <= 10) FAIL_CHECK("text of " << text.size() << " bytes");
  }
  CHECK(failures == 0);
}
#endif

#if SWR_TEST_HAS_GUARDED_PAGE
TEST_CASE("UTF-8 validation reads nothing past the end of the text") {
  swr_test::guarded_page page;
  REQUIRE(page.ok());
  if (!page.ok()) return;  // without exceptions, a failed REQUIRE does not stop the test case
  for (std::size_t n = 0; n <= 100; ++n) {
    std::string valid;
    while (valid.size() < n) valid += valid.size() % 3 == 0 ? "\xC3\xA9" : "a";
    valid.resize(n);  // may cut a sequence: then invalid
    CAPTURE(n);
    const std::string_view guarded = page.at_end(valid);
    CHECK(swr::find_invalid_utf8(guarded) == swr::find_invalid_utf8(valid));
    CHECK(swr::is_valid_utf8(guarded) == portable_valid(valid));
#if SWR_HAS_UTF8_X86
    CHECK(kernel_agrees(guarded));  // each kernel the CPU has, not only the one the dispatch picks
#endif
  }
}
#endif
