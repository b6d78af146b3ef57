#!/usr/bin/env bash
# Times the import against Python's csv on the same ~100 MB files, UTF-8 and GB18030, and prints
# one line each with MB/s (wall and CPU) and peak RSS (from /usr/bin/time -v):
#   - reader: bytes -> CSV records (ImportBenchmark.run), on a generic ten-column file;
#   - import: bytes -> typed records (ImportBenchmark.runImport: the reader, header and kind
#     detection and every row's fate through Importer), on a twelve-column courier bill; records
#     are folded into a digest and dropped, so peak RSS shows the import's own memory.
#
#   scripts/bench_import.sh [MB]      (default 100; files are cached in $BENCH_DIR, default /tmp/monthend-bench)
#   BENCH_CPU=1 pins every run to that CPU with taskset (the machine is shared).
#
# So that work in progress elsewhere in the tree cannot block the benchmark, the script builds a
# throwaway release harness in $BENCH_DIR/harness holding only the import's sources (symlinked from
# this checkout, with the templates it embeds) and a short main.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
megabytes="${1:-100}"
bench_dir="${BENCH_DIR:-/tmp/monthend-bench}"
data="$bench_dir/data-${megabytes}mb"
harness="$bench_dir/harness"

if [[ ! -s "$data/bench_gb18030.csv" ]]; then
    python3 "$repo/scripts/bench_import.py" generate "$data" "$megabytes" >&2
fi
if [[ ! -s "$data/bill_gb18030.csv" ]]; then
    python3 "$repo/scripts/bench_import.py" generate-bill "$data" "$megabytes" >&2
fi

rm -rf "$harness/Sources/MonthEndImport"  # a symlink now; a folder of symlinks in older harnesses
mkdir -p "$harness/Sources/bench" "$harness/Plugins"
for source in MonthEndCore COpenSSLCrypto MonthEndImport embed-templates; do
    ln -sfn "$repo/Sources/$source" "$harness/Sources/$source"
done
ln -sfn "$repo/Plugins/EmbedTemplates" "$harness/Plugins/EmbedTemplates"
# Copied, not linked: the plugin lists the folder, and a link to a folder lists as empty.
rm -rf "$harness/templates" && cp -R "$repo/templates" "$harness/templates"
cat > "$harness/Sources/bench/main.swift" <<'SWIFT'
import Glibc
import MonthEndImport
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "import" {
    exit(ImportBenchmark.runImport(arguments: Array(arguments.dropFirst())))
}
exit(ImportBenchmark.run(arguments: arguments))
SWIFT
cat > "$harness/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "bench",
    dependencies: [.package(url: "https://github.com/jpsim/Yams", from: "6.2.2")],
    targets: [
        .systemLibrary(name: "COpenSSLCrypto", pkgConfig: "libcrypto"),
        .target(name: "MonthEndCore"),
        .target(
            name: "MonthEndImport",
            dependencies: ["MonthEndCore", "COpenSSLCrypto", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedTemplates"]),
        .executableTarget(name: "embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        .executableTarget(name: "bench", dependencies: ["MonthEndImport"]),
    ]
)
SWIFT
(cd "$harness" && swift build -c release --product bench >&2)
bench="$harness/.build/release/bench"
pin=()
if [[ -n "${BENCH_CPU:-}" ]]; then pin=(taskset -c "$BENCH_CPU"); fi

# Runs a command under /usr/bin/time -v and prints one line: wall MB/s, CPU MB/s (user + system:
# on a shared machine wall time mostly measures the neighbours), peak RSS, then the reader's counts.
# Leaves the reader's output line in $last for the cross-checks below.
last=""
timed() {
    local label="$1"
    shift
    local report
    report="$(mktemp)"
    last="$(/usr/bin/time -v -o "$report" "${pin[@]}" "$@" | tail -1)"
    local rss_kb
    rss_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")"
    rm -f "$report"
    local wall="${last##* MB/s=}"
    wall="${wall%% *}"
    local cpu="${last##*cpu_MB/s=}"
    local counts="${last#*encoding=}"
    counts="${counts%% kept=*}"
    counts="${counts%% file_bytes=*}"
    printf '%-15s %8s MB/s wall  %8s MB/s cpu  peak RSS %4d MiB  encoding=%s\n' \
        "$label" "$wall" "$cpu" "$((rss_kb / 1024))" "$counts"
}

counts() { local c="${1#*records=}"; echo "${c%% field_bytes=*}"; }

# Warm the page cache so every reader sees the same conditions.
cat "$data/bench_utf8.csv" "$data/bench_gb18030.csv" > /dev/null

echo "reader: bytes -> CSV records"
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

echo "import: bytes -> typed records (courier bill; Python: csv module only)"
timed "swift utf-8" "$bench" import "$data/bill_utf8.csv"
import_utf8="$last"
timed "swift gb18030" "$bench" import "$data/bill_gb18030.csv"
import_gb="$last"
timed "python utf-8" python3 "$repo/scripts/bench_import.py" read "$data/bill_utf8.csv" utf-8
bill_python_utf8="$last"
timed "python gb18030" python3 "$repo/scripts/bench_import.py" read "$data/bill_gb18030.csv" gb18030
bill_python_gb="$last"
fates() { local c="${1#*rows=}"; echo "${c%% kept=*}"; }
if [[ "$(fates "$import_utf8")" != "$(fates "$import_gb")" ]]; then
    echo "MISMATCH: the UTF-8 and GB18030 bills import differently:" >&2
    echo "  $(fates "$import_utf8")" >&2
    echo "  $(fates "$import_gb")" >&2
    status=1
fi
awk -v su="$(rate "$import_utf8")" -v pu="$(rate "$bill_python_utf8")" -v sg="$(rate "$import_gb")" \
    -v pg="$(rate "$bill_python_gb")" \
    'BEGIN { printf "typed swift / python csv (cpu): utf-8 %.2fx, gb18030 %.2fx\n", su / pu, sg / pg }'
exit $status
