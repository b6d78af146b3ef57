#!/usr/bin/env bash
# Times reading a courier bill of N rows (default 100000) from .xlsx through XLSXReader (`read`:
# rows of CellValues, every cell rendered to its CSV text; `texts`: readRowTexts, the import's way
# in) against the same rows as CSV through the current importer, and Foundation's XMLParser over
# the sheet's XML;
# one line each with wall and CPU seconds, rows/s and peak RSS (from /usr/bin/time -v).
#
#   bench/xlsx_read.sh [N...]     (files and the release harness live in $BENCH_DIR, default /tmp/monthend-bench)
#
# The .xlsx is written by libxlsxwriter with shared strings (as Excel and the portals write), and
# again in constant-memory mode with inline strings (no shared table), so the peak RSS of the
# second shows the streaming itself: it should not grow with N.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench_dir="${BENCH_DIR:-/tmp/monthend-bench}"
harness="$bench_dir/xlsx-harness"
source "$repo/bench/harness.sh"
make_harness "$harness" "$repo" --writer
cp "$repo/bench/xlsx/main.swift" "$harness/Sources/bench/main.swift"
(cd "$harness" && swift build -c release --product bench >&2)
bin="$harness/.build/release/bench"
timed() {  # prints the harness line and the peak RSS of the run
    local out rss
    out=$(/usr/bin/time -v "$@" 2>"$bench_dir/time.txt")
    rss=$(awk '/Maximum resident set size/ {print int($6/1024)}' "$bench_dir/time.txt")
    echo "$out peak_rss_mb=$rss"
}
for n in "${@:-100000}"; do
    data="$bench_dir/xlsx-$n"
    mkdir -p "$data"
    if [[ ! -s "$data/bill.xlsx" || ! -s "$data/bill-inline.xlsx" ]]; then
        "$bin" make "$n" "$data" >&2
        "$bin" make "$n" "$data" inline >&2
        (cd "$data" && rm -rf sheet && mkdir sheet && cd sheet && unzip -q ../bill.xlsx xl/worksheets/sheet1.xml)
    fi
    ls -l "$data" | awk 'NR>1 {print "  " $5, $9}'
    for round in 1 2 3; do
        timed "$bin" import "$data/bill.csv"
        timed "$bin" read "$data/bill.xlsx"
        timed "$bin" read "$data/bill-inline.xlsx"
        timed "$bin" texts "$data/bill.xlsx"
        timed "$bin" texts "$data/bill-inline.xlsx"
        timed "$bin" xmlparser "$data/sheet/xl/worksheets/sheet1.xml"
    done
done
