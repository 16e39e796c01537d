#!/usr/bin/env bash
# Adds every public symbol missing from PublicAPI.Unshipped.txt (analyzer rule RS0016) for the given projects
# (default: every project using the analyzer), then sorts the list. Review the diff: it is the public surface you ship.
# Removed symbols (RS0017) are reported by the build; delete their lines by hand, since removing API is a decision.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(grep -l 'PublicApiAnalyzers' "$root"/src/*/*.csproj)
for project in "${projects[@]}"; do
  list="$(dirname "$project")/PublicAPI.Unshipped.txt"
  missing=$(dotnet build "$project" --no-incremental 2>&1 \
    | grep -F "$(basename "$project")" \
    | sed -n "s/.*error RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" | sort -u || true)
  if [ -n "$missing" ]; then
    printf '%s\n' "$missing" >> "$list"
    echo "$(basename "$project"): added $(printf '%s\n' "$missing" | wc -l) symbol(s)"
  fi
  { echo '#nullable enable'; grep -v '^#nullable enable$' "$list" | LC_ALL=C sort -u; } > "$list.tmp" && mv "$list.tmp" "$list"
done
