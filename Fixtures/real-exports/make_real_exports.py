#!/usr/bin/env python3
"""Writes the real-shaped export corpus of issue 14 and its EXPECTED.yaml.

    python3 Fixtures/real-exports/make_real_exports.py [--check]

Deterministic: the same files byte for byte on every run (fixed random seeds per file, fixed xlsx
timestamps). --check regenerates into memory and fails if a committed file differs.
All names, accounts, tax ids and amounts are made up; the layouts follow the evidence in SOURCES.md.
"""

import io
import os
import re
import sys
import zipfile
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import openpyxl  # noqa: E402  (pip install openpyxl)
import yaml  # noqa: E402

import rx_banks  # noqa: E402
import rx_couriers  # noqa: E402
import rx_others  # noqa: E402
from rx_common import AS_OF, COMPANY, PERIOD, fmt2  # noqa: E402

FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)
FIXED_PROP_TIME = "2026-11-02T09:00:00Z"

MEASURED_UNITS = {"米", "m", "千克", "kg", "公斤", "吨", "t"}


def in_period(iso):
    return iso.startswith(PERIOD)


def as_of(iso):
    return iso <= AS_OF


# -- figures a run of the file alone must print ---------------------------------------------
def payment_figures(f):
    acc = [r for r in f.rows if r.fate == "accepted"]
    taking_part = [r for r in acc if as_of(r.facts["date"])]
    received = sum((r.facts["amount"] for r in taking_part if in_period(r.facts["date"])), Decimal(0))
    unapplied = sum((r.facts["amount"] for r in taking_part), Decimal(0))
    return {"receivables.payments": len(taking_part), "receivables.received_in_period": fmt2(received),
            "receivables.unidentified_payments": len(taking_part), "receivables.applied_total": "0.00",
            "receivables.unapplied_total": fmt2(unapplied)}


def bill_figures(f):
    acc = [r for r in f.rows if r.fate == "accepted"]
    return {"courier.bill_lines": len(acc),
            "courier.billed_total": fmt2(sum((r.facts["amount"] for r in acc), Decimal(0)))}


def slip_figures(f):
    acc = [r for r in f.rows if r.fate == "accepted"]
    return {"courier.slips": sum(1 for r in acc if in_period(r.facts["date"])), "courier.bill_lines": 0}


def invoice_figures(f, fold=False):
    """Invoices as the reconciler counts them (RECONCILE.md §2): every accepted invoice dated on or
    before the as-of date, a credit note included with its negative amount. A run of the file alone
    has no payments; a credit note goes to the customer's open invoice of exactly its amount, else
    first in first out by due date. Due = invoice date + 30 days (no terms in these exports)."""
    acc = [r for r in f.rows if r.fate == "accepted" and as_of(r.facts["date"])]
    invoices = {}
    for r in acc:
        key = r.facts["invoice_no"] if fold else id(r)
        inv = invoices.setdefault(key, {"date": r.facts["date"], "amount": Decimal(0),
                                        "customer": r.facts["customer"], "no": r.facts["invoice_no"]})
        inv["amount"] += r.facts["amount"]
    positives = sorted((v for v in invoices.values() if v["amount"] > 0),
                       key=lambda v: (due_of(v["date"]), v["date"], v["no"]))
    for v in positives:
        v["open"] = v["amount"]
    for note in sorted((v for v in invoices.values() if v["amount"] < 0), key=lambda v: v["date"]):
        left = -note["amount"]
        own = [v for v in positives if v["customer"] == note["customer"] and v["open"] > 0]
        exact = [v for v in own if v["open"] == left]
        for v in (exact[:1] or own):
            take = min(left, v["open"])
            v["open"] -= take
            left -= take
            if not left:
                break
    aging = {"current": Decimal(0), "1-30": Decimal(0), "31-60": Decimal(0), "61-90": Decimal(0), "90+": Decimal(0)}
    for v in positives:
        days = (date.fromisoformat(AS_OF) - due_of(v["date"])).days
        bucket = "current" if days <= 0 else "1-30" if days <= 30 else "31-60" if days <= 60 else \
            "61-90" if days <= 90 else "90+"
        aging[bucket] += v["open"]
    figures = {"receivables.invoices": len(invoices),
               "receivables.invoiced_in_period": fmt2(sum((v["amount"] for v in invoices.values()
                                                           if in_period(v["date"])), Decimal(0))),
               "receivables.outstanding_total": fmt2(sum(v["open"] for v in positives))}
    for bucket, value in aging.items():
        figures[f"receivables.aging.{bucket}"] = fmt2(value)
    return figures


def due_of(iso):
    return date.fromisoformat(iso[:10]) + timedelta(days=30)


def stock_figures(f):
    costs = f.expect.get("costs", {})
    variance_items = not_counted = 0
    shortage = surplus = Decimal(0)
    book_list = []
    for name, spec, unit, book, counted in f.expect["items"]:
        book = Decimal(book)
        book_list.append({"name": name, "spec": spec, "unit": unit, "book": int(book) if book == book.to_integral() else str(book),
                          "counted": (int(counted) if counted else "not counted")})
        if counted == "":
            not_counted += 1
            continue
        variance = Decimal(counted) - book
        tolerance = book * Decimal("0.005") if unit in MEASURED_UNITS else Decimal(0)
        if abs(variance) > tolerance:
            variance_items += 1
        cost = Decimal(costs.get(f"{name}|{spec}", "0"))
        if variance < 0:
            shortage += -variance * cost
        elif variance > 0:
            surplus += variance * cost
    figures = {"stock.items": sum(1 for r in f.rows if r.fate == "accepted"), "stock.variance_items": variance_items,
               "stock.not_counted": not_counted, "stock.not_on_book": 0, "stock.shortage_value": fmt2(shortage),
               "stock.surplus_value": fmt2(surplus), "stock.net_variance_value": fmt2(surplus - shortage)}
    return figures, book_list


def order_figures(f):
    acc = [r for r in f.rows if r.fate == "accepted"]
    return {"orders.placed": sum(1 for r in acc if in_period(r.facts["date"])), "orders.completed": "unknown",
            "orders.remaining": "unknown"}


# -- EXPECTED entry ---------------------------------------------------------------------------
def entry(f):
    e = {}
    if "refuse" in f.expect:
        e["refuse"] = f.expect["refuse"]
        e["encoding"] = f.encoding
        e["delimiter"] = f.delimiter
        e["header_line"] = f.header_line()
        e["notes"] = f.expect.get("notes", [])
        return e
    kind = f.expect["kind"]
    e["kind"] = kind
    e["encoding"] = f.encoding
    e["delimiter"] = f.delimiter
    e["header_line"] = f.header_line()
    e.update(f.counts())
    if kind == "payments":
        e["figures"] = payment_figures(f)
    elif kind == "courier_bill":
        e["figures"] = bill_figures(f)
    elif kind == "courier_slips":
        e["figures"] = slip_figures(f)
    elif kind == "invoices":
        e["figures"] = invoice_figures(f, fold=f.expect.get("per_line", False))
    elif kind == "stock_count":
        e["figures"], books = stock_figures(f)
    elif kind == "orders":
        e["figures"] = order_figures(f)
    else:
        e["figures"] = {}
    if "alternative" in f.expect:
        e["or_refuse"] = f.expect["alternative"]["refuse"]
    e["roles"] = f.expect["roles"]
    if "direction_words" in f.expect:
        e["direction_words"] = f.expect["direction_words"]
    if kind == "stock_count":
        e["items"] = books
    notes = {"row_fates": f.fates(), "evidence": "SOURCES.md"}
    dated = [r for r in f.rows if "raw_date" in r.facts]
    if dated:
        notes["dates_resolved"] = {r.facts["raw_date"]: r.facts["date"] for r in dated}
    notes["lines"] = lines_of_fates(f)
    notes["remarks"] = f.expect.get("notes", [])
    e["notes"] = notes
    return e


def lines_of_fates(f):
    """Physical line numbers of the rows that are not accepted, with their fate."""
    out = {}
    for i, r in enumerate(f.rows):
        if r.fate != "accepted":
            out[f.line_of(i)] = f"{r.fate}: {r.reason}"
    return out


# -- xlsx -------------------------------------------------------------------------------------
def numeric(text):
    t = text.replace(",", "").strip()
    if re.fullmatch(r"[+-]?\d+\.\d{2}", t):
        return float(t)
    return text


def sheet_from(ws, f, numbers=True):
    for rec in f.preamble:
        ws.append([rec] if isinstance(rec, str) else list(rec))
    ws.append(list(f.header))
    for r in f.rows:
        ws.append([numeric(c) if numbers else c for c in r.cells])


def xlsx_ccb(f):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "交易明细_1234_20261001_20261031"
    sheet_from(ws, f)
    return wb, {"sheet": ws.title, "header_row": f.header_line()}


def xlsx_best(f):
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    acc = [r for r in f.rows if r.fate == "accepted"]
    total = sum((r.facts["amount"] for r in acc), Decimal(0))
    for row in [["百世快递客户对账单"], ["客户名称", COMPANY], ["账单月份", "2026-10"], ["票数", len(acc)],
                ["总费用", float(total)], ["说明", "明细见“账单明细”页"]]:
        summary.append(row)
    summary.merge_cells("A1:D1")
    detail = wb.create_sheet("账单明细")
    sheet_from(detail, f)
    return wb, {"sheet": "账单明细", "header_row": f.header_line(),
                "first_sheet": "汇总 (label/value summary, no table: not the data)"}


def xlsx_invoices(f):
    lines = rx_others.invoice_lines()
    wb = openpyxl.Workbook()
    basic = wb.active
    basic.title = "发票基础信息"
    sheet_from(basic, f, numbers=True)
    detail = wb.create_sheet("信息汇总表")
    sheet_from(detail, lines, numbers=True)
    return wb, {"sheet": "发票基础信息", "header_row": 1,
                "other_sheets": "信息汇总表 (per invoice line, the same invoices as invoices/数电_信息汇总表_202610.csv "
                                "but other numbers; must not be added to 发票基础信息)"}


def xlsx_bytes(wb):
    wb.properties.creator = "MonthEnd fixtures"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_PROP_TIME.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    return out.getvalue()


# -- main -------------------------------------------------------------------------------------
def build():
    files = {}
    expected = {}
    for module in (rx_banks, rx_couriers, rx_others):
        for make in module.ALL:
            f = make()
            files[f.path] = f.encoded()
            expected[f.path] = entry(f)
            if f.xlsx:
                path, maker = f.xlsx
                wb, where = globals()[maker](f)
                files[path] = xlsx_bytes(wb)
                e = {k: v for k, v in expected[f.path].items() if k not in ("encoding", "delimiter", "header_line")}
                e = {"container": "xlsx", **where, "same_as": f.path, **e}
                e["notes"] = {"remarks": ["the same rows as " + f.path + ", cells numeric where the portal writes "
                                          "numbers; today's reader leaves .xlsx out with a note (INPUTS.md), the "
                                          "XLSX reader (issue 15) must reach these figures"]}
                expected[path] = e
    config = (f"# Configuration for runs over Fixtures/real-exports (the figures in EXPECTED.yaml assume it).\n"
              f"company:\n  name: \"{COMPANY}\"\n")
    files["monthend.yaml"] = config.encode("utf-8")
    head = ("# What a correct reader must conclude about each file of Fixtures/real-exports (issue 14).\n"
            "# Generated by make_real_exports.py from the same rows it writes: counts add up by construction.\n"
            "# Per file, in the JSON summary's words (OUTPUTS.md): kind (or refuse: reason), encoding,\n"
            "# delimiter, header_line, rows, accepted, skipped, rejected; figures: dotted keys of the summary of\n"
            "# a run of that file ALONE with\n"
            "#   monthend run --period 2026-10 --as-of 2026-10-31 --config Fixtures/real-exports/monthend.yaml FILE\n"
            "# (no customer master, so every accepted payment is unidentified). \"unknown\" means the reader must\n"
            "# say unknown, not 0. roles: field -> header word the reader must use. notes: row fates by line\n"
            "# (physical 1-based lines), resolved dates, remarks. Reasons not yet in SkipReason: internal\n"
            "# transfer, zero amount, self pickup, section title (proposed in SOURCES.md).\n")
    body = yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)
    files["EXPECTED.yaml"] = (head + body).encode("utf-8")
    return files


def main():
    check = "--check" in sys.argv
    files = build()
    bad = []
    for rel, data in sorted(files.items()):
        path = os.path.join(HERE, rel)
        if check:
            if not os.path.exists(path) or open(path, "rb").read() != data:
                bad.append(rel)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            out.write(data)
    if check:
        if bad:
            print("differs from the generator:", *bad, sep="\n  ")
            return 1
        print(f"{len(files)} files match the generator")
        return 0
    print(f"wrote {len(files)} files under {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
