#!/usr/bin/env python3
"""Summarises a Stryker mutation-testing JSON report: the score per file and every mutant that was not killed."""
import json
import os
import sys

report_path, root = sys.argv[1], sys.argv[2]
with open(report_path, encoding="utf-8") as f:
    report = json.load(f)

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}
rows, undetected = [], []
totals = {"Killed": 0, "Timeout": 0, "Survived": 0, "NoCoverage": 0, "Other": 0}
for path, data in sorted(report["files"].items()):
    rel = os.path.relpath(path, root) if os.path.isabs(path) else path
    counts = {"Killed": 0, "Timeout": 0, "Survived": 0, "NoCoverage": 0, "Other": 0}
    for m in data["mutants"]:
        status = m["status"]
        if status == "Ignored":
            continue  # outside the files this run mutates
        counts[status if status in counts else "Other"] += 1
        if status in UNDETECTED:
            line = m["location"]["start"]["line"]
            undetected.append((rel, line, status, m["mutatorName"], (m.get("replacement") or "").replace("\n", " ")[:90]))
    for k in totals:
        totals[k] += counts[k]
    valid = counts["Killed"] + counts["Timeout"] + counts["Survived"] + counts["NoCoverage"]
    score = 100.0 * (counts["Killed"] + counts["Timeout"]) / valid if valid else 100.0
    if valid or counts["Other"] and any(m["status"] != "Ignored" for m in data["mutants"]):
        rows.append((rel, score, counts, valid))

print("| File | Score | Killed | Timeout | Survived | No coverage | Not run (compile error / ignored) |")
print("|------|------:|-------:|--------:|---------:|------------:|----------------------------------:|")
for rel, score, c, valid in rows:
    print(f"| `{rel}` | {score:.1f}% | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {c['Other']} |")
valid = totals["Killed"] + totals["Timeout"] + totals["Survived"] + totals["NoCoverage"]
score = 100.0 * (totals["Killed"] + totals["Timeout"]) / valid if valid else 100.0
print(f"| **All** | **{score:.1f}%** | {totals['Killed']} | {totals['Timeout']} | {totals['Survived']} | {totals['NoCoverage']} | {totals['Other']} |")
print()
print(f"Undetected mutants ({len(undetected)}):")
print()
for rel, line, status, mutator, replacement in undetected:
    print(f"- `{rel}:{line}` {status}, {mutator}: `{replacement}`")
