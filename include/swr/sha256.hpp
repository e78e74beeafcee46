// SPDX-License-Identifier: MIT
// swrkit — SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), for request signing (docs/signing.md):
// constexpr, allocation-free, incremental (update, then finish) and one-shot (digest). In a constant
// expression the portable code runs; at run time the blocks go to the CPU's SHA instructions where it has
// them (x86-64 SHA extensions, chosen once at run time: detail/sha256_x86.hpp), and to the portable code
// everywhere else. Both give the same bytes; the tests check the one against the other.
#ifndef SWR_SHA256_HPP
#define SWR_SHA256_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/sha256_constants.hpp"
#include "swr/detail/sha256_x86.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The 32 bytes of a SHA-256 or HMAC-SHA-256 digest.
struct sha256_digest {
  unsigned char bytes[32] = {};

  friend constexpr bool operator==(const sha256_digest& a, const sha256_digest& b) noexcept {
    for (std::size_t i = 0; i < 32; ++i) {
      if (a.bytes[i] != b.bytes[i]) return false;
    }
    return true;
  }
  friend constexpr bool operator!=(const sha256_digest& a, const sha256_digest& b) noexcept { return !(a == b); }
};

/// A digest in lowercase hex: 64 characters and a terminating NUL (so text can go to a C API as is).
struct sha256_hex {
  char text[65] = {};

  // The views borrow `text`: a view of a temporary dangles, which Clang diagnoses (SWR_LIFETIMEBOUND).
  [[nodiscard]] constexpr std::string_view view() const noexcept SWR_LIFETIMEBOUND { return {text, 64}; }
  constexpr operator std::string_view() const noexcept SWR_LIFETIMEBOUND { return view(); }
};

/// The lowercase hex form of a digest, as signatures and payload hashes write it.
[[nodiscard]] constexpr sha256_hex to_hex(const sha256_digest& digest) noexcept {
  constexpr char digits[] = "0123456789abcdef";
  sha256_hex hex;
  for (std::size_t i = 0; i < 32; ++i) {
    hex.text[2 * i] = digits[digest.bytes[i] >> 4];
    hex.text[2 * i + 1] = digits[digest.bytes[i] & 0xF];
  }
  return hex;
}

namespace detail {
constexpr std::uint32_t rotate_right(std::uint32_t x, unsigned n) noexcept { return (x >> n) | (x << (32U - n)); }

constexpr std::uint32_t load_big_endian(const char* p) noexcept {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[3]));
}

// FIPS 180-4, 6.2.2: compresses `blocks` 64-byte blocks at `data` into `state`. The reference: it runs in
// constant expressions and on every CPU, and the accelerated kernels are tested against it.
constexpr void sha256_blocks_portable(std::uint32_t* state, const char* data, std::size_t blocks) noexcept {
  for (; blocks > 0; --blocks, data += 64) {
    std::uint32_t w[64] = {};
    for (std::size_t t = 0; t < 16; ++t) w[t] = load_big_endian(data + 4 * t);
    for (std::size_t t = 16; t < 64; ++t) {
      const std::uint32_t s0 = rotate_right(w[t - 15], 7) ^ rotate_right(w[t - 15], 18) ^ (w[t - 15] >> 3);
      const std::uint32_t s1 = rotate_right(w[t - 2], 17) ^ rotate_right(w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (std::size_t t = 0; t < 64; ++t) {
      const std::uint32_t s1 = rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25);
      const std::uint32_t choose = (e & f) ^ (~e & g);
      const std::uint32_t t1 = h + s1 + choose + sha256_round_constants[t] + w[t];
      const std::uint32_t s0 = rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22);
      const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
      const std::uint32_t t2 = s0 + majority;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
}

// Copies `n` chars: memcpy at run time (a message arrives in many short pieces), a loop in constant expressions.
constexpr void copy_chars(char* to, const char* from, std::size_t n) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: the other way runs only at compile time
    if (n > 0) __builtin_memcpy(to, from, n);
    return;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) to[i] = from[i];  // GCOVR_EXCL_LINE: runs only at compile time here
}

// The portable code in constant expressions; at run time the fastest kernel this CPU has.
constexpr void sha256_blocks(std::uint32_t* state, const char* data, std::size_t blocks) noexcept {
#if SWR_HAS_SHA256_X86
  // GCOVR_EXCL_BR_START: at run time this CPU always has the SHA extensions (the portable path is tested directly)
  if (!SWR_IS_CONSTANT_EVALUATED() && sha256_x86_available()) {
    sha256_blocks_x86(state, data, blocks);
    return;
  }
#endif
  // GCOVR_EXCL_BR_STOP
  sha256_blocks_portable(state, data, blocks);  // GCOVR_EXCL_LINE: at run time, only without SHA extensions
}
}  // namespace detail

/// SHA-256, fed in pieces: `sha256 h; h.update(a).update(b); sha256_digest d = h.finish();`. finish() does
/// not change the object, so more data may follow it (finish then gives the digest of everything so far).
class sha256 {
 public:
  static constexpr std::size_t block_size = 64;
  static constexpr std::size_t digest_size = 32;

  constexpr sha256() noexcept = default;

  /// Appends bytes to the message.
  constexpr sha256& update(std::string_view data) noexcept {
    const char* p = data.data();
    std::size_t size = data.size();
    length_ += size;
    if (buffered_ > 0) {
      const std::size_t take = size < block_size - buffered_ ? size : block_size - buffered_;
      detail::copy_chars(buffer_ + buffered_, p, take);
      buffered_ += take;
      p += take;
      size -= take;
      if (buffered_ < block_size) return *this;
      detail::sha256_blocks(state_, buffer_, 1);
      buffered_ = 0;
    }
    const std::size_t whole = size / block_size;
    if (whole > 0) detail::sha256_blocks(state_, p, whole);
    p += whole * block_size;
    size -= whole * block_size;
    detail::copy_chars(buffer_, p, size);
    buffered_ = size;
    return *this;
  }
  /// Appends the 32 bytes of a digest (as HMAC does).
  constexpr sha256& update(const sha256_digest& digest) noexcept {
    char bytes[32] = {};
    for (std::size_t i = 0; i < 32; ++i) bytes[i] = static_cast<char>(digest.bytes[i]);
    return update(std::string_view(bytes, 32));
  }

  /// The digest of the bytes given so far.
  [[nodiscard]] constexpr sha256_digest finish() const noexcept {
    std::uint32_t state[8] = {};
    for (std::size_t i = 0; i < 8; ++i) state[i] = state_[i];
    const std::uint64_t bits = length_ * 8;
    char tail[2 * block_size] = {};
    detail::copy_chars(tail, buffer_, buffered_);
    std::size_t size = buffered_;
    tail[size++] = static_cast<char>(0x80);
    size = size <= block_size - 8 ? block_size : 2 * block_size;
    for (std::size_t i = 0; i < 8; ++i) tail[size - 1 - i] = static_cast<char>((bits >> (8 * i)) & 0xFF);
    detail::sha256_blocks(state, tail, size / block_size);
    sha256_digest digest;
    for (std::size_t i = 0; i < 8; ++i) {
      for (std::size_t j = 0; j < 4; ++j) {
        digest.bytes[4 * i + j] = static_cast<unsigned char>((state[i] >> (24 - 8 * j)) & 0xFF);
      }
    }
    return digest;
  }

  /// The digest of `data`, in one call.
  [[nodiscard]] static constexpr sha256_digest digest(std::string_view data) noexcept {
    return sha256().update(data).finish();
  }

 private:
  std::uint32_t state_[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                             0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  char buffer_[block_size] = {};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // in bytes
};

/// HMAC-SHA-256 (RFC 2104) under one key, fed in pieces like sha256. The key is hashed first when it is
/// longer than a block, as the RFC says; the object keeps only the two keyed hash states, not the key.
class hmac_sha256 {
 public:
  explicit constexpr hmac_sha256(std::string_view key) noexcept {
    char block[sha256::block_size] = {};
    if (key.size() > sha256::block_size) {
      const sha256_digest hashed = sha256::digest(key);
      for (std::size_t i = 0; i < 32; ++i) block[i] = static_cast<char>(hashed.bytes[i]);
    } else {
      for (std::size_t i = 0; i < key.size(); ++i) block[i] = key[i];
    }
    char pad[sha256::block_size] = {};
    for (std::size_t i = 0; i < sha256::block_size; ++i) pad[i] = static_cast<char>(block[i] ^ 0x36);
    inner_.update(std::string_view(pad, sha256::block_size));
    for (std::size_t i = 0; i < sha256::block_size; ++i) pad[i] = static_cast<char>(block[i] ^ 0x5c);
    outer_.update(std::string_view(pad, sha256::block_size));
  }

  /// Appends bytes to the message.
  constexpr hmac_sha256& update(std::string_view data) noexcept {
    inner_.update(data);
    return *this;
  }

  /// The MAC of the bytes given so far (the object is unchanged, as with sha256::finish).
  [[nodiscard]] constexpr sha256_digest finish() const noexcept {
    sha256 outer = outer_;
    return outer.update(inner_.finish()).finish();
  }

  /// The MAC of `message` under `key`, in one call.
  [[nodiscard]] static constexpr sha256_digest digest(std::string_view key, std::string_view message) noexcept {
    return hmac_sha256(key).update(message).finish();
  }

 private:
  sha256 inner_;
  sha256 outer_;
};

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SHA256_HPP
