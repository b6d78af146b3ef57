#!/usr/bin/env bash
# Times the CSV reader (bytes -> records) against Python's csv on the same ~100 MB files, UTF-8 and
# GB18030, and prints one line each with MB/s and peak RSS (from /usr/bin/time -v).
#
#   scripts/bench_import.sh [MB]      (default 100; files are cached in $BENCH_DIR, default /tmp/monthend-bench)
#
# The Swift side is ImportBenchmark.run. So that work in progress elsewhere in the tree cannot block
# the benchmark, the script builds a throwaway release harness in $BENCH_DIR/harness holding only the
# reader's sources (symlinked from this checkout) and a two-line main.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
megabytes="${1:-100}"
bench_dir="${BENCH_DIR:-/tmp/monthend-bench}"
data="$bench_dir/data-${megabytes}mb"
harness="$bench_dir/harness"

if [[ ! -s "$data/bench_gb18030.csv" ]]; then
    python3 "$repo/scripts/bench_import.py" generate "$data" "$megabytes" >&2
fi

mkdir -p "$harness/Sources/bench" "$harness/Sources/MonthEndImport"
ln -sfn "$repo/Sources/MonthEndCore" "$harness/Sources/MonthEndCore"
ln -sfn "$repo/Sources/COpenSSLCrypto" "$harness/Sources/COpenSSLCrypto"
ln -sfn "$repo/Sources/MonthEndImport/Reading" "$harness/Sources/MonthEndImport/Reading"
ln -sfn "$repo/Sources/MonthEndImport/Exports.swift" "$harness/Sources/MonthEndImport/Exports.swift"
cat > "$harness/Sources/bench/main.swift" <<'SWIFT'
import Glibc
import MonthEndImport
exit(ImportBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst())))
SWIFT
cat > "$harness/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "bench",
    targets: [
        .systemLibrary(name: "COpenSSLCrypto", pkgConfig: "libcrypto"),
        .target(name: "MonthEndCore"),
        .target(name: "MonthEndImport", dependencies: ["MonthEndCore", "COpenSSLCrypto"]),
        .executableTarget(name: "bench", dependencies: ["MonthEndImport"]),
    ]
)
SWIFT
(cd "$harness" && swift build -c release --product bench >&2)
bench="$harness/.build/release/bench"

# Runs a command under /usr/bin/time -v and prints one line: wall MB/s, CPU MB/s (user + system:
# on a shared machine wall time mostly measures the neighbours), peak RSS, then the reader's counts.
# Leaves the reader's output line in $last for the cross-checks below.
last=""
timed() {
    local label="$1"
    shift
    local report
    report="$(mktemp)"
    last="$(/usr/bin/time -v -o "$report" "$@" | tail -1)"
    local rss_kb
    rss_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")"
    rm -f "$report"
    local wall="${last##* MB/s=}"
    wall="${wall%% *}"
    local cpu="${last##*cpu_MB/s=}"
    local counts="${last#*encoding=}"
    counts="${counts%% file_bytes=*}"
    printf '%-15s %8s MB/s wall  %8s MB/s cpu  peak RSS %4d MiB  encoding=%s\n' \
        "$label" "$wall" "$cpu" "$((rss_kb / 1024))" "$counts"
}

counts() { local c="${1#*records=}"; echo "${c%% field_bytes=*}"; }

# Warm the page cache so every reader sees the same conditions.
cat "$data/bench_utf8.csv" "$data/bench_gb18030.csv" > /dev/null

timed "swift utf-8" "$bench" "$data/bench_utf8.csv"
swift_utf8="$last"
timed "swift gb18030" "$bench" "$data/bench_gb18030.csv"
swift_gb="$last"
timed "python utf-8" python3 "$repo/scripts/bench_import.py" read "$data/bench_utf8.csv" utf-8
python_utf8="$last"
timed "python gb18030" python3 "$repo/scripts/bench_import.py" read "$data/bench_gb18030.csv" gb18030
python_gb="$last"

# The readers must agree on what they read, or the speeds compare nothing.
status=0
for pair in "swift_utf8 python_utf8" "swift_gb python_gb" "swift_utf8 swift_gb"; do
    set -- $pair
    if [[ "$(counts "${!1}")" != "$(counts "${!2}")" ]]; then
        echo "MISMATCH: $1 ($(counts "${!1}")) vs $2 ($(counts "${!2}"))" >&2
        status=1
    fi
done
rate() { local r="${1##*cpu_MB/s=}"; echo "$r"; }
awk -v su="$(rate "$swift_utf8")" -v pu="$(rate "$python_utf8")" -v sg="$(rate "$swift_gb")" -v pg="$(rate "$python_gb")" \
    'BEGIN { printf "swift/python (cpu): utf-8 %.2fx, gb18030 %.2fx\n", su / pu, sg / pg }'
exit $status
