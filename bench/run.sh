#!/usr/bin/env bash
# Scale and speed benchmark: monthend against the libxlsxwriter floor and the pandas alternative.
#
#   bench/run.sh [SIZES...]        (default: 10000 100000 1000000 slips)
#
# For each size: generate the month (bench/generate_month.py), run `monthend run` under
# /usr/bin/time -v with MONTHEND_TIMINGS=1, count the cells of the workbook it wrote
# (bench/count_cells.py) and write that many cells with bare libxlsxwriter (bench/floor.c), run
# bench/pandas_month.py on the same month; print one line per figure, then the ratios the issue
# asks for and a table of every size measured so far. Each step's /usr/bin/time report stays in
# $WORK/out-N/, and the table is computed from those files, so a big size can run step by step in
# separate invocations (each under 10 minutes) and still be compared with the smaller ones.
#
# Environment: BENCH_WORK (default /tmp/monthend-bench), BENCH_SEED (default 20261031),
# BENCH_SKIP_BUILD=1 (use the monthend already built in .build-bench), BENCH_MONTHEND=PATH (use
# that binary, e.g. one built from a `git archive` snapshot while others edit the tree),
# BENCH_STEPS (default "monthend floor pandas": which measured steps to run this time).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-/tmp/monthend-bench}"
SEED="${BENCH_SEED:-20261031}"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000 100000 1000000)
mkdir -p "$WORK"
STEPS=" ${BENCH_STEPS:-monthend floor pandas} "

log() { printf '%s\n' "$*"; }

# --- build -----------------------------------------------------------------------------------
MONTHEND="${BENCH_MONTHEND:-$ROOT/.build-bench/release/monthend}"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] && [ -z "${BENCH_MONTHEND:-}" ]; then
    log "building monthend (release, scratch .build-bench)..."
    (cd "$ROOT" && swift build -c release --scratch-path .build-bench --product monthend 2>&1 | tail -3)
fi
[ -x "$MONTHEND" ] || { echo "run.sh: no monthend binary at $MONTHEND" >&2; exit 1; }
gcc -O2 -Wall -o "$WORK/floor" "$ROOT/bench/floor.c" -lxlsxwriter

# --- helpers ---------------------------------------------------------------------------------
# timed TIMEFILE CMD...: runs CMD under /usr/bin/time -v (report in TIMEFILE, output in TIMEFILE.out/.err)
timed() {
    local tf="$1"; shift
    local rc=0
    /usr/bin/time -v -o "$tf" "$@" >"$tf.out" 2>"$tf.err" || rc=$?
    return $rc
}
# wall CPU RSS from a /usr/bin/time -v report
measure() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
        /User time/ { u = $2 } /System time/ { s = $2 }
        /Maximum resident set size/ { m = $2 }
        END { printf "%.2f %.2f %d\n", w, u + s, m }' "$1"
}
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

for N in "${SIZES[@]}"; do
    size_start=$(date +%s)
    DATA="$WORK/month-$N"
    OUT="$WORK/out-$N"
    mkdir -p "$OUT"
    log ""
    log "=== $N slips (load average now: $(cut -d' ' -f1-3 /proc/loadavg)) ==="
    if [ ! -f "$DATA/.done-$SEED" ]; then
        rm -rf "$DATA"
        t0=$(date +%s.%N)
        python3 "$ROOT/bench/generate_month.py" "$N" "$DATA" --seed "$SEED"
        touch "$DATA/.done-$SEED"
        log "generate: $(elapsed "$t0") s, $(du -sh "$DATA" | cut -f1)"
    else
        log "generate: reusing $DATA"
    fi

    if [[ "$STEPS" == *" monthend "* ]]; then
        rm -f "$OUT/monthend.xlsx" "$OUT/monthend.json" "$OUT/monthend.time" "$OUT/counts.tsv"
        cut -d' ' -f1 /proc/loadavg > "$OUT/monthend.load"
        me_rc=0
        MONTHEND_TIMINGS=1 timed "$OUT/monthend.time" "$MONTHEND" run --period 2026-10 \
            --out "$OUT/monthend.xlsx" --json "$OUT/monthend.json" "$DATA" || me_rc=$?
        if [ $me_rc -ne 0 ] || [ ! -f "$OUT/monthend.xlsx" ]; then
            log "monthend run failed (exit $me_rc):"; tail -5 "$OUT/monthend.time.err"
            rm -f "$OUT/monthend.time"; continue
        fi
        read -r me_wall me_cpu me_rss < <(measure "$OUT/monthend.time")
        input_rows=$(python3 -c 'import json,sys; print(sum(i["rows"] for i in json.load(open(sys.argv[1]))["inputs"]))' "$OUT/monthend.json")
        echo "$input_rows" > "$OUT/input_rows"
        log "monthend: $me_wall s wall, $me_cpu s cpu, peak RSS $((me_rss / 1024)) MB"
        log "monthend: $input_rows input rows, $(awk -v n="$input_rows" -v t="$me_wall" 'BEGIN { printf "%d", n / t }') rows/s, $(awk -v n="$N" -v t="$me_wall" 'BEGIN { printf "%d", n / t }') slips/s"
        grep -E '^timing: ' "$OUT/monthend.time.err" | sed -E 's/^timing: /monthend phase: /' || log "monthend phases: (no 'timing:' lines on stderr)"
    fi

    if [[ "$STEPS" == *" floor "* ]] && [ -f "$OUT/monthend.xlsx" ]; then
        if [ ! -s "$OUT/counts.tsv" ]; then
            t0=$(date +%s.%N)
            python3 "$ROOT/bench/count_cells.py" "$OUT/monthend.xlsx" > "$OUT/counts.tsv.tmp"
            mv "$OUT/counts.tsv.tmp" "$OUT/counts.tsv"
            log "count cells of monthend's workbook (openpyxl read_only; in no ratio): $(elapsed "$t0") s"
        fi
        cells=$(awk -F'\t' '!/^#/ { c += $4 + $6 + $7 + $8 + $9 } END { print c }' "$OUT/counts.tsv")
        timed "$OUT/floor.time" "$WORK/floor" "$OUT/counts.tsv" "$OUT/floor.xlsx"
        read -r fl_wall fl_cpu fl_rss < <(measure "$OUT/floor.time")
        log "floor: $fl_wall s wall, $fl_cpu s cpu, peak RSS $((fl_rss / 1024)) MB, $cells cells"
        read -r me_wall me_cpu me_rss < <(measure "$OUT/monthend.time")
        log "monthend vs floor: $(awk -v a="$me_wall" -v b="$fl_wall" 'BEGIN { printf "%.2f", a / b }')x wall (goal <= 1.3x)"
    fi

    if [[ "$STEPS" == *" pandas "* ]]; then
        cut -d' ' -f1 /proc/loadavg > "$OUT/pandas.load"
        if timed "$OUT/pandas.time" python3 "$ROOT/bench/pandas_month.py" "$DATA" "$OUT/pandas.xlsx"; then
            read -r pd_wall pd_cpu pd_rss < <(measure "$OUT/pandas.time")
            log "pandas: $pd_wall s wall, $pd_cpu s cpu, peak RSS $((pd_rss / 1024)) MB"
        else
            log "pandas failed:"; tail -5 "$OUT/pandas.time.err"; rm -f "$OUT/pandas.time"
        fi
    fi
    log "size $N took $(( $(date +%s) - size_start )) s in all"
done

log ""
python3 "$ROOT/bench/report.py" "$WORK"
