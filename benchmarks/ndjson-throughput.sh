#!/usr/bin/env bash
# NDJSON throughput of the real rulescore process, file to file: a generated 10,000-line file (the sample cases,
# each made one line, in turn; a distinct filing id per line) through `rulescore evaluate --ndjson` with 1 and 2
# workers (--parallel), as built (`dotnet build`: every method compiled by the JIT) and as the tool package installs it
# on this platform (published ReadyToRun). A process-level measurement (start-up, reading, parsing, evaluating,
# writing), which BenchmarkDotNet does not fit; BatchBenchmark measures evaluation alone.
# usage: benchmarks/ndjson-throughput.sh [LINES] [RUNS]   (from anywhere; defaults 10000 and 5)
# A third row per build runs two processes at once, one worker each, on half the lines each: what two processors give
# this work when nothing is shared (as built, each process also compiles every method itself).
# writes the table of benchmarks/results/ndjson-throughput.md (its sections from the first "## " on are kept)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lines="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/RulesCore.Cli" -c Release -nologo -v quiet >/dev/null
built="$root/src/RulesCore.Cli/bin/Release/net10.0/rulescore.dll"
case "$(uname -m)" in aarch64 | arm64) arch=arm64 ;; *) arch=x64 ;; esac
rid="$(uname -s | tr '[:upper:]' '[:lower:]' | sed 's/darwin/osx/')-$arch"
dotnet publish "$root/src/RulesCore.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v quiet >/dev/null
r2r="$work/r2r/rulescore.dll"

# One line per sample case (their line breaks removed: JSON whitespace), then cycled to $lines lines.
for sample in "$root"/samples/cases/*.json; do
  tr -d '\r\n' <"$sample"
  echo
done >"$work/samples.ndjson"
awk -v n="$lines" '{ c[NR] = $0 } END { for (i = 0; i < n; i++) { l = c[i % NR + 1]; gsub(/"id": "F1"/, "\"id\": \"F1-" i "\"", l); print l } }' \
  "$work/samples.ndjson" >"$work/input.ndjson"
: >"$work/empty.ndjson"
half=$(((lines + 1) / 2))
head -n "$half" "$work/input.ndjson" >"$work/first.ndjson"
tail -n +"$((half + 1))" "$work/input.ndjson" >"$work/second.ndjson"

# Two processes at once, one worker each, on the two halves; fails as the command does (exit 2: some lines invalid).
pair() {
  local cli="$1" a b
  dotnet "$cli" evaluate --ndjson "$work/first.ndjson" --parallel 1 >"$work/output.ndjson" &
  a=$!
  dotnet "$cli" evaluate --ndjson "$work/second.ndjson" --parallel 1 >"$work/second.out" &
  b=$!
  local rc=0
  wait "$a" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then return "$rc"; fi
  rc=0
  wait "$b" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then return "$rc"; fi
  cat "$work/second.out" >>"$work/output.ndjson"
}

# Best of $runs runs of one command: "wall-ns cpu-seconds" (the run with the shortest wall clock; CPU is user + system).
best() {
  local best_ns="" best_cpu="" start end elapsed cpu
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    cpu=$( { TIMEFORMAT='%U %S'; time { "$@" >"$work/output.ndjson" || [ $? -eq 2 ]; }; } 2>&1 | awk '{ print $1 + $2 }')
    end=$(date +%s%N)
    elapsed=$((end - start))
    if [ -z "$best_ns" ] || [ "$elapsed" -lt "$best_ns" ]; then best_ns=$elapsed; best_cpu=$cpu; fi
  done
  echo "$best_ns $best_cpu"
}

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
row() {
  local label="$1" cli="$2" workers="$3" shown="$4" ns cpu out_lines startup startup_cpu
  read -r startup startup_cpu <<<"$(best dotnet "$cli" evaluate --ndjson "$work/empty.ndjson")"
  if [ "$workers" = pair ]; then
    read -r ns cpu <<<"$(best pair "$cli")"
  else
    read -r ns cpu <<<"$(best dotnet "$cli" evaluate --ndjson "$work/input.ndjson" --parallel "$workers")"
  fi
  out_lines=$(wc -l <"$work/output.ndjson")
  if [ "$out_lines" -ne "$lines" ]; then
    echo "ndjson-throughput: $out_lines lines out for $lines in" >&2
    exit 1
  fi
  local starts=1
  if [ "$workers" = pair ]; then starts=2; fi
  awk -v k="$starts" -v l="$label" -v w="$shown" -v ns="$ns" -v s="$startup" -v n="$lines" -v cpu="$cpu" -v scpu="$startup_cpu" 'BEGIN {
    printf "| %s | %s | %.2f s | %.2f s | %.0f | %.0f | %.2f s | %.0f µs |\n", l, w, s / 1e9, ns / 1e9, n / (ns / 1e9), n / ((ns - s) / 1e9), cpu, (cpu - k * scpu) * 1e6 / n }'
}
rows=$(for cli in built r2r; do for workers in 1 2 pair; do
  if [ "$workers" = pair ]; then shown="2 processes × 1"; else shown="$workers"; fi
  if [ "$cli" = built ]; then row "as built (JIT)" "$built" "$workers" "$shown"; else row "ReadyToRun ($rid, as the tool installs)" "$r2r" "$workers" "$shown"; fi
done; done)

results="$root/benchmarks/results/ndjson-throughput.md"
kept=$( [ -f "$results" ] && sed -n '/^## /,$p' "$results" || true)
{
  echo "# NDJSON throughput"
  echo
  echo "\`benchmarks/ndjson-throughput.sh $lines $runs\`: \`rulescore evaluate --ndjson FILE --parallel N >FILE\`, $lines lines"
  echo "(the $(wc -l <"$work/samples.ndjson") sample cases in turn), best of $runs runs, wall clock. \"Without start-up\" subtracts the"
  echo "best time of the same command on an empty file (the runtime, the rule set's compilation, the policy packs)."
  echo
  echo "$(nproc) processors, $(dotnet --version | tr -d '\n') SDK, $(uname -sm), $(date -u +%Y-%m-%d); load average $load when the run"
  echo "began (other processes share the processors: a load above the processor count leaves the second worker little to"
  echo "run on, so compare CPU per case as well as wall clock). \"2 processes × 1\": two processes at once, one worker each, on"
  echo "half the lines each (their start-up counted once in wall clock, twice in CPU): what the two processors give this work when nothing is shared."
  echo
  echo "| build | workers (--parallel) | start-up | wall clock | cases/s | cases/s without start-up | CPU (user + system) | CPU per case without start-up |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  echo "$rows"
  if [ -n "$kept" ]; then
    echo
    echo "$kept"
  fi
} >"$results.new"
mv "$results.new" "$results"
cat "$results"
