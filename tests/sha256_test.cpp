// Tests for swr/sha256.hpp: SHA-256 against FIPS 180-4's examples, HMAC-SHA-256 against RFC 4231's cases,
// incremental against one-shot at every split, the accelerated block function against the portable one,
// and messages that end on the last readable byte before an unmapped page.
#include "swr/swr.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "byte_generator.hpp"
#include "guarded_page.hpp"
#include "test_support.hpp"

namespace {

constexpr std::string_view fips_448_bits = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
constexpr std::string_view fips_896_bits =
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

std::string hex(std::string_view message) { return std::string(swr::to_hex(swr::sha256::digest(message)).view()); }

std::string hmac_hex(std::string_view key, std::string_view message) {
  return std::string(swr::to_hex(swr::hmac_sha256::digest(key, message)).view());
}

std::string digest_bytes(const swr::sha256_digest& d) {
  return std::string(reinterpret_cast<const char*>(d.bytes), sizeof d.bytes);
}

// RFC 2104 written out with the hash alone: H((K0 ^ opad) || H((K0 ^ ipad) || message)), where K0 is the key
// (hashed first when longer than a block) padded with zeros to a block.
swr::sha256_digest hmac_by_definition(std::string_view key, std::string_view message) {
  std::string k0(key.size() > 64 ? digest_bytes(swr::sha256::digest(key)) : std::string(key));
  k0.resize(64, '\0');
  std::string inner = k0, outer = k0;
  for (char& c : inner) c = static_cast<char>(c ^ 0x36);
  for (char& c : outer) c = static_cast<char>(c ^ 0x5c);
  return swr::sha256::digest(outer + digest_bytes(swr::sha256::digest(inner + std::string(message))));
}

// The messages of the split tests: one for each length 0..200, together holding every byte value.
const std::vector<std::string>& messages() {
  static const std::vector<std::string> all = [] {
    swr_test::byte_generator generate(20261127);
    std::vector<std::string> v;
    for (std::size_t n = 0; n <= 200; ++n) v.push_back(generate.bytes(n));
    return v;
  }();
  return all;
}

swr::sha256_digest digest_in_pieces(std::string_view m, std::size_t i, std::size_t j) {
  swr::sha256 h;
  h.update(m.substr(0, i)).update(m.substr(i, j - i)).update(m.substr(j));
  return h.finish();
}

}  // namespace

// FIPS 180-4's examples (and the NIST example files), in constant expressions.
static_assert(swr::to_hex(swr::sha256::digest("")).view() ==
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
static_assert(swr::to_hex(swr::sha256::digest("abc")).view() ==
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
static_assert(swr::to_hex(swr::sha256::digest(fips_448_bits)).view() ==
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
static_assert(swr::to_hex(swr::sha256::digest(fips_896_bits)).view() ==
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
// RFC 4231, test case 2, likewise.
static_assert(swr::to_hex(swr::hmac_sha256::digest("Jefe", "what do ya want for nothing?")).view() ==
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
static_assert(swr::sha256::digest("abc") == swr::sha256().update("a").update("bc").finish());
static_assert(swr::sha256::digest("abc") != swr::sha256::digest("abd"));

TEST_CASE("sha256: FIPS 180-4 examples at run time") {
  CHECK(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex(fips_448_bits) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hex(fips_896_bits) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("sha256: a million 'a', in one piece and in pieces of 1000 and of 333") {
  const std::string million(1000000, 'a');
  const std::string expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  CHECK(hex(million) == expected);
  constexpr std::size_t pieces[] = {1000, 333};
  for (std::size_t piece : pieces) {
    CAPTURE(piece);
    swr::sha256 h;
    for (std::size_t at = 0; at < million.size(); at += piece) h.update(std::string_view(million).substr(at, piece));
    CHECK(swr::to_hex(h.finish()).view() == expected);
  }
}

TEST_CASE("sha256: the split-test messages hold every byte value") {
  bool seen[256] = {};
  for (const std::string& m : messages()) {
    for (char c : m) seen[static_cast<unsigned char>(c)] = true;
  }
  std::size_t values = 0;
  for (bool s : seen) values += s ? 1 : 0;
  CHECK(values == 256);
}

TEST_CASE("sha256: incremental equals one-shot at every split into two pieces, lengths 0..200") {
  for (const std::string& m : messages()) {
    const swr::sha256_digest expected = swr::sha256::digest(m);
    for (std::size_t i = 0; i <= m.size(); ++i) {
      CAPTURE(m.size());
      CAPTURE(i);
      CHECK(digest_in_pieces(m, i, i) == expected);
    }
  }
}

TEST_CASE("sha256: incremental equals one-shot at every split into three pieces, around the block sizes") {
  constexpr std::size_t lengths[] = {0, 1, 2, 31, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129};
  for (std::size_t n : lengths) {
    const std::string& m = messages()[n];
    const swr::sha256_digest expected = swr::sha256::digest(m);
    for (std::size_t i = 0; i <= n; ++i) {
      for (std::size_t j = i; j <= n; ++j) {
        CAPTURE(n);
        CAPTURE(i);
        CAPTURE(j);
        CHECK(digest_in_pieces(m, i, j) == expected);
      }
    }
  }
}

TEST_CASE("sha256: byte at a time equals one-shot, lengths 0..200") {
  for (const std::string& m : messages()) {
    swr::sha256 h;
    for (char c : m) h.update(std::string_view(&c, 1));
    CAPTURE(m.size());
    CHECK(h.finish() == swr::sha256::digest(m));
  }
}

TEST_CASE("sha256: finish leaves the object as it was; what follows continues the message") {
  constexpr std::size_t lengths[] = {0, 3, 55, 56, 64, 100, 200};
  for (std::size_t n : lengths) {
    CAPTURE(n);
    const std::string& m = messages()[n];
    swr::sha256 h;
    h.update(m);
    const swr::sha256_digest first = h.finish();
    CHECK(first == swr::sha256::digest(m));
    CHECK(h.finish() == first);
    h.update(messages()[77]);
    CHECK(h.finish() == swr::sha256::digest(m + messages()[77]));
    CHECK(h.finish() != first);
  }
}

TEST_CASE("sha256: update with a digest appends its 32 bytes") {
  const swr::sha256_digest d = swr::sha256::digest("abc");
  swr::sha256 by_digest, by_bytes;
  by_digest.update("x").update(d).update("y");
  by_bytes.update("x").update(digest_bytes(d)).update("y");
  CHECK(by_digest.finish() == by_bytes.finish());
  CHECK(by_digest.finish() == swr::sha256::digest("x" + digest_bytes(d) + "y"));
}

TEST_CASE("hmac_sha256: RFC 4231 test cases 1 to 7") {
  CHECK(hmac_hex(std::string(20, '\x0b'), "Hi There") ==
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  CHECK(hmac_hex("Jefe", "what do ya want for nothing?") ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  CHECK(hmac_hex(std::string(20, '\xaa'), std::string(50, '\xdd')) ==
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
  std::string key4;
  for (char c = 1; c <= 25; ++c) key4 += c;
  CHECK(hmac_hex(key4, std::string(50, '\xcd')) == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
  // Case 5 gives the MAC truncated to 128 bits.
  CHECK(hmac_hex(std::string(20, '\x0c'), "Test With Truncation").substr(0, 32) == "a3b6167473100ee06e0c796c2955552b");
  CHECK(hmac_hex(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First") ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  CHECK(hmac_hex(std::string(131, '\xaa'),
                 "This is a test using a larger than block-size key and a larger than block-size data. The key "
                 "needs to be hashed before being used by the HMAC algorithm.") ==
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

TEST_CASE("hmac_sha256: keys around the block size, against RFC 2104 written out") {
  swr_test::byte_generator generate(4231);
  constexpr std::size_t key_sizes[] = {0, 1, 32, 63, 64, 65, 127, 128, 200};
  constexpr std::size_t lengths[] = {0, 1, 55, 64, 65, 200};
  for (std::size_t key_size : key_sizes) {
    const std::string key = generate.bytes(key_size);
    for (std::size_t n : lengths) {
      CAPTURE(key_size);
      CAPTURE(n);
      CHECK(swr::hmac_sha256::digest(key, messages()[n]) == hmac_by_definition(key, messages()[n]));
    }
  }
  // A key longer than a block is its hash: the 65-byte key and its digest give the same MAC.
  const std::string long_key = generate.bytes(65);
  CHECK(swr::hmac_sha256::digest(long_key, "m") ==
        swr::hmac_sha256::digest(digest_bytes(swr::sha256::digest(long_key)), "m"));
  // Up to a block, trailing zero bytes make no difference (the key is padded with them); the lengths differ.
  CHECK(swr::hmac_sha256::digest(std::string(63, 'k'), "m") ==
        swr::hmac_sha256::digest(std::string(63, 'k') + '\0', "m"));
  CHECK(swr::hmac_sha256::digest(std::string(63, 'k'), "m") != swr::hmac_sha256::digest(std::string(64, 'k'), "m"));
}

TEST_CASE("hmac_sha256: incremental equals one-shot, finish twice, update after finish") {
  swr_test::byte_generator generate(2104);
  for (const std::string& m : messages()) {
    const std::string key = generate.bytes(generate.below(100));
    const swr::sha256_digest expected = swr::hmac_sha256::digest(key, m);
    const std::size_t i = generate.below(m.size() + 1);
    const std::size_t j = i + generate.below(m.size() - i + 1);
    swr::hmac_sha256 h(key);
    h.update(std::string_view(m).substr(0, i)).update(std::string_view(m).substr(i, j - i));
    h.update(std::string_view(m).substr(j));
    CAPTURE(m.size());
    CAPTURE(i);
    CAPTURE(j);
    CHECK(h.finish() == expected);
    CHECK(h.finish() == expected);
    h.update("more");
    CHECK(h.finish() == swr::hmac_sha256::digest(key, m + "more"));
  }
}

TEST_CASE("to_hex: lowercase, 64 characters and a NUL; == and != compare every byte") {
  swr::sha256_digest counting;
  for (std::size_t i = 0; i < 32; ++i) counting.bytes[i] = static_cast<unsigned char>(i * 8 + 7);
  const swr::sha256_hex h = swr::to_hex(counting);
  CHECK(h.view() == "070f171f272f373f474f575f676f777f878f979fa7afb7bfc7cfd7dfe7eff7ff");
  CHECK(h.text[64] == '\0');
  CHECK(std::strlen(h.text) == 64);
  const std::string_view converted = h;
  CHECK(converted == h.view());
  CHECK(swr::to_hex(swr::sha256_digest{}).view() == std::string(64, '0'));

  CHECK(counting == counting);
  CHECK_FALSE(counting != counting);
  for (std::size_t i = 0; i < 32; ++i) {
    for (unsigned bit = 0; bit < 8; ++bit) {
      swr::sha256_digest other = counting;
      other.bytes[i] = static_cast<unsigned char>(other.bytes[i] ^ (1U << bit));
      CAPTURE(i);
      CAPTURE(bit);
      CHECK(other != counting);
      CHECK_FALSE(other == counting);
    }
  }
}

namespace {
// `blocks` blocks of `data` through the portable function and through `kernel`, from the same state.
template <typename Kernel>
bool same_blocks(Kernel kernel, const std::uint32_t (&state)[8], const char* data, std::size_t blocks) {
  std::uint32_t portable[8], other[8];
  std::memcpy(portable, state, sizeof portable);
  std::memcpy(other, state, sizeof other);
  swr::detail::sha256_blocks_portable(portable, data, blocks);
  kernel(other, data, blocks);
  return std::memcmp(portable, other, sizeof portable) == 0;
}

// Every number of blocks 1..8 from random states, then 1..3 blocks at every offset of an aligned buffer.
template <typename Kernel>
void check_against_portable(Kernel kernel) {
  swr_test::byte_generator generate(180);
  for (int round = 0; round < 50; ++round) {
    std::uint32_t state[8];
    for (std::uint32_t& s : state) s = static_cast<std::uint32_t>(generate.next());
    for (std::size_t blocks = 1; blocks <= 8; ++blocks) {
      const std::string data = generate.bytes(64 * blocks);
      CAPTURE(round);
      CAPTURE(blocks);
      CHECK(same_blocks(kernel, state, data.data(), blocks));
    }
  }
  alignas(64) char buffer[64 * 5];
  for (std::size_t offset = 0; offset < 64; ++offset) {
    for (std::size_t blocks = 1; blocks <= 3; ++blocks) {
      const std::string data = generate.bytes(64 * blocks);
      std::memcpy(buffer + offset, data.data(), data.size());
      std::uint32_t state[8];
      for (std::uint32_t& s : state) s = static_cast<std::uint32_t>(generate.next());
      CAPTURE(offset);
      CAPTURE(blocks);
      CHECK(same_blocks(kernel, state, buffer + offset, blocks));
    }
  }
}
}  // namespace

TEST_CASE("sha256 blocks: the dispatching function equals the portable one") {
  check_against_portable([](std::uint32_t* state, const char* data, std::size_t blocks) {
    swr::detail::sha256_blocks(state, data, blocks);
  });
}

#if SWR_HAS_SHA256_X86
TEST_CASE("sha256 blocks: the x86 SHA kernel equals the portable one") {
  if (!swr::detail::sha256_x86_available()) {
    MESSAGE("this CPU has no SHA extensions: the x86 kernel is not tested");
    return;
  }
  check_against_portable([](std::uint32_t* state, const char* data, std::size_t blocks) {
    swr::detail::sha256_blocks_x86(state, data, blocks);
  });
}
#endif

#if defined(__unix__)

TEST_CASE("sha256 and hmac_sha256 read nothing past the end of their input") {
  swr_test::guarded_page page;
  REQUIRE(page.ok());
  if (!page.ok()) return;  // without exceptions, a failed REQUIRE does not stop the test case
  swr_test::byte_generator generate(4096);
  const std::string key = generate.bytes(40);
  for (std::size_t n = 0; n <= 300; ++n) {
    const std::string copy = generate.bytes(n);
    const std::string_view guarded(page.place(copy), n);
    CAPTURE(n);
    CHECK(swr::sha256::digest(guarded) == swr::sha256::digest(copy));
    swr::sha256 halves;
    halves.update(guarded.substr(0, n / 2)).update(guarded.substr(n / 2));
    CHECK(halves.finish() == swr::sha256::digest(copy));
    CHECK(swr::hmac_sha256::digest(key, guarded) == swr::hmac_sha256::digest(key, copy));
    CHECK(swr::hmac_sha256::digest(guarded, key) == swr::hmac_sha256::digest(copy, key));
  }
#if SWR_HAS_SHA256_X86
  if (swr::detail::sha256_x86_available()) {
    for (std::size_t blocks = 1; blocks <= 4; ++blocks) {
      const std::string copy = generate.bytes(64 * blocks);
      std::uint32_t state[8];
      for (std::uint32_t& s : state) s = static_cast<std::uint32_t>(generate.next());
      CAPTURE(blocks);
      CHECK(same_blocks(
          [](std::uint32_t* s, const char* data, std::size_t count) { swr::detail::sha256_blocks_x86(s, data, count); },
          state, page.place(copy), blocks));
    }
  }
#endif
}
#endif
