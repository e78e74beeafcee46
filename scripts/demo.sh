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

# Shows a command as one would type it: arguments with special characters in single quotes.
show() {
  local line='$ swr-check' arg
  for arg in "$@"; do
    if [[ $arg =~ ^[A-Za-z0-9_./:=@-]+$ ]]; then line+=" $arg"; else line+=" '${arg//\'/\'\\\'\'}'"; fi
  done
  echo "$line"
}

run() {
  show "$@"
  local status=0
  "$swr_check" "$@" || status=$?
  # The HTTP message ends with its body, without a newline.
  [ "$1" = request ] && [ "$status" -eq 0 ] && echo
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
run tag v1.2 V1.2.3-rc.1 .v1 'v1 beta'
run reference localhost:5000/team/app:v1 example.com/Team/app app@sha256
run reference --swr swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2 swr.cn-north-4.myhuaweicloud.com/library/app
printf 'good-name\nbad__-name\n' >build/demo/names.txt
echo "\$ printf 'good-name\\nbad__-name\\n' | swr-check namespace -"
status=0
"$swr_check" namespace - <build/demo/names.txt || status=$?
echo "(exit status $status)"
echo

# A whole create-repository request: the HTTP message it would send (token redacted), then one with
# every kind of problem. The token is a placeholder; nothing is sent anywhere.
export SWR_TOKEN=demo-token-not-a-real-one
run request --namespace my-org --repository team/app --public --category linux \
  --description 'web "front"' --region cn-north-4
unset SWR_TOKEN
run request --namespace 1org --repository 'team//app' --category Linux --region eu-west-1
