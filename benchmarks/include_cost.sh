#!/usr/bin/env bash
# What including one header costs: the time to compile (-c -O0, to an object file) a translation unit
# that contains nothing but that #include, for swrkit's headers and a few well-known ones to compare with.
# Every configuration is compiled N times, round-robin over the configurations so that machine noise hits
# all of them alike, and the median is reported as a Markdown table.
#
# Usage: benchmarks/include_cost.sh [--runs N] [--cxx COMPILER] [--std STANDARD] [--clock wall|cpu] [-- FLAGS...]
#        benchmarks/include_cost.sh --gates
#   --runs N       compilations per configuration (default 11)
#   --cxx C        the compiler (default g++; e.g. clang++)
#   --std S        the language standard, as in -std=S (default c++17)
#   --clock K      wall: elapsed time (default); cpu: user+sys time of the compiler, steadier on a busy machine;
#                  instructions: instructions the compiler executes, counted by valgrind (cachegrind): the same
#                  on every run and on any load, about 50 times slower, so --runs 1 is enough
#   -- FLAGS...    passed to every compilation (e.g. -- -fno-exceptions)
#   --gates        the include-cost gates, a step of scripts/test.sh: the instructions GCC executes (valgrind) to
#                  compile each gated set of headers, over those for <nlohmann/json.hpp>; fails when one is
#                  above its gate (the table `gates` below). A change that needs more raises its gate in the
#                  same commit and says why.
# The swrkit rows are <swr/names.hpp> and <swr/swr.hpp> from include/, and the single header
# single_include/swr/swr.hpp when it exists (compiled with only single_include/ on the include path).
# A comparison header that is not installed (nlohmann-json3-dev, libfmt-dev) is skipped with a note.
# shellcheck disable=SC2016  # the backticks in the labels are Markdown, not command substitutions
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=11
cxx=g++
std=c++17
clock=wall
extra=()
gates=no
usage() { sed -n '7,17s/^# \{0,1\}//p' "$0"; }
missing() { echo "include_cost.sh: $1 needs a value" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) [ $# -ge 2 ] || missing "$1"; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --cxx) [ $# -ge 2 ] || missing "$1"; cxx=$2; shift 2 ;;
    --cxx=*) cxx=${1#*=}; shift ;;
    --std) [ $# -ge 2 ] || missing "$1"; std=$2; shift 2 ;;
    --std=*) std=${1#*=}; shift ;;
    --clock) [ $# -ge 2 ] || missing "$1"; clock=$2; shift 2 ;;
    --clock=*) clock=${1#*=}; shift ;;
    --gates) gates=yes; shift ;;
    --) shift; extra=("$@"); break ;;
    -h | --help) usage; exit 0 ;;
    *) echo "include_cost.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "include_cost.sh: --runs must be a positive integer, not '$runs'" >&2
  exit 2
fi
case "$clock" in
  wall | cpu) ;;
  instructions)
    command -v valgrind >/dev/null || { echo "include_cost.sh: --clock instructions needs valgrind" >&2; exit 2; } ;;
  *) echo "include_cost.sh: --clock must be wall, cpu or instructions, not '$clock'" >&2; exit 2 ;;
esac
command -v "$cxx" >/dev/null || { echo "include_cost.sh: compiler '$cxx' not found" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/include_cost.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Thousands of instructions that "$cxx" -std="$std" -O0 executes to compile the source file $1 with the flags
# after it, summed over its processes (valgrind reports each one's "I refs"): the same on every run and load.
count_instructions() {
  local source=$1
  shift
  valgrind --tool=cachegrind --cache-sim=no --trace-children=yes --cachegrind-out-file=/dev/null \
    "$cxx" -std="$std" -O0 "$@" -c "$source" -o "$source.o" 2>&1 >/dev/null |
    awk '/I *refs:/ { gsub(",", "", $NF); sum += $NF } END { printf "%d\n", sum / 1000 }'
}

if [ "$gates" = yes ]; then
  command -v valgrind >/dev/null || { echo "include_cost.sh: --gates needs valgrind" >&2; exit 2; }
  # The gates: a label, the largest ratio to <nlohmann/json.hpp> allowed, and the headers, included in one file.
  #  - the name checks alone, what a form or a validator includes;
  #  - the mission's core: the request model, its JSON writer and the body parser;
  #  - everything, <swr/swr.hpp>: the whole management API (the standard headers it needs cost about 0.16x).
  gate_labels=('`<swr/names.hpp>`' '`<swr/model.hpp>` + `<swr/json_writer.hpp>` + `<swr/body_parser.hpp>`'
    '`<swr/swr.hpp>`')
  # <swr/swr.hpp>'s gate went from 0.40 to 0.46 with tags, digests and image references (issue 23, +125 M
  # instructions) and the whole v2 management API on one machinery (issue 24, +256 M): 0.454 on 2026-12-07;
  # then to 0.48 with the management lists' fast path (+22 M: 0.460), with room for the references' block scan.
  gate_limits=(0.10 0.30 0.48)
  gate_headers=('swr/names.hpp' 'swr/model.hpp swr/json_writer.hpp swr/body_parser.hpp' 'swr/swr.hpp')
  echo '#include <nlohmann/json.hpp>' >"$work/reference.cpp"
  # The reference is the longest compilation: counted in the background while the gated ones are.
  count_instructions "$work/reference.cpp" "${extra[@]}" >"$work/reference.count" &
  reference_job=$!
  for i in "${!gate_labels[@]}"; do
    for header in ${gate_headers[$i]}; do printf '#include <%s>\n' "$header"; done >"$work/gate$i.cpp"
    count_instructions "$work/gate$i.cpp" -I "$root/include" "${extra[@]}" >"$work/gate$i.count"
  done
  wait "$reference_job"
  reference=$(cat "$work/reference.count")
  if ! [ "${reference:-0}" -gt 0 ] 2>/dev/null; then
    echo "include_cost.sh: <nlohmann/json.hpp> does not compile with $cxx -std=$std (nlohmann-json3-dev)" >&2
    exit 1
  fi
  echo "Compiler: $("$cxx" --version | head -n 1); $cxx -std=$std -O0 -c, instructions executed (valgrind)"
  echo
  echo '| headers | M instructions | relative to `<nlohmann/json.hpp>` | gate | |'
  echo '| --- | ---: | ---: | ---: | --- |'
  over=0
  for i in "${!gate_labels[@]}"; do
    count=$(cat "$work/gate$i.count")
    verdict=$(awk -v c="$count" -v r="$reference" -v g="${gate_limits[$i]}" 'BEGIN {
      ratio = c / r; printf "%.1f %.3f %s", c / 1000, ratio, (ratio <= g ? "within" : "OVER") }')
    read -r millions ratio outcome <<<"$verdict"
    [ "$outcome" = within ] || over=1
    echo "| ${gate_labels[$i]} | $millions | ${ratio}× | ${gate_limits[$i]}× | $outcome |"
  done
  awk -v r="$reference" 'BEGIN { printf "| `<nlohmann/json.hpp>` | %.1f | 1.000× | | |\n", r / 1000 }'
  exit "$over"
fi

# The configurations: a label for the table, the header (empty: an empty file), the include directory
# (empty: none) and whether a failure to compile is fatal (swrkit's own headers) or just skips the row.
labels=() headers=() incdirs=() required=()
add() { labels+=("$1"); headers+=("$2"); incdirs+=("$3"); required+=("$4"); }
notes=()
add 'empty file' '' '' yes
add '`<string_view>`' string_view '' yes
add '`<regex>`' regex '' yes
add '`<nlohmann/json.hpp>`' nlohmann/json.hpp '' no
add '`<fmt/format.h>`' fmt/format.h '' no
add '`<swr/names.hpp>`' swr/names.hpp "$root/include" yes
add '`<swr/swr.hpp>`' swr/swr.hpp "$root/include" yes
if [ -f "$root/single_include/swr/swr.hpp" ]; then
  add '`single_include/swr/swr.hpp`' swr/swr.hpp "$root/single_include" yes
else
  notes+=("single_include/swr/swr.hpp does not exist: its row is skipped.")
fi

# One source file per configuration, compiled by one command line.
compile() {
  "$cxx" -std="$std" -O0 ${incdirs[$1]:+-I "${incdirs[$1]}"} "${extra[@]}" -c "$work/tu$1.cpp" -o "$work/tu$1.o"
}

# A first compilation checks that each configuration builds (and warms the file cache, so it is not
# counted). A configuration that does not build is dropped.
active=()
for i in "${!labels[@]}"; do
  src="$work/tu$i.cpp"
  if [ -n "${headers[$i]}" ]; then printf '#include <%s>\n' "${headers[$i]}" >"$src"; else : >"$src"; fi
  if ! compile "$i" 2>"$work/err$i"; then
    if [ "${required[$i]}" = yes ]; then
      echo "include_cost.sh: ${labels[$i]} does not compile with $cxx -std=$std:" >&2
      cat "$work/err$i" >&2
      exit 1
    fi
    notes+=("${labels[$i]} does not compile here (not installed?): its row is skipped.")
    continue
  fi
  active+=("$i")
done

# The cost of one compilation: in microseconds, elapsed (date) or the user+sys time of the compiler and the
# processes it starts (bash's time, to the millisecond); or in thousands of instructions, summed over the
# compiler's processes (valgrind reports each one's "I refs").
time_compile() {
  local start end times TIMEFORMAT='%3U %3S'
  if [ "$clock" = instructions ]; then
    count_instructions "$work/tu$1.cpp" ${incdirs[$1]:+-I "${incdirs[$1]}"} "${extra[@]}"
  elif [ "$clock" = wall ]; then
    start=$(date +%s%N)
    compile "$1"
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
  else
    times=$({ time compile "$1" >/dev/null 2>&1; } 2>&1)
    awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%d\n", (a[1] + a[2]) * 1000000 + 0.5 }'
  fi
}

# Round-robin: each round compiles every configuration once, starting one further along each round.
read -r load_before _ </proc/loadavg
declare -A samples=()
count=${#active[@]}
for ((r = 0; r < runs; r++)); do
  [ -t 2 ] && printf '\rinclude_cost.sh: round %d of %d' $((r + 1)) "$runs" >&2
  for ((k = 0; k < count; k++)); do
    i=${active[$(((r + k) % count))]}
    samples[$i]+="$(time_compile "$i") "
  done
done
[ -t 2 ] && printf '\r\033[K' >&2
read -r load_after _ </proc/loadavg
cores=$(nproc)
load=$(awk -v a="$load_before" -v b="$load_after" 'BEGIN { print (a > b ? a : b) }')
if [ "$clock" != instructions ] && awk -v l="$load" -v n="$cores" 'BEGIN { exit !(l > n) }'; then
  hint=''
  [ "$clock" = wall ] && hint=' (--clock cpu is steadier)'
  notes+=("the load average reached $load on $cores cores: other processes competed for the CPU, so the times are inflated and noisy$hint.")
fi

# The median of a list of microsecond counts (the mean of the two middle ones for an even count).
median_us() {
  tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
declare -A median=()
for i in "${active[@]}"; do median[$i]=$(median_us "${samples[$i]}"); done
sv_us=${median[1]:-}
json_us=${median[3]:-}

echo "Compiler: $("$cxx" --version | head -n 1)"
unit=ms
[ "$clock" = instructions ] && unit='M instructions'
what="$clock time"
[ "$clock" = instructions ] && what='instructions executed, valgrind'
echo "Command: $cxx -std=$std -O0${extra[*]:+ ${extra[*]}} -c tu.cpp   (median of N=$runs runs, interleaved; $what)"
echo
echo "| header | median $unit | over \`<string_view>\` ($unit) | relative to \`<nlohmann/json.hpp>\` (×) |"
echo '| --- | ---: | ---: | ---: |'
for i in "${active[@]}"; do
  awk -v label="${labels[$i]}" -v us="${median[$i]}" -v sv="$sv_us" -v js="$json_us" 'BEGIN {
    over = (sv == "") ? "n/a" : sprintf("%+.1f", (us - sv) / 1000)
    rel = (js == "") ? "n/a" : sprintf("%.2f", us / js)
    printf "| %s | %.1f | %s | %s |\n", label, us / 1000, over, rel }'
done
if [ ${#notes[@]} -gt 0 ]; then
  echo
  for note in "${notes[@]}"; do echo "Note: $note"; done
fi
