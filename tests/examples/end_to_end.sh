#!/usr/bin/env bash
# End to end, with the real programs on loopback: swr-mock-server on a free port, seeded with images (--tag), and
# swr-client against it, every subcommand: organizations, repositories, tags and shares are created, listed (a
# table, a page, the filter form), shown, updated and deleted, each answer checked on standard output, and with
# --json the JSON as the server sent it. The server's refusals (a repository that exists, an organization that
# still holds repositories, what does not exist) exit 1 with SWR's status and code on standard error. Invalid input
# (names, tags, a limit, a deadline, an account, the endpoint) exits 2 with a caret under the byte, and the server
# logs no request for it. Signed with SWR_AK/SWR_SK (and SWR_SECURITY_TOKEN) instead of SWR_TOKEN, against a server
# given the key with --key: requests with a body and without are verified; a wrong secret key or an unknown access
# key is the server's 401, naming why; only one of SWR_AK and SWR_SK is refused before sending. What the server
# stores comes back escaped in a table. Usage errors exit 2; every subcommand has a --help. The server's standard
# output holds its listening line only; its log (standard error) one line per request, and never the secret key.
# Usage: end_to_end.sh SWR_MOCK_SERVER SWR_CLIENT
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

"$server" --namespace my-org --key "$ak:$sk" --tag my-org/images/web:v1 --tag my-org/images/web:v2 \
  --tag seeded-org/base:latest >"$work/server.out" 2>"$work/server.log" &
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

fail() {
  echo "FAIL $1"; shift
  for text in "$@"; do printf '%s\n' "$text" | sed 's/^/  | /'; done
  failures=$((failures + 1))
}

# in_order TEXT PATTERNS: whether TEXT has a line for each line of PATTERNS (extended regular expressions), in
# that order; sets `missing` to the first pattern without one.
in_order() {
  local rest=$1 pattern line
  while IFS= read -r pattern; do
    line=$(grep -nE -- "$pattern" <<<"$rest" | head -n 1 | cut -d: -f1)
    if [ -z "$line" ]; then
      missing=$pattern
      return 1
    fi
    rest=$(tail -n "+$((line + 1))" <<<"$rest")
  done <<<"$2"
}

# expect NAME STATUS PATTERNS COMMAND...: runs the client with a token, checks its exit status and that its output
# (standard output and error together) has PATTERNS (see in_order).
expect() {
  local name=$1 status=$2 patterns=$3
  shift 3
  local out got
  out=$(SWR_TOKEN=MIIEXAMPLE-token_123 "$@" 2>&1)
  got=$?
  if [ "$got" -ne "$status" ] || ! in_order "$out" "$patterns"; then
    fail "$name: exit $got (expected $status), no line for '$missing' in:" "$out"
  else
    echo "ok   $name"
  fi
}

# expect_out NAME PATTERNS COMMAND...: the command succeeds, writes nothing to standard error, and its standard
# output has PATTERNS.
expect_out() {
  local name=$1 patterns=$2
  shift 2
  local out got
  out=$(SWR_TOKEN=MIIEXAMPLE-token_123 "$@" 2>"$work/stderr")
  got=$?
  if [ "$got" -ne 0 ] || [ -s "$work/stderr" ] || ! in_order "$out" "$patterns"; then
    fail "$name: exit $got, no line for '$missing'; standard output, then error:" "$out" "$(cat "$work/stderr")"
  else
    echo "ok   $name"
  fi
}

# expect_json NAME GLOB COMMAND...: with --json, the command succeeds, writes nothing to standard error, and its
# standard output is one line that matches GLOB (a bash pattern): the body the server sent.
expect_json() {
  local name=$1 glob=$2
  shift 2
  local out got
  out=$(SWR_TOKEN=MIIEXAMPLE-token_123 "$@" --json 2>"$work/stderr")
  got=$?
  # shellcheck disable=SC2053 # the pattern is a glob on purpose
  if [ "$got" -ne 0 ] || [ -s "$work/stderr" ] || [[ $out != $glob ]] || [ "$(wc -l <<<"$out")" -ne 1 ]; then
    fail "$name: exit $got, standard output, then error:" "$out" "$(cat "$work/stderr")"
  else
    echo "ok   $name"
  fi
}

requests() { grep -cE '^[A-Z]+ /' "$work/server.log"; }
# sends_nothing NAME COMMAND...: COMMAND (an expect) leaves the server's log as it was.
sends_nothing() {
  local name=$1 before
  shift
  before=$(requests)
  "$@"
  if [ "$(requests)" -ne "$before" ]; then
    fail "the server saw a request: $name" "$(tail -n 1 "$work/server.log")"
  fi
}
at=(--endpoint "$endpoint")
web=(--namespace my-org --repository images/web)

# ---- Organizations ----
expect "namespace create" 0 '^201: The organization was created\.$' "$client" namespace create --namespace new-org "${at[@]}"
expect "namespace create: exists" 1 $'^error: CreateNamespace: 409 conflict: \n^  "SVCSTG\\.SWR\\.4090000": ' \
  "$client" namespace create --namespace new-org "${at[@]}"
expect_out "namespace list: a table" $'^NAME +ID +CREATOR_NAME +AUTH$\n^my-org +[0-9]+ .* 7$\n^new-org \n^seeded-org \n^3 organizations$' \
  "$client" namespace list "${at[@]}"
expect_out "namespace list --namespace" $'^new-org \n^1 organization$' \
  "$client" namespace list --namespace new-org "${at[@]}"
expect_out "namespace show" $'^id +[0-9]+$\n^name +new-org$\n^creator_name \n^auth +7$' \
  "$client" namespace show --namespace new-org "${at[@]}"
expect "namespace show: unknown" 1 $'^error: ShowNamespace: 404 not_found: the organization does not exist$\n^  "SVCSTG\\.SWR\\.4041061": ' \
  "$client" namespace show --namespace nobody-org "${at[@]}"
expect "namespace delete: still holds repositories" 1 '^error: DeleteNamespaces: 406 not_acceptable: ' \
  "$client" namespace delete --namespace seeded-org "${at[@]}"
expect "namespace delete" 0 '^204: The organization was deleted\.$' \
  "$client" namespace delete --namespace new-org "${at[@]}"
expect "namespace delete: gone" 1 '404 not_found' "$client" namespace delete --namespace new-org "${at[@]}"
sends_nothing "namespace create: invalid name" \
  expect "namespace create: invalid name, caret" 2 $'namespace: invalid_start at byte 0: .*\n  --namespace 1org\n              \\^$' \
  "$client" namespace create --namespace 1org "${at[@]}"
expect_json "namespace create --json: no content, nothing printed" '' \
  "$client" namespace create --namespace json-org "${at[@]}"
expect_json "namespace show --json: the body as sent" '{"id":[0-9]*,"name":"json-org","creator_name":"*","auth":7}' \
  "$client" namespace show --namespace json-org "${at[@]}"
expect_json "namespace list --json" '{"namespaces":\[{*"name":"json-org"*}\]}' \
  "$client" namespace list --namespace json-org "${at[@]}"

# ---- Repositories ----
expect "repo create" 0 '^200: The repository was created\.$' \
  "$client" repo create --namespace my-org --repository team/app --public --category linux \
  --description 'web "front"' "${at[@]}"
expect "repo create: exists" 1 $'^error: CreateRepo: 409 conflict: the repository exists$\n^  "SVCSTG\\.SWR\\.4090006": "The image already exists"' \
  "$client" repo create --namespace my-org --repository team/app --endpoint "$endpoint/"
sends_nothing "repo create: invalid name" \
  expect "repo create: invalid name, caret under the byte" 2 \
  $'^error: repository: adjacent_separators at byte 5: .*\n  --repository team//app\n                    \\^$' \
  "$client" repo create --namespace my-org --repository 'team//app' "${at[@]}"
sends_nothing "repo create: every problem at once" \
  expect "repo create: every problem at once, in the options' order" 2 \
  $'^error: namespace: invalid_character at byte 0: \n^  --namespace My-org$\n^              \\^$\n^error: repository: invalid_end at byte 3: \n^  --repository app-$\n^                  \\^$\n^error: category: unknown_category: \n^error: host: invalid_host at byte 3: \n^  --endpoint http://exa_mple\\.com$\n^                       \\^$' \
  "$client" repo create --namespace My-org --repository app- --category lin --endpoint http://exa_mple.com
expect "repo create: unknown organization" 1 'SVCSTG\.SWR\.4041061' \
  "$client" repo create --namespace other-org --repository app "${at[@]}"
expect "repo update" 0 '^201: The repository was updated\.$' \
  "$client" repo update --namespace my-org --repository team/app --private --category database \
  --description $'esc \e[2J and a bidi \xe2\x80\xae override' "${at[@]}"
expect_out "repo show: the update, escaped" $'^name +team/app$\n^category +database$\n^description +"esc \\\\x1b\\[2J and a bidi \\\\u202e override"$\n^is_public +false$' \
  "$client" repo show --namespace my-org --repository team/app "${at[@]}"
expect_json "repo show --json: the name with '/'" '{*"name":"team/app"*"is_public":false*}' \
  "$client" repo show --namespace my-org --repository team/app "${at[@]}"
# --json through a pipe: the bytes as sent, U+202E raw as JSON allows; on a terminal (script(1) gives one), the same
# JSON with what a terminal obeys or what reorders text written as \u escapes.
show_json=("$client" repo show --namespace my-org --repository team/app --json "${at[@]}")
piped=$(SWR_TOKEN=t "${show_json[@]}" 2>&1)
on_terminal=$(SWR_TOKEN=t script -qec "$(printf '%q ' "${show_json[@]}")" /dev/null 2>&1)
if [[ $on_terminal == *'failed to create pseudo-terminal'* ]] && [[ $piped == *$'bidi \xe2\x80\xae override'* ]]; then
  # A root without /dev/pts (a bare chroot) has no terminal to give: the pipe is checked, the terminal cannot be.
  echo "ok   --json: the bytes through a pipe (no pseudo-terminal here: the terminal's escaping is not checked)"
elif [[ $piped == *$'bidi \xe2\x80\xae override'* ]] && [[ $on_terminal == *'bidi \u202e override'* ]] &&
  [[ $on_terminal != *$'\xe2\x80\xae'* ]]; then
  echo "ok   --json: the bytes through a pipe, escaped on a terminal"
else
  fail "--json: the bytes through a pipe, escaped on a terminal" "$piped" "$on_terminal"
fi
expect "repo update: public or private is required" 2 'give one of --public and --private' \
  "$client" repo update --namespace my-org --repository team/app "${at[@]}"
expect "repo show: unknown" 1 '^error: ShowRepository: 404 not_found: ' \
  "$client" repo show --namespace my-org --repository team/none "${at[@]}"
expect_out "repo list: a table" $'^NAMESPACE +NAME +CATEGORY +IS_PUBLIC +NUM_IMAGES +SIZE +UPDATED_AT +DESCRIPTION$\n^my-org +images/web \n^my-org +team/app +database +false +0 \n^2 of 2 repositories, from offset 0$' \
  "$client" repo list --namespace my-org --order-column name --order asc "${at[@]}"
expect_out "repo list: a page" $'^my-org +team/app \n^1 of 2 repositories, from offset 1$' \
  "$client" repo list --namespace my-org --limit 1 --offset 1 --order-column name --order asc "${at[@]}"
expect_out "repo list: by category" $'^my-org +team/app \n^1 of 1 repository, from offset 0$' \
  "$client" repo list --namespace my-org --category database "${at[@]}"
expect_json "repo list --json: the bare array" '\[{*"namespace":"my-org"*}\]' \
  "$client" repo list --namespace my-org --limit 1 "${at[@]}"
sends_nothing "repo list: a bad limit and offset" \
  expect "repo list: a bad limit and offset" 2 $'^error: limit: out_of_range.*\n.*\n.*\n^error: offset: invalid_character at byte 1: .*\n  --offset 1x\n            \\^$' \
  "$client" repo list --limit 1001 --offset 1x "${at[@]}"
expect "repo list: an unknown order" 2 'order-column must be updated_at, name, updated_time or tag_count' \
  "$client" repo list --order-column size "${at[@]}"
expect "repo delete" 0 '^204: The repository was deleted\.$' \
  "$client" repo delete --namespace my-org --repository team/app "${at[@]}"
expect "repo delete: gone" 1 '^error: DeleteRepo: 404 not_found: ' \
  "$client" repo delete --namespace my-org --repository team/app "${at[@]}"

# ---- Tags ----
expect_out "tag list" $'^TAG +DIGEST +SIZE +TAG_TYPE +UPDATED$\n^v[12] +sha256:[0-9a-f]{64} \n^v[12] +sha256:[0-9a-f]{64} \n^2 of 2 tags, from offset 0$' \
  "$client" tag list "${web[@]}" "${at[@]}"
expect_out "tag list --tag" $'^v1 +sha256:\n^1 of 1 tag, from offset 0$' "$client" tag list "${web[@]}" --tag v1 "${at[@]}"
expect_out "tag list: ordered, a page" $'^v2 \n^1 of 2 tags, from offset 0$' \
  "$client" tag list "${web[@]}" --order-column tag --order desc --limit 1 "${at[@]}"
expect "tag create" 0 '^201: The tag was created\.$' \
  "$client" tag create "${web[@]}" --source-tag v1 --destination-tag v1.1 "${at[@]}"
expect "tag create: exists" 1 '^error: CreateRepoTag: 409 conflict: ' \
  "$client" tag create "${web[@]}" --source-tag v2 --destination-tag v1.1 "${at[@]}"
expect "tag create --override" 0 '^201: The tag was created\.$' \
  "$client" tag create "${web[@]}" --source-tag v2 --destination-tag v1.1 --override "${at[@]}"
expect "tag create: no source" 1 '^error: CreateRepoTag: 404 not_found: ' \
  "$client" tag create "${web[@]}" --source-tag v9 --destination-tag v10 "${at[@]}"
v2_digest=$(SWR_TOKEN=t "$client" tag show "${web[@]}" --tag v2 "${at[@]}" | sed -n 's/^digest *//p')
expect_out "tag show: v1.1 is v2's image" "$(printf '^tag +v1\\.1$\n^digest +%s$' "$v2_digest")" \
  "$client" tag show "${web[@]}" --tag v1.1 "${at[@]}"
expect_json "tag show --json" '{*"tag":"v1.1"*}' "$client" tag show "${web[@]}" --tag v1.1 "${at[@]}"
expect_json "tag list --json: Tag with a capital T" '\[{*"Tag":"v1"*}\]' \
  "$client" tag list "${web[@]}" --tag v1 "${at[@]}"
expect "tag delete" 0 '^204: The tag was deleted\.$' "$client" tag delete "${web[@]}" --tag v1.1 "${at[@]}"
expect "tag show: gone" 1 '^error: ShowRepoTag: 404 not_found: ' "$client" tag show "${web[@]}" --tag v1.1 "${at[@]}"
sends_nothing "tag: invalid tags" \
  expect "tag create: invalid tags, both" 2 $'^error: source_tag: invalid_start at byte 0: .*\n  --source-tag \\.v1\n +\\^\n^error: destination_tag: invalid_character at byte 2: ' \
  "$client" tag create "${web[@]}" --source-tag .v1 --destination-tag 'v1 2' "${at[@]}"
sends_nothing "tag show: invalid tag" \
  expect "tag show: invalid tag" 2 '^error: tag: invalid_start' "$client" tag show "${web[@]}" --tag -x "${at[@]}"

# ---- Sharing ----
expect "share create" 0 '^201: The repository was shared\.$' \
  "$client" share create "${web[@]}" --domain other-account --description 'for CI' "${at[@]}"
expect "share create: exists" 1 '^error: CreateRepoDomains: 409 conflict: ' \
  "$client" share create "${web[@]}" --domain other-account "${at[@]}"
expect_out "share list" $'^ACCESS_DOMAIN +PERMIT +DEADLINE +STATUS +DESCRIPTION$\n^other-account +read +forever +true +for CI$\n^1 of 1 share, from offset 0$' \
  "$client" share list "${web[@]}" "${at[@]}"
expect "share update" 0 '^201: The share was updated\.$' \
  "$client" share update "${web[@]}" --domain other-account --deadline 2030-10-01T16:00:00.000Z "${at[@]}"
expect_out "share show" $'^exist +true$\n^namespace +my-org$\n^repository +images/web$\n^access_domain +other-account$\n^permit +read$\n^deadline +2030-10-01T16:00:00\\.000Z$' \
  "$client" share show "${web[@]}" --domain other-account "${at[@]}"
expect_json "share list --json" '\[{*"access_domain":"other-account"*}\]' "$client" share list "${web[@]}" "${at[@]}"
expect_json "share show --json" '{"exist":true,*"deadline":"2030-10-01T16:00:00.000Z"*}' \
  "$client" share show "${web[@]}" --domain other-account "${at[@]}"
sends_nothing "share: invalid deadline and account" \
  expect "share update: invalid deadline, caret" 2 $'^error: deadline: invalid_time at byte 5: .*\n  --deadline 2030-13-01T00:00:00Z\n +\\^$' \
  "$client" share update "${web[@]}" --domain other-account --deadline 2030-13-01T00:00:00Z "${at[@]}"
sends_nothing "share create: an account with '/'" \
  expect "share create: an account with '/'" 2 '^error: access_domain: invalid_character at byte 1: ' \
  "$client" share create "${web[@]}" --domain 'a/b' "${at[@]}"
expect "share delete" 0 '^204: The share was deleted\.$' "$client" share delete "${web[@]}" --domain other-account "${at[@]}"
expect "share show: gone" 1 '^error: ShowAccessDomain: 404 not_found: ' \
  "$client" share show "${web[@]}" --domain other-account "${at[@]}"

# ---- Credentials, the endpoint, the command line ----
sends_nothing "no token" \
  expect "no token" 2 $'token: empty.*\n  \\(set SWR_TOKEN' env -u SWR_TOKEN "$client" namespace list "${at[@]}"
expect "unreachable" 1 '^error: cannot reach http://127\.0\.0\.1:1: ' "$client" namespace list --endpoint http://127.0.0.1:1
expect "bad endpoint" 2 'endpoint must be http:// or https://' "$client" namespace list --endpoint ftp://x
expect "endpoint and region" 2 'give one of --endpoint and --region' \
  "$client" namespace list --endpoint "$endpoint" --region cn-north-4
expect "unknown region" 2 '^error: region: unknown_region' "$client" namespace list --region xx-north-9
expect "missing option" 2 $'^swr-client: --repository is required\nusage: swr-client repo show --namespace NS --repository NAME' \
  "$client" repo show --namespace my-org "${at[@]}"
expect "unknown option" 2 "unknown option '--nope'" "$client" repo show --nope "${at[@]}"
expect "option twice" 2 '--namespace given twice' "$client" namespace show --namespace a --namespace b "${at[@]}"
expect "flag with a value" 2 '--json takes no value' "$client" namespace list --json=yes "${at[@]}"
expect "unknown command" 2 "unknown command 'image'" "$client" image list
expect "unknown subcommand" 2 $'unknown subcommand \'rename\'\nusage: swr-client repo create\\|update\\|show\\|delete\\|list' \
  "$client" repo rename
expect "no command" 2 'missing command' "$client"
expect_out "--help: every subcommand" "$(printf '^  %s\n' 'namespace create +CreateNamespace' 'namespace list ' \
  'namespace show ' 'namespace delete ' 'repo create +CreateRepo ' 'repo update ' 'repo show ' 'repo delete ' \
  'repo list ' 'tag list ' 'tag create ' 'tag show +ShowRepoTag ' 'tag delete ' 'share create ' 'share list ' \
  'share show ' 'share update ' 'share delete +DeleteRepoDomains ')" "$client" --help
while read -r group verb; do
  expect_out "$group $verb --help" "$(printf '^usage: swr-client %s %s \n^  --endpoint URL \n^Exit status: ' "$group" "$verb")" \
    "$client" "$group" "$verb" --help
done <<<"$(SWR_TOKEN=t "$client" --help | sed -n 's/^  \([a-z]*\) \([a-z]*\)  .*/\1 \2/p')"

# ---- Signed: no SWR_TOKEN at all ----
signed() { env -u SWR_TOKEN -u SWR_SECURITY_TOKEN SWR_AK="$ak" SWR_SK="$sk" "$@"; }
expect "signed: repo create" 0 '^200: The repository was created\.$' \
  signed "$client" repo create --namespace my-org --repository signed/app "${at[@]}"
expect "signed, temporary credentials: repo create" 0 '^200: The repository was created\.$' \
  signed SWR_SECURITY_TOKEN=temporary-token_123 "$client" repo create --namespace my-org --repository signed/temporary \
  "${at[@]}"
expect "signed: repo create, exists" 1 'SVCSTG\.SWR\.4090006' \
  signed "$client" repo create --namespace my-org --repository signed/app "${at[@]}"
expect "signed: repo list (a query)" 0 '^3 of 3 repositories, from offset 0$' \
  signed "$client" repo list --namespace my-org --order-column name --order asc "${at[@]}"
expect "signed: tag list" 0 '^2 of 2 tags' signed "$client" tag list "${web[@]}" --limit 10 "${at[@]}"
expect "signed: tag create (POST)" 0 '^201: The tag was created' \
  signed "$client" tag create "${web[@]}" --source-tag v1 --destination-tag signed "${at[@]}"
expect "signed: share create" 0 '^201: The repository was shared' \
  signed "$client" share create "${web[@]}" --domain signed-account "${at[@]}"
expect "signed: share update (PATCH)" 0 '^201: The share was updated' \
  signed "$client" share update "${web[@]}" --domain signed-account --deadline 2031-01-01T00:00:00Z "${at[@]}"
expect "signed: share show (GET)" 0 '^deadline +2031-01-01T00:00:00Z$' \
  signed "$client" share show "${web[@]}" --domain signed-account "${at[@]}"
expect "signed: tag delete (DELETE)" 0 '^204: The tag was deleted' \
  signed "$client" tag delete "${web[@]}" --tag signed "${at[@]}"
expect "signed: wrong SK, 401 mismatch" 1 '"SVCSTG\.SWR\.4010000": .*mismatch: The signature does not match the request' \
  env -u SWR_TOKEN SWR_AK="$ak" SWR_SK=not-the-secret-key "$client" namespace list "${at[@]}"
expect "signed: unknown AK, 401 unknown_key" 1 '"SVCSTG\.SWR\.4010000": .*unknown_key' \
  env -u SWR_TOKEN SWR_AK=UNKNOWNAKUNKNOWNAK00 SWR_SK="$sk" "$client" repo delete --namespace my-org \
  --repository signed/app "${at[@]}"
sends_nothing "only SWR_AK" \
  expect "only SWR_AK: refused before sending" 2 'SWR_AK is set but SWR_SK is not' \
  env -u SWR_TOKEN SWR_AK="$ak" "$client" repo create --namespace my-org --repository x "${at[@]}"
sends_nothing "a bad AK" \
  expect "a bad AK is not shown" 2 '^error: access_key_id: invalid_character at byte 8: [^Q]*$' \
  env -u SWR_TOKEN SWR_AK="QTWAOYTT INDUT2QVKYUC" SWR_SK="$sk" "$client" repo create --namespace my-org \
  --repository x "${at[@]}"

# ---- The server ----
if grep -q -- "$sk" "$work/server.log"; then
  fail "the server logged the secret key"
fi
expect "server: --key needs AK:SK" 2 'usage:' "$server" --key "$ak"
if [ "$(wc -l <"$work/server.out")" -ne 1 ]; then
  fail "the server wrote more than its listening line to standard output:" "$(cat "$work/server.out")"
else
  echo "ok   standard output: the listening line only"
fi

echo "server log:"; sed 's/^/  | /' "$work/server.log"
[ "$failures" -eq 0 ]
