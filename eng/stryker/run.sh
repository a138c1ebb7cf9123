#!/usr/bin/env bash
# Mutation testing with Stryker.NET, one library project at a time. Not part of CI and not needed to build: the tool
# comes from the local manifest (.config/dotnet-tools.json) and is restored here.
#
# usage: eng/stryker/run.sh [PROJECT] [--rules | --mutate GLOB ...] [-- STRYKER ARGS...]
#   PROJECT     RulesCore.Settlement (default) or RulesCore.Testing
#   --rules     mutate only the settlement rules (src/RulesCore.Settlement/Rules/**/*.cs)
#   --mutate G  mutate only files matching glob G (repeatable; e.g. '**/Policies/**/*.cs')
# The report (HTML and JSON) lands in artifacts/stryker/<PROJECT>[-<scope>]/; the score is printed at the end and
# kept in score.txt beside the report.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=RulesCore.Settlement
scope=all
mutate=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    RulesCore.Settlement|RulesCore.Testing) project=$1 ;;
    --rules) scope=rules; mutate+=(--mutate '**/Rules/**/*.cs') ;;
    --mutate) shift; scope=custom; mutate+=(--mutate "$1") ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$scope" = rules ] && [ "$project" != RulesCore.Settlement ]; then
  echo "--rules applies to RulesCore.Settlement only" >&2
  exit 2
fi

config="$root/eng/stryker/stryker-config.$project.json"
output="$root/artifacts/stryker/$project"
[ "$scope" = all ] || output="$output-$scope"
rm -rf "$output"
mkdir -p "$output"

cd "$root"
dotnet tool restore >/dev/null
cd "$root/src/$project"
dotnet tool run dotnet-stryker --config-file "$config" --output "$output" --skip-version-check \
  ${mutate[@]+"${mutate[@]}"} ${extra[@]+"${extra[@]}"}

report="$output/reports/mutation-report.json"
if [ ! -f "$report" ]; then
  echo "no report at $report" >&2
  exit 1
fi
# Score as Stryker counts it: killed + timeout over everything that compiled and was not ignored.
summary=$(jq -r '
  [.files[].mutants[].status] as $s
  | def n(x): [$s[] | select(. == x)] | length;
  (n("Killed")) as $k | (n("Timeout")) as $t | (n("Survived")) as $v | (n("NoCoverage")) as $c
  | "killed \($k), survived \($v), timeout \($t), no coverage \($c), ignored \(n("Ignored")), compile errors \(n("CompileError"))"
    + "\nmutation score \(if ($k + $t + $v + $c) == 0 then "n/a" else ((($k + $t) * 10000 / ($k + $t + $v + $c)) | round / 100 | tostring) + "%" end)"
' "$report")
{
  echo "$project ($scope)"
  echo "$summary"
  echo "report: ${output#"$root"/}/reports/mutation-report.html"
} | tee "$output/score.txt"
