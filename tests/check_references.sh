#!/usr/bin/env bash
# Fails on any reference, in a header, the README, CHANGELOG.md or docs/, to a repository path that does not exist, and
# on any header whose first line is not its SPDX licence line. A copied swrkit must be complete on its own:
# no pointer to documents that only its developers have.
#
# usage: tests/check_references.sh [ROOT]     checks the tree at ROOT (default: this repository)
#        tests/check_references.sh --self-test checks that the checker finds planted bad references
#
# What counts as a reference, and where it must exist:
#   - a Markdown link target (not a URL): relative to the file's folder;
#   - a path that starts with a top-level folder of the repository (docs/…, include/…, tests/…): the root;
#   - an include path swr/NAME.hpp: include/;
#   - a bare file name ending in .md: the root or the file's folder;
#   - anything under ../ or a shared/ folder: never acceptable (those are outside the repository).
set -uo pipefail

self_test() {
  local dir status=0
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' RETURN
  mkdir -p "$dir/docs" "$dir/include/swr"
  printf '# Names\nSee [the API](api.md).\n' >"$dir/docs/names.md"
  printf '# API\n' >"$dir/docs/api.md"
  printf '// SPDX-License-Identifier: MIT\n// Rules: docs/names.md\n' >"$dir/include/swr/names.hpp"
  printf 'Use `swr/names.hpp`; rules in docs/names.md, [api](docs/api.md).\n' >"$dir/README.md"
  "$0" "$dir" >/dev/null || { echo "self-test: a clean tree was refused"; status=1; }
  local bad
  for bad in 'see ../shared/spec/names.md' 'see shared/spec/names.md' 'the contract is `names.md`' \
    'see docs/missing.md' '[x](docs/nothing.md)' 'include `swr/nothing.hpp`' 'see include/swr/gone.hpp'; do
    printf '%s\n' "$bad" >"$dir/README.md"
    if "$0" "$dir" >/dev/null; then echo "self-test: not caught: $bad"; status=1; fi
  done
  printf 'ok\n' >"$dir/README.md"
  printf '// Rules: docs/names.md\n' >"$dir/include/swr/names.hpp"
  if "$0" "$dir" >/dev/null; then echo "self-test: a header without SPDX line was accepted"; status=1; fi
  [ $status -eq 0 ] && echo "self-test: every planted problem was caught"
  return $status
}

[ "${1:-}" = --self-test ] && { self_test; exit; }

root=$(cd "${1:-$(dirname "$0")/..}" && pwd)
cd "$root" || exit 2
problems=0
report() {
  echo "$1: $2"
  problems=$((problems + 1))
}

files=()
for f in README.md CHANGELOG.md docs/*.md include/swr/*.hpp include/swr/detail/*.hpp single_include/swr/*.hpp; do [ -f "$f" ] && files+=("$f"); done
# The top-level folders, less those git ignores (build trees).
top_dirs=$(find . -mindepth 1 -maxdepth 1 -type d ! -name .git -printf '%f\n' |
  while IFS= read -r d; do git check-ignore -q "$d" 2>/dev/null || echo "$d"; done | paste -sd'|')

for f in "${files[@]}"; do
  dir=$(dirname "$f")
  case "$f" in *.hpp)
    [ "$(head -n 1 "$f")" = "// SPDX-License-Identifier: MIT" ] || report "$f" "the first line is not '// SPDX-License-Identifier: MIT'"
  esac
  # Outside the repository: never.
  while IFS= read -r hit; do report "$f" "refers outside the repository: $hit"; done \
    < <(grep -noE '(\.\./)+[A-Za-z0-9_.-]+|(^|[^A-Za-z0-9_./-])shared/[A-Za-z0-9_./-]*' "$f")
  # Markdown link targets, relative to the file.
  [[ $f == *.md ]] && while IFS= read -r hit; do
    target=${hit#*](}
    target=${target%)}
    target=${target%%#*}
    case "$target" in http://* | https://* | mailto:* | "") continue ;; esac
    [ -e "$dir/$target" ] || report "$f" "link to a missing file: $target"
  done < <(grep -oE '\]\([^) ]+\)' "$f")
  # Paths from the root of the repository.
  if [ -n "$top_dirs" ]; then
    while IFS= read -r path; do
      path=${path%.}
      path=${path%%\**}  # a glob (include/swr/*.hpp): its folder must exist
      [ -e "$path" ] || report "$f" "refers to a missing path: $path"
    done < <(grep -oE "(^|[^A-Za-z0-9_./-])($top_dirs)/[A-Za-z0-9_./*-]*" "$f" | sed -E 's/^[^A-Za-z0-9_.]//' |
      grep -v '^\.\./')
  fi
  # Include paths.
  while IFS= read -r path; do
    [ -e "include/$path" ] || report "$f" "refers to a missing header: $path"
  done < <(grep -oE '(^|[^A-Za-z0-9_./-])swr/[A-Za-z0-9_]+\.hpp' "$f" | sed -E 's/^[^s]//')
  # Bare Markdown file names.
  while IFS= read -r name; do
    [ -e "$name" ] || [ -e "$dir/$name" ] || report "$f" "refers to a missing document: $name"
  done < <(grep -oE '(^|[^A-Za-z0-9_./(-])[A-Za-z0-9_-]+\.md' "$f" | sed -E 's/^[^A-Za-z0-9_-]//')
done

echo "checked ${#files[@]} files: $problems problem(s)"
[ $problems -eq 0 ]
