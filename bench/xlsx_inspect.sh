#!/usr/bin/env bash
# The .xlsx read as a user sees it: `monthend inspect` of the same 100k-row bill as CSV and as
# .xlsx (whole process: screening every sheet, SHA-256, every row mapped to its fate), and the read
# phase of `monthend run --no-store` (MONTHEND_TIMINGS=1), in alternating rounds; prints every
# round, then the medians of wall, CPU and of the per-round ratios xlsx/CSV, with the load.
#
#   bench/xlsx_inspect.sh [ROUNDS] [N]     (default 7 rounds, 100000 rows)
#
# Environment: BENCH_DIR (default /tmp/monthend-bench; the files bench/xlsx_read.sh writes, made
# by it when missing), MONTHEND (default this tree's .build/release/monthend), BENCH_RUN=0 to leave
# out the `run` rounds (a run also writes the workbook: ~5 s each).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-7}"
n="${2:-100000}"
bench_dir="${BENCH_DIR:-/tmp/monthend-bench}"
data="$bench_dir/xlsx-$n"
bin="${MONTHEND:-$repo/.build/release/monthend}"
[[ -x "$bin" ]] || { echo "xlsx_inspect.sh: no monthend at $bin (swift build -c release)" >&2; exit 1; }
[[ -s "$data/bill.xlsx" ]] || "$repo/bench/xlsx_read.sh" "$n" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "load before: $(uptime | sed 's/.*load average: //')"
# Each process is timed from Python: wall by perf_counter, CPU (user + system) and peak RSS by wait4.
python3 - "$bin" "$data" "$n" "$rounds" "$work" "${BENCH_RUN:-1}" <<'PY'
import os, statistics, subprocess, sys, time
bin, data, n, rounds, work, with_run = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6] != "0"

def timed(args, env=None):
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=work, env=env)
    out = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(args)} failed:\n{out}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out

def inspect(file):
    wall, cpu, peak, out = timed([bin, "inspect", file])
    if f"rows: {n} = {n} accepted" not in out:
        sys.exit(f"inspect {file}: not every row accepted:\n{out}")
    return wall, cpu, peak

def read_phase(file):
    env = dict(os.environ, MONTHEND_TIMINGS="1")
    *_, out = timed([bin, "run", "--no-store", "--quiet", "--period", "2026-10", "--out", work + "/out.xlsx", file], env)
    return float(next(line.split()[2] for line in out.splitlines() if line.startswith("timing: read ")))

rows = []
for round in range(1, rounds + 1):
    csv, xlsx = inspect(data + "/bill.csv"), inspect(data + "/bill.xlsx")
    phases = (read_phase(data + "/bill.csv"), read_phase(data + "/bill.xlsx")) if with_run else None
    rows.append((csv, xlsx, phases))
    line = f"{round}: inspect CSV wall {csv[0]:.3f} cpu {csv[1]:.3f} | xlsx wall {xlsx[0]:.3f} cpu {xlsx[1]:.3f}"
    print(line + (f" | run read phase CSV {phases[0]:.3f} xlsx {phases[1]:.3f}" if phases else ""), flush=True)
med = statistics.median
for name, index in (("CSV ", 0), ("xlsx", 1)):
    walls, cpus = [r[index][0] for r in rows], [r[index][1] for r in rows]
    print(f"inspect {name}: wall {med(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f})  cpu {med(cpus):.3f} s"
          f"  peak {med(r[index][2] for r in rows):.0f} MB")
print(f"inspect xlsx/CSV, median of {len(rows)} rounds' ratios: wall {med(r[1][0] / r[0][0] for r in rows):.2f}x"
      f"  cpu {med(r[1][1] / r[0][1] for r in rows):.2f}x")
if with_run:
    print(f"run read phase: CSV {med(r[2][0] for r in rows):.3f} s  xlsx {med(r[2][1] for r in rows):.3f} s"
          f"  ratio {med(r[2][1] / r[2][0] for r in rows):.2f}x")
PY
echo "load after: $(uptime | sed 's/.*load average: //')"
