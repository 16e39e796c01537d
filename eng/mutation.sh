#!/usr/bin/env bash
# Mutation testing of the scoring rules with Stryker.NET (dotnet-stryker, a local tool in .config/dotnet-tools.json).
# Slow (the whole configuration did not finish in two hours on a loaded 2-core machine; see tests/README.md), so .ci/run does not run it. Usage:
#   eng/mutation.sh            # mutate the files listed in eng/mutation/stryker-config.json, test with Okr.Core.Tests
#   eng/mutation.sh --fast     # the same without the slowest tests (about 30 min on 2 cores; scores are lower bounds)
#   eng/mutation.sh --mutate "**/Scoring/Rules/WeightedMean.cs" --test-case-filter "FullyQualifiedName~Scoring"
#                              # any other dotnet-stryker options override the config file's (a narrower, faster run)
# Writes artifacts/mutation/reports/mutation-report.{json,html} and artifacts/mutation/summary.md (scores per file and
# every surviving or uncovered mutant), the table tests/README.md quotes.
set -euo pipefail
export NUGET_CERT_REVOCATION_MODE=offline DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts/mutation"
cd "$root"
dotnet tool restore >/dev/null
rm -rf "$out"
# --fast leaves out the slow tests (generated-plan properties over thousands of items, the corruption runs, the series
# and schema checks), which otherwise run once per mutant they cover: the whole configuration then takes about 30 min
# instead of over two hours, and its scores are lower bounds (a mutant only those tests kill counts as survived).
fast='FullyQualifiedName!~SeriesProperties&FullyQualifiedName!~FastPathProperties&FullyQualifiedName!~PlanCorruptionProperties&FullyQualifiedName!~SeriesSchemaTests&FullyQualifiedName!~WidePlanOfAMillion&FullyQualifiedName!~OkrJsonRoundTripTests&FullyQualifiedName!~CorruptedDocument'
args=()
for a in "$@"; do
  if [ "$a" = "--fast" ]; then args+=(--test-case-filter "$fast"); else args+=("$a"); fi
done
(cd src/Okr.Core && dotnet dotnet-stryker --config-file "$root/eng/mutation/stryker-config.json" --output "$out" "${args[@]}")
python3 "$root/eng/mutation/summarize.py" "$out/reports/mutation-report.json" "$root" > "$out/summary.md"
cat "$out/summary.md"
