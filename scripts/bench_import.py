#!/usr/bin/env python3
"""Benchmark inputs and the Python reference for the CSV reader (scripts/bench_import.sh drives it).

  bench_import.py generate DIR [MB]   write DIR/bench_utf8.csv (about MB megabytes, default 100) and
                                      DIR/bench_gb18030.csv, the same text re-encoded as GB18030
  bench_import.py generate-bill DIR [MB]
                                      write DIR/bill_utf8.csv and DIR/bill_gb18030.csv: a courier bill
                                      laid out like SF's monthly statement (12 columns, see `bill_row`)
  bench_import.py read FILE ENCODING [--bytes]
                                      read FILE with Python's csv module; print the counts the Swift
                                      side prints: records, fields and, with --bytes (slower: every
                                      field is re-encoded, so leave it out when timing), the UTF-8
                                      bytes of all fields

The generated rows look like a courier bill exported from Excel: ten columns, six of them quoted
and holding Chinese text, amounts like "¥7,410.35" (¥ is a 4-byte GB18030 sequence), one row in
eight with a CRLF inside a quoted field and one in eight with doubled quotes. Seeded: the same
arguments always give the same bytes.
"""
import csv
import os
import random
import sys
import time

PLACES = ["上海市浦东新区", "北京市朝阳区", "广州市天河区", "深圳市南山区", "杭州市西湖区", "成都市武侯区"]
GOODS = ["线材", "胶带", "纸箱", "标签纸", "缠绕膜", "打包带"]
NOTES = ["易碎", "加急", "到付", "保价", "", "代收货款"]


def row(rng, index):
    amount = rng.randint(100, 99_999_999)
    note = rng.choice(NOTES)
    if index % 8 == 3:
        note += "\r\n第二行备注"
    if index % 8 == 5:
        note += '，规格 5\'10" 箱，"加固"'
    cells = [
        f"SF{7730000000000 + index}",
        f"2026-10-{1 + index % 28:02d} {index % 24:02d}:{index % 60:02d}:00",
        rng.choice(PLACES),
        rng.choice(PLACES),
        rng.choice(GOODS),
        f"{rng.randint(1, 500) / 10:.1f}",
        f"¥{amount // 100:,}.{amount % 100:02d}",
        note,
        f"客户{rng.randint(1, 3000):04d}",
        str(rng.randint(1, 9)),
    ]
    quoted = {2, 3, 4, 6, 7, 8}
    out = []
    for position, cell in enumerate(cells):
        if position in quoted:
            out.append('"' + cell.replace('"', '""') + '"')
        else:
            out.append(cell)
    return ",".join(out) + "\r\n"


PROVINCES = ["广东省", "浙江省", "江苏省", "上海", "北京", "四川省", "湖北省", "福建", "新疆", "西藏"]
ORIGINS = ["广东省深圳市", "广东省广州市", "上海市浦东新区"]
PRODUCTS = ["顺丰标快", "顺丰特快", "顺丰卡航"]
SERVICES = ["运费", "运费", "运费", "保价", "包装费"]
BILL_HEADER = '序号,日期,运单号码,寄件地区,到件地区,"计费重量\n(公斤)",产品类型,服务,费用(元),折扣/促销,应付金额,月结卡号\r\n'


def bill_row(rng, index):
    """One line of a courier bill with the variety real exports have: dates with and without a
    time and in three spellings, one Excel serial in 50; amounts with thousands separators, a ¥
    sign one in 10, negative adjustments in brackets one in 97; accounts Excel-protected as
    ="..." one in 8; one weight in 40 in full-width digits; one cell in 60 padded with U+3000."""
    day = 1 + index % 28
    hour, minute = index % 24, index % 60
    style = index % 50
    if style == 7:
        date = str(46295 + day)  # an Excel serial (46296 is 2026-10-01)
    elif style % 3 == 0:
        date = f"2026-10-{day:02d} {hour:02d}:{minute:02d}:{index % 59:02d}"
    elif style % 3 == 1:
        date = f"2026/10/{day}"
    else:
        date = f"2026-10-{day:02d}"
    weight_tenths = rng.randint(1, 800)
    weight = f"{weight_tenths // 10}.{weight_tenths % 10}"
    if index % 40 == 11:
        weight = weight.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    fee = rng.randint(800, 250_000)
    discount = fee // 10 if index % 5 == 0 else 0
    due = fee - discount

    def money(fen):
        return f"{fen // 100:,}.{fen % 100:02d}"

    amount = money(due)
    if index % 10 == 4:
        amount = "¥" + amount
    if index % 97 == 13:
        amount = f"({amount})"
    account = "0201234567" if index % 3 else "7551234567"
    if index % 8 == 2:
        account = f'="{account}"'
    destination = rng.choice(PROVINCES)
    if index % 60 == 17:
        destination = "\u3000" + destination + "\u3000"
    cells = [
        str(index + 1),
        date,
        f"SF{1000000000000 + rng.randint(0, 8999999999999)}",
        rng.choice(ORIGINS),
        destination,
        weight,
        rng.choice(PRODUCTS),
        rng.choice(SERVICES),
        money(fee),
        money(discount),
        amount,
        account,
    ]
    out = []
    for cell in cells:
        if "," in cell or '"' in cell:
            out.append('"' + cell.replace('"', '""') + '"')
        else:
            out.append(cell)
    return ",".join(out) + "\r\n"


def generate_bill(folder, megabytes):
    os.makedirs(folder, exist_ok=True)
    target = megabytes * 1_000_000
    rng = random.Random(20261031)
    utf8_path = os.path.join(folder, "bill_utf8.csv")
    gb_path = os.path.join(folder, "bill_gb18030.csv")
    head = "顺丰速运月结账单  账单周期:2026-10-01至2026-10-31\r\n" + BILL_HEADER
    written = 0
    with open(utf8_path, "w", encoding="utf-8", newline="") as utf8, \
            open(gb_path, "w", encoding="gb18030", newline="") as gb:
        utf8.write(head)
        gb.write(head)
        written += len(head.encode("utf-8"))
        index = 0
        while written < target:
            lines = "".join(bill_row(rng, index + k) for k in range(1000))
            index += 1000
            utf8.write(lines)
            gb.write(lines)
            written += len(lines.encode("utf-8"))
        tail = f"合计,,,,,,,,,,{index} 票,\r\n"
        utf8.write(tail)
        gb.write(tail)
    for path in (utf8_path, gb_path):
        print(f"{path}: {os.path.getsize(path)} bytes")


def generate(folder, megabytes):
    os.makedirs(folder, exist_ok=True)
    target = megabytes * 1_000_000
    rng = random.Random(20261005)
    utf8_path = os.path.join(folder, "bench_utf8.csv")
    gb_path = os.path.join(folder, "bench_gb18030.csv")
    header = "运单号,寄件时间,始发地,目的地,品名,重量kg,运费,备注,客户,件数\r\n"
    written = 0
    with open(utf8_path, "w", encoding="utf-8", newline="") as utf8, \
            open(gb_path, "w", encoding="gb18030", newline="") as gb:
        utf8.write(header)
        gb.write(header)
        written += len(header.encode("utf-8"))
        index = 0
        while written < target:
            lines = "".join(row(rng, index + k) for k in range(1000))
            index += 1000
            utf8.write(lines)
            gb.write(lines)
            written += len(lines.encode("utf-8"))
    for path in (utf8_path, gb_path):
        print(f"{path}: {os.path.getsize(path)} bytes")


def read(path, encoding, count_bytes):
    size = os.path.getsize(path)
    started = time.monotonic()
    started_cpu = time.process_time()
    records = fields = field_bytes = 0
    with open(path, encoding=encoding, newline="") as handle:
        for record in csv.reader(handle):
            records += 1
            fields += len(record)
            if count_bytes:
                for field in record:
                    field_bytes += len(field.encode("utf-8"))
    seconds = time.monotonic() - started
    cpu = time.process_time() - started_cpu
    shown_bytes = field_bytes if count_bytes else "-"
    print(f"{path}: encoding={encoding} records={records} fields={fields} field_bytes={shown_bytes} "
          f"file_bytes={size} seconds={seconds:.2f} cpu_seconds={cpu:.2f} "
          f"MB/s={size / 1e6 / seconds:.2f} cpu_MB/s={size / 1e6 / cpu:.2f}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "generate-bill":
        generate_bill(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 100)
    elif len(sys.argv) >= 3 and sys.argv[1] == "generate":
        generate(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 100)
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "read":
        read(sys.argv[2], sys.argv[3], sys.argv[4:] == ["--bytes"])
    else:
        sys.exit(__doc__)
