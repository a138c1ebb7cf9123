#!/usr/bin/env bash
# Adds every undeclared public symbol of a library project to its PublicAPI.Unshipped.txt (RS0016) and removes every
# declared symbol that no longer exists (RS0017), using the exact API names the analyzer reports in a SARIF log.
# Review the diff: every line is a public API change.
# usage: eng/update-public-api.sh src/RulesCore.Settlement
set -euo pipefail
project_dir=${1:?project directory}
for tfm in netstandard2.0 net8.0; do
  sarif=$(mktemp)
  dotnet build "$project_dir" -f "$tfm" -p:TreatWarningsAsErrors=false "-p:ErrorLog=$sarif,version=2.1" >/dev/null || true
  python3 - "$sarif" "$project_dir/PublicAPI.Unshipped.txt" <<'PY'
import json, sys
sarif, target = sys.argv[1], sys.argv[2]
results = json.load(open(sarif))["runs"][0].get("results", [])
names = {r["properties"]["customProperties"]["APIName"] for r in results if r.get("ruleId") == "RS0016"}
gone = {r["properties"]["customProperties"].get("APIName") for r in results if r.get("ruleId") == "RS0017"}
lines = [l.rstrip("\n") for l in open(target)]
header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
body = sorted((set(l for l in lines if l and not l.startswith("#")) - gone) | names)
open(target, "w").write("\n".join(header + body) + "\n")
print(f"{target}: {len(names)} added, {len(gone & set(lines))} removed")
PY
  rm -f "$sarif"
done
