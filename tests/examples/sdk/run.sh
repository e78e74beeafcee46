#!/usr/bin/env bash
# Huawei Cloud's official Node.js SDK against swr-mock-server (swr_sdk.test.js): installs the SDK at the versions of
# package-lock.json from the npm registry into WORK (a folder of the build tree: the source tree stays as it is),
# then runs the test there with node --test.
# Usage: run.sh SWR_MOCK_SERVER WORK
set -euo pipefail
server=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/swr_sdk.test.js" "$work/"
rm -f "$work/swr-mock-server.log"  # the server's log, of this run only
cd "$work"
if ! npm ci --no-audit --no-fund; then
  echo "examples_sdk: npm could not install tests/examples/sdk/package-lock.json from the npm registry (network,"
  echo "              proxy or TLS: behind a TLS-inspecting proxy, npm needs its CA, e.g. NODE_EXTRA_CA_CERTS)"
  exit 1
fi
SWR_MOCK_SERVER=$server node --test swr_sdk.test.js
