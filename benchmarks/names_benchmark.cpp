// Name validation: swrkit against what users would write otherwise — a hand-written byte loop, Hyperscan,
// PCRE2 (JIT), RE2 and std::regex — on the same inputs, in one run, over four corpora: namespaces and
// repositories of mixed lengths, and long ones near the limits. The regexes are the grammar of docs/names.md;
// the length, and the reserved namespace "library", are checked outside them, as a user would. swrkit is timed
// twice: is_valid_* (the verdict) and check_* (the error and its position), where the others give only a bool.
// Before timing, every engine must agree with swrkit on every input of every corpus, so that the comparison is
// like for like. After the run (console output only), a table: swrkit's time a name against the fastest peer's.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <benchmark/benchmark.h>
#include <hs.h>
#include <pcre2.h>
#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <random>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "rate_table.hpp"
#include "swr/names.hpp"

namespace {

using swr::name_kind;
constexpr name_kind namespace_kind = name_kind::namespace_name;
constexpr name_kind repository_kind = name_kind::repository;

// The grammar of docs/names.md as a regex to match the whole name (each engine anchors it its own way).
constexpr const char* pattern(name_kind kind) {
  return kind == repository_kind ? "[a-z0-9]+(?:(?:[._/]|__|-+)[a-z0-9]+)*"
                                 : "[a-z][a-z0-9]*(?:(?:[._]|__|-+)[a-z0-9]+)*";
}

// ---- The corpora: reproducible, 3 names in 4 valid, the others with one mistake people make.

// A mistake overwrites bytes of a valid name, so that the name stays in its corpus's length range.
enum class place { anywhere, start, end, whole };
struct mistake {
  std::string_view text;
  place where;
};

// Every one of them makes any name invalid: an upper-case letter or a byte outside the alphabet (é as people
// type it, in UTF-8), separators doubled or at an end, a tag, or the newline of a line read from a file.
constexpr mistake common_mistakes[] = {
    {"A", place::anywhere},        {"M", place::anywhere},  {" ", place::anywhere},  {"@", place::anywhere},
    {"\xc3\xa9", place::anywhere}, {"//", place::anywhere}, {"._", place::anywhere}, {"-.", place::anywhere},
    {"___", place::anywhere},      {"_-", place::anywhere}, {"-", place::start},     {"_", place::start},
    {".", place::start},           {"-", place::end},       {"_", place::end},       {".", place::end},
    {":v1", place::end},           {"\n", place::end},
};
// What only a namespace refuses: a digit first, a '/' (org/team), the reserved name.
constexpr mistake namespace_mistakes[] = {{"1", place::start}, {"/", place::anywhere}, {"library", place::whole}};

struct corpus_spec {
  const char* label;
  name_kind kind;
  std::size_t min_length;
  std::size_t max_length;
  bool mostly_short;  // lengths skewed to short names, as people choose them, rather than uniform
  std::uint32_t seed;
};

class name_generator {
 public:
  explicit name_generator(const corpus_spec& spec) : spec_(spec), rng_(spec.seed) {}

  std::string next() {
    std::string name = valid(length());
    if (pick(4) == 0) spoil(name);
    return name;
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  // The smaller of two uniform draws when mostly short: every length occurs, short ones most often.
  std::size_t length() {
    const std::size_t span = spec_.max_length - spec_.min_length + 1;
    const std::size_t draw = pick(span);
    return spec_.min_length + (spec_.mostly_short ? std::min(draw, pick(span)) : draw);
  }

  // A valid name of exactly `length` bytes: segments of 1 to 15 letters and digits joined by every separator
  // the kind allows.
  std::string valid(std::size_t length) {
    static constexpr std::string_view alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
    static constexpr std::string_view separators[] = {".", "_", "__", "-", "--", "/"};
    const bool repository = spec_.kind == repository_kind;
    std::string name;
    std::size_t segment_left = 1 + pick(15);
    while (name.size() < length) {
      if (segment_left > 0) {
        name += alnum[pick(name.empty() && !repository ? 26 : alnum.size())];  // a namespace starts with a letter
        --segment_left;
        continue;
      }
      const std::string_view separator = separators[pick(std::size(separators) - (repository ? 0 : 1))];
      if (name.size() + separator.size() < length) name += separator;  // room for a letter or digit after it
      segment_left = 1 + pick(15);
    }
    return name;
  }

  void spoil(std::string& name) {
    const std::size_t common = std::size(common_mistakes);
    const std::size_t count = common + (spec_.kind == namespace_kind ? std::size(namespace_mistakes) : 0);
    for (;;) {
      const std::size_t i = pick(count);
      const mistake& m = i < common ? common_mistakes[i] : namespace_mistakes[i - common];
      const std::size_t size = m.text.size();
      switch (m.where) {
        case place::whole:
          if (size < spec_.min_length || size > spec_.max_length) continue;  // not a name of this corpus
          name = m.text;
          return;
        case place::start: name.replace(0, size, m.text); return;
        case place::end: name.replace(name.size() - size, size, m.text); return;
        case place::anywhere: name.replace(pick(name.size() - size + 1), size, m.text); return;
      }
    }
  }

  corpus_spec spec_;
  std::mt19937 rng_;
};

struct corpus {
  corpus_spec spec;
  std::vector<std::string> names;
  std::int64_t bytes = 0;
};

const std::vector<corpus>& corpora() {
  static const std::vector<corpus> all = [] {
    constexpr corpus_spec specs[] = {
        {"mixed_repositories", repository_kind, 3, 128, true, 20261127},
        {"mixed_namespaces", namespace_kind, 3, 64, true, 20261128},
        {"long_namespaces", namespace_kind, 48, 64, false, 20261129},
        {"long_repositories", repository_kind, 100, 128, false, 20261130},
    };
    std::vector<corpus> v;
    for (const corpus_spec& spec : specs) {
      corpus c{spec, {}, 0};
      name_generator generate(spec);
      for (int i = 0; i < 4096; ++i) {
        c.names.push_back(generate.next());
        c.bytes += static_cast<std::int64_t>(c.names.back().size());
      }
      v.push_back(std::move(c));
    }
    return v;
  }();
  return all;
}

// ---- The engines, one of each for each kind of name.

template <name_kind Kind>
bool by_swrkit(std::string_view n) {
  if constexpr (Kind == namespace_kind) {
    return swr::is_valid_namespace(n);
  } else {
    return swr::is_valid_repository(n);
  }
}

template <name_kind Kind>
swr::name_check swrkit_check(std::string_view n) {
  if constexpr (Kind == namespace_kind) {
    return swr::check_namespace(n);
  } else {
    return swr::check_repository(n);
  }
}

template <name_kind Kind>
bool by_swrkit_check(std::string_view n) {
  return swrkit_check<Kind>(n).ok();
}

// The straightforward loop a competent user writes from the rules: the alphabet, the first and last byte, and
// each run of bytes between letters and digits, which must be one separator the kind allows.
template <name_kind Kind>
bool by_hand(std::string_view n) {
  constexpr bool repository = Kind == repository_kind;
  if (n.empty() || n.size() > swr::max_length(Kind)) return false;
  if (!repository && (n[0] < 'a' || n[0] > 'z' || n == "library")) return false;
  const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!alnum(n.front()) || !alnum(n.back())) return false;
  for (std::size_t i = 0; i < n.size();) {
    if (alnum(n[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < n.size() && !alnum(n[end])) ++end;
    const std::string_view run = n.substr(i, end - i);
    const bool hyphens = run.find_first_not_of('-') == std::string_view::npos;
    if (!(run == "." || run == "_" || run == "__" || hyphens || (repository && run == "/"))) return false;
    i = end;
  }
  return true;
}

// What the regexes leave to their callers: the length and the reserved namespace.
template <name_kind Kind>
bool outside_regex(std::string_view n) {
  return !n.empty() && n.size() <= swr::max_length(Kind) && (Kind == repository_kind || n != "library");
}

template <name_kind Kind>
bool by_std_regex(std::string_view n) {
  static const std::regex re(pattern(Kind), std::regex::ECMAScript | std::regex::optimize);
  return outside_regex<Kind>(n) && std::regex_match(n.begin(), n.end(), re);
}

template <name_kind Kind>
bool by_re2(std::string_view n) {
  static const RE2 re(pattern(Kind));
  return outside_regex<Kind>(n) && RE2::FullMatch(n, re);
}

class pcre2_matcher {
 public:
  explicit pcre2_matcher(const char* pattern) {
    int error = 0;
    PCRE2_SIZE offset = 0;
    code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern), PCRE2_ZERO_TERMINATED,
                          PCRE2_ANCHORED | PCRE2_ENDANCHORED, &error, &offset, nullptr);
    if (code_ == nullptr || pcre2_jit_compile(code_, PCRE2_JIT_COMPLETE) != 0) std::abort();
    data_ = pcre2_match_data_create_from_pattern(code_, nullptr);
  }
  ~pcre2_matcher() {
    pcre2_match_data_free(data_);
    pcre2_code_free(code_);
  }
  pcre2_matcher(const pcre2_matcher&) = delete;
  pcre2_matcher& operator=(const pcre2_matcher&) = delete;

  bool operator()(std::string_view n) const {
    return pcre2_jit_match(code_, reinterpret_cast<PCRE2_SPTR>(n.data()), n.size(), 0, 0, data_, nullptr) >= 0;
  }

 private:
  pcre2_code* code_ = nullptr;
  pcre2_match_data* data_ = nullptr;
};

template <name_kind Kind>
bool by_pcre2(std::string_view n) {
  static const pcre2_matcher match(pattern(Kind));
  return outside_regex<Kind>(n) && match(n);
}

// Hyperscan in block mode: one database a kind, and one scratch space for both, allocated once
// (hs_alloc_scratch grows it to fit each database).
class hyperscan_matcher {
 public:
  hyperscan_matcher() {
    for (const name_kind kind : {namespace_kind, repository_kind}) {
      // \z rather than $: Hyperscan's $, like PCRE's, also matches before a final newline, so "my-app\n" (a
      // line read with its newline, one of the corpus's mistakes) would pass.
      const std::string anchored = std::string("^") + pattern(kind) + "\\z";
      hs_compile_error_t* error = nullptr;
      if (hs_compile(anchored.c_str(), HS_FLAG_SINGLEMATCH, HS_MODE_BLOCK, nullptr, &databases_[index(kind)], &error) !=
          HS_SUCCESS) {
        std::fprintf(stderr, "hyperscan: %s\n", error->message);
        std::abort();
      }
      if (hs_alloc_scratch(databases_[index(kind)], &scratch_) != HS_SUCCESS) std::abort();
    }
  }
  ~hyperscan_matcher() {
    hs_free_scratch(scratch_);
    for (hs_database_t* database : databases_) hs_free_database(database);
  }
  hyperscan_matcher(const hyperscan_matcher&) = delete;
  hyperscan_matcher& operator=(const hyperscan_matcher&) = delete;

  bool operator()(name_kind kind, std::string_view n) const {
    bool matched = false;
    hs_scan(databases_[index(kind)], n.data(), static_cast<unsigned int>(n.size()), 0, scratch_, on_match, &matched);
    return matched;
  }

 private:
  static constexpr std::size_t index(name_kind kind) { return kind == namespace_kind ? 0 : 1; }
  static int on_match(unsigned int, unsigned long long, unsigned long long, unsigned int, void* matched) {
    *static_cast<bool*>(matched) = true;
    return 1;  // stop: the match is the answer
  }

  hs_database_t* databases_[2] = {nullptr, nullptr};
  hs_scratch_t* scratch_ = nullptr;
};

template <name_kind Kind>
bool by_hyperscan(std::string_view n) {
  static const hyperscan_matcher match;
  return outside_regex<Kind>(n) && match(Kind, n);  // the length first: hs_scan takes an unsigned int
}

// ---- The benchmarks

template <class Score>
void time_names(benchmark::State& state, const corpus& c, Score score) {
  for (auto _ : state) {
    std::size_t total = 0;
    for (const std::string& n : c.names) total += score(n);
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(c.names.size()));
  state.SetBytesProcessed(state.iterations() * c.bytes);
}

template <bool (*Valid)(std::string_view)>
void count_valid(benchmark::State& state, const corpus* c) {
  time_names(state, *c, [](std::string_view n) -> std::size_t { return Valid(n) ? 1 : 0; });
}

// The full diagnostic: summing the positions keeps the compiler from reducing it to the verdict.
template <name_kind Kind>
void sum_positions(benchmark::State& state, const corpus* c) {
  time_names(state, *c, [](std::string_view n) { return swrkit_check<Kind>(n).position; });
}

struct engine {
  const char* name;
  bool (*valid)(std::string_view);                 // for the agreement check
  void (*time)(benchmark::State&, const corpus*);  // the benchmark
};

// swrkit's two engines first, then its peers.
constexpr std::size_t swrkit_engines = 2;

template <name_kind Kind>
std::vector<engine> make_engines() {
  return {
      {"swrkit_is_valid", by_swrkit<Kind>, count_valid<by_swrkit<Kind>>},
      {"swrkit_check", by_swrkit_check<Kind>, sum_positions<Kind>},
      {"hand_written_loop", by_hand<Kind>, count_valid<by_hand<Kind>>},
      {"hyperscan", by_hyperscan<Kind>, count_valid<by_hyperscan<Kind>>},
      {"pcre2_jit", by_pcre2<Kind>, count_valid<by_pcre2<Kind>>},
      {"re2", by_re2<Kind>, count_valid<by_re2<Kind>>},
      {"std_regex", by_std_regex<Kind>, count_valid<by_std_regex<Kind>>},
  };
}

const std::vector<engine>& engines(name_kind kind) {
  static const std::vector<engine> for_namespaces = make_engines<namespace_kind>();
  static const std::vector<engine> for_repositories = make_engines<repository_kind>();
  return kind == namespace_kind ? for_namespaces : for_repositories;
}

std::string benchmark_name(const corpus& c, const engine& e) { return std::string(c.spec.label) + "/" + e.name; }

// Refuse to time engines that do not compute the same thing.
void verify_agreement() {
  for (const corpus& c : corpora()) {
    const std::vector<engine>& all = engines(c.spec.kind);
    std::size_t valid = 0;
    std::size_t shortest = c.spec.max_length;
    std::size_t longest = 0;
    for (const std::string& n : c.names) {
      const bool expected = all.front().valid(n);
      valid += expected ? 1 : 0;
      shortest = std::min(shortest, n.size());
      longest = std::max(longest, n.size());
      for (const engine& e : all) {
        if (e.valid(n) == expected) continue;
        std::fprintf(stderr, "%s: %s says %s, swrkit %s, on \"%s\"\n", c.spec.label, e.name,
                     expected ? "invalid" : "valid", expected ? "valid" : "invalid", swr_bench::printable(n).c_str());
        std::abort();
      }
    }
    std::fprintf(stderr, "%s: %zu names (%zu valid), %zu to %zu bytes, %lld in all; all %zu engines agree\n",
                 c.spec.label, c.names.size(), valid, shortest, longest, static_cast<long long>(c.bytes), all.size());
  }
}

// After the console output: per corpus, swrkit's time a name against the fastest peer's.
void print_tables(const swr_bench::rate_reporter& rates) {
  std::printf(
      "\n| corpus | swrkit is_valid | swrkit check | fastest peer | its time | peer / is_valid | peer / check "
      "|\n|---|---:|---:|---|---:|---:|---:|\n");
  for (const corpus& c : corpora()) {
    const std::vector<engine>& all = engines(c.spec.kind);
    const double is_valid = rates.ns_per_item(benchmark_name(c, all[0]));
    const double check = rates.ns_per_item(benchmark_name(c, all[1]));
    const engine* fastest = nullptr;
    double fastest_time = 0;
    for (std::size_t i = swrkit_engines; i < all.size(); ++i) {
      const double time = rates.ns_per_item(benchmark_name(c, all[i]));
      if (time > 0 && (fastest == nullptr || time < fastest_time)) {
        fastest = &all[i];
        fastest_time = time;
      }
    }
    if (is_valid <= 0 || check <= 0 || fastest == nullptr) continue;  // filtered out
    std::printf("| %s | %.1f ns | %.1f ns | %s | %.1f ns | %.2fx | %.2fx |\n", c.spec.label, is_valid, check,
                fastest->name, fastest_time, fastest_time / is_valid, fastest_time / check);
  }
  std::printf("\nTimes are a name's, averaged over the corpus; a ratio above 1: swrkit takes less time.\n");
}

}  // namespace

int main(int argc, char** argv) {
  verify_agreement();
  for (const corpus& c : corpora()) {
    for (const engine& e : engines(c.spec.kind)) benchmark::RegisterBenchmark(benchmark_name(c, e).c_str(), e.time, &c);
  }
  return swr_bench::run_benchmarks(argc, argv, print_tables);
}
