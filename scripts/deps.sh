#!/usr/bin/env bash
# Installs the Debian packages swrkit's build, tests, tool and benchmarks need, if any is missing.
# Usage: scripts/deps.sh [demo|quick|test]
#   demo: what the swr-check build needs; quick: what scripts/test.sh quick needs; test: everything.
set -euo pipefail

demo_packages=(g++ cmake ninja-build libfmt-dev pkg-config)
quick_packages=("${demo_packages[@]}" doctest-dev nlohmann-json3-dev libssl-dev libpcre2-dev clang-format ccache)
test_packages=("${quick_packages[@]}" clang clang-19 libc++-19-dev libc++abi-19-dev libclang-rt-dev meson
               libbenchmark-dev libpcre2-dev libre2-dev libhyperscan-dev libsimdjson-dev gcovr
               libcpp-httplib-dev libcurl4-openssl-dev qt6-base-dev
               wasi-libc libc++-14-dev-wasm32 libclang-rt-14-dev-wasm32 lld chromium valgrind)

case "${1:-test}" in
  demo) wanted=("${demo_packages[@]}") ;;
  quick) wanted=("${quick_packages[@]}") ;;
  test) wanted=("${test_packages[@]}") ;;
  *) echo "usage: $0 [demo|quick|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js and npm for web/ (the tests): Debian's, unless the machine already has both (from NodeSource, say,
# whose nodejs bundles npm and conflicts with Debian's npm package).
if [ "${1:-test}" = test ] && ! { command -v node && command -v npm; } >/dev/null; then missing+=(nodejs npm); fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "swrkit: installing ${missing[*]}" >&2
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
