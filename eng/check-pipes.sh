#!/usr/bin/env bash
# Fails if a script under .ci/ or eng/ pipes into a reader that may stop early (grep -q, grep -m, head, sed q):
# under `set -o pipefail` the writer then dies of SIGPIPE and the check fails at random. Capture the output first
# (out=$(cmd); grep -q … <<<"$out") instead.
# usage: eng/check-pipes.sh   (from anywhere)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pattern='\|[[:space:]]*(grep[[:space:]]([^|]*[[:space:]])?-[[:alpha:]]*[qmlL]|head([[:space:]]|$)|sed[[:space:]]+-n[[:space:]]+[^|]*q)'
found=0
while IFS= read -r -d '' script; do
  if hits=$(grep -nE "$pattern" "$script"); then
    while IFS= read -r hit; do
      echo "${script#"$root"/}:${hit%%:*}: pipes into a reader that stops early; capture the output first" >&2
    done <<<"$hits"
    found=1
  fi
done < <(find "$root/.ci" "$root/eng" -type f \( -name '*.sh' -o -name run \) -print0)
if [ "$found" -ne 0 ]; then
  exit 1
fi
echo "pipes: ok"
