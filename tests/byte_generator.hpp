// A reproducible source of pseudo-random bytes for property tests and benchmarks (SplitMix64): the same
// sequence for a seed on every platform, compiler and standard library, unlike <random>'s distributions.
#ifndef SWR_TESTS_BYTE_GENERATOR_HPP
#define SWR_TESTS_BYTE_GENERATOR_HPP

#include <cstddef>
#include <cstdint>
#include <string>

namespace swr_test {

class byte_generator {
 public:
  explicit byte_generator(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15U);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9U;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebU;
    return z ^ (z >> 31);
  }

  /// A number in [0, n) (n > 0); the modulo bias is irrelevant for tests.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

  /// n bytes, each of the 256 values equally likely.
  std::string bytes(std::size_t n) {
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(next() >> 56);
    return s;
  }

 private:
  std::uint64_t state_;
};

}  // namespace swr_test

#endif  // SWR_TESTS_BYTE_GENERATOR_HPP
