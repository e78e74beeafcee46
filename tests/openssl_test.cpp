// swr/sha256.hpp against OpenSSL's libcrypto (an independent implementation) on generated data: SHA-256 of
// every length 0..300, HMAC-SHA-256 of 100,000 (key, message) pairs, and both fed in random pieces.
#include <openssl/evp.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "byte_generator.hpp"
#include "openssl_reference.hpp"
#include "swr/swr.hpp"
#include "test_support.hpp"

namespace {

using swr_test::from_openssl;
using swr_test::openssl_hmac_sha256;
using swr_test::openssl_sha256;

// Cuts [0, size) at up to four random places.
std::size_t random_cuts(swr_test::byte_generator& generate, std::size_t size, std::size_t (&cuts)[6]) {
  std::size_t count = 0;
  cuts[count++] = 0;
  const std::size_t pieces = generate.below(5);
  for (std::size_t i = 0; i < pieces; ++i) {
    const std::size_t previous = cuts[count - 1];
    cuts[count++] = previous + generate.below(size - previous + 1);
  }
  cuts[count++] = size;
  return count;
}

}  // namespace

TEST_CASE("openssl: SHA-256 of every length 0..300") {
  swr_test::byte_generator generate(256);
  for (std::size_t n = 0; n <= 300; ++n) {
    const std::string data = generate.bytes(n);
    CAPTURE(n);
    CHECK(swr::sha256::digest(data) == openssl_sha256(data));
  }
  // OpenSSL answers (a failed call would give 32 zero bytes): FIPS 180-4's "abc".
  CHECK(swr::to_hex(openssl_sha256("abc")).view() ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("openssl: HMAC-SHA-256 of 100,000 random keys (0..150 bytes) and messages (0..300 bytes)") {
  swr_test::byte_generator generate(2104);
  std::size_t mismatches = 0;
  for (int i = 0; i < 100000; ++i) {
    const std::string key = generate.bytes(generate.below(151));
    const std::string message = generate.bytes(generate.below(301));
    if (swr::hmac_sha256::digest(key, message) != openssl_hmac_sha256(key, message)) {
      ++mismatches;
      CAPTURE(i);
      CAPTURE(key.size());
      CAPTURE(message.size());
      CHECK(swr::hmac_sha256::digest(key, message) == openssl_hmac_sha256(key, message));
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("openssl: SHA-256 and HMAC-SHA-256 fed in random pieces") {
  const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  REQUIRE(context != nullptr);
  if (context == nullptr) return;  // without exceptions, a failed REQUIRE does not stop the test case
  swr_test::byte_generator generate(180);
  for (int i = 0; i < 5000; ++i) {
    const std::string data = generate.bytes(generate.below(1000));
    const std::string key = generate.bytes(generate.below(151));
    std::size_t cuts[6];
    const std::size_t count = random_cuts(generate, data.size(), cuts);
    swr::sha256 ours;
    swr::hmac_sha256 mac(key);
    bool fed = EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1;
    for (std::size_t c = 1; c < count; ++c) {
      const std::string_view piece = std::string_view(data).substr(cuts[c - 1], cuts[c] - cuts[c - 1]);
      ours.update(piece);
      mac.update(piece);
      fed = fed && EVP_DigestUpdate(context.get(), piece.data(), piece.size()) == 1;
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    fed = fed && EVP_DigestFinal_ex(context.get(), md, &size) == 1;
    CAPTURE(i);
    CAPTURE(data.size());
    CAPTURE(count);
    REQUIRE(fed);
    CHECK(ours.finish() == from_openssl(md, size));
    CHECK(mac.finish() == openssl_hmac_sha256(key, data));
  }
}
