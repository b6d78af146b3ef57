#!/usr/bin/env python3
"""Runs a monthend binary on every file of EXPECTED.yaml alone and compares what it reports.

    python3 Fixtures/real-exports/check_expected.py BIN [FILE-SUBSTRING ...]

For each file: `BIN run --period 2026-10 --as-of 2026-10-31 --config monthend.yaml --json - FILE`.
A `refuse` entry must end with exit status 1 and nothing written; any other entry must exit 0 and
its `inputs[0]` (kind, encoding, delimiter, header_line, rows, accepted, skipped, rejected) and
every dotted key of `figures` must equal EXPECTED.yaml. An expected "unknown" must not come back as
a number. .xlsx entries are skipped until the reader takes .xlsx (issue 15). Exit status 1 when a
file differs; prints one line per file.
"""

import json
import os
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
INPUT_KEYS = ["kind", "encoding", "delimiter", "header_line", "rows", "accepted", "skipped", "rejected"]


def dotted(summary, key):
    value = summary
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return "<missing>"
        value = value[part]
    return value


def check(binary, rel, want):
    path = os.path.join(HERE, rel)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.xlsx")
        cmd = [binary, "run", "--no-store", "--period", "2026-10", "--as-of", "2026-10-31", "--config",
               os.path.join(HERE, "monthend.yaml"), "--json", "-", "--out", out, path]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        wrote = os.path.exists(out)
    if "refuse" in want:
        if run.returncode == 1 and not wrote:
            return []
        return [f"expected a refusal ({want['refuse'][:60]}…), got exit {run.returncode}"]
    if run.returncode != 0:
        return [f"exit {run.returncode}: {run.stderr.strip().splitlines()[0] if run.stderr.strip() else ''}"]
    summary = json.loads(run.stdout)
    problems = []
    got = summary["inputs"][0] if summary.get("inputs") else {}
    for key in INPUT_KEYS:
        if got.get(key) != want[key]:
            problems.append(f"{key}: want {want[key]!r}, got {got.get(key)!r}")
    for key, value in want.get("figures", {}).items():
        have = dotted(summary, key)
        if value == "unknown":
            if isinstance(have, (int, float)):
                problems.append(f"{key}: want unknown, got {have!r}")
        elif have != value:
            problems.append(f"{key}: want {value!r}, got {have!r}")
    return problems


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    binary, only = sys.argv[1], sys.argv[2:]
    expected = yaml.safe_load(open(os.path.join(HERE, "EXPECTED.yaml"), encoding="utf-8"))
    failed = 0
    for rel, want in expected.items():
        if only and not any(s in rel for s in only):
            continue
        if want.get("container") == "xlsx":
            print(f"skip  {rel} (xlsx)")
            continue
        problems = check(binary, rel, want)
        failed += bool(problems)
        print(("ok    " if not problems else "FAIL  ") + rel + ("" if not problems else "\n      " + "\n      ".join(problems)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
