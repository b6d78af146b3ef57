#!/usr/bin/env bash
# Installs what is missing, builds MonthEnd, runs it on the bundled month in Fixtures/ and says
# where the workbook is.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product monthend 2>&1 | tail -n 1
# Reads Excel 97-2003 .xls inputs (FreeXL in a process of its own), beside monthend.
swift build -c release --product monthend-xls 2>&1 | tail -n 1
bin="$(swift build -c release --show-bin-path)/monthend"
mkdir -p out
"$bin" run --period 2026-10 --out out/monthend-2026-10.xlsx --json out/monthend-2026-10.json Fixtures/2026-10
echo "workbook: $(pwd)/out/monthend-2026-10.xlsx"
echo "summary:  $(pwd)/out/monthend-2026-10.json"
