// Name validation: swrkit against what users would write otherwise — std::regex, PCRE2 (JIT) and RE2 —
// on the same inputs, in one run. The regexes are the grammar of docs/names.md (length checked separately,
// as a user would). Before timing, every engine must agree with swrkit on every input, so that the
// comparison is like for like; swrkit also returns the error and its position, the regexes only a bool.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <benchmark/benchmark.h>
#include <pcre2.h>
#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "swr/names.hpp"

namespace {

constexpr const char* repository_pattern = "[a-z0-9]+(?:(?:[._/]|__|-+)[a-z0-9]+)*";

// A reproducible mix of repository names as people type them: 3 in 4 valid (1 to 6 segments joined by
// every kind of separator, 3 to 128 bytes), the rest with one realistic mistake.
std::vector<std::string> make_names(std::size_t count) {
  std::mt19937 rng(20261127);
  const std::string alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
  const char* separators[] = {".", "_", "__", "-", "--", "/"};
  const char* mistakes[] = {"//", "._", "___", "A", " ", "$", "-/", ":"};
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  std::vector<std::string> names;
  while (names.size() < count) {
    std::string name;
    const std::size_t segments = 1 + pick(6);
    for (std::size_t s = 0; s < segments; ++s) {
      if (s > 0) name += separators[pick(std::size(separators))];
      const std::size_t length = 2 + pick(14);
      for (std::size_t i = 0; i < length; ++i) name += alnum[pick(alnum.size())];
    }
    if (pick(4) == 0) name.insert(pick(name.size()), mistakes[pick(std::size(mistakes))]);
    if (name.size() <= swr::repository_max_length + 8) names.push_back(std::move(name));
  }
  return names;
}

const std::vector<std::string>& names() {
  static const std::vector<std::string> all = make_names(4096);
  return all;
}

std::int64_t total_bytes() {
  std::int64_t bytes = 0;
  for (const auto& n : names()) bytes += static_cast<std::int64_t>(n.size());
  return bytes;
}

bool length_ok(const std::string& n) { return !n.empty() && n.size() <= swr::repository_max_length; }

struct pcre2_matcher {
  pcre2_code* code = nullptr;
  pcre2_match_data* data = nullptr;
  pcre2_match_context* context = nullptr;
  pcre2_jit_stack* stack = nullptr;
  pcre2_matcher() {
    int error = 0;
    PCRE2_SIZE offset = 0;
    code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(repository_pattern), PCRE2_ZERO_TERMINATED,
                         PCRE2_ANCHORED | PCRE2_ENDANCHORED, &error, &offset, nullptr);
    if (code == nullptr || pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0) std::abort();
    data = pcre2_match_data_create_from_pattern(code, nullptr);
  }
  ~pcre2_matcher() {
    pcre2_match_data_free(data);
    pcre2_code_free(code);
  }
  bool operator()(const std::string& n) const {
    return length_ok(n) &&
           pcre2_jit_match(code, reinterpret_cast<PCRE2_SPTR>(n.data()), n.size(), 0, 0, data, nullptr) >= 0;
  }
};

const std::regex& std_regex() {
  static const std::regex re(repository_pattern, std::regex::ECMAScript | std::regex::optimize);
  return re;
}
const RE2& re2() {
  static const RE2 re(repository_pattern);
  return re;
}
const pcre2_matcher& pcre2() {
  static const pcre2_matcher m;
  return m;
}

bool by_std_regex(const std::string& n) { return length_ok(n) && std::regex_match(n, std_regex()); }
bool by_re2(const std::string& n) { return length_ok(n) && RE2::FullMatch(n, re2()); }
bool by_pcre2(const std::string& n) { return pcre2()(n); }
bool by_swrkit(const std::string& n) { return swr::is_valid_repository(n); }

// Refuse to time engines that do not compute the same thing.
void verify_agreement() {
  std::size_t valid = 0;
  for (const auto& n : names()) {
    const bool expected = by_swrkit(n);
    valid += expected ? 1 : 0;
    if (by_std_regex(n) != expected || by_re2(n) != expected || by_pcre2(n) != expected) {
      std::fprintf(stderr, "engines disagree on \"%s\"\n", n.c_str());
      std::abort();
    }
  }
  std::fprintf(stderr, "%zu names (%zu valid, %lld bytes); all engines agree\n", names().size(), valid,
               static_cast<long long>(total_bytes()));
}

template <bool (*Validate)(const std::string&)>
void run(benchmark::State& state) {
  const auto& all = names();
  for (auto _ : state) {
    std::size_t valid = 0;
    for (const auto& n : all) valid += Validate(n) ? 1 : 0;
    benchmark::DoNotOptimize(valid);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// swrkit's full diagnostic (error and position), not just the verdict.
void swrkit_check_repository(benchmark::State& state) {
  const auto& all = names();
  for (auto _ : state) {
    std::size_t positions = 0;
    for (const auto& n : all) positions += swr::check_repository(n).position;
    benchmark::DoNotOptimize(positions);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

}  // namespace

BENCHMARK(swrkit_check_repository);
BENCHMARK(run<by_swrkit>)->Name("swrkit_is_valid_repository");
BENCHMARK(run<by_pcre2>)->Name("pcre2_jit_match");
BENCHMARK(run<by_re2>)->Name("re2_full_match");
BENCHMARK(run<by_std_regex>)->Name("std_regex_match");

int main(int argc, char** argv) {
  verify_agreement();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
