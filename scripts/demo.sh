#!/usr/bin/env bash
# The demo, from a fresh Debian machine: installs what the build needs, builds swr-check and runs it on
# a few sample names. Any further arguments are passed to one more swr-check run of your own.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh demo
cmake -S . -B build/demo -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSWRKIT_BUILD_TESTS=OFF -DSWRKIT_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/demo --target swr-check >/dev/null
swr_check=build/demo/tools/swr-check

run() {
  echo "\$ swr-check $*"
  local status=0
  "$swr_check" "$@" || status=$?
  echo "(exit status $status)"
  echo
}

if [ $# -gt 0 ]; then
  run "$@"
  exit 0
fi
run namespace my-org 1org a__-b library
run repository team/app 'team//app' 'Team$App'
run repository --escape team/app a/b/c
printf 'good-name\nbad__-name\n' >build/demo/names.txt
echo "\$ printf 'good-name\\nbad__-name\\n' | swr-check namespace -"
status=0
"$swr_check" namespace - <build/demo/names.txt || status=$?
echo "(exit status $status)"
