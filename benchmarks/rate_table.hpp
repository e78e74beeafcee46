// What the benchmarks share: the run itself, which keeps the rates of every benchmark so that each program can
// print, after the console output, tables that put swrkit and its peers side by side with their ratios.
#ifndef SWRKIT_BENCHMARKS_RATE_TABLE_HPP
#define SWRKIT_BENCHMARKS_RATE_TABLE_HPP

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace swr_bench {

// The console output, and the rate counters (bytes_per_second, items_per_second) of every benchmark, by name:
// with --benchmark_repetitions=N, the median of the N runs, steadier on a shared machine than any one run, or
// the fastest of them. On a shared virtual machine, other guests only ever add time (the hypervisor's steal
// time, cache misses), so the fastest run is the nearest to the code's own cost, for every engine alike.
enum class statistic { median, fastest };

class rate_reporter : public benchmark::ConsoleReporter {
 public:
  rate_reporter() : ConsoleReporter(OO_Tabular) {}  // no colours: the output often goes to a log

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration) continue;
      for (const auto& [counter, value] : run.counters) {
        if ((value.flags & benchmark::Counter::kIsRate) != 0) {
          rates_[{run.benchmark_name(), counter}].push_back(value.value);
        }
      }
    }
  }

  // A benchmark's rate, e.g. rate("swrkit_sha256/64", "bytes_per_second"); 0 when it did not run (filtered out).
  double rate(const std::string& benchmark, const std::string& counter, statistic which = statistic::median) const {
    const auto found = rates_.find({benchmark, counter});
    if (found == rates_.end()) return 0;
    std::vector<double> runs = found->second;
    std::sort(runs.begin(), runs.end());
    if (which == statistic::fastest) return runs.back();
    const std::size_t middle = runs.size() / 2;
    return runs.size() % 2 == 1 ? runs[middle] : (runs[middle - 1] + runs[middle]) / 2;
  }

  // Nanoseconds an item (a name, a document), from items_per_second; 0 when the benchmark did not run.
  double ns_per_item(const std::string& benchmark, statistic which = statistic::median) const {
    const double items = rate(benchmark, "items_per_second", which);
    return items > 0 ? 1e9 / items : 0;
  }

 private:
  std::map<std::pair<std::string, std::string>, std::vector<double>> rates_;
};

// Whether the output is the console's (a table would corrupt JSON or CSV output).
inline bool console_output(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.rfind("--benchmark_format=", 0) == 0 && arg != "--benchmark_format=console") return false;
  }
  return true;
}

// The body of each benchmark's main(), once its engines have been checked against each other: runs what the
// command line selects and then, on console output only, calls print_tables(reporter).
template <class PrintTables>
int run_benchmarks(int argc, char** argv, PrintTables print_tables) {
  const bool tables = console_output(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (tables) {
    rate_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    print_tables(static_cast<const rate_reporter&>(reporter));
  } else {
    benchmark::RunSpecifiedBenchmarks();
  }
  benchmark::Shutdown();
  return 0;
}

// An input as C would write it, so that control bytes and UTF-8 show in a message.
inline std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f) {
      out += c;
    } else {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      out += escaped;
    }
  }
  return out;
}

}  // namespace swr_bench

#endif  // SWRKIT_BENCHMARKS_RATE_TABLE_HPP
