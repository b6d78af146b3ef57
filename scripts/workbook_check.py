#!/usr/bin/env python3
"""Reads a MonthEnd workbook with openpyxl (an independent reader) and prints what the tests check,
as JSON: per sheet its cells (values and formulas), stored formula results, number formats of the
first data row, bold and filled rows (by their column A cell), boxed cells, row heights, gridlines,
frozen pane, autofilter, data validations, conditional formats, charts and their series names,
widths, print set-up; and the document properties.

usage: workbook_check.py FILE.xlsx
Exit status 2 when openpyxl is missing, so a test fails with a clear message.
"""
import datetime
import json
import sys

try:
    import openpyxl
except ImportError:
    sys.stderr.write("workbook_check.py: python3 module openpyxl is missing (pip install openpyxl)\n")
    sys.exit(2)


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.strftime("%Y-%m-%d")
    return value


def series_name(series):
    """The legend name of a chart series: a literal, or the cell it refers to; None when unnamed."""
    if series.tx is None:
        return None
    if series.tx.v is not None:
        return series.tx.v
    if series.tx.strRef is not None:
        return "ref:" + series.tx.strRef.f
    return None


def main(path):
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    out = {
        "sheets": formulas.sheetnames,
        "properties": {
            "title": formulas.properties.title,
            "created": formulas.properties.created.strftime("%Y-%m-%dT%H:%M:%SZ") if formulas.properties.created else None,
        },
        "detail": {},
    }
    for name in formulas.sheetnames:
        ws = formulas[name]
        vs = values[name]
        rows = []
        stored = []
        types = []
        for row_f, row_v in zip(ws.iter_rows(), vs.iter_rows()):
            rows.append([plain(c.value) for c in row_f])
            stored.append([plain(c.value) for c in row_v])
            types.append([c.data_type for c in row_f])
        bold_rows = []
        filled_rows = {}
        boxed_cells = []
        for row in ws.iter_rows():
            first = row[0]
            if first.font and first.font.b:
                bold_rows.append(first.row)
            if first.fill is not None and first.fill.fill_type == "solid":
                filled_rows[str(first.row)] = first.fill.fgColor.rgb
            for c in row:
                b = c.border
                if b is not None and all(side is not None and side.style == "thin" for side in (b.left, b.right, b.top, b.bottom)):
                    boxed_cells.append(c.coordinate)
        formats = [c.number_format for c in ws[2]] if ws.max_row >= 2 else []
        header_bold = [bool(c.font and c.font.b) for c in ws[1]]
        charts = []
        series_names = []
        for chart in ws._charts:
            charts.append(type(chart).__name__)
            series_names.append([series_name(s) for s in chart.series])
        out["detail"][name] = {
            "rows": rows,
            "stored": stored,
            "types": types,
            "formats_row2": formats,
            "header_bold": header_bold,
            "bold_rows": bold_rows,
            "filled_rows": filled_rows,
            "boxed_cells": boxed_cells,
            "row_heights": {str(r): d.height for r, d in ws.row_dimensions.items() if d.height is not None},
            "gridlines": ws.sheet_view.showGridLines is not False,
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "validations": [
                {"type": dv.type, "formula": dv.formula1, "range": str(dv.sqref)} for dv in ws.data_validations.dataValidation
            ],
            "conditional": [
                {"range": str(rng.sqref), "formulas": [f for r in rules for f in (r.formula or [])]}
                for rng, rules in ws.conditional_formatting._cf_rules.items()
            ],
            "charts": charts,
            "chart_series": series_names,
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "landscape": ws.page_setup.orientation,
            "fit_width": ws.page_setup.fitToWidth,
            "print_title_rows": ws.print_title_rows,
            "footer": ws.oddFooter.left.text,
            "footer_right": ws.oddFooter.right.text,
        }
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(64)
    main(sys.argv[1])
