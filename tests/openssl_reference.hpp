// SHA-256 and HMAC-SHA-256 by OpenSSL's libcrypto, in swrkit's terms: the independent implementation that
// tests/openssl_test.cpp and benchmarks/crypto_benchmark.cpp compare swrkit with. A failed call gives 32 zero bytes.
#ifndef SWR_TESTS_OPENSSL_REFERENCE_HPP
#define SWR_TESTS_OPENSSL_REFERENCE_HPP

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstring>
#include <string_view>

#include "swr/swr.hpp"

namespace swr_test {

inline swr::sha256_digest from_openssl(const unsigned char* bytes, unsigned int size) {
  swr::sha256_digest d;
  if (size == sizeof d.bytes) std::memcpy(d.bytes, bytes, sizeof d.bytes);
  return d;
}

inline swr::sha256_digest openssl_sha256(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), md, &size, EVP_sha256(), nullptr) != 1) return {};
  return from_openssl(md, size);
}

inline swr::sha256_digest openssl_hmac_sha256(std::string_view key, std::string_view message) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), md, &size) == nullptr) {
    return {};
  }
  return from_openssl(md, size);
}

}  // namespace swr_test

#endif  // SWR_TESTS_OPENSSL_REFERENCE_HPP
