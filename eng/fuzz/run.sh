#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with SharpFuzz and AFL++, for a given time.
#
# usage: eng/fuzz/run.sh case|pack|cli|directory|plan|platform MINUTES [--keep]
#
#   case       the case reader, the evaluator, the decision and text writers
#   pack       the policy-pack reader, the catalog, evaluation under the pack
#   cli        the rulescore command line: arguments, files, standard input, devices
#   directory  the hospital directory readers (JSON and CSV), the directory, a bounded hospital search
#   plan       plans and why-not answers: bounded work, verified steps, determinism
#   platform   the national platform's message readers and the builder of partial cases
#
# Installs what is missing (Debian's afl++ package; the SharpFuzz.CommandLine tool into artifacts/fuzz/tools), publishes
# eng/fuzz/RulesCore.Fuzz, instruments the RulesCore assemblies, fuzzes from eng/fuzz/corpus/TARGET for MINUTES, and
# prints executions, paths (corpus entries), edges and crashes. Crashing inputs are copied to
# artifacts/fuzz/TARGET/crashes; the queue is minimised (afl-cmin) into artifacts/fuzz/TARGET/corpus. With --keep,
# the minimised inputs that are new join eng/fuzz/corpus/TARGET (the kept corpus stays under 2 MB; CI replays it).
set -euo pipefail

target=${1:-}
minutes=${2:-}
keep=${3:-}
case "$target" in
  case | pack | cli | directory | plan | platform) ;;
  *) echo "usage: eng/fuzz/run.sh case|pack|cli|directory|plan|platform MINUTES [--keep]" >&2; exit 2 ;;
esac
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [ "$minutes" -lt 1 ]; then
  echo "MINUTES is a whole number of minutes, at least 1" >&2
  exit 2
fi

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/artifacts/fuzz/$target"
tools="$root/artifacts/fuzz/tools"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# AFL++, from Debian's package.
if ! command -v afl-fuzz >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update
  $sudo apt-get install -y afl++
fi

# The SharpFuzz instrumenter, the same version as the SharpFuzz package the driver uses.
version=$(sed -n 's/.*PackageVersion Include="SharpFuzz" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version "$version" --tool-path "$tools"
fi

# Dictionaries: the documents' tokens, and the target's own (the command line's, a directory's, a question's).
dictionaries=(-x "$here/json.dict")
case "$target" in
  cli) dictionaries=(-x "$here/cli.dict") ;;
  directory | plan | platform) dictionaries+=(-x "$here/$target.dict") ;;
esac
# Dictionaries are ASCII, other bytes written \xNN: afl-fuzz 4.04c (Debian 12) warns about a raw non-ASCII byte in a
# loop that never ends, and its log fills the disk.
for ((i = 1; i < ${#dictionaries[@]}; i += 2)); do
  if LC_ALL=C grep -q '[^ -~]' "${dictionaries[i]}"; then
    echo "${dictionaries[i]} holds a byte that is not printable ASCII: write it as \\xNN" >&2
    exit 2
  fi
done

# Publish the driver and instrument our assemblies and the CSV tokenizer the directory reader hands its records to
# (never the runtime's, nor SharpFuzz's own).
rm -rf "$work"
mkdir -p "$work"
dotnet publish "$here/RulesCore.Fuzz/RulesCore.Fuzz.csproj" -c Release -o "$work/bin" -p:TreatWarningsAsErrors=false >"$work/publish.log"
for assembly in RulesCore.Settlement.dll RulesCore.NationalPlatform.dll rulescore.dll Sylvan.Data.Csv.dll; do
  "$tools/sharpfuzz" "$work/bin/$assembly"
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
driver=("$(command -v dotnet)" "$work/bin/RulesCore.Fuzz.dll" "$target")
echo "fuzzing $target for $minutes minute(s): afl-fuzz -i eng/fuzz/corpus/$target -o artifacts/fuzz/$target/findings"
afl-fuzz -i "$here/corpus/$target" -o "$work/findings" "${dictionaries[@]}" -t 10000 -m none -V $((minutes * 60)) -- "${driver[@]}" >"$work/afl.log" 2>&1 || {
  echo "afl-fuzz failed; the end of its log:" >&2
  tail -n 40 "$work/afl.log" >&2
  exit 1
}

stats="$work/findings/default/fuzzer_stats"
value() { sed -n "s/^$1 *: *//p" "$stats"; }
mkdir -p "$work/crashes"
crashes=0
for file in "$work/findings/default/crashes"/id:*; do
  if [ -f "$file" ]; then
    cp "$file" "$work/crashes/"
    crashes=$((crashes + 1))
  fi
done
echo "target:     $target"
echo "run time:   $(value run_time) s"
echo "executions: $(value execs_done) ($(value execs_per_sec)/s)"
echo "paths:      $(value corpus_count) corpus entries, $(value corpus_found) found in this run"
echo "edges:      $(value edges_found) of $(value total_edges) ($(value bitmap_cvg))"
echo "crashes:    $(value saved_crashes) saved, $crashes copied to artifacts/fuzz/$target/crashes; hangs: $(value saved_hangs)"
if [ "$crashes" -gt 0 ]; then
  echo "replay them: dotnet run --project eng/fuzz/RulesCore.Fuzz -c Release -- $target artifacts/fuzz/$target/crashes/*"
fi

# Minimise the queue: the smallest set of inputs with the same coverage.
if afl-cmin -i "$work/findings/default/queue" -o "$work/corpus" -t 10000 -m none -- "${driver[@]}" >"$work/cmin.log" 2>&1; then
  count=$(find "$work/corpus" -type f | wc -l)
  echo "minimised:  $count inputs in artifacts/fuzz/$target/corpus"
else
  echo "afl-cmin failed (see artifacts/fuzz/$target/cmin.log); the queue is in artifacts/fuzz/$target/findings/default/queue" >&2
  exit 1
fi

# --keep: the minimised corpus replaces the found-* inputs kept before (it was minimised over them too: they seeded this
# run); seeds and reproducers stay.
if [ "$keep" = "--keep" ]; then
  kept="$here/corpus/$target"
  rm -f "$kept"/found-*
  added=0
  for file in "$work/corpus"/*; do
    size=$(stat -c %s "$file")
    duplicate=0
    for existing in "$kept"/*; do
      if cmp -s "$file" "$existing"; then
        duplicate=1
        break
      fi
    done
    if [ "$size" -gt 0 ] && [ "$size" -le 16384 ] && [ "$duplicate" -eq 0 ]; then
      cp "$file" "$kept/found-$(sha1sum "$file" | cut -c1-12)"
      added=$((added + 1))
    fi
  done
  total=$(du -sb "$here/corpus" | cut -f1)
  echo "kept:       $added found-* inputs in eng/fuzz/corpus/$target; the kept corpus is now $((total / 1024)) KB"
  if [ "$total" -ge $((2 * 1024 * 1024)) ]; then
    echo "the kept corpus is over 2 MB: drop the largest found-* inputs" >&2
    exit 1
  fi
fi
