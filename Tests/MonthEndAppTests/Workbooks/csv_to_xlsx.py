"""Writes an .xlsx copy of CSV exports as a portal would: a 汇总 summary sheet first, then one
sheet per CSV with numbers stored as numbers (a waybill of digits too, as Excel does), dates as
serial numbers under a date format, everything else as text.

    python3 csv_to_xlsx.py OUT.xlsx SHEET=IN.csv [SHEET=IN.csv ...]
"""
import csv
import datetime
import re
import sys

import openpyxl

NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$")


def read_text(path):
    raw = open(path, "rb").read()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SystemExit(f"{path}: not UTF-8 or GB18030")


def typed(text):
    if text.startswith('="') and text.endswith('"') and len(text) > 3:
        return text[2:-1], None  # Excel's protection of an ID: what the cell shows, as text
    if NUMBER.match(text) and len(text.replace("-", "").replace(".", "")) <= 15:
        return (float(text) if "." in text else int(text)), None
    match = DATE.match(text)
    if match:
        y, m, d = (int(g) for g in match.groups()[:3])
        try:
            if match.group(4):
                h, mi, s = (int(g) for g in match.groups()[3:])
                return datetime.datetime(y, m, d, h, mi, s), "yyyy-mm-dd hh:mm:ss"
            return datetime.date(y, m, d), "yyyy-mm-dd"
        except ValueError:
            return text, None  # a day that does not exist stays text, as the CSV has it
    return text, None


def main(target, *sheets):
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    summary.append(["账单汇总"])
    for spec in sheets:
        sheet_name, source = spec.split("=", 1)
        rows = list(csv.reader(read_text(source).splitlines(keepends=True)))
        summary.append([sheet_name, len(rows)])
        detail = wb.create_sheet(sheet_name)
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row, start=1):
                if text == "":
                    continue
                value, number_format = typed(text)
                cell = detail.cell(row=r, column=c, value=value)
                if number_format:
                    cell.number_format = number_format
    wb.save(target)


if __name__ == "__main__":
    main(*sys.argv[1:])
