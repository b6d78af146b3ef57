#!/usr/bin/env bash
# Times the import against Python's csv on the same ~100 MB files, UTF-8 and GB18030, and prints
# one line each with MB/s (wall and CPU) and peak RSS (from /usr/bin/time -v):
#   - reader: bytes -> CSV records (MonthEndCSV's CSVBenchmark.run), on a generic ten-column file;
#   - import: bytes -> typed records (ImportBenchmark.runImport: the reader, header and kind
#     detection and every row's fate through Importer), on a twelve-column courier bill; records
#     are folded into a digest and dropped, so peak RSS shows the import's own memory.
#
#   - one_thread rows: the same import as before the decoding thread (two passes, one thread), in
#     the same run, so the gain is measured under the same load;
#   - month: a run's read phase (Importer.run, records kept) over $BENCH_MONTH if that folder
#     exists (default $BENCH_DIR/month-1000000, made by the run benchmarks), two files at a time
#     with decoding threads, and one file after another on one thread.
# Wall MB/s is what a user waits for (the decoding thread works beside the reading one); CPU MB/s
# and CPU seconds say what it costs the machine; "reading thread" is the CPU time of the thread
# that tokenizes and maps (the critical path: on two idle cores the wall time comes close to it,
# while on a busy machine wall time mostly measures the neighbours). Ratios to Python both ways.
#
#   scripts/bench_import.sh [MB]      (default 100; files are cached in $BENCH_DIR, default /tmp/monthend-bench)
#   BENCH_ROUNDS=N (default 5): rounds of the typed import against Python's csv, alternating, for
#   the median ratio.
#   BENCH_CPU=1 pins every run to that CPU with taskset (the machine is shared; this also takes
#   the second core away from the decoding thread, so wall figures then show no gain).
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

source "$repo/bench/harness.sh"
make_harness "$harness" "$repo"
cat > "$harness/Sources/bench/main.swift" <<'SWIFT'
import Glibc
import MonthEndCSV
import MonthEndImport
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "import" {
    exit(ImportBenchmark.runImport(arguments: Array(arguments.dropFirst())))
}
if arguments.first == "month" {
    exit(ImportBenchmark.runMonth(arguments: Array(arguments.dropFirst())))
}
exit(CSVBenchmark.run(arguments: arguments))
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
    local seconds="${last##* seconds=}"
    seconds="${seconds%% *}"
    local cpu_seconds="${last##* cpu_seconds=}"
    cpu_seconds="${cpu_seconds%% *}"
    local thread_seconds="-"
    if [[ "$last" == *main_thread_cpu_seconds=* ]]; then
        thread_seconds="${last##*main_thread_cpu_seconds=}"
        thread_seconds="${thread_seconds%% *}"
    fi
    local counts="${last#*encoding=}"
    counts="${counts#*month: }"
    counts="${counts%% kept=*}"
    counts="${counts%% file_bytes=*}"
    printf '%-26s %8s MB/s wall (%6s s)  %8s MB/s cpu (%6s s, reading thread %5s s)  peak RSS %4d MiB  %s\n' \
        "$label" "$wall" "$seconds" "$cpu" "$cpu_seconds" "$thread_seconds" "$((rss_kb / 1024))" "$counts"
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
wall_rate() { local r="${1##* MB/s=}"; echo "${r%% *}"; }
awk -v su="$(wall_rate "$import_utf8")" -v pu="$(wall_rate "$bill_python_utf8")" -v sg="$(wall_rate "$import_gb")" \
    -v pg="$(wall_rate "$bill_python_gb")" \
    'BEGIN { printf "typed swift / python csv (wall): utf-8 %.2fx, gb18030 %.2fx\n", su / pu, sg / pg }'
digest_of() { local d="${1##*digest=}"; echo "${d%% *}"; }
timed "swift utf-8 one_thread" "$bench" import --one-thread "$data/bill_utf8.csv"
if [[ "$(digest_of "$last")" != "$(digest_of "$import_utf8")" ]]; then
    echo "MISMATCH: the one-thread UTF-8 import gives another digest" >&2
    status=1
fi
timed "swift gb18030 one_thread" "$bench" import --one-thread "$data/bill_gb18030.csv"
if [[ "$(digest_of "$last")" != "$(digest_of "$import_gb")" ]]; then
    echo "MISMATCH: the one-thread GB18030 import gives another digest" >&2
    status=1
fi

# Rounds that alternate the typed import and Python's csv on each file: the machine is shared and a
# single pair of runs can land in different weather, so the ratio is taken per round (both sides
# under the same load) and its median printed.
rounds="${BENCH_ROUNDS:-5}"
mbps() { local r="${1##* MB/s=}"; echo "${r%% *}"; }
for pair in "utf-8 bill_utf8" "gb18030 bill_gb18030"; do
    set -- $pair
    ratios=()
    line="rounds $1 (swift / python MB/s wall):"
    for ((round = 1; round <= rounds; round++)); do
        swift_rate="$(mbps "$("$bench" import "$data/$2.csv" | tail -1)")"
        python_rate="$(mbps "$(python3 "$repo/scripts/bench_import.py" read "$data/$2.csv" "$1" | tail -1)")"
        line+=" $swift_rate/$python_rate"
        ratios+=("$(awk -v s="$swift_rate" -v p="$python_rate" 'BEGIN { printf "%.2f", s / p }')")
    done
    median="$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
    echo "$line  median ratio ${median}x"
done

month="${BENCH_MONTH:-$bench_dir/month-1000000}"
if [[ -d "$month" ]]; then
    cat "$month"/* > /dev/null
    echo "month: a run's read phase ($month)"
    timed "swift run read" "$bench" month "$month"
    month_new="$last"
    timed "swift run read one_thread" "$bench" month --one-thread "$month"
    month_old="$last"
    fates_of() { local f="${1#*files=}"; echo "${f%% one_thread=*}"; }
    if [[ "$(fates_of "$month_new")" != "$(fates_of "$month_old")" ]]; then
        echo "MISMATCH: the run reads differently one file at a time" >&2
        status=1
    fi
fi
exit $status
