#!/usr/bin/env bash
# End to end, with the real programs on loopback: swr-mock-server on a free port, swr-create-repo against it.
# The repository is created; created again, it already exists; an invalid name is refused before sending
# (the server logs no request); an unknown organization is the server's 404; usage errors exit 2. Signed with
# SWR_AK/SWR_SK (and SWR_SECURITY_TOKEN) instead of SWR_TOKEN, against a server given the key with --key: the
# repository is created; a wrong secret key or an unknown access key is the server's 401, naming why; only one of
# SWR_AK and SWR_SK is refused before sending. The server's standard output holds its listening line only; its
# log (standard error) one line per request, and never the secret key.
# Usage: end_to_end.sh SWR_MOCK_SERVER SWR_CREATE_REPO
set -uo pipefail
server=$1
client=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/swrkit-e2e.XXXXXX")
failures=0
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# The access key of the signing vectors (docs/signing.md).
ak=QTWAOYTTINDUT2QVKYUC
sk=MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc

"$server" --namespace my-org --key "$ak:$sk" >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 100); do
  grep -q '^listening on ' "$work/server.out" && break
  sleep 0.1
done
endpoint=$(sed -n 's/^listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$work/server.out" | head -n 1)
if [ -z "$endpoint" ]; then
  echo "the server did not say where it listens:"; cat "$work/server.out" "$work/server.log"; exit 1
fi
echo "server: $endpoint"

# expect NAME STATUS PATTERN COMMAND...: runs the client, checks its exit status and that its output has PATTERN.
expect() {
  local name=$1 status=$2 pattern=$3
  shift 3
  local out got
  out=$(SWR_TOKEN=MIIEXAMPLE-token_123 "$@" 2>&1)
  got=$?
  if [ "$got" -ne "$status" ] || ! grep -qE -- "$pattern" <<<"$out"; then
    echo "FAIL $name: exit $got (expected $status), output:"; echo "$out" | sed 's/^/  | /'
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}
requests() { grep -c '^POST ' "$work/server.log"; }

expect "created" 0 '^200: The repository was created' \
  "$client" --endpoint "$endpoint" --namespace my-org --repository team/app --public --category linux \
  --description 'web "front"'
expect "created again: exists" 1 'already exists|SVCSTG\.SWR\.4090006' \
  "$client" --endpoint "$endpoint/" --namespace my-org --repository team/app
before=$(requests)
expect "invalid name refused before sending" 1 'repository: adjacent_separators at byte 5' \
  "$client" --endpoint "$endpoint" --namespace my-org --repository 'team//app'
expect "caret under the byte" 1 '^       \^$' \
  "$client" --endpoint "$endpoint" --namespace my-org --repository 'team//app'
if [ "$(requests)" -ne "$before" ]; then
  echo "FAIL the server saw a request for an invalid name"; failures=$((failures + 1))
else
  echo "ok   the server saw no request for the invalid name"
fi
expect "unknown organization" 1 'SVCSTG\.SWR\.4041061' \
  "$client" --endpoint "$endpoint" --namespace other-org --repository app
expect "no token" 1 'token: empty' env -u SWR_TOKEN "$client" --endpoint "$endpoint" --namespace my-org --repository x
expect "usage" 2 'usage:' "$client" --namespace my-org
expect "bad endpoint" 2 'usage:' "$client" --endpoint ftp://x --namespace my-org --repository x
expect "unreachable" 1 'cannot reach' "$client" --endpoint http://127.0.0.1:1 --namespace my-org --repository x

# Signed: no SWR_TOKEN at all.
signed() { env -u SWR_TOKEN -u SWR_SECURITY_TOKEN "$@"; }
expect "signed with SWR_AK and SWR_SK" 0 '^200: The repository was created' \
  signed SWR_AK="$ak" SWR_SK="$sk" "$client" --endpoint "$endpoint" --namespace my-org --repository signed/app
expect "signed with temporary credentials" 0 '^200: The repository was created' \
  signed SWR_AK="$ak" SWR_SK="$sk" SWR_SECURITY_TOKEN=temporary-token_123 "$client" --endpoint "$endpoint" \
  --namespace my-org --repository signed/temporary
expect "signed, then exists" 1 'SVCSTG\.SWR\.4090006' \
  signed SWR_AK="$ak" SWR_SK="$sk" "$client" --endpoint "$endpoint" --namespace my-org --repository signed/app
expect "wrong SK: 401 mismatch" 1 '"SVCSTG\.SWR\.4010000": .*mismatch: The signature does not match the request' \
  signed SWR_AK="$ak" SWR_SK=not-the-secret-key "$client" --endpoint "$endpoint" --namespace my-org --repository x
expect "unknown AK: 401 unknown_key" 1 '"SVCSTG\.SWR\.4010000": .*unknown_key' \
  signed SWR_AK=UNKNOWNAKUNKNOWNAK00 SWR_SK="$sk" "$client" --endpoint "$endpoint" --namespace my-org --repository x
before=$(requests)
expect "only SWR_AK: refused before sending" 1 'SWR_AK is set but SWR_SK is not' \
  signed SWR_AK="$ak" "$client" --endpoint "$endpoint" --namespace my-org --repository x
expect "a bad AK is not shown" 1 '^error: access_key_id: invalid_character at byte 8:' \
  signed SWR_AK="QTWAOYTT INDUT2QVKYUC" SWR_SK="$sk" "$client" --endpoint "$endpoint" --namespace my-org --repository x
if [ "$(requests)" -ne "$before" ]; then
  echo "FAIL the server saw a request with a broken access key"; failures=$((failures + 1))
else
  echo "ok   the server saw no request with a broken access key"
fi
if grep -q -- "$sk" "$work/server.log"; then
  echo "FAIL the server logged the secret key"; failures=$((failures + 1))
fi
expect "server: --key needs AK:SK" 2 'usage:' "$server" --key "$ak"
if [ "$(wc -l <"$work/server.out")" -ne 1 ]; then
  echo "FAIL the server wrote more than its listening line to standard output:"; cat "$work/server.out"
  failures=$((failures + 1))
else
  echo "ok   standard output: the listening line only"
fi

echo "server log:"; sed 's/^/  | /' "$work/server.log"
[ "$failures" -eq 0 ]
