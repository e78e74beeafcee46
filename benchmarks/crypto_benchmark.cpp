// SHA-256 and HMAC-SHA-256: swrkit against OpenSSL's libcrypto (EVP_Digest with EVP_sha256, HMAC), one-shot
// on 64 B, 1 KiB and 64 KiB, in one run; and swrkit's block function as it dispatches (to the CPU's SHA
// instructions where swrkit has a kernel for them and the CPU has them) against the portable code alone, on the
// same whole blocks, so that what the kernel gains shows. Before timing, both sides must give the same bytes on
// every input. After the run (console output only), a table of the throughputs and their ratios.
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "byte_generator.hpp"
#include "openssl_reference.hpp"
#include "rate_table.hpp"
#include "swr/sha256.hpp"

namespace {

constexpr std::int64_t sizes[] = {64, 1024, 65536};

const std::string& data() {
  static const std::string bytes = swr_test::byte_generator(1127).bytes(65536);
  return bytes;
}

const std::string& key() {
  static const std::string bytes = swr_test::byte_generator(2104).bytes(32);
  return bytes;
}

std::string_view input(std::int64_t size) { return std::string_view(data()).substr(0, static_cast<std::size_t>(size)); }

using swr_test::openssl_hmac_sha256;
using swr_test::openssl_sha256;

swr::sha256_digest swrkit_sha256(std::string_view in) { return swr::sha256::digest(in); }
swr::sha256_digest swrkit_hmac_sha256(std::string_view k, std::string_view in) {
  return swr::hmac_sha256::digest(k, in);
}

// The input's whole blocks compressed from SHA-256's initial state (FIPS 180-4, 5.3.3) by one block function:
// no padding, so that only the block function is timed.
using block_function = void (*)(std::uint32_t*, const char*, std::size_t) noexcept;
template <block_function Blocks>
std::array<std::uint32_t, 8> compress(std::string_view in) {
  std::array<std::uint32_t, 8> state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  Blocks(state.data(), in.data(), in.size() / 64);
  return state;
}
constexpr auto compress_dispatched = compress<swr::detail::sha256_blocks>;
constexpr auto compress_portable = compress<swr::detail::sha256_blocks_portable>;

const char* dispatched_to() {
#if SWR_HAS_SHA256_X86
  if (swr::detail::sha256_x86_available()) return "x86 SHA extensions";
  return "portable code: this CPU has no SHA extensions";
#else
  return "portable code: this build has no SHA kernel for this CPU";
#endif
}

// Refuse to time implementations that do not compute the same thing.
void verify_agreement() {
  for (std::int64_t size : sizes) {
    const std::string_view in = input(size);
    if (swrkit_sha256(in) != openssl_sha256(in) || swrkit_hmac_sha256(key(), in) != openssl_hmac_sha256(key(), in) ||
        compress_dispatched(in) != compress_portable(in)) {
      std::fprintf(stderr,
                   "swrkit and OpenSSL, or the dispatched and portable block functions, disagree on %lld bytes\n",
                   static_cast<long long>(size));
      std::abort();
    }
  }
  std::fprintf(stderr,
               "64 B, 1 KiB, 64 KiB: swrkit and OpenSSL agree (SHA-256, HMAC-SHA-256), and so do the block functions; "
               "the dispatched one runs the %s\n",
               dispatched_to());
}

template <swr::sha256_digest (*Digest)(std::string_view)>
void sha256(benchmark::State& state) {
  const std::string_view in = input(state.range(0));
  for (auto _ : state) {
    swr::sha256_digest d = Digest(in);
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() * state.range(0));
}

template <swr::sha256_digest (*Mac)(std::string_view, std::string_view)>
void hmac_sha256(benchmark::State& state) {
  const std::string_view in = input(state.range(0));
  for (auto _ : state) {
    swr::sha256_digest d = Mac(key(), in);
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() * state.range(0));
}

template <std::array<std::uint32_t, 8> (*Compress)(std::string_view)>
void blocks(benchmark::State& state) {
  const std::string_view in = input(state.range(0));
  for (auto _ : state) {
    std::array<std::uint32_t, 8> s = Compress(in);
    benchmark::DoNotOptimize(s);
  }
  state.SetBytesProcessed(state.iterations() * state.range(0));
}

// One table: a row a size, the two throughputs (MB/s, 10^6 bytes a second) and their ratio.
struct column {
  std::string benchmark;
  std::string label;
};
void table(const swr_bench::rate_reporter& rates, const char* what, const column& ours, const column& other) {
  std::printf("\n| %s | %s | %s | %s / %s |\n|---|---:|---:|---:|\n", what, ours.label.c_str(), other.label.c_str(),
              ours.label.c_str(), other.label.c_str());
  for (std::int64_t size : sizes) {
    const double a = rates.rate(ours.benchmark + "/" + std::to_string(size), "bytes_per_second");
    const double b = rates.rate(other.benchmark + "/" + std::to_string(size), "bytes_per_second");
    if (a <= 0 || b <= 0) continue;
    const std::string label = size >= 1024 ? std::to_string(size / 1024) + " KiB" : std::to_string(size) + " B";
    std::printf("| %s | %.0f MB/s | %.0f MB/s | %.2fx |\n", label.c_str(), a / 1e6, b / 1e6, a / b);
  }
}

// After the console output: the throughputs side by side with their ratios.
void print_tables(const swr_bench::rate_reporter& rates) {
  table(rates, "SHA-256, one-shot", {"swrkit_sha256", "swrkit"}, {"openssl_sha256", "OpenSSL EVP_Digest"});
  table(rates, "HMAC-SHA-256, one-shot", {"swrkit_hmac_sha256", "swrkit"}, {"openssl_hmac_sha256", "OpenSSL HMAC"});
  table(rates, "block function, whole blocks", {"swrkit_blocks_dispatched", "dispatched"},
        {"swrkit_blocks_portable", "portable"});
  std::printf("\nThe dispatched block function runs the %s.\n", dispatched_to());
}

}  // namespace

BENCHMARK(sha256<swrkit_sha256>)->Name("swrkit_sha256")->Arg(64)->Arg(1024)->Arg(65536);
BENCHMARK(sha256<openssl_sha256>)->Name("openssl_sha256")->Arg(64)->Arg(1024)->Arg(65536);
BENCHMARK(hmac_sha256<swrkit_hmac_sha256>)->Name("swrkit_hmac_sha256")->Arg(64)->Arg(1024)->Arg(65536);
BENCHMARK(hmac_sha256<openssl_hmac_sha256>)->Name("openssl_hmac_sha256")->Arg(64)->Arg(1024)->Arg(65536);
BENCHMARK(blocks<compress_dispatched>)->Name("swrkit_blocks_dispatched")->Arg(64)->Arg(1024)->Arg(65536);
BENCHMARK(blocks<compress_portable>)->Name("swrkit_blocks_portable")->Arg(64)->Arg(1024)->Arg(65536);

int main(int argc, char** argv) {
  verify_agreement();
  return swr_bench::run_benchmarks(argc, argv, print_tables);
}
