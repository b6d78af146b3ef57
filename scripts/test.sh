#!/usr/bin/env bash
# Runs every test: installs what is missing, lints the formatting, runs the Swift test suites
# (unit, workbook read back with openpyxl and LibreOffice, the fixture months' golden summaries,
# the command line end to end, the parser fuzz test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
echo "== swift format lint (advisory)"
swift format lint --recursive Sources Tests Package.swift 2>&1 | tail -n 5 || true
echo "== swift test"
swift test 2>&1
