#!/usr/bin/env bash
# Brings a library project's PublicAPI.Unshipped.txt in line with its public API, using the exact API names the
# analyzer reports in a SARIF log:
# - a public symbol declared nowhere (RS0016) is added;
# - a declared symbol that no longer exists (RS0017): its Unshipped line is removed, and a symbol of
#   PublicAPI.Shipped.txt (a released version's surface, never edited here) gets a `*REMOVED*<symbol>` line, so the
#   break stays visible until the next release moves it;
# - a `*REMOVED*` symbol that exists again (RS0050) loses its `*REMOVED*` line.
# Each target framework is built until nothing changes (the analyzer reports a record's primary constructor only once
# the record itself is declared). Review the diff: every line is a public API change.
# usage: eng/update-public-api.sh src/RulesCore.Settlement
set -euo pipefail
project_dir=${1:?project directory}
for tfm in netstandard2.0 net8.0; do
  for pass in 1 2 3 4; do
    sarif=$(mktemp)
    dotnet build "$project_dir" -f "$tfm" -p:TreatWarningsAsErrors=false "-p:ErrorLog=$sarif,version=2.1" >/dev/null || true
    status=0
    python3 - "$sarif" "$project_dir/PublicAPI.Shipped.txt" "$project_dir/PublicAPI.Unshipped.txt" "$tfm" <<'PY' || status=$?
import json, os, re, sys
sarif, shipped_file, target, tfm = sys.argv[1:5]
if os.path.getsize(sarif) == 0:
    sys.exit(f"{target}: the {tfm} build wrote no SARIF log (it failed before compiling); build it to see why")
removed = "*REMOVED*"
results = [r for r in json.load(open(sarif))["runs"][0].get("results", []) if not r.get("suppressionStates")]

def api_name(result):
    name = result.get("properties", {}).get("customProperties", {}).get("APIName")
    if name:
        return name
    # RS0050 carries the symbol in its message only: Symbol '<symbol>' is marked as removed but ...
    text = result.get("message", "")
    text = text.get("text", "") if isinstance(text, dict) else text
    match = re.match(r"Symbol '(.*)' is marked as removed", text, re.S)
    return match.group(1) if match else None

def names(rule):
    return {n for n in (api_name(r) for r in results if r.get("ruleId") == rule) if n}

added = names("RS0016")
gone = names("RS0017")
back = names("RS0050")
for r in results:
    if r.get("ruleId") == "RS0016":
        siblings = r.get("properties", {}).get("customProperties", {}).get("ApiNamesOfSiblingsToRemove", "")
        gone |= {s for s in siblings.split(";;") if s}

shipped = {l.rstrip("\n") for l in open(shipped_file)} - {""}
lines = [l.rstrip("\n") for l in open(target)]
header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
body = {l for l in lines if l and not l.startswith("#")}
before = set(body)

body -= gone
body |= {removed + g for g in gone if g in shipped}
for name in added | back:
    if removed + name in body:
        body.discard(removed + name)
    elif name not in shipped:
        body.add(name)

open(target, "w").write("\n".join(header + sorted(body)) + "\n")
marked = {l for l in body - before if l.startswith(removed)}
restored = {l for l in before - body if l.startswith(removed)}
print(f"{target} ({tfm}): {len(body - before - marked)} added, {len(before - body - restored)} removed, "
      f"{len(marked)} marked *REMOVED*, {len(restored)} *REMOVED* dropped")
sys.exit(3 if body != before else 0)
PY
    rm -f "$sarif"
    if [ "$status" -eq 0 ]; then
      break
    elif [ "$status" -ne 3 ]; then
      exit "$status"
    fi
  done
done
