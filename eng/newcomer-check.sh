#!/usr/bin/env bash
# The newcomer path: clones the repository's committed HEAD into a temporary folder with nothing beside it (no
# ../shared), with an empty NuGet cache and without CI variables, and runs the commands of README.md's "Try it"
# block there, exactly as written (read from the README, so this check cannot drift from it).
# Prints one line per command and a summary with the test counts; exits non-zero when any command fails.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
logs="${1:-$root/artifacts/newcomer}"
mkdir -p "$logs"

# The fenced block under "## Try it", one command per line.
mapfile -t commands < <(awk '/^## Try it/{s=1;next} s&&/^## /{exit} s&&/^```/{f=!f;next} s&&f&&NF' "$root/README.md")
printf '%s\n' "${commands[@]}" | grep -q '^dotnet test' || { echo "README.md's Try it block has no 'dotnet test' line"; exit 1; }
printf '%s\n' "${commands[@]}" | grep -q '^dotnet run' || { echo "README.md's Try it block has no 'dotnet run' line"; exit 1; }

commit=$(git -C "$root" rev-parse --short HEAD) || { echo "not a git repository: cannot clone it"; exit 1; }
git -C "$root" diff --quiet HEAD 2>/dev/null || echo "note: uncommitted changes in $root are not in the newcomer's clone of $commit"

work=$(mktemp -d /tmp/okr-newcomer.XXXXXX)
cache=$(mktemp -d /tmp/okr-newcomer-nuget.XXXXXX)
trap 'rm -rf "$work" "$cache"' EXIT
git clone -q "$root" "$work/Okr.Core" || { echo "git clone failed"; exit 1; }
cd "$work/Okr.Core" || exit 1
for dir in "$work" /tmp /; do
  [ -d "$dir/shared/fixtures/pm" ] && { echo "shared fixtures are beside the newcomer's clone ($dir/shared): the check would not prove anything"; exit 1; }
done
echo "newcomer: clone of $commit in $work/Okr.Core, nothing beside it, empty NuGet cache"

rc=0
i=0
for cmd in "${commands[@]}"; do
  i=$((i + 1))
  log="$logs/command-$i.log"
  start=$(date +%s)
  if [[ "$cmd" == *"samples/Okr.Samples.Web"* ]]; then
    # The web sample is a server: start it, wait until http://localhost:5080/health answers, then stop it.
    env -u CI -u OKR_SHARED_PM NUGET_PACKAGES="$cache" setsid bash -c "$cmd" </dev/null >"$log" 2>&1 &
    server=$!
    r=1
    for _ in $(seq 1 600); do
      if curl -fsS http://localhost:5080/health >>"$log" 2>&1 && curl -fsS http://localhost:5080/plans/ai-coding/scorecard -o /dev/null; then r=0; break; fi
      kill -0 "$server" 2>/dev/null || break
      sleep 1
    done
    kill -- -"$server" 2>/dev/null; wait "$server" 2>/dev/null
  else
    env -u CI -u OKR_SHARED_PM NUGET_PACKAGES="$cache" bash -c "$cmd" </dev/null >"$log" 2>&1
    r=$?
  fi
  seconds=$(( $(date +%s) - start ))
  if [ "$r" -eq 0 ]; then echo "newcomer: ok     '$cmd' ($seconds s)"; else echo "newcomer: FAILED '$cmd' (exit $r, $seconds s), last lines:"; tail -n 30 "$log"; rc=1; fi
  if [[ "$cmd" == "dotnet test"* ]]; then
    grep -E '^(Passed|Failed)!' "$log"
    # Sum the per-assembly summaries ("Passed!  - Failed:     0, Passed:    74, Skipped: ...").
    totals=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
      | awk '{f+=$1; p+=$2; s+=$3; n++} END {printf "%d test assemblies: %d passed, %d failed, %d skipped", n, p, f, s}')
    echo "newcomer: $totals"
  fi
done
exit $rc
