#!/usr/bin/env bash
# Compares the typed import (the `import` line of scripts/bench_import.sh: ImportBenchmark.runImport
# over the 100 MB courier bill) of this checkout against another checkout, e.g. a detached worktree
# of an older commit, on the same bytes:
#
#   git worktree add --detach /work/wt-base 1313383
#   scripts/bench_import_compare.sh /work/wt-base [ROUNDS]     (default 7 rounds)
#
# Each checkout's own bench_import.sh builds its harness (only its build part is run, with the
# checkout's sources), in $BENCH_DIR/base and $BENCH_DIR/new (default /tmp/monthend-bench-compare),
# both reading the files of $BENCH_DATA (default /tmp/monthend-bench/data-100mb, made if missing).
# Then rounds alternate base and new on each file, and one line per round prints wall MB/s, CPU
# seconds and the reading thread's CPU seconds of both, with new / base ratios (MB/s wall, CPU
# seconds base / new, so above 1 means new is faster); medians of the ratios at the end. The
# digests of both must agree, or the comparison stops. Load (`uptime`) is printed before and after.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
base="$(cd "${1:?usage: bench_import_compare.sh BASE_CHECKOUT [ROUNDS]}" && pwd)"
rounds="${2:-7}"
bench_dir="${BENCH_DIR:-/tmp/monthend-bench-compare}"
data="${BENCH_DATA:-/tmp/monthend-bench/data-100mb}"

if [[ ! -s "$data/bill_gb18030.csv" ]]; then
    python3 "$repo/scripts/bench_import.py" generate "$data" 100 >&2
    python3 "$repo/scripts/bench_import.py" generate-bill "$data" 100 >&2
fi

# Runs the part of a checkout's bench_import.sh that builds its harness (everything before the
# line that names the built binary), with that checkout as the repository.
build_harness() {
    local checkout="$1" dir="$2"
    mkdir -p "$dir"
    ln -sfn "$data" "$dir/data-100mb"
    sed -e '/^bench="\$harness/,$d' -e "s|^repo=.*|repo=\"$checkout\"|" "$checkout/scripts/bench_import.sh" \
        | BENCH_DIR="$dir" bash -s 100 >&2
}
build_harness "$base" "$bench_dir/base"
build_harness "$repo" "$bench_dir/new"
base_bench="$bench_dir/base/harness/.build/release/bench"
new_bench="$bench_dir/new/harness/.build/release/bench"

field() { local v="${1##* $2=}"; echo "${v%% *}"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load before: $(uptime)"
status=0
for file in bill_utf8 bill_gb18030; do
    cat "$data/$file.csv" > /dev/null
    wall_ratios=() cpu_ratios=() thread_ratios=() base_threads=() new_threads=()
    echo "$file: round  base MB/s cpu_s thread_s | new MB/s cpu_s thread_s | wall new/base, cpu base/new, thread base/new"
    for ((round = 1; round <= rounds; round++)); do
        old="$("$base_bench" import "$data/$file.csv" | tail -1)"
        new="$("$new_bench" import "$data/$file.csv" | tail -1)"
        if [[ "$(field "$old" digest)" != "$(field "$new" digest)" ]]; then
            echo "MISMATCH: digest $(field "$old" digest) (base) vs $(field "$new" digest) (new)" >&2
            status=1
        fi
        read -r wall cpu thread < <(awk -v bw="$(field "$old" MB/s)" -v nw="$(field "$new" MB/s)" \
            -v bc="$(field "$old" cpu_seconds)" -v nc="$(field "$new" cpu_seconds)" \
            -v bt="$(field "$old" main_thread_cpu_seconds)" -v nt="$(field "$new" main_thread_cpu_seconds)" \
            'BEGIN { printf "%.3f %.3f %.3f\n", nw / bw, bc / nc, bt / nt }')
        wall_ratios+=("$wall") cpu_ratios+=("$cpu") thread_ratios+=("$thread")
        base_threads+=("$(field "$old" main_thread_cpu_seconds)") new_threads+=("$(field "$new" main_thread_cpu_seconds)")
        printf '%s: %5d  %8s %6s %6s | %8s %6s %6s | %sx %sx %sx  digest %s\n' "$file" "$round" \
            "$(field "$old" MB/s)" "$(field "$old" cpu_seconds)" "$(field "$old" main_thread_cpu_seconds)" \
            "$(field "$new" MB/s)" "$(field "$new" cpu_seconds)" "$(field "$new" main_thread_cpu_seconds)" \
            "$wall" "$cpu" "$thread" "$(field "$new" digest)"
    done
    printf '%s: median ratios: wall %sx, cpu %sx, reading thread %sx; reading thread median %s s (base) vs %s s (new)\n' \
        "$file" "$(printf '%s\n' "${wall_ratios[@]}" | median)" "$(printf '%s\n' "${cpu_ratios[@]}" | median)" \
        "$(printf '%s\n' "${thread_ratios[@]}" | median)" \
        "$(printf '%s\n' "${base_threads[@]}" | median)" "$(printf '%s\n' "${new_threads[@]}" | median)"
done
echo "load after: $(uptime)"
exit $status
