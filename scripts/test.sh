#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine: installs what it needs, then builds and runs the
# tests in every configuration the project promises to support:
#   GCC and Clang  x  c++17, c++20 (and gnu++17 against the single header), and Clang 19 in c++23, with
#   -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror;
#   the core headers with -fno-exceptions -fno-rtti; everything under ASan+UBSan; libFuzzer runs of the
#   parsers, the request builder, the name checks and the error responses; meson; the benchmarks' agreement
#   check; the examples (Qt form, mock SWR server, libcurl client: in process and end to end); the npm package
#   (web/: WebAssembly, node --test, headless Chromium); the single header
#   (fresh, and the
#   whole suite against it); and the package as users consume it (find_package, add_subdirectory, FetchContent,
#   pkg-config, a meson subproject, the single header copied alone); the formatting (clang-format); and the
#   line and branch coverage of the headers (gcovr), printed and held above 99.5 % and 97 %.
# Build trees go to build/test (override with SWRKIT_BUILD_ROOT). Prints "N passed, N failed" at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test || exit 1

root=${SWRKIT_BUILD_ROOT:-build/test}
mkdir -p "$root"
passed=0
failed=0
failures=()

step() {  # step NAME COMMAND...: runs one step, records the outcome
  local name=$1
  shift
  echo "=== $name"
  local start=$SECONDS
  if "$@" >"$root/$name.log" 2>&1; then
    passed=$((passed + 1))
    echo "    passed in $((SECONDS - start))s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "    FAILED in $((SECONDS - start))s; last lines of $root/$name.log:"
    tail -n 40 "$root/$name.log" | sed 's/^/    | /'
  fi
}

jobs=$(nproc 2>/dev/null || echo 2)

cmake_config() {  # cmake_config NAME CXX STD EXTENSIONS [cmake args...]
  local name=$1 cxx=$2 std=$3 ext=$4
  shift 4
  cmake -S . -B "$root/$name" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_STANDARD="$std" -DCMAKE_CXX_STANDARD_REQUIRED=ON -DCMAKE_CXX_EXTENSIONS="$ext" \
    -DSWRKIT_WERROR=ON -DSWRKIT_BUILD_BENCHMARKS=OFF "$@" &&
    cmake --build "$root/$name" &&
    ctest --test-dir "$root/$name" --output-on-failure --parallel "$jobs"
}

# Every C++ source is formatted as .clang-format says (lines up to 120 columns).
format() {
  find include tests tools fuzz benchmarks examples web/src web/test -name '*.hpp' -o -name '*.cpp' | sort | xargs clang-format --dry-run --Werror
}
step "format" format

for cxx in g++ clang++; do
  step "$cxx-c++17" cmake_config "$cxx-c++17" "$cxx" 17 OFF
  step "$cxx-c++20" cmake_config "$cxx-c++20" "$cxx" 20 OFF -DSWRKIT_BUILD_EXAMPLES=ON
done

# A newer compiler and language level (Clang 19, C++23): what users on newer toolchains build, and the
# consteval checked_name path with Clang.
step "clang++-19-c++23" cmake_config clang++-19-c++23 clang++-19 23 OFF

# Clang 19 with its own standard library, libc++ (C++20: constexpr std::string works there, unlike with
# libstdc++). The integrations and the tool link Debian's fmt, built against libstdc++, so they stay out.
step "clang++-19-libc++-c++20" cmake_config clang++-19-libc++-c++20 clang++-19 20 OFF \
  -DCMAKE_CXX_FLAGS="-stdlib=libc++" -DSWRKIT_TEST_INTEGRATIONS=OFF -DSWRKIT_BUILD_TOOLS=OFF

# The single header: the committed files match a fresh generation, and the whole suite runs against it with
# nothing else of swrkit on the include path (GCC and Clang, C++17 and C++20, and without exceptions or RTTI).
# Its C++17 runs are in the GNU dialect (gnu++17, CMake's default), where `linux` and `unix` are macros: the
# single header holds every header's code, so they cover the dialect for the modular headers too, without two
# more builds of the whole suite.
step "single-header-fresh" cmake -DCHECK=ON -P scripts/amalgamate.cmake
for cxx in g++ clang++; do
  step "single-$cxx-gnu++17" cmake_config "single-$cxx-gnu++17" "$cxx" 17 ON -DSWRKIT_TEST_SINGLE_HEADER=ON
  step "single-$cxx-c++20" cmake_config "single-$cxx-c++20" "$cxx" 20 OFF -DSWRKIT_TEST_SINGLE_HEADER=ON
done
step "single-no-exceptions-no-rtti" cmake_config single-no-exceptions-no-rtti g++ 17 OFF -DSWRKIT_TEST_SINGLE_HEADER=ON \
  -DCMAKE_CXX_FLAGS="-fno-exceptions -fno-rtti" -DSWRKIT_TEST_INTEGRATIONS=OFF

# The core headers without exceptions or RTTI (the fmt integration and the tool are not core), and with the
# portable code only, as on a CPU or compiler without the fast paths: the name automaton at run time too.
step "no-exceptions-no-rtti" cmake_config no-exceptions-no-rtti g++ 17 OFF \
  -DCMAKE_CXX_FLAGS="-fno-exceptions -fno-rtti -DSWRKIT_DISABLE_SIMD" -DSWRKIT_TEST_INTEGRATIONS=OFF \
  -DSWRKIT_BUILD_TOOLS=OFF

# Everything under AddressSanitizer and UndefinedBehaviorSanitizer; any report fails the run. Line tables are
# all the debug information a report's stack needs (full -g made this the slowest build).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
step "asan-ubsan" cmake_config asan-ubsan clang++ 20 OFF -DSWRKIT_BUILD_EXAMPLES=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -gline-tables-only"

# The fuzzers, as bounded runs (a number of inputs, not a time) from the committed seeds.
step "fuzz" cmake_config fuzz clang++ 17 OFF -DSWRKIT_BUILD_FUZZERS=ON -DSWRKIT_BUILD_TESTS=OFF \
  -DSWRKIT_BUILD_TOOLS=OFF

# meson: the same tests. -O2, since GCC 12 at -O3 without NDEBUG warns falsely inside fmt 9's headers.
meson_build() {
  rm -rf "$root/meson"
  meson setup "$root/meson" --buildtype=debugoptimized -Dwerror=true &&
    meson test -C "$root/meson" --print-errorlogs
}
step "meson" meson_build

# The benchmarks build, and all engines agree on every input (timings themselves are not judged).
benchmarks() {
  cmake -S . -B "$root/benchmarks" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSWRKIT_BUILD_TESTS=OFF \
    -DSWRKIT_BUILD_TOOLS=OFF -DSWRKIT_BUILD_BENCHMARKS=ON -DSWRKIT_WERROR=ON &&
    cmake --build "$root/benchmarks" &&
    for b in "$root"/benchmarks/benchmarks/swrkit_*_benchmark; do "$b" --benchmark_min_time=0.01 || return 1; done
}
step "benchmarks" benchmarks

# The npm package (web/): the WebAssembly module built from the headers, then `npm test` (node --test):
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
step "web" web

# Line and branch coverage of the core headers by the core suites (GCC, gcovr). Built without exceptions,
# so that the compiler adds no exception edges to count as branches (the throwing paths are tested in the
# other configurations); branches it proves unreachable are not counted, and what the headers exclude by hand
# is marked GCOVR_EXCL with the reason. Fails under 99.5 % of lines or 97 % of branches.
coverage() {
  cmake_config coverage g++ 20 OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="--coverage -O0 -fno-exceptions -fno-rtti" \
    -DSWRKIT_TEST_INTEGRATIONS=OFF -DSWRKIT_BUILD_TOOLS=OFF || return 1
  gcovr --root . --filter 'include/swr/' --exclude-unreachable-branches --gcov-ignore-parse-errors --print-summary \
    --fail-under-line 99.5 --fail-under-branch 97 --txt "$root/coverage.txt" "$root/coverage" |
    tee "$root/coverage-summary.txt"
  local status=${PIPESTATUS[0]}
  cat "$root/coverage.txt"
  return "$status"
}
step "coverage" coverage
grep -E '^(lines|branches):' "$root/coverage-summary.txt" 2>/dev/null | awk '!seen[$0]++' | sed 's/^/    coverage of include\/swr\/: /'

# The package as users consume it.
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
    -DSWRKIT_EXPECTED_VERSION="$version" && cmake --build "$root/consumer-find" && "$root/consumer-find/consumer" ||
    return 1
  echo "--- pkg-config (moved prefix)"
  local cflags
  cflags=$(PKG_CONFIG_PATH="$prefix/moved/share/pkgconfig" pkg-config --cflags swrkit) || return 1
  [ "$(PKG_CONFIG_PATH="$prefix/moved/share/pkgconfig" pkg-config --modversion swrkit)" = "$version" ] || return 1
  case "$cflags" in *"$prefix/moved/"*) ;; *) echo "pkg-config --cflags points elsewhere: $cflags"; return 1 ;; esac
  # shellcheck disable=SC2086
  g++ -std=c++17 $cflags tests/package/consumer.cpp -o "$root/consumer-pkgconfig" && "$root/consumer-pkgconfig" || return 1
  echo "--- add_subdirectory"
  cmake -S tests/package -B "$root/consumer-subdir" -G Ninja -DSWRKIT_SOURCE_DIR="$PWD" &&
    cmake --build "$root/consumer-subdir" && "$root/consumer-subdir/consumer" || return 1
  echo "--- FetchContent (local path)"
  cmake -S tests/package -B "$root/consumer-fetch" -G Ninja -DSWRKIT_FETCH_DIR="$PWD" &&
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
step "package" package

echo
if [ "$failed" -ne 0 ]; then echo "failed steps: ${failures[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
