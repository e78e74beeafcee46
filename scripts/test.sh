#!/usr/bin/env bash
# swrkit's tests, from a fresh Debian machine: installs what they need, then builds and runs them.
#
#   scripts/test.sh          the whole suite: every configuration below, the fuzzers, meson, the benchmarks'
#                            agreement, the npm package, coverage, the include-cost gates and the package as
#                            users consume it. The README's test command, and what .ci/run runs.
#   scripts/test.sh quick    the edit loop: one configuration (GCC, C++17, -Werror), the core suites, every header
#                            on its own, the single header's freshness, the references and the formatting.
#
# Each step's log is in build/test/STEP.log (the root can be moved with SWRKIT_BUILD_ROOT). The run ends with a
# table of the steps and their seconds, the compiler cache's hit rate and "N passed, N failed".
#
# Compilations go through ccache when it is installed (scripts/deps.sh installs it), set here and never in
# the project's CMake files: CCACHE_BASEDIR is the clone's root and the folder is not hashed, so that a clone
# elsewhere on the machine hits the cache; the cache stays under the user's home (CCACHE_DIR, by default
# ~/.cache/ccache). SWRKIT_CCACHE=0 turns it off. The core suites build as unity sources (SWRKIT_UNITY_BUILD,
# tests/CMakeLists.txt).
#
# What each configuration catches that no other one does is written beside it; docs/testing.md has the table.
set -uo pipefail
cd "$(dirname "$0")/.."

tier=${1:-full}
case "$tier" in
  full | quick) ;;
  -h | --help) sed -n '2,20s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "usage: $0 [quick]" >&2; exit 2 ;;
esac
scripts/deps.sh "$([ "$tier" = quick ] && echo quick || echo test)" || exit 1

root=${SWRKIT_BUILD_ROOT:-build/test}
mkdir -p "$root"
jobs=$(nproc 2>/dev/null || echo 2)
passed=0
failed=0
failures=()
step_names=()
step_seconds=()
step_outcomes=()
run_start=$SECONDS

record() {  # record NAME STATUS SECONDS: a step's outcome, printed and kept for the summary
  local name=$1 status=$2 seconds=$3 outcome
  if [ "$status" = 0 ]; then
    passed=$((passed + 1))
    outcome=passed
    echo "    passed in ${seconds}s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    outcome=FAILED
    echo "    FAILED in ${seconds}s; last lines of $root/$name.log:"
    tail -n 40 "$root/$name.log" | sed 's/^/    | /'
  fi
  step_names+=("$name")
  step_seconds+=("$seconds")
  step_outcomes+=("$outcome")
}

step() {  # step NAME COMMAND...: runs one step, its output in $root/NAME.log, and records its outcome and time
  local name=$1 start=$SECONDS
  shift
  echo "=== $name"
  "$@" >"$root/$name.log" 2>&1
  record "$name" $? $((SECONDS - start))
}

# A step that keeps one core busy (valgrind, say) runs beside the next ones, which leave a core idle much of their
# time: step_beside starts it in the background, step_join waits for it and records it as step does.
beside_names=()
beside_pids=()
step_beside() {  # step_beside NAME COMMAND...
  local name=$1
  shift
  echo "=== $name (beside the next steps)"
  (
    start=$SECONDS
    "$@" >"$root/$name.log" 2>&1
    echo "$? $((SECONDS - start))" >"$root/$name.status"
  ) &
  beside_names+=("$name")
  beside_pids+=($!)
}
step_join() {
  local i status seconds
  for i in "${!beside_names[@]}"; do
    wait "${beside_pids[$i]}"
    read -r status seconds <"$root/${beside_names[$i]}.status" || status=1 seconds=0
    echo "=== ${beside_names[$i]} (joined)"
    record "${beside_names[$i]}" "$status" "$seconds"
  done
  beside_names=()
  beside_pids=()
}

# ---- the compiler cache ----
launcher=()
ccache_before=""
if [ "${SWRKIT_CCACHE:-1}" != 0 ] && command -v ccache >/dev/null; then
  export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
  export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  ccache_before=$(ccache --print-stats 2>/dev/null)
fi
ccache_report() {  # hits and misses of this run: the counters now, less those at the start
  [ -n "$ccache_before" ] || { echo "compiler cache: off"; return; }
  { echo "$ccache_before" | sed 's/^/before /'; ccache --print-stats | sed 's/^/after /'; } | awk '
    { v[$1 " " $2] = $3 }
    END {
      hits = v["after direct_cache_hit"] + v["after preprocessed_cache_hit"] - v["before direct_cache_hit"] - v["before preprocessed_cache_hit"]
      misses = v["after cache_miss"] - v["before cache_miss"]
      total = hits + misses
      printf "compiler cache (ccache): %d hits, %d misses: %.1f %% of %d cacheable compilations hit\n", hits, misses, total ? 100 * hits / total : 0, total
    }'
}

# ---- one CMake configuration: configure, build, test ----
cmake_config() {  # cmake_config NAME CXX STD EXTENSIONS [cmake args...]
  local name=$1 cxx=$2 std=$3 ext=$4
  shift 4
  cmake -S . -B "$root/$name" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_STANDARD="$std" -DCMAKE_CXX_STANDARD_REQUIRED=ON -DCMAKE_CXX_EXTENSIONS="$ext" \
    -DSWRKIT_UNITY_BUILD=ON -DSWRKIT_WERROR=ON -DSWRKIT_BUILD_BENCHMARKS=OFF "${launcher[@]}" "$@" &&
    cmake --build "$root/$name" &&
    ctest --test-dir "$root/$name" --output-on-failure --parallel "$jobs"
}

# The integrations (fmt, nlohmann::json, OpenSSL, PCRE2, the swr-check tool) run in two configurations: this one
# (GCC) and asan-ubsan (Clang). Elsewhere they are off.
no_integrations=(-DSWRKIT_TEST_INTEGRATIONS=OFF -DSWRKIT_BUILD_TOOLS=OFF)
# Likewise the headers under strict projects' warnings (tests/strict_warnings.cpp): in gcc-c++17 (GCC) and
# clang19-libc++-c++23 (Clang 19), each in C++17 and C++20.
no_strict=(-DSWRKIT_TEST_STRICT_WARNINGS=OFF)
# And every header compiled on its own (compile-only: what it catches is an include missing for a standard library):
# in gcc-c++17 (libstdc++) and clang19-libc++-c++23 (libc++); the single-header configuration checks its one header.
no_header_checks=(-DSWRKIT_TEST_HEADER_CHECKS=OFF)

# ---- steps ----

# Every C++ source is formatted as .clang-format says (lines up to 120 columns).
format() {
  find include tests tools fuzz benchmarks examples web/src web/test -name '*.hpp' -o -name '*.cpp' | sort |
    xargs clang-format --dry-run --Werror
}

# gcc-c++17: GCC 12 in strict C++17 on the modular headers, at -O3 (GCC's warnings depend on its optimizer).
# Alone: every header compiled on its own (the header checks), GCC with the integrations and the tool.
# The quick tier builds this same tree, so each tier warms the other's cache.
gcc_cxx17() { cmake_config gcc-c++17 g++ 17 OFF "$@"; }

quick_core() {  # the quick tier's part of gcc-c++17: the core suites, the header checks, the references
  local dir=$root/gcc-c++17
  cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_STANDARD=17 \
    -DCMAKE_CXX_STANDARD_REQUIRED=ON -DCMAKE_CXX_EXTENSIONS=OFF -DSWRKIT_UNITY_BUILD=ON -DSWRKIT_WERROR=ON \
    -DSWRKIT_BUILD_BENCHMARKS=OFF "${launcher[@]}" &&
    cmake --build "$dir" --target swrkit_core_tests swrkit_header_checks &&
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" -R '^(core|references|references_self_test)$'
}

if [ "$tier" = quick ]; then
  step format format
  step single-header-fresh cmake -DCHECK=ON -P scripts/amalgamate.cmake
  step gcc-c++17-core quick_core
else
  step format format
  step single-header-fresh cmake -DCHECK=ON -P scripts/amalgamate.cmake
  step gcc-c++17 gcc_cxx17

  # gcc-c++20-examples: GCC in C++20, where consteval checks name literals (and their diagnostics are GCC's);
  # the examples in real hosts (Qt form, cpp-httplib mock server, libcurl client), built by GCC and run end
  # to end. At -O1: neither depends on the optimizer (gcc-c++17 has GCC's -O3 warnings), and GCC compiles the
  # suites and the examples in two thirds of the time.
  step gcc-c++20-examples cmake_config gcc-c++20-examples g++ 20 OFF -DSWRKIT_BUILD_EXAMPLES=ON "${no_integrations[@]}" \
    "${no_strict[@]}" "${no_header_checks[@]}" -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG"

  # clang-gnu++17-single-no-exceptions: Clang 14 in C++17, in the GNU dialect (CMake's default) where `linux` and
  # `unix` are macros, against the single header with nothing else of swrkit on the include path, without
  # exceptions or RTTI and with the portable code only (SWRKIT_DISABLE_SIMD), as on a CPU or compiler without the
  # fast paths: the core must build so, and the whole suite then runs the portable code at run time too. The single
  # header holds every header's code, so Clang's warnings in C++17 and the dialect's macros are covered for both
  # trees; GCC builds without exceptions in coverage, and compiles the portable code at -O3 in gcc-c++17 (where it
  # is the constant-evaluation path).
  step clang-gnu++17-single-no-exceptions cmake_config clang-gnu++17-single-no-exceptions clang++ 17 ON \
    -DSWRKIT_TEST_SINGLE_HEADER=ON -DCMAKE_CXX_FLAGS="-fno-exceptions -fno-rtti -DSWRKIT_DISABLE_SIMD" \
    "${no_integrations[@]}"

  # clang19-libc++-c++23: a newer compiler (Clang 19) at a newer language level, with the other standard
  # library, libc++ (where std::string is constexpr in C++20 and later, so sign() runs in a static_assert).
  step clang19-libc++-c++23 cmake_config clang19-libc++-c++23 clang++-19 23 OFF -DCMAKE_CXX_FLAGS="-stdlib=libc++" \
    "${no_integrations[@]}"

  # asan-ubsan: Clang 14 in C++20 under AddressSanitizer and UndefinedBehaviorSanitizer, any report fatal: the
  # suites, the integrations and the examples. Also Clang's C++20 and its lifetimebound check. Line tables are
  # all the debug information a report's stack needs.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  step asan-ubsan cmake_config asan-ubsan clang++ 20 OFF -DSWRKIT_BUILD_EXAMPLES=ON "${no_header_checks[@]}" \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -gline-tables-only"

  # fuzz: the libFuzzer targets as bounded runs (a number of inputs, not a time) from the committed seeds.
  step fuzz cmake_config fuzz clang++ 17 OFF -DSWRKIT_BUILD_FUZZERS=ON -DSWRKIT_BUILD_TESTS=OFF -DSWRKIT_BUILD_TOOLS=OFF

  # meson: the meson build and its test definitions (meson.build, tests/core_suites.txt), at -O1 without debug
  # information, which GCC compiles in half the time of -O2 -g (what it checks does not depend on either; GCC 12
  # at -O3 without NDEBUG warns falsely inside fmt 9's headers). meson finds ccache by itself. No unity build:
  # meson's unity sources include by absolute path, which would keep a clone elsewhere from hitting the cache.
  meson_build() {
    rm -rf "$root/meson"
    meson setup "$root/meson" -Doptimization=1 -Ddebug=false -Dwerror=true &&
      meson test -C "$root/meson" --print-errorlogs
  }
  step meson meson_build

  # benchmarks: they build, and every engine gives the same answer on every input (timings are not judged).
  benchmarks() {
    cmake -S . -B "$root/benchmarks" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSWRKIT_BUILD_TESTS=OFF \
      -DSWRKIT_BUILD_TOOLS=OFF -DSWRKIT_BUILD_BENCHMARKS=ON -DSWRKIT_WERROR=ON "${launcher[@]}" &&
      cmake --build "$root/benchmarks" &&
      for b in "$root"/benchmarks/benchmarks/swrkit_*_benchmark; do "$b" --benchmark_min_time=0.01 || return 1; done
  }
  # The include-cost gates (benchmarks/include_cost.sh --gates): compiler instructions, counted by valgrind (the
  # same count on any load), one compilation at a time, so beside benchmarks and web, which use one core most of
  # their time.
  step_beside include-cost benchmarks/include_cost.sh --gates
  step benchmarks benchmarks

  # web: the npm package, its WebAssembly module built from the headers, then `npm test` (node --test):
  # conformance with the native C++ build, the packed package installed offline, the demo form in headless
  # Chromium. puppeteer-core comes from the npm registry, at the versions of web/package-lock.json.
  web() {
    (
      cd web || exit 1
      if ! npm ci --no-audit --no-fund; then
        echo "web: npm could not install web/package-lock.json from the npm registry (network, proxy or TLS:"
        echo "     behind a TLS-inspecting proxy, npm needs its CA, e.g. NODE_EXTRA_CA_CERTS or npm's cafile)"
        exit 1
      fi
      npm run build && SWRKIT_SCREENSHOT_DIR="$PWD/../$root" npm test
    )
  }
  step web web
  step_join

  # coverage: line and branch coverage of the core headers by the core suites (GCC, gcovr), modular headers
  # without exceptions or RTTI (so that the compiler adds no exception edges to count as branches; the
  # throwing paths are tested elsewhere) at -O0. Branches GCC proves unreachable are not counted; what the
  # headers exclude by hand is marked GCOVR_EXCL with the reason. Fails under 99.5 % of lines or 97 % of
  # branches. ccache hashes the build folder for coverage builds (the .gcno files hold it).
  # The two test cases of the doctest suite "bulk" (each the same checks over a great many inputs) are left
  # out: unoptimized and instrumented they took 79 of the core suites' 90 s, and reach nothing the others do not
  # (the same 2413 of 2459 branches with and without them on 2026-12-06). Every other configuration runs them.
  coverage() {
    cmake_config coverage g++ 20 OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="--coverage -O0 -fno-exceptions -fno-rtti" \
      -DSWRKIT_CORE_TEST_ARGS=--test-suite-exclude=bulk "${no_integrations[@]}" "${no_strict[@]}" \
      "${no_header_checks[@]}" || return 1
    gcovr -j "$jobs" --root . --filter 'include/swr/' --exclude-unreachable-branches --gcov-ignore-parse-errors --print-summary \
      --fail-under-line 99.5 --fail-under-branch 97 --txt "$root/coverage.txt" "$root/coverage" |
      tee "$root/coverage-summary.txt"
    local status=${PIPESTATUS[0]}
    cat "$root/coverage.txt"
    return "$status"
  }
  step coverage coverage
  grep -E '^(lines|branches):' "$root/coverage-summary.txt" 2>/dev/null | awk '!seen[$0]++' | sed 's/^/    coverage of include\/swr\/: /'

  # package: swrkit as users consume it.
  package() {
    local prefix="$PWD/$root/prefix" version
    version=$(cat VERSION)
    rm -rf "$prefix" "$root/install" "$root/consumer-"*
    # Installing compiles nothing (configure, then install: no build step), and the installed tree works when
    # installed with a --prefix other than the configure-time one, then moved elsewhere.
    cmake -S . -B "$root/install" -G Ninja -DSWRKIT_BUILD_TESTS=OFF -DSWRKIT_BUILD_TOOLS=OFF \
      -DSWRKIT_BUILD_BENCHMARKS=OFF -DCMAKE_INSTALL_PREFIX=/nonexistent/configure-time-prefix &&
      cmake --install "$root/install" --prefix "$prefix/installed" || return 1
    mv "$prefix/installed" "$prefix/moved" || return 1
    echo "--- find_package (moved prefix)"
    cmake -S tests/package -B "$root/consumer-find" -G Ninja -DCMAKE_PREFIX_PATH="$prefix/moved" \
      -DSWRKIT_EXPECTED_VERSION="$version" "${launcher[@]}" && cmake --build "$root/consumer-find" &&
      "$root/consumer-find/consumer" || return 1
    echo "--- pkg-config (moved prefix)"
    local cflags
    cflags=$(PKG_CONFIG_PATH="$prefix/moved/share/pkgconfig" pkg-config --cflags swrkit) || return 1
    [ "$(PKG_CONFIG_PATH="$prefix/moved/share/pkgconfig" pkg-config --modversion swrkit)" = "$version" ] || return 1
    case "$cflags" in *"$prefix/moved/"*) ;; *) echo "pkg-config --cflags points elsewhere: $cflags"; return 1 ;; esac
    # shellcheck disable=SC2086
    g++ -std=c++17 $cflags tests/package/consumer.cpp -o "$root/consumer-pkgconfig" && "$root/consumer-pkgconfig" || return 1
    echo "--- add_subdirectory"
    cmake -S tests/package -B "$root/consumer-subdir" -G Ninja -DSWRKIT_SOURCE_DIR="$PWD" "${launcher[@]}" &&
      cmake --build "$root/consumer-subdir" && "$root/consumer-subdir/consumer" || return 1
    echo "--- FetchContent (local path)"
    cmake -S tests/package -B "$root/consumer-fetch" -G Ninja -DSWRKIT_FETCH_DIR="$PWD" "${launcher[@]}" &&
      cmake --build "$root/consumer-fetch" && "$root/consumer-fetch/consumer" || return 1
    echo "--- the single header, copied alone into an empty folder"
    local single="$root/consumer-single"
    mkdir -p "$single" && cp single_include/swr/swr.hpp tests/package/consumer.cpp "$single/" &&
      (cd "$single" && g++ -std=c++17 -Wall -Wextra -Wpedantic -Werror -DSWRKIT_CONSUMER_SINGLE_FILE consumer.cpp -o consumer) ||
      return 1
    "$single/consumer" || return 1
    echo "--- meson subproject"
    local m="$root/consumer-meson"
    mkdir -p "$m/subprojects" && cp tests/package/meson.build tests/package/consumer.cpp "$m/" &&
      ln -sfn "$PWD" "$m/subprojects/swrkit" &&
      meson setup "$m/build" "$m" && meson compile -C "$m/build" && "$m/build/consumer"
  }
  step package package
fi

# ---- the summary ----
echo
echo "step                               seconds  outcome"
for i in "${!step_names[@]}"; do
  printf '%-34s %7d  %s\n' "${step_names[$i]}" "${step_seconds[$i]}" "${step_outcomes[$i]}"
done
printf '%-34s %7d\n' "total ($tier)" $((SECONDS - run_start))
ccache_report
if [ "$failed" -ne 0 ]; then echo "failed steps: ${failures[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
