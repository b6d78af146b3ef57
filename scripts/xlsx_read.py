#!/usr/bin/env python3
"""Print, as JSON, what openpyxl (an independent reader) sees in an .xlsx file.

Used by the XLSXWriter tests to check written workbooks by value. Loads the file twice: once for
formulas as written, once with data_only=True for the cached results libxlsxwriter stored.
Usage: xlsx_read.py FILE.xlsx
"""
import datetime
import json
import sys

import openpyxl


def plain(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def color(c):
    if c is None or c.type != "rgb":
        return None
    return c.rgb


def cell_info(cell, cached):
    info = {
        "value": plain(cell.value),
        "type": type(cell.value).__name__,
        "number_format": cell.number_format,
        "bold": bool(cell.font.b),
        "italic": bool(cell.font.i),
        "font_color": color(cell.font.color),
        "font_size": cell.font.sz,
        "fill": color(cell.fill.fgColor) if cell.fill.fill_type == "solid" else None,
        "border_left": cell.border.left.style,
        "wrap": bool(cell.alignment.wrap_text),
        "horizontal": cell.alignment.horizontal,
        "vertical": cell.alignment.vertical,
    }
    if cell.data_type == "f":
        info["cached"] = plain(cached.value)
        info["cached_type"] = type(cached.value).__name__
    if cell.hyperlink is not None:
        info["hyperlink_location"] = cell.hyperlink.location
    return info


def sheet_info(ws, cached_ws):
    cells = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None and cell.style_id == 0 and cell.hyperlink is None:
                continue
            cells[cell.coordinate] = cell_info(cell, cached_ws[cell.coordinate])
    rules = []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            rules.append({
                "range": str(cf.sqref),
                "type": rule.type,
                "operator": rule.operator,
                "formula": list(rule.formula or []),
                "text": rule.text,
                "fill": color(rule.dxf.fill.bgColor) if rule.dxf and rule.dxf.fill else None,
                "bold": bool(rule.dxf.font.b) if rule.dxf and rule.dxf.font else False,
                "font_color": color(rule.dxf.font.color) if rule.dxf and rule.dxf.font else None,
            })
    # openpyxl groups equal adjacent columns into one dimension spanning min..max (1-based).
    widths = {k: {"min": v.min, "max": v.max, "width": v.width}
              for k, v in ws.column_dimensions.items() if v.customWidth}
    heights = {str(k): v.ht for k, v in ws.row_dimensions.items() if v.ht is not None}
    return {
        "cells": cells,
        "freeze_panes": ws.freeze_panes,
        "auto_filter": ws.auto_filter.ref,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "validations": [
            {"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref)}
            for dv in ws.data_validations.dataValidation
        ],
        "conditional_formats": rules,
        "column_widths": widths,
        "row_heights": heights,
        "charts": len(ws._charts),
        # BarChart covers both column ("col") and bar ("bar") charts.
        "chart_types": [type(c).__name__ + (":" + c.type if hasattr(c, "barDir") else "") for c in ws._charts],
        "orientation": ws.page_setup.orientation,
        "paper_size": ws.page_setup.paperSize,
        "fit_to_page": bool(ws.sheet_properties.pageSetUpPr.fitToPage) if ws.sheet_properties.pageSetUpPr else False,
        # fitToWidth/fitToHeight default to 1 in OOXML when the attribute is absent.
        "fit_to_width": 1 if ws.page_setup.fitToWidth is None else ws.page_setup.fitToWidth,
        "fit_to_height": 1 if ws.page_setup.fitToHeight is None else ws.page_setup.fitToHeight,
        "print_title_rows": ws.print_title_rows,
        "footer": ws.oddFooter.left.text and {
            "left": ws.oddFooter.left.text, "center": ws.oddFooter.center.text, "right": ws.oddFooter.right.text,
        },
        "show_gridlines": ws.sheet_view.showGridLines,
        "tab_color": color(ws.sheet_properties.tabColor) if ws.sheet_properties.tabColor else None,
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    props = wb.properties
    out = {
        "sheets": wb.sheetnames,
        "active": wb.active.title,
        "defined_names": {name: dn.attr_text for name, dn in wb.defined_names.items()},
        "properties": {
            "title": props.title,
            "subject": props.subject,
            "creator": props.creator,
            "description": props.description,
            "created": plain(props.created),
        },
        "worksheets": {ws.title: sheet_info(ws, cached[ws.title]) for ws in wb.worksheets},
    }
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: xlsx_read.py FILE.xlsx\n")
        sys.exit(64)
    main(sys.argv[1])
