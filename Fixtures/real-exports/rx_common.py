"""Shared pieces of make_real_exports.py: the file model, the writers, the fake company.

A fixture file is a list of physical records (preamble, header, data, footer). Every record after
the header carries its fate (accepted / skipped / rejected with the reason), so the counts in
EXPECTED.yaml are computed from the same rows that are written and always add up.
"""

import codecs
import html
import random
from decimal import Decimal

# The company whose month-end this is (fake). Incoming rows from it are internal transfers.
COMPANY = "深圳市华锐线缆科技有限公司"
COMPANY_TAX_ID = "91440300MA5HRX0K7Q"
OWN_ACCOUNTS = {
    "工商银行": "4000022309200123456",
    "建设银行": "44250100003300001234",
    "招商银行": "755912345610801",
    "农业银行": "41010500040012345",
}

CUSTOMERS = [
    "东莞松山湖电子有限公司",
    "佛山南海照明有限公司",
    "杭州海康智能科技有限公司",
    "苏州工业园区恒达线缆有限公司",
    "上海浦江电子有限公司",
    "成都天府软件有限公司",
    "青岛海川电气有限公司",
    "厦门鹭岛安防工程有限公司",
    "武汉光谷通信设备有限公司",
    "郑州中原弱电工程有限公司",
    "南京紫金网络工程有限公司",
    "无锡太湖传感科技有限公司",
]
# Money paid out: tax, couriers, suppliers, wages, fees.
PAYEES = [
    "国家税务总局深圳市南山区税务局",
    "顺丰速运有限公司",
    "中通快递股份有限公司",
    "江门市蓬江区铜材有限公司",
    "深圳供电局有限公司",
    "深圳市社会保险基金管理局",
]

PERIOD = "2026-10"
AS_OF = "2026-10-31"


class Row:
    """One physical record after the header: its cells and its fate."""

    def __init__(self, cells, fate="accepted", reason=None, **facts):
        self.cells = cells
        self.fate = fate
        self.reason = reason
        self.facts = facts  # amount (Decimal), date (ISO), raw_date, ... for the notes


def skipped(cells, reason, **facts):
    return Row(cells, "skipped", reason, **facts)


def rejected(cells, reason, **facts):
    return Row(cells, "rejected", reason, **facts)


class Fixture:
    """A CSV/TXT file to write, and what a correct reader must conclude about it."""

    def __init__(self, path, encoding, delimiter=",", newline="\r\n"):
        self.path = path
        self.encoding = encoding  # utf-8 | utf-8-bom | gb18030 | utf-16le | utf-16be
        self.delimiter = delimiter
        self.newline = newline
        self.preamble = []  # lists of cells, or raw strings written as they are
        self.header = []
        self.rows = []
        self.expect = {}  # kind / refuse, roles, figures, notes
        self.quote_all = False
        self.trailing_delimiter = False
        self.xlsx = None  # optional (path, sheets) written beside
        self.html = False  # an HTML page under an Excel name (a portal's ".xls"): one <tr> per record

    # -- rendering -----------------------------------------------------------------------
    def _cell(self, text):
        text = "" if text is None else str(text)
        d = self.delimiter
        if self.quote_all or any(c in text for c in (d, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    def _record(self, cells):
        if isinstance(cells, str):
            return cells
        line = self.delimiter.join(self._cell(c) for c in cells)
        if self.trailing_delimiter:
            line += self.delimiter
        return line

    def physical_lines(self, record):
        if self.html:
            return 1
        return self._record(record).count("\n") + 1

    def header_line(self):
        return sum(self.physical_lines(r) for r in self.preamble) + 1

    def text(self):
        records = list(self.preamble) + [self.header] + [r.cells for r in self.rows]
        if self.html:
            return self.html_page(records)
        body = self.newline.join(self._record(r) for r in records) + self.newline
        return body

    def html_page(self, records):
        """The page Java portals send as an Excel download: Office namespaces, the code page in a
        meta tag, text cells marked mso-number-format:"\\@", a title cell spanning the table."""
        charset = "gb2312" if self.encoding == "gb18030" else "utf-8"
        width = len(self.header)
        out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
               f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">',
               '<meta name=ProgId content=Excel.Sheet>',
               '<style>.txt{mso-number-format:"\\@";}</style></head>', "<body>", "<table border=1>"]
        for record in records:
            cells = [html.escape(str(c or "")) for c in record]
            if len(record) == 1 and width > 1:
                out.append(f"<tr><td colspan={width}>{cells[0]}</td></tr>")
            else:
                out.append("<tr>" + "".join(f"<td class=txt>{c}</td>" for c in cells) + "</tr>")
        out += ["</table>", "</body>", "</html>"]
        return "\r\n".join(out) + "\r\n"

    def encoded(self):
        text = self.text()
        if self.encoding == "utf-8":
            return text.encode("utf-8")
        if self.encoding == "utf-8-bom":
            return codecs.BOM_UTF8 + text.encode("utf-8")
        if self.encoding == "gb18030":
            return text.encode("gb18030")
        if self.encoding == "utf-16le":
            return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        if self.encoding == "utf-16be":
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        raise ValueError(self.encoding)

    # -- expectations --------------------------------------------------------------------
    def counts(self):
        c = {"rows": len(self.rows), "accepted": 0, "skipped": 0, "rejected": 0}
        for r in self.rows:
            c[r.fate] += 1
        assert c["accepted"] + c["skipped"] + c["rejected"] == c["rows"]
        return c

    def fates(self):
        """Row fates grouped: {"accepted": n, "skipped: outgoing": n, ...} for the notes."""
        out = {}
        for r in self.rows:
            key = r.fate if r.fate == "accepted" else f"{r.fate}: {r.reason}"
            out[key] = out.get(key, 0) + 1
        return out

    def line_of(self, index):
        """Physical line of the index-th data row (1-based lines)."""
        line = self.header_line() + self.physical_lines(self.header)
        for r in self.rows[:index]:
            line += self.physical_lines(r.cells)
        return line


def money(value):
    return Decimal(value).quantize(Decimal("0.01"))


def fmt2(d):
    return f"{d:.2f}"


def thousands(d):
    return f"{d:,.2f}"


def rng(name):
    """A random source fixed per file, so the corpus is the same on every run."""
    return random.Random("monthend-real-exports/" + name)
