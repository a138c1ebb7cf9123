#!/usr/bin/env bash
# Packs RulesCore, then builds and runs a consumer that references the packages from a local folder feed only.
# Everything here restores into an empty, private package folder, as on a machine that never built RulesCore: a
# package that only a warm cache supplies (the ReadyToRun compiler, a runtime pack) fails here, not at a newcomer's.
# usage: eng/package-consumer/run.sh   (from anywhere; prints the consumer's output, fails if anything fails)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
feed="$root/artifacts/packages"
export NUGET_PACKAGES="$root/artifacts/consumer-packages"
prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/src/Directory.Build.props")
suffix=$(sed -n 's:.*<VersionSuffix>\(.*\)</VersionSuffix>.*:\1:p' "$root/src/Directory.Build.props")
version="$prefix${suffix:+-$suffix}"
rm -rf "$feed" "$NUGET_PACKAGES"
dotnet pack "$root/src/RulesCore.Settlement" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/RulesCore.Testing" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/RulesCore.NationalPlatform" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/RulesCore.Cli" -c Release -o "$feed" --nologo -v quiet
for package in RulesCore.Settlement RulesCore.Testing RulesCore.NationalPlatform; do
  # Capture the listing first: a reader that stops early (grep -q) would kill unzip with SIGPIPE under pipefail.
  listing=$(unzip -Z1 "$feed/$package.$version.nupkg")
  grep -qx "lib/netstandard2.0/$package.dll" <<<"$listing" || { echo "$package has no lib/netstandard2.0" >&2; exit 1; }
  grep -qx "README.md" <<<"$listing" || { echo "$package has no README" >&2; exit 1; }
  test -f "$feed/$package.$version.snupkg" || { echo "$package has no symbol package" >&2; exit 1; }
done
# The rules run on NRules: the package must bring it.
nuspec=$(unzip -p "$feed/RulesCore.Settlement.$version.nupkg" RulesCore.Settlement.nuspec)
grep -q 'id="NRules" version="1.0.4"' <<<"$nuspec" || { echo "RulesCore.Settlement does not depend on NRules 1.0.4" >&2; exit 1; }
# System.Text.Json and DiagnosticSource are inbox on net8.0: only the netstandard2.0 group may depend on them.
net8_group=$(sed -n '/targetFramework="net8.0"/,/<\/group>/p' <<<"$nuspec")
if grep -q 'System.Text.Json\|System.Diagnostics.DiagnosticSource' <<<"$net8_group"; then
  echo "RulesCore.Settlement depends on an inbox package on net8.0" >&2; exit 1
fi
# The national-platform adapter depends on RulesCore.Settlement only.
platform_nuspec=$(unzip -p "$feed/RulesCore.NationalPlatform.$version.nupkg" RulesCore.NationalPlatform.nuspec)
platform_dependencies=$(grep -o 'dependency id="[^"]*"' <<<"$platform_nuspec" | sort -u)
[ "$platform_dependencies" = 'dependency id="RulesCore.Settlement"' ] || { echo "RulesCore.NationalPlatform depends on more than RulesCore.Settlement: $platform_dependencies" >&2; exit 1; }
# The release notes are the CHANGELOG section of this version.
grep -q "<releaseNotes>## $prefix" <<<"$nuspec" || { echo "RulesCore.Settlement has no release notes from CHANGELOG.md" >&2; exit 1; }
app="$root/eng/package-consumer/Consumer.App"
dotnet restore "$app" -p:RulesCoreVersion="$version" -p:RestoreAdditionalProjectSources="$feed" --nologo -v quiet
dotnet build "$app" -c Release --no-restore -p:RulesCoreVersion="$version" --nologo -v quiet
output=$(dotnet run --project "$app" -c Release --no-build -- "$root/samples/cases/000-changsha-wuhan-expired-six-month-filing.json")
echo "$output"
grep -q "^PayThenClaim: FILING_EXPIRED, FILING_RETROACTIVE_ASK$" <<<"$output"
grep -q "^rules in force: [1-9][0-9]*$" <<<"$output"
# From the HIS's national-platform messages (the synthetic set) to a decision, through the netstandard2.0 packages.
platform_output=$(dotnet run --project "$app" -c Release --no-build -- platform "$root/samples/platform")
echo "$platform_output"
grep -q "^platform: Direct to PayThenClaim, check filings; [1-9][0-9]* assumptions$" <<<"$platform_output"
# An integrator's regional rule (the sample's own sources) builds and passes its tests against the packages.
rule_tests="$root/eng/package-consumer/RegionalRule.Tests"
dotnet restore "$rule_tests" -p:RulesCoreVersion="$version" -p:RestoreAdditionalProjectSources="$feed" --nologo -v quiet
dotnet test "$rule_tests" -c Release --no-restore -p:RulesCoreVersion="$version" --nologo -v quiet
# The tool package installs and runs.
tools="$root/artifacts/consumer-tools"
rm -rf "$tools"
dotnet tool install RulesCore.Cli --version "$version" --tool-path "$tools" --add-source "$feed" >/dev/null
tool_output=$("$tools/rulescore" evaluate "$root/samples/cases/000-damaged-card-chip.json" --format json)
grep -q '"code": "CARD_UNUSABLE"' <<<"$tool_output" || { echo "the installed tool did not decide the card case" >&2; exit 1; }
platform_case=$("$tools/rulescore" from-platform --person "$root/samples/platform/1101-person.json" --encounter "$root/samples/platform/2201-encounter.json" --hospital "$root/samples/platform/hospital-wuhan.json" 2>/dev/null)
grep -q '"unknownFacts"' <<<"$platform_case" || { echo "the installed tool did not build the case from the platform messages" >&2; exit 1; }
echo "package consumer: ok"
