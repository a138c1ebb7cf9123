#!/usr/bin/env bash
# Cold start of the installed tool: `rulescore evaluate <sample> --format json` in a fresh process, timed with
# /usr/bin/time, for the tool as it installs from its packages (the platform's package, compiled ReadyToRun) and
# for the same tool packed framework-dependent for any platform (no ReadyToRun code, as the tool package was before).
# Both are packed from this tree and installed from a local folder; the runs alternate, so both see the same load.
# usage: benchmarks/cold-start-cli.sh [RUNS]   (from anywhere; default 6)
# writes benchmarks/results/cold-start-cli.md
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-6}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/src/Directory.Build.props")
suffix=$(sed -n 's:.*<VersionSuffix>\(.*\)</VersionSuffix>.*:\1:p' "$root/src/Directory.Build.props")
version="$prefix${suffix:+-$suffix}"
sample="$root/samples/cases/000-changsha-wuhan-expired-six-month-filing.json"

dotnet pack "$root/src/RulesCore.Cli" -c Release -o "$work/platform" --nologo -v quiet >/dev/null
dotnet pack "$root/src/RulesCore.Cli" -c Release -o "$work/any" --nologo -v quiet "-p:RuntimeIdentifiers=" "-p:ToolPackageRuntimeIdentifiers=" >/dev/null
for kind in platform any; do
  dotnet tool install RulesCore.Cli --version "$version" --tool-path "$work/tools-$kind" --add-source "$work/$kind" >/dev/null
done

declare -A times memory
for _ in $(seq "$runs"); do
  for kind in any platform; do
    read -r t m < <(/usr/bin/time -f "%e %M" "$work/tools-$kind/rulescore" evaluate "$sample" --format json 2>&1 >/dev/null | tail -1)
    times[$kind]="${times[$kind]:-} $t"
    memory[$kind]=$m
  done
done

median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
sorted() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | tr '\n' ' ' | sed 's/ $//'; }
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
{
  echo "# Cold start: \`rulescore evaluate\` in a fresh process"
  echo
  echo "\`benchmarks/cold-start-cli.sh $runs\`: \`/usr/bin/time -f \"%e s %M KB\" rulescore evaluate samples/cases/000-changsha-wuhan-expired-six-month-filing.json --format json\`,"
  echo "$runs runs of each tool installed with \`dotnet tool install\` from packages packed from this tree, alternating;"
  echo "$(nproc) processors, $(dotnet --version | tr -d '\n') SDK, $(uname -sm), $(date -u +%Y-%m-%d), load average $load at the end."
  echo
  echo "| tool package | runs (s, sorted) | median | peak memory |"
  echo "|---|---|---:|---:|"
  echo "| framework-dependent for any platform (no ReadyToRun code; the only package before) | $(sorted "${times[any]}") | $(median "${times[any]}") s | $((memory[any] / 1024)) MB |"
  echo "| the platform's package, compiled ReadyToRun (what \`dotnet tool install RulesCore.Cli\` picks on $(uname -m)) | $(sorted "${times[platform]}") | $(median "${times[platform]}") s | $((memory[platform] / 1024)) MB |"
} >"$root/benchmarks/results/cold-start-cli.md.new"
mv "$root/benchmarks/results/cold-start-cli.md.new" "$root/benchmarks/results/cold-start-cli.md"
cat "$root/benchmarks/results/cold-start-cli.md"
