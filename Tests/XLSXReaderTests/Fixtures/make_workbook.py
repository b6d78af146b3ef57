"""Writes the test workbooks the Swift tests read, with openpyxl or (for what openpyxl never
writes, such as inline strings and cells without an address) as raw OOXML parts in a zip.

    python3 make_workbook.py CASE OUT.xlsx
"""
import datetime
import sys
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def shuidian(path):
    """A 数电 export: 信息汇总表 (one row per invoice line) first, 发票基础信息 second."""
    wb = openpyxl.Workbook()
    lines = wb.active
    lines.title = "信息汇总表"
    lines.append(["序号", "数电发票号码", "开票日期", "货物或应税劳务名称", "数量", "单价", "金额", "税率", "税额"])
    lines.append([1, "26442000000123456789", datetime.date(2026, 10, 5), "*电线*BV2.5", 100, 3.1, 310.0, "13%", 40.3])
    lines.append([2, "26442000000123456789", datetime.date(2026, 10, 5), "*胶带*48mm", 20, 5.5, 110.0, "13%", 14.3])
    lines.append([3, "26442000000123456790", datetime.date(2026, 10, 9), "*电线*BV4", 10, 6.0, 60.0, "13%", 7.8])
    for row in lines.iter_rows(min_row=2, min_col=3, max_col=3):
        row[0].number_format = "yyyy-mm-dd"
    basics = wb.create_sheet("发票基础信息")
    basics.append(["数电发票号码", "开票日期", "购买方名称", "金额", "税额", "价税合计", "发票状态"])
    basics.append(["26442000000123456789", datetime.datetime(2026, 10, 5, 14, 23, 1), "华南电子有限公司", 420.0, 54.6, 474.6, "正常"])
    basics.append(["26442000000123456790", datetime.datetime(2026, 10, 9, 9, 0, 0), "远东线缆厂", 60.0, 7.8, 67.8, "正常"])
    for row in basics.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "yyyy/m/d h:mm:ss"
    wb.save(path)


def layout(path):
    """Sparse cells, empty rows, a hidden sheet, text-formatted numbers, a 1904-free workbook."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "运单号码"
    ws["C1"] = "金额"
    ws["A2"] = "00123"
    ws["A2"].number_format = "@"
    ws["C2"] = 12.5
    ws["A5"] = 773012345678
    ws["B5"] = 7.5
    ws["B5"].number_format = "@"
    ws["C5"] = True
    ws["D5"] = 1.5e20
    ws.merge_cells("A7:C7")
    ws["A7"] = "合计"
    hidden = wb.create_sheet("Notes")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "R&D <notes>"
    wb.save(path)


def mac1904(path):
    """A workbook on the 1904 date system (old Mac Excel)."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "日期"
    ws["A1"] = datetime.date(2026, 10, 5)
    ws["A1"].number_format = "yyyy-mm-dd"
    ws["A2"] = datetime.datetime(2026, 10, 31, 18, 30, 0)
    ws["A2"].number_format = "yyyy-mm-dd hh:mm:ss"
    ws["A3"] = datetime.time(14, 23, 1)
    ws["A3"].number_format = "h:mm:ss"
    wb.save(path)


RAW_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row><c t="inlineStr"><is><t>运单号</t></is></c><c t="inlineStr"><is><r><t>金</t></r><r><rPr><b/></rPr><t>额</t></r><rPh sb="0" eb="1"><t>jin e</t></rPh></is></c><c t="inlineStr"><is><t>备注</t></is></c></row>
<row><c><v>773012345678</v></c><c><v>12.199999999999999</v></c><c t="inlineStr"><is><t>line_x000D_
two</t></is></c></row>
<row r="4"><c r="B4" t="e"><v>#N/A</v></c><c t="b"><v>0</v></c><c r="E4" t="str"><f>A2&amp;"x"</f><v>773012345678x</v></c></row>
<row r="5"><c r="A5" t="d"><v>2026-10-05T00:00:00</v></c><c r="B5"><v>1E-3</v></c><c r="C5"><v>-0.30000000000000004</v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>
</worksheet>"""


def raw(path):
    """Parts written by hand: inline strings, rich text with a phonetic run, cells without `r`,
    an error, a boolean, a formula's string result, an ISO date cell; no styles, no shared strings."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>""")
        z.writestr("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""")
        z.writestr("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="明细" sheetId="1" r:id="rId1"/><sheet name="Secret" sheetId="2" state="veryHidden" r:id="rId9"/></sheets>
</workbook>""")
        z.writestr("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
</Relationships>""")
        z.writestr("xl/worksheets/sheet1.xml", RAW_SHEET)


if __name__ == "__main__":
    {"shuidian": shuidian, "layout": layout, "mac1904": mac1904, "raw": raw}[sys.argv[1]](sys.argv[2])
