#!/usr/bin/env python3
"""Counts the non-empty cells of a workbook per sheet and by type, for bench/floor.c.

    count_cells.py WORKBOOK.xlsx > COUNTS.tsv

MonthEnd's workbook layout is defined by its own code, so the floor does not guess it: it reads
the workbook `monthend run` wrote (openpyxl, read_only, formulas as written) and writes one line
per sheet: name, rows, cols (the used range), strings, string_bytes (UTF-8), numbers, dates,
formulas, booleans. A number whose format is a date reads back as a datetime and counts as a date.
"""
import datetime
import sys

import openpyxl


def count(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    lines = ["# sheet\trows\tcols\tstrings\tstring_bytes\tnumbers\tdates\tformulas\tbooleans"]
    for ws in wb.worksheets:
        rows = cols = 0
        strings = string_bytes = numbers = dates = formulas = booleans = 0
        for r, row in enumerate(ws.iter_rows(), start=1):
            for c, cell in enumerate(row, start=1):
                value = getattr(cell, "value", None)
                if value is None or value == "":
                    continue
                rows = r
                cols = max(cols, c)
                kind = cell.data_type
                if kind == "f":
                    formulas += 1
                elif kind == "b" or isinstance(value, bool):
                    booleans += 1
                elif isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
                    dates += 1
                elif isinstance(value, (int, float)):
                    numbers += 1
                else:
                    strings += 1
                    string_bytes += len(str(value).encode("utf-8"))
        lines.append(f"{ws.title}\t{rows}\t{cols}\t{strings}\t{string_bytes}\t{numbers}\t{dates}\t{formulas}\t{booleans}")
    wb.close()
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: count_cells.py WORKBOOK.xlsx")
    sys.stdout.write(count(sys.argv[1]))
