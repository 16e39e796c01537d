#!/usr/bin/env bash
# Adds every public symbol missing from PublicAPI.Unshipped.txt (RS0016) for the given projects (default: all shipped ones).
# Review the diff: it is the public surface you are about to ship.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(grep -l 'PublicApiAnalyzers' "$root"/src/*/*.csproj)
for project in "${projects[@]}"; do
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info
done
