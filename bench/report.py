#!/usr/bin/env python3
"""The benchmark's table and goal ratios, from the /usr/bin/time -v reports run.sh leaves behind.

    report.py WORK        (WORK holds out-N/ folders: monthend.time, floor.time, pandas.time, ...)

Every size measured so far is shown, whichever invocation measured it, so the 1M run can be done
in its own command and still be set against 100k. Wall time is what the issue's goals name; CPU
time (user + sys) is shown beside it because the machine is shared and wall time moves with load.
"""
import glob
import os
import re
import sys


def measure(path):
    """(wall s, cpu s, peak RSS KB) from a /usr/bin/time -v report, or None."""
    if not os.path.exists(path):
        return None
    text = open(path).read()
    match = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    if not match:
        return None
    wall = 0.0
    for part in match[1].split(":"):
        wall = wall * 60 + float(part)
    cpu = (float(re.search(r"User time \(seconds\): ([\d.]+)", text)[1])
           + float(re.search(r"System time \(seconds\): ([\d.]+)", text)[1]))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)[1])
    return wall, cpu, rss


def read(path, default=""):
    return open(path).read().strip() if os.path.exists(path) else default


def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "-"


def collect(work):
    rows = {}
    for out in glob.glob(os.path.join(work, "out-*")):
        n = int(out.rsplit("-", 1)[1])
        me = measure(os.path.join(out, "monthend.time"))
        if not me:
            continue
        cells = 0
        for line in read(os.path.join(out, "counts.tsv")).splitlines():
            if line and not line.startswith("#"):
                f = line.split("\t")
                cells += sum(int(v) for v in (f[3], f[5], f[6], f[7], f[8]))
        err = read(os.path.join(out, "monthend.time.err"))
        rows[n] = dict(
            me=me, fl=measure(os.path.join(out, "floor.time")), pd=measure(os.path.join(out, "pandas.time")),
            input_rows=int(read(os.path.join(out, "input_rows"), "0")), cells=cells,
            phases=[l[len("timing: "):] for l in err.splitlines() if l.startswith("timing: ")],
            load=read(os.path.join(out, "monthend.load"), "?"), pd_load=read(os.path.join(out, "pandas.load"), "?"))
    return rows


def main():
    rows = collect(sys.argv[1])
    head = ("slips", "in rows", "cells", "monthend", "me cpu", "me MB", "rows/s", "floor", "fl cpu", "fl MB",
            "pandas", "pd cpu", "pd MB", "me/floor", "pd/me", "load")
    print("%9s %9s %10s %9s %9s %6s %8s %8s %8s %6s %9s %9s %6s %8s %7s %5s" % head)
    for n in sorted(rows):
        r = rows[n]
        me, fl, pd = r["me"], r["fl"], r["pd"]
        s = lambda m, i: f"{m[i]:.2f}s" if m else "-"
        mb = lambda m: str(m[2] // 1024) if m else "-"
        print("%9d %9d %10d %9s %9s %6s %8d %8s %8s %6s %9s %9s %6s %8s %7s %5s" % (
            n, r["input_rows"], r["cells"], s(me, 0), s(me, 1), mb(me), r["input_rows"] / me[0] if me[0] else 0,
            s(fl, 0), s(fl, 1), mb(fl), s(pd, 0), s(pd, 1), mb(pd),
            ratio(me[0], fl[0] if fl else 0), ratio(pd[0] if pd else 0, me[0]), r["load"]))
        if r["phases"]:
            print("%9s phases: %s" % ("", "; ".join(r["phases"])))
    print()
    for n in sorted(rows):
        r = rows[n]
        if r["fl"]:
            print(f"goal  whole run vs floor at {n}: {ratio(r['me'][0], r['fl'][0])} wall, "
                  f"{ratio(r['me'][1], r['fl'][1])} cpu (goal <= 1.3x)")
        if r["pd"]:
            print(f"goal  pandas vs monthend at {n}: {ratio(r['pd'][0], r['me'][0])} wall, "
                  f"{ratio(r['pd'][1], r['me'][1])} cpu (goal >= 5x)")
    if 100000 in rows and 1000000 in rows:
        a, b = rows[100000]["me"], rows[1000000]["me"]
        print(f"goal  1M vs 100k time: {ratio(b[0], a[0])} wall, {ratio(b[1], a[1])} cpu (goal <= 11x)")
    if 1000000 in rows:
        print(f"goal  peak memory at 1M: {rows[1000000]['me'][2] / 1024:.0f} MB (goal < 1024 MB)")


if __name__ == "__main__":
    main()
