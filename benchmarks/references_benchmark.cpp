// Tags and image references: swrkit against what users would write otherwise — PCRE2 (JIT) running
// distribution/reference's expressions (with Docker's rule for the registry, the 255-byte path and go-digest's
// algorithms beside them, as a user must) and a good hand-written loop — on the same inputs, in one run, over two
// corpora: tags, and whole references. swrkit's check_tag is timed twice: is_valid_tag (the verdict) and check_tag
// (the error and its position); parse_image_reference gives the parts or the error, its field and position, where
// the others give the parts or nothing. Before timing, every engine must agree with swrkit on every input (the
// verdict, and every part of a reference), so that the comparison is like for like. After the run (console output
// only), a table: swrkit's time an input against the fastest peer's.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <benchmark/benchmark.h>
#include <pcre2.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "rate_table.hpp"
#include "swr/reference.hpp"

namespace {

constexpr std::size_t npos = std::string_view::npos;

// ---- The corpora: reproducible, 3 inputs in 4 valid, the others with one mistake people make.

class generator {
 public:
  explicit generator(std::uint32_t seed) : rng_(seed) {}

  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  bool one_in(std::size_t n) { return pick(n) == 0; }
  template <std::size_t N>
  std::string_view pick(const std::string_view (&from)[N]) {
    return from[pick(N)];
  }
  std::string run(std::string_view alphabet, std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += alphabet[pick(alphabet.size())];
    return s;
  }

  // Tags as people name them: versions, distributions, dates, commits, branches; a few long ones.
  std::string valid_tag() {
    static constexpr std::string_view words[] = {"latest", "stable", "alpine", "slim", "bookworm", "main", "edge"};
    switch (pick(8)) {
      case 0: return std::string(pick(words));
      case 1: return "v" + number() + "." + number() + "." + number();
      case 2: return number() + "." + number() + "-" + std::string(pick(words));
      case 3: return "20" + run("0123456789", 2) + "-" + run("01", 1) + run("0123456789", 1) + "-" + run("0123", 2);
      case 4: return "sha-" + run("0123456789abcdef", 7);
      case 5: return std::string(pick(words)) + "-" + run("0123456789abcdef", 7);
      case 6: return "v" + number() + "." + number() + ".0-rc." + number() + "_build" + run("0123456789", 4);
      default:  // a branch name, up to the limit
        return "feature_" + run("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-._", 4 + pick(one_in(4) ? 117 : 30));
    }
  }

  std::string tag() {
    std::string t = valid_tag();
    if (!one_in(4)) return t;
    static constexpr std::string_view inside[] = {"+", " ", "/", ":", "\xc3\xa9", "~"};
    switch (pick(6)) {
      case 0: return "." + t;
      case 1: return "-" + t;
      case 2: return t.insert(pick(t.size() + 1), pick(inside));
      case 3: return t + "\n";
      case 4: return std::string(129 + pick(12), 'a');
      default: return t + "+build." + number();  // semantic versioning's build metadata
    }
  }

  std::string digest() {
    return one_in(6) ? "sha512:" + run("0123456789abcdef", 128) : "sha256:" + run("0123456789abcdef", 64);
  }

  std::string reference() {
    static constexpr std::string_view registries[] = {"docker.io",
                                                      "ghcr.io",
                                                      "quay.io",
                                                      "swr.cn-north-4.myhuaweicloud.com",
                                                      "swr.ap-southeast-3.myhuaweicloud.com",
                                                      "localhost:5000",
                                                      "registry.example.com:443",
                                                      "10.0.0.12:5000",
                                                      "[::1]:5000",
                                                      "index.docker.io"};
    static constexpr std::string_view words[] = {"app",     "nginx",         "redis",      "my-org",
                                                 "team",    "web_front",     "api",        "postgres",
                                                 "library", "data.pipeline", "ml__models", "tools"};
    std::string r;
    if (!one_in(3)) r.append(pick(registries)).append("/");
    r.append(pick(words));
    for (std::size_t i = 0, n = pick(3); i < n; ++i) r.append("/").append(pick(words));
    if (!one_in(3)) r.append(":").append(valid_tag());
    if (one_in(6)) r.append("@").append(digest());
    if (!one_in(4)) return r;
    static constexpr std::string_view bad_registries[] = {"https://", "my-registry-.com/", "host:port/",
                                                          "exa_mple.com/"};
    switch (pick(9)) {
      case 0: return std::string(pick(bad_registries)) + r;
      case 1: r[r.find_last_of('/') == npos ? 0 : r.find_last_of('/') + 1] = 'M'; return r;  // MyApp
      case 2: return r + "\n";
      case 3: return r.insert(r.find_first_of('/') == npos ? 0 : r.find_first_of('/'), "/");  // "//"
      case 4: return r.find('@') == npos ? r + ":" : r;                                       // no tag after ':'
      case 5: return r.find('@') == npos ? r + ":v1.2.3+build" : r + "A";
      case 6: return r + "@sha256:" + run("0123456789abcdef", 40);  // truncated
      case 7: return r + "@sha256:" + run("0123456789ABCDEF", 64);  // uppercase hex
      default: return r + " ";
    }
  }

 private:
  std::string number() { return std::to_string(pick(one_in(3) ? 100 : 10)); }
  std::mt19937 rng_;
};

enum class kind { tags, references };

struct corpus {
  const char* label;
  kind what;
  std::vector<std::string> inputs;
  std::int64_t bytes = 0;
};

const std::vector<corpus>& corpora() {
  static const std::vector<corpus> all = [] {
    std::vector<corpus> v{{"tags", kind::tags, {}, 0}, {"references", kind::references, {}, 0}};
    generator generate(20261207);
    for (corpus& c : v) {
      for (int i = 0; i < 4096; ++i) {
        c.inputs.push_back(c.what == kind::tags ? generate.tag() : generate.reference());
        c.bytes += static_cast<std::int64_t>(c.inputs.back().size());
      }
    }
    return v;
  }();
  return all;
}

// ---- What every reference engine gives: the parts, or nothing.

struct parts {
  std::string_view registry, path, tag, digest;
  friend bool operator==(const parts& a, const parts& b) {
    return a.registry == b.registry && a.path == b.path && a.tag == b.tag && a.digest == b.digest;
  }
};

// A sum that depends on every part, so that no engine's parts can be left uncomputed.
std::size_t score(const std::optional<parts>& p) {
  return p ? 1 + p->registry.size() + 2 * p->path.size() + 3 * p->tag.size() + 5 * p->digest.size() : 0;
}

std::optional<parts> by_swrkit(std::string_view text) {
  const auto r = swr::parse_image_reference(text);
  if (!r) return std::nullopt;
  return parts{r->registry, r->path, r->tag, r->digest};
}

// ---- PCRE2 JIT: distribution's expressions (its regexp.go), anchored; Go's `$` is the end of the text.

class pcre2_matcher {
 public:
  explicit pcre2_matcher(const char* pattern) {
    int error = 0;
    PCRE2_SIZE offset = 0;
    code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern), PCRE2_ZERO_TERMINATED, PCRE2_DOLLAR_ENDONLY, &error,
                          &offset, nullptr);
    if (code_ == nullptr || pcre2_jit_compile(code_, PCRE2_JIT_COMPLETE) != 0) std::abort();
    data_ = pcre2_match_data_create_from_pattern(code_, nullptr);
  }
  ~pcre2_matcher() {
    pcre2_match_data_free(data_);
    pcre2_code_free(code_);
  }
  pcre2_matcher(const pcre2_matcher&) = delete;
  pcre2_matcher& operator=(const pcre2_matcher&) = delete;

  bool operator()(std::string_view text) const {
    return pcre2_jit_match(code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, data_, nullptr) >= 0;
  }
  // The i-th group of the last match, empty when it took no part.
  std::string_view group(std::string_view text, std::size_t i) const {
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data_);
    return ovector[2 * i] == PCRE2_UNSET ? std::string_view()
                                         : text.substr(ovector[2 * i], ovector[2 * i + 1] - ovector[2 * i]);
  }

 private:
  pcre2_code* code_ = nullptr;
  pcre2_match_data* data_ = nullptr;
};

#define GRAMMAR_DOMAIN_COMPONENT "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
#define GRAMMAR_DOMAIN_AND_PORT \
  "(?:" GRAMMAR_DOMAIN_COMPONENT "(?:\\." GRAMMAR_DOMAIN_COMPONENT ")*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?"
#define GRAMMAR_PATH_COMPONENT "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*"
#define GRAMMAR_TAG "[\\w][\\w.-]{0,127}"
#define GRAMMAR_DIGEST "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}"

bool tag_by_pcre2(std::string_view t) {
  static const pcre2_matcher match("^" GRAMMAR_TAG "$");
  return match(t);
}

// normalize.go's splitDockerDomain: is the first component of a name with a '/' a registry?
bool docker_registry(std::string_view first) {
  if (first == "localhost") return true;
  for (const char c : first) {
    if (c == '.' || c == ':' || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

// go-digest after the grammar: sha256, sha384 or sha512, exactly their number of lowercase hex digits.
bool registered_digest(std::string_view d) {
  const std::size_t colon = d.find(':');
  const std::string_view algorithm = d.substr(0, colon);
  const std::size_t length = algorithm == "sha256" ? 64 : algorithm == "sha384" ? 96 : algorithm == "sha512" ? 128 : 0;
  if (length == 0 || d.size() - colon - 1 != length) return false;
  for (std::size_t i = colon + 1; i < d.size(); ++i) {
    if (!((d[i] >= '0' && d[i] <= '9') || (d[i] >= 'a' && d[i] <= 'f'))) return false;
  }
  return true;
}

#define GRAMMAR_PATH GRAMMAR_PATH_COMPONENT "(?:/" GRAMMAR_PATH_COMPONENT ")*"

// The reference expression, with the name's domain captured too (anchoredNamePat's group), then Docker's rule where
// it differs from the expression's reading: a first component the expression took for a domain may be a path
// component ("team/app"), and one it read as a path may be a registry ("a_b.c/d", refused as a host).
std::optional<parts> by_pcre2(std::string_view text) {
  static const pcre2_matcher reference("^((?:(" GRAMMAR_DOMAIN_AND_PORT ")/)?" GRAMMAR_PATH ")(?::(" GRAMMAR_TAG
                                       "))?(?:@(" GRAMMAR_DIGEST "))?$");
  static const pcre2_matcher domain("^" GRAMMAR_DOMAIN_AND_PORT "$");
  static const pcre2_matcher path("^" GRAMMAR_PATH "$");
  if (!reference(text)) return std::nullopt;
  const std::string_view name = reference.group(text, 1);
  const bool read_a_domain = !reference.group(text, 2).empty();
  parts p{{}, name, reference.group(text, 3), reference.group(text, 4)};
  const std::size_t slash = name.find('/');
  if (slash != npos && docker_registry(name.substr(0, slash))) {
    p.registry = name.substr(0, slash);
    p.path = name.substr(slash + 1);
    if (!read_a_domain && !domain(p.registry)) return std::nullopt;
  } else if (read_a_domain && !path(name)) {
    return std::nullopt;
  }
  if (p.path.size() > swr::image_path_max_length) return std::nullopt;
  if (!p.digest.empty() && !registered_digest(p.digest)) return std::nullopt;
  return p;
}

// ---- The hand-written loop a competent user writes from the grammar: a table for the tag's bytes, each part in
// one pass.

constexpr std::array<bool, 256> make_tag_bytes() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[static_cast<std::size_t>(c)] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  }
  return t;
}
constexpr std::array<bool, 256> tag_bytes = make_tag_bytes();

bool tag_by_hand(std::string_view t) {
  if (t.empty() || t.size() > swr::tag_max_length || t[0] == '.' || t[0] == '-') return false;
  for (const char c : t) {
    if (!tag_bytes[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

constexpr bool lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
constexpr bool alnum(char c) { return lower_alnum(c) || (c >= 'A' && c <= 'Z'); }
constexpr bool hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Components of [a-z0-9] joined by one '.', one or two '_', a run of '-' or one '/'.
bool path_by_hand(std::string_view p) {
  if (p.empty() || p.size() > swr::image_path_max_length) return false;
  char run = 0;
  std::size_t run_length = 0;
  bool after_alnum = false;
  for (const char c : p) {
    if (lower_alnum(c)) {
      after_alnum = true;
      run_length = 0;
      continue;
    }
    if (c != '.' && c != '_' && c != '-' && c != '/') return false;
    if (run_length == 0) {
      if (!after_alnum) return false;
      run = c;
      run_length = 1;
      after_alnum = false;
    } else if (c != run || c == '.' || c == '/' || (c == '_' && run_length == 2)) {
      return false;
    } else {
      ++run_length;
    }
  }
  return after_alnum;
}

// DNS components with inner '-' joined by '.', or [IPv6]; then ':' and digits.
bool registry_by_hand(std::string_view r) {
  std::size_t i = 0;
  if (!r.empty() && r[0] == '[') {
    for (i = 1; i < r.size() && (hex_digit(r[i]) || r[i] == ':'); ++i) {
    }
    if (i == 1 || i == r.size() || r[i] != ']') return false;
    ++i;
  } else {
    for (std::size_t start = 0;;) {
      std::size_t end = start;
      while (end < r.size() && (alnum(r[end]) || r[end] == '-')) ++end;
      if (end == start || r[start] == '-' || r[end - 1] == '-') return false;
      i = end;
      if (end == r.size() || r[end] != '.') break;
      start = end + 1;
    }
  }
  if (i == r.size()) return true;
  if (r[i] != ':' || i + 1 == r.size()) return false;
  for (++i; i < r.size(); ++i) {
    if (r[i] < '0' || r[i] > '9') return false;
  }
  return true;
}

std::optional<parts> by_hand(std::string_view text) {
  parts p;
  const std::size_t at = text.find('@');
  std::string_view name = text.substr(0, at);
  if (at != npos) {
    p.digest = text.substr(at + 1);
    if (!registered_digest(p.digest)) return std::nullopt;
  }
  const std::size_t last_slash = name.rfind('/');
  const std::size_t colon = name.find(':', last_slash == npos ? 0 : last_slash + 1);
  if (colon != npos) {
    p.tag = name.substr(colon + 1);
    name = name.substr(0, colon);
    if (!tag_by_hand(p.tag)) return std::nullopt;
  }
  p.path = name;
  const std::size_t slash = name.find('/');
  if (slash != npos && docker_registry(name.substr(0, slash))) {
    p.registry = name.substr(0, slash);
    p.path = name.substr(slash + 1);
    if (!registry_by_hand(p.registry)) return std::nullopt;
  }
  if (!path_by_hand(p.path)) return std::nullopt;
  return p;
}

// ---- The benchmarks

template <class Score>
void time_inputs(benchmark::State& state, const corpus& c, Score score_one) {
  for (auto _ : state) {
    std::size_t total = 0;
    for (const std::string& input : c.inputs) total += score_one(input);
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(c.inputs.size()));
  state.SetBytesProcessed(state.iterations() * c.bytes);
}

template <bool (*Valid)(std::string_view)>
void count_valid_tags(benchmark::State& state, const corpus* c) {
  time_inputs(state, *c, [](std::string_view t) -> std::size_t { return Valid(t) ? 1 : 0; });
}

// The full diagnostic: summing the positions keeps the compiler from reducing it to the verdict.
void sum_tag_positions(benchmark::State& state, const corpus* c) {
  time_inputs(state, *c, [](std::string_view t) { return swr::check_tag(t).position; });
}

template <std::optional<parts> (*Parse)(std::string_view)>
void score_references(benchmark::State& state, const corpus* c) {
  time_inputs(state, *c, [](std::string_view r) { return score(Parse(r)); });
}

bool tag_by_swrkit(std::string_view t) { return swr::is_valid_tag(t); }
bool tag_by_swrkit_check(std::string_view t) { return swr::check_tag(t).ok(); }

struct engine {
  const char* name;
  bool (*tag)(std::string_view);                        // for the agreement check on tags
  std::optional<parts> (*reference)(std::string_view);  // for the agreement check on references
  void (*time)(benchmark::State&, const corpus*);       // the benchmark
};

// swrkit's engines first, then its peers.
const std::vector<engine>& engines(kind k) {
  static const std::vector<engine> for_tags = {
      {"swrkit_is_valid", tag_by_swrkit, nullptr, count_valid_tags<tag_by_swrkit>},
      {"swrkit_check", tag_by_swrkit_check, nullptr, sum_tag_positions},
      {"hand_written_loop", tag_by_hand, nullptr, count_valid_tags<tag_by_hand>},
      {"pcre2_jit", tag_by_pcre2, nullptr, count_valid_tags<tag_by_pcre2>},
  };
  static const std::vector<engine> for_references = {
      {"swrkit_parse", nullptr, by_swrkit, score_references<by_swrkit>},
      {"hand_written_loop", nullptr, by_hand, score_references<by_hand>},
      {"pcre2_jit", nullptr, by_pcre2, score_references<by_pcre2>},
  };
  return k == kind::tags ? for_tags : for_references;
}
std::size_t swrkit_engines(kind k) { return k == kind::tags ? 2 : 1; }

std::string benchmark_name(const corpus& c, const engine& e) { return std::string(c.label) + "/" + e.name; }

// Refuse to time engines that do not compute the same thing.
void verify_agreement() {
  for (const corpus& c : corpora()) {
    const std::vector<engine>& all = engines(c.what);
    std::size_t valid = 0;
    for (const std::string& input : c.inputs) {
      const bool is_tag = c.what == kind::tags;
      const bool expected_tag = is_tag && all.front().tag(input);
      const std::optional<parts> expected = is_tag ? std::nullopt : all.front().reference(input);
      valid += (is_tag ? expected_tag : expected.has_value()) ? 1 : 0;
      for (const engine& e : all) {
        const bool agrees = is_tag ? e.tag(input) == expected_tag : e.reference(input) == expected;
        if (agrees) continue;
        std::fprintf(stderr, "%s: %s disagrees with swrkit on \"%s\"\n", c.label, e.name,
                     swr_bench::printable(input).c_str());
        std::abort();
      }
    }
    std::fprintf(stderr, "%s: %zu inputs (%zu valid), %lld bytes in all; all %zu engines agree\n", c.label,
                 c.inputs.size(), valid, static_cast<long long>(c.bytes), all.size());
  }
}

// After the console output: per corpus, each of swrkit's engines against each peer, by the median of the
// repetitions and by the fastest of them.
void print_tables(const swr_bench::rate_reporter& rates) {
  using swr_bench::statistic;
  std::printf(
      "\n| corpus | swrkit | peer | swrkit | peer | peer / swrkit | fastest runs: swrkit | peer | peer / swrkit |\n"
      "|---|---|---|---:|---:|---:|---:|---:|---:|\n");
  for (const corpus& c : corpora()) {
    const std::vector<engine>& all = engines(c.what);
    for (std::size_t i = 0; i < swrkit_engines(c.what); ++i) {
      for (std::size_t j = swrkit_engines(c.what); j < all.size(); ++j) {
        const std::string ours = benchmark_name(c, all[i]), peer = benchmark_name(c, all[j]);
        const double ours_median = rates.ns_per_item(ours), peer_median = rates.ns_per_item(peer);
        const double ours_fastest = rates.ns_per_item(ours, statistic::fastest);
        const double peer_fastest = rates.ns_per_item(peer, statistic::fastest);
        if (ours_median <= 0 || peer_median <= 0) continue;  // filtered out
        std::printf("| %s | %s | %s | %.1f ns | %.1f ns | %.2fx | %.1f ns | %.1f ns | %.2fx |\n", c.label, all[i].name,
                    all[j].name, ours_median, peer_median, peer_median / ours_median, ours_fastest, peer_fastest,
                    peer_fastest / ours_fastest);
      }
    }
  }
  std::printf(
      "\nTimes are an input's, averaged over the corpus: the median of the repetitions, then the fastest of them (the\n"
      "nearest to the code's own cost on a shared machine, where other guests only add time); a ratio above 1:\n"
      "swrkit takes less time.\n");
}

}  // namespace

int main(int argc, char** argv) {
  verify_agreement();
  for (const corpus& c : corpora()) {
    for (const engine& e : engines(c.what)) benchmark::RegisterBenchmark(benchmark_name(c, e).c_str(), e.time, &c);
  }
  return swr_bench::run_benchmarks(argc, argv, print_tables);
}
