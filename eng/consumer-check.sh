#!/usr/bin/env bash
# Packs every shipped package with a unique pre-release version, then builds and runs a fresh console project
# outside the solution that references them by package through a nuget.config pointing at the local folder.
# It runs the README's quick start, checks the Okr.Core package's contents, and writes and reads a workbook through the
# Okr.Core.Office package.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
suffix="ci.$(date -u +%Y%m%d%H%M%S).$$"
feed="$root/artifacts/packages"
work=$(mktemp -d /tmp/okr-consumer.XXXXXX)
trap 'rm -rf "$work"' EXIT
rm -rf "$feed"; mkdir -p "$feed"

echo "packing with version suffix $suffix"
for project in $(grep -l '<IsPackable>true</IsPackable>' "$root"/src/*/*.csproj); do
  dotnet pack "$project" -c Release --version-suffix "$suffix" -o "$feed" -p:ContinuousIntegrationBuild=true >/dev/null
done
ls "$feed"

core=$(ls "$feed"/Okr.Core.0*.nupkg "$feed"/Okr.Core.[0-9]*.nupkg 2>/dev/null | grep -v snupkg | head -1)
[ -n "$core" ] || { echo "no Okr.Core package"; exit 1; }
version=$(basename "$core" .nupkg | sed 's/^Okr\.Core\.//')
listing=$(unzip -l "$core")
for needed in lib/net10.0/Okr.Core.dll lib/net10.0/Okr.Core.xml README.md; do
  echo "$listing" | grep -q " $needed\$" || { echo "Okr.Core package lacks $needed"; exit 1; }
done
nuspec=$(unzip -p "$core" Okr.Core.nuspec)
if echo "$nuspec" | grep -q '<dependency '; then echo "Okr.Core must have no dependencies:"; echo "$nuspec"; exit 1; fi
[ -f "${core%.nupkg}.snupkg" ] || { echo "no symbols package"; exit 1; }
echo "Okr.Core $version: dll, xml docs and README present; no dependencies; symbols package present"

cd "$work"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
# Keep the machine's other sources (for any third-party dependency of satellite packages).
dotnet new console -n Consumer -o Consumer --no-restore >/dev/null
cd Consumer
cp ../nuget.config .
dotnet add package Okr.Core --version "$version" --no-restore >/dev/null
# The README's quick start, verbatim: the C# block that starts with "using Okr.Core;".
awk '/^```csharp$/{grab=1; block=""; next} /^```$/{ if (grab && block ~ /^using Okr.Core;/) { printf "%s", block; exit } grab=0; next } grab{block = block $0 "\n"}' "$root/README.md" > Program.cs
[ -s Program.cs ] || { echo "quick start not found in README.md"; exit 1; }
dotnet restore >/dev/null
dotnet run -c Release --no-restore | tee output.txt
grep -q "ai-coding Objective 48.57%" output.txt || { echo "the quick start did not print the expected line"; exit 1; }

# A trimmed, self-contained publish of the same app, with a JSON round trip added: trimming warnings are errors.
cat >> Program.cs <<'CS'
var reloaded = Okr.Core.OkrJson.Deserialize(Okr.Core.OkrJson.Serialize(plan));
Console.WriteLine(reloaded.Equals(plan) ? "json round trip ok" : "json round trip FAILED");
CS
dotnet publish -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -p:TreatWarningsAsErrors=true -o trimmed >publish.log 2>&1 \
  || { cat publish.log; echo "trimmed publish failed"; exit 1; }
./trimmed/Consumer | tee trimmed-output.txt
grep -q "json round trip ok" trimmed-output.txt || { echo "the trimmed app failed"; exit 1; }
echo "consumer check passed (package, quick start, trimmed publish)"

# Okr.Core.Office, like a stranger would use it: a fresh console project referencing the packed package (and through it
# Okr.Core and DocumentFormat.OpenXml) writes a scorecard workbook and a review, reads the workbook back, and checks that
# the plan scores the same. Not trimmed: the Open XML SDK is not trimming-safe (the package says IsAotCompatible=false).
office=$(ls "$feed"/Okr.Core.Office.[0-9]*.nupkg 2>/dev/null | head -1)
[ -n "$office" ] || { echo "no Okr.Core.Office package"; exit 1; }
office_version=$(basename "$office" .nupkg | sed 's/^Okr\.Core\.Office\.//')
office_listing=$(unzip -l "$office")
for needed in lib/net10.0/Okr.Core.Office.dll lib/net10.0/Okr.Core.Office.xml README.md; do
  echo "$office_listing" | grep -q " $needed\$" || { echo "Okr.Core.Office package lacks $needed"; exit 1; }
done
office_nuspec=$(unzip -p "$office" Okr.Core.Office.nuspec)
for dependency in '"Okr.Core"' '"DocumentFormat.OpenXml"'; do
  echo "$office_nuspec" | grep -q "<dependency id=$dependency" || { echo "Okr.Core.Office must depend on $dependency:"; echo "$office_nuspec"; exit 1; }
done
cd "$work"
dotnet new console -n OfficeConsumer -o OfficeConsumer --no-restore >/dev/null
cd OfficeConsumer
cp ../nuget.config .
dotnet add package Okr.Core.Office --version "$office_version" --no-restore >/dev/null
cat > Program.cs <<'CS'
using Okr.Core;
using Okr.Core.Office;
using Okr.Core.Scoring;

var at = new DateTimeOffset(2026, 5, 18, 9, 0, 0, TimeSpan.Zero);
var plan = new OkrPlan(
[
    new Objective
    {
        Id = "o-growth", Title = "Grow the user base", Period = Period.Quarter(2026, 2),
        KeyResults =
        [
            new KeyResult { Id = "kr-wau", Title = "Weekly active users to 100k", Kind = KeyResultKind.Increase(20m, 100m), CheckIns = [new CheckIn(at, 62m)] },
            new KeyResult { Id = "kr-survey", Title = "Onboarding survey done", Kind = new PercentageKind(), CheckIns = [new CheckIn(at, 40m)] },
        ],
    },
]);
var scorecard = OkrScorer.Score(plan, new DateOnly(2026, 5, 20));
OkrWorkbook.Write(scorecard, "scorecard.xlsx");
OkrReviewDocument.Write(scorecard, "review.docx");
var import = OkrWorkbook.Read("scorecard.xlsx");
var back = OkrScorer.Score(import.Plan, scorecard.AsOf);
bool same = scorecard.Items.All(i => back[i.Id].Progress == i.Progress && back[i.Id].Status == i.Status);
Console.WriteLine($"office: {import.Sheet} sheet, {import.Plan.KeyResults.Count()} key results, {import.Problems.Length} problems, objective {back["o-growth"].Progress}, scores {(same ? "the same" : "DIFFERENT")}");
CS
dotnet restore >/dev/null
dotnet run -c Release --no-restore | tee office-output.txt
grep -q "0 problems, objective .* scores the same" office-output.txt || { echo "the Office round trip failed"; exit 1; }
[ -s review.docx ] || { echo "no review document written"; exit 1; }
echo "Okr.Core.Office $office_version: dll, xml docs and README present; depends on Okr.Core and DocumentFormat.OpenXml; a fresh project wrote and read back a workbook"

# The okr console as a .NET tool: packed into the same local feed, installed with --tool-path like a user would, and run
# on the built-in example.
echo "packing the okr tool"
dotnet pack "$root/samples/Okr.Samples.Console/Okr.Samples.Console.csproj" -c Release --version-suffix "$suffix" -o "$feed" -p:ContinuousIntegrationBuild=true >/dev/null
tool=$(ls "$feed"/Okr.Cli.*.nupkg | head -1)
[ -n "$tool" ] || { echo "no Okr.Cli package"; exit 1; }
tool_version=$(basename "$tool" .nupkg | sed 's/^Okr\.Cli\.//')
cd "$work"
dotnet tool install Okr.Cli --version "$tool_version" --tool-path "$work/tools" --add-source "$feed" --ignore-failed-sources >tool-install.log 2>&1 \
  || { cat tool-install.log; echo "dotnet tool install Okr.Cli failed"; exit 1; }
"$work/tools/okr" score @example > okr-score.txt 2>&1 || { cat okr-score.txt; echo "okr score @example failed"; exit 1; }
grep -q "obj-ai-python" okr-score.txt || { cat okr-score.txt; echo "okr score @example lacks the example"; exit 1; }
if grep -q $'\x1b\[' okr-score.txt; then echo "okr output has ANSI escapes when redirected"; exit 1; fi
head -n 5 okr-score.txt
echo "okr tool $tool_version installed with --tool-path and ran: okr score @example"
