#!/usr/bin/env python3
"""Writes a synthetic month (period 2026-10) of exports at N courier slips, in the shapes of
INPUTS.md and the real-shaped samples (shapes only, no data copied), for the scale benchmark.

    generate_month.py N OUTDIR [--seed S]

Deterministic per (N, seed): the same arguments give the same bytes. Rows are streamed to the
files in batches, so memory stays flat in N (only the N/200 customer names and a small ring of
pending duplicate bill lines are held). Invoices are a pure function of their index, so payments
can name and pay them without keeping the invoice list.

What a month of N slips contains (rates are per slip, drawn from one seeded stream):
- 寄件登记 (slips register): UTF-8, CRLF, a title line; ~55% 顺丰 / 45% 中通; ~3% 到付/第三方付;
  ~2% we pay but are not billed; some `="..."` protected ids; ~10% chargeable to the customer.
- 顺丰 bill: GB18030, a title line, a header cell with a line break, one row per fee item (运费,
  ~15% 保价, ~2% 包装服务), a 合计 row with the column totals.
- 中通 bill: UTF-8 with BOM, one row per waybill with 运费/保价费/合计费用, ~1% `.0`-damaged ids,
  a few ids in scientific notation (rejected by design).
- On the bills: ~1% lines for waybills we never sent, ~0.5% duplicate lines, ~20% of collect slips
  billed anyway, ~1.5% weight mismatches, ~1.5% fee mismatches, a few unreadable weights.
- 价格表 (rate card) for both couriers over 25 of 31 provinces; 客户档案 (N/200 customers);
  发票 (N/10, GB18030 数电 export, ~1% void, ~0.5% credit notes); 回款 (N/12 bank rows with
  借方/贷方 columns, chronological, memos naming invoice numbers sometimes, ~5% outgoing, ~3% from
  unknown payers); 盘点表 (UTF-16LE TSV with BOM, N/100 items); 订单台账 (N/20 orders).
"""
import argparse
import datetime
import os
import random
import sys

PERIOD_YEAR, PERIOD_MONTH = 2026, 10
BATCH = 20000

# (full name, short name) of the 31 mainland provinces.
PROVINCES = [
    ("北京市", "北京"), ("天津市", "天津"), ("河北省", "河北"), ("山西省", "山西"),
    ("内蒙古自治区", "内蒙古"), ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"),
    ("上海市", "上海"), ("江苏省", "江苏"), ("浙江省", "浙江"), ("安徽省", "安徽"),
    ("福建省", "福建"), ("江西省", "江西"), ("山东省", "山东"), ("河南省", "河南"),
    ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"), ("广西壮族自治区", "广西"),
    ("海南省", "海南"), ("重庆市", "重庆"), ("四川省", "四川"), ("贵州省", "贵州"),
    ("云南省", "云南"), ("西藏自治区", "西藏"), ("陕西省", "陕西"), ("甘肃省", "甘肃"),
    ("青海省", "青海"), ("宁夏回族自治区", "宁夏"), ("新疆维吾尔自治区", "新疆"),
]
# The rate card leaves these out: lines there get no fee check.
UNPRICED = {"西藏", "新疆", "青海", "宁夏", "内蒙古", "海南"}

CITIES = ["深圳", "广州", "东莞", "佛山", "上海", "杭州", "苏州", "南京", "无锡", "宁波", "北京", "天津",
          "武汉", "长沙", "成都", "重庆", "西安", "郑州", "青岛", "济南", "厦门", "福州", "合肥", "南昌",
          "昆明", "贵阳", "南宁", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原", "兰州", "珠海", "中山",
          "惠州", "常州", "温州", "绍兴"]
WORDS = ["光电", "智能", "线缆", "电子", "通信", "安防", "网络", "照明", "传感", "楼宇", "数据", "电气",
         "弱电", "信息", "软件", "科技", "机电", "自动化", "精密", "新能源", "工程", "系统", "电力", "光纤",
         "仪表", "半导体", "材料", "设备", "物联", "云计算", "视讯", "数码", "能源", "环境", "医疗", "轨道",
         "储能", "汽车电子", "家居", "建设"]
FORMS = ["有限公司", "股份有限公司", "科技有限公司", "工程有限公司"]
STAFF = ["陈静", "赵敏", "孙浩", "王磊", "刘洋", "张伟", "李娜", "周婷"]
SALES = ["王磊", "刘洋", "张伟", "李娜", "周婷", "吴强"]
PEOPLE = ["张建国", "李秀英", "王海燕", "刘军", "陈晓明", "杨帆", "黄丽", "赵刚"]
SUPPLIERS = ["深圳市顺丰速运有限公司", "上海中通快递服务有限公司", "国网深圳供电局", "深圳市宝安区物业管理公司",
             "中国电信股份有限公司深圳分公司"]
STOCK_ITEMS = [
    ("超五类网线", "CAT5e 305米/箱", "箱"), ("六类网线", "CAT6 305米/箱", "箱"), ("电源线", "RVV 2×1.0", "米"),
    ("电源线", "RVV 3×1.5", "米"), ("同轴电缆", "SYV-75-5", "卷"), ("封箱胶带", "48mm×100m", "卷"),
    ("绝缘胶带", "PVC 18mm×10m", "卷"), ("美纹纸胶带", "24mm×50m", "卷"), ("双面胶", "12mm×10m", "卷"),
    ("扎带", "4×200mm 100根/包", "包"), ("线槽", "PVC 40×20", "根"), ("水晶头", "RJ45 100个/盒", "盒"),
    ("光纤跳线", "SC-LC 3m", "根"), ("护套线", "BVV 2×2.5", "米"), ("铜芯线", "BV 4mm²", "千克"),
]
LOCATIONS = ["主仓", "二号仓", "东莞仓"]

SELLER = "深圳市联拓线缆有限公司"
SELLER_ID = "91440300MA5XXXXXXX"


def yuan(fen):
    """Fen as a plain two-decimal string, exact (integer arithmetic only)."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def yuan_grouped(fen):
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def kg(tenths):
    return f"{tenths // 10}.{tenths % 10}"


def mix64(x):
    """splitmix64 finaliser: a per-index hash, so a record is a pure function of its index."""
    x = (x + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return x ^ (x >> 31)


class Sink:
    """A file written in batches of lines, in one encoding, with CRLF endings."""

    def __init__(self, path, encoding, bom=b""):
        self.f = open(path, "wb")
        self.f.write(bom)
        self.encoding = encoding
        self.lines = []

    def add(self, line):
        self.lines.append(line)
        if len(self.lines) >= BATCH:
            self.flush()

    def flush(self):
        if self.lines:
            self.f.write(("\r\n".join(self.lines) + "\r\n").encode(self.encoding))
            self.lines = []

    def close(self):
        self.flush()
        self.f.close()


class Month:
    def __init__(self, n, outdir, seed):
        self.n = n
        self.outdir = outdir
        self.seed = seed
        self.rng = random.Random(seed)
        self.customer_count = max(5, n // 200)
        self.invoice_count = max(10, n // 10)
        self.payment_count = max(8, n // 12)
        self.item_count = max(10, n // 100)
        self.order_count = max(10, n // 20)
        self.customers = [self.customer_name(i) for i in range(self.customer_count)]
        self.rates = self.rate_card()
        self.days = [datetime.date(PERIOD_YEAR, PERIOD_MONTH, d) for d in range(1, 32)]

    # ---- customers ------------------------------------------------------------------------

    def customer_name(self, i):
        city = CITIES[i % len(CITIES)]
        word = WORDS[(i // len(CITIES)) % len(WORDS)]
        form = FORMS[(i // (len(CITIES) * len(WORDS))) % len(FORMS)]
        generation = i // (len(CITIES) * len(WORDS) * len(FORMS))
        extra = "" if generation == 0 else f"第{generation + 1}"
        return f"{city}{extra}{word}{form}"

    def customer_alias(self, i):
        return self.customers[i].replace("股份有限公司", "集团").replace("有限公司", "集团")

    def has_alias(self, i):
        return mix64(self.seed * 7919 + i) % 3 == 0

    def write_customers(self):
        out = Sink(os.path.join(self.outdir, "客户档案.csv"), "utf-8", b"\xef\xbb\xbf")
        out.add("客户编码,客户名称,别名,业务员,账期(天)")
        for i, name in enumerate(self.customers):
            h = mix64(self.seed * 104729 + i)
            alias = self.customer_alias(i) if self.has_alias(i) else ""
            terms = (30, 45, 60, 90)[h % 4]
            out.add(f"C{i + 1:05d},{name},{alias},{SALES[(h >> 8) % len(SALES)]},{terms}")
        out.close()

    # ---- rate card and courier ------------------------------------------------------------

    def rate_card(self):
        """(courier key, short province) -> (first kg tenths, first fen, additional fen per kg, step tenths)."""
        rng = random.Random(self.seed * 31 + 1)
        rates = {}
        for _, short in PROVINCES:
            if short in UNPRICED:
                continue
            rates[("SF", short)] = (10, rng.randint(12, 23) * 100, rng.randint(2, 9) * 100, 5)
            rates[("ZTO", short)] = (10, rng.randint(5, 16) * 100, rng.randint(3, 6) * 100, 10)
        return rates

    def write_rate_card(self):
        out = Sink(os.path.join(self.outdir, "价格表.csv"), "utf-8")
        out.add("快递公司,目的省份,首重(kg),首重价格,续重价格(元/kg),续重单位(kg)")
        for i, (full, short) in enumerate(PROVINCES):
            for courier, label in (("SF", "顺丰"), ("ZTO", "中通快递")):
                rate = self.rates.get((courier, short))
                if rate is None:
                    continue
                first, first_fen, add_fen, step = rate
                place = full if i % 2 == 0 else short
                out.add(f"{label},{place},{kg(first).rstrip('0').rstrip('.')},{first_fen // 100},"
                        f"{add_fen // 100},{kg(step).rstrip('0').rstrip('.')}")
        out.close()

    @staticmethod
    def chargeable(tenths, rate):
        first, _, _, step = rate
        c = -(-tenths // step) * step
        return max(first, c)

    @staticmethod
    def freight(chargeable_tenths, rate):
        """Rate-card freight in fen at a chargeable weight (already a multiple of the step)."""
        first, first_fen, add_fen, _ = rate
        extra = chargeable_tenths - first
        # add_fen is whole yuan, so extra * add_fen / 10 is exact fen.
        return first_fen + extra * add_fen // 10

    def date_text(self, day, style):
        if style < 55:
            return f"{day.year}-{day.month:02d}-{day.day:02d}"
        if style < 80:
            return f"{day.year}/{day.month}/{day.day}"
        if style < 95:
            return f"{day.year}年{day.month}月{day.day}日"
        return f"{day.year}-{day.month:02d}-{day.day:02d} {8 + style % 10:02d}:{style * 7 % 60:02d}:{style * 13 % 60:02d}"

    def write_courier(self):
        rng = self.rng
        d = self.outdir
        slips = Sink(os.path.join(d, "寄件登记2026-10.csv"), "utf-8")
        sf = Sink(os.path.join(d, "顺丰月结账单_202610.csv"), "gb18030")
        zto = Sink(os.path.join(d, "中通对账单10月.csv"), "utf-8", b"\xef\xbb\xbf")
        slips.add("2026年10月 寄件登记表")
        slips.add("寄件日期,快递公司,运单号,月结账号,客户名称,订单号,用途,重量(kg),目的省份,付款方式,是否向客户收费,经办人")
        sf.add("顺丰速运月结账单  账单周期:2026-10-01至2026-10-31")
        sf.add('序号,日期,运单号码,寄件地区,到件地区,"计费重量\n(公斤)",产品类型,服务,费用(元),折扣/促销,应付金额,月结卡号')
        zto.add("扫描时间,运单号,目的省份,结算重量,运费,保价费,合计费用,月结账号")

        sf_seq = 0
        sf_total = 0
        pending = []  # (due slip index, sink, line builder args) for duplicates emitted later
        stats = dict(slips=0, sf_lines=0, zto_lines=0, not_billed=0, not_shipped=0, duplicates=0,
                     collect=0, collect_billed=0, weight=0, fee=0)
        n = self.n
        customers = self.customers
        ncust = len(customers)
        days = self.days
        order_count = self.order_count
        rates = self.rates
        extra_ids = n  # waybill index space beyond n: bill lines we never sent

        def sf_id(k):
            return f"SF{(k * 7340033 + 1234567891) % 10_000_000_000_000:013d}"

        def zto_id(k):
            return f"7{(k * 9999991 + 23456789) % 100_000_000_000:011d}"

        def sf_line(waybill, day, dest_full, weight_text, service, fee_fen):
            nonlocal sf_seq, sf_total
            sf_seq += 1
            sf_total += fee_fen
            stats["sf_lines"] += 1
            date = f"2026-10-{day.day:02d}" if sf_seq % 3 else f"2026-10-{day.day:02d} {9 + sf_seq % 9:02d}:{sf_seq % 60:02d}:{sf_seq * 7 % 60:02d}"
            return (f"{sf_seq},{date},{waybill},广东省深圳市,{dest_full},{weight_text},顺丰标快,{service},"
                    f"{yuan(fee_fen)},0.00,{yuan(fee_fen)},0201234567")

        def zto_line(waybill, day, dest_short, weight_text, freight_fen, insured_fen):
            stats["zto_lines"] += 1
            date = f"2026/10/{day.day}" if day.day % 2 else f"2026-10-{day.day:02d} {10 + day.day % 8}:{day.day * 3 % 60:02d}:00"
            return (f"{date},{waybill},{dest_short},{weight_text},{yuan(freight_fen)},{yuan(insured_fen)},"
                    f"{yuan(freight_fen + insured_fen)},ZT8800123")

        for i in range(n):
            r = rng.random()
            is_sf = r < 0.55
            day = days[int(rng.random() * 31)]
            p = int(rng.random() * 31)
            full, short = PROVINCES[p]
            # weights skew small: 0.3 .. 30.0 kg in tenths
            w = int(rng.random() ** 2 * 297) + 3
            c = int(rng.random() * ncust)
            u = rng.random()  # the fate of this slip
            if u < 0.03:
                pay = "到付" if u < 0.025 else "第三方付"
                stats["collect"] += 1
            else:
                pay = ("月结", "寄付月结", "寄付", "月结")[i % 4]
            billed = not (0.03 <= u < 0.05) and (u >= 0.03 or u < 0.006)
            if 0.03 <= u < 0.05:
                stats["not_billed"] += 1
            charge = ("是", "否", "Y", "N", "", "否", "", "N", "否", "")[i % 10]
            purpose = ("发货", "发货", "寄样", "文件")[i % 4]
            courier = "SF" if is_sf else "ZTO"
            waybill = sf_id(i) if is_sf else zto_id(i)
            slip_waybill = waybill
            if not is_sf and i % 197 == 98:
                slip_waybill = f'"=""{waybill}"""'
            place = full if i % 3 else short
            slip_weight = kg(w) if i % 151 != 75 else ""  # a few slips without weight
            slips.add(f"{self.date_text(day, i % 100)},{'顺丰速运' if is_sf else '中通'},{slip_waybill},"
                      f"{'0201234567' if is_sf else 'ZT8800123'},{customers[c]},SO2610{i % order_count:06d},"
                      f"{purpose},{slip_weight},{place},{pay},{charge},{STAFF[i % len(STAFF)]}")
            stats["slips"] += 1
            if not billed:
                continue
            if u < 0.006:
                stats["collect_billed"] += 1
            rate = rates.get((courier, short))
            step = 5 if is_sf else 10
            # the courier bills the chargeable weight; where no contract price applies, the weight as is
            billed_w = max(10, -(-w // step) * step) if rate else w
            v = rng.random()
            if v < 0.015:
                billed_w += step * (2 + int(rng.random() * 4))  # more than the 0.5 kg tolerance
                stats["weight"] += 1
            fee_fen = self.freight(billed_w, rate) if rate else 800 + billed_w * 40
            if 0.015 <= v < 0.03 and rate:
                fee_fen += (100, 250, 500, -50, 1000)[i % 5]
                stats["fee"] += 1
            weight_text = kg(billed_w) if i % 4999 != 2500 else "约3kg"  # a handful of unreadable weights
            if is_sf:
                line = sf_line(waybill, day, full, weight_text, "运费", fee_fen)
                sf.add(line)
                extra = rng.random()
                if extra < 0.15:
                    sf.add(sf_line(waybill, day, full, weight_text, "保价", 100 + int(extra * 3000)))
                elif extra < 0.17:
                    sf.add(sf_line(waybill, day, full, weight_text, "包装服务", 500))
                if v > 0.995:
                    pending.append((i + 40, "sf", (waybill, day, full, weight_text, "运费", fee_fen)))
            else:
                insured = 0 if rng.random() < 0.85 else 10 + int(rng.random() * 400)
                shown = waybill
                if i % 101 == 50:
                    shown = waybill + ".0"
                elif i % 9973 == 4986:
                    shown = f"{int(waybill) / 1e11:.5f}E+11"  # Excel lost digits: rejected
                zto.add(zto_line(shown, day, short if i % 5 else full, weight_text, fee_fen, insured))
                if v > 0.995:
                    pending.append((i + 40, "zto", (waybill, day, short, weight_text, fee_fen, insured)))
            if rng.random() < 0.01:
                # billed for a waybill we never sent
                k = extra_ids
                extra_ids += 1
                stats["not_shipped"] += 1
                if is_sf:
                    sf.add(sf_line(sf_id(k), day, full, kg(billed_w), "运费", fee_fen))
                else:
                    zto.add(zto_line(zto_id(k), day, short, kg(billed_w), fee_fen, 0))
            while pending and pending[0][0] <= i:
                _, which, args = pending.pop(0)
                stats["duplicates"] += 1
                if which == "sf":
                    sf.add(sf_line(*args))
                else:
                    zto.add(zto_line(*args))
        for _, which, args in pending:
            stats["duplicates"] += 1
            (sf if which == "sf" else zto).add(sf_line(*args) if which == "sf" else zto_line(*args))
        sf.add(f'合计,,,,,,,,"{yuan_grouped(sf_total)}",0.00,"{yuan_grouped(sf_total)}",')
        for s in (slips, sf, zto):
            s.close()
        return stats

    # ---- receivables ----------------------------------------------------------------------

    INVOICE_START = datetime.date(2026, 5, 1)
    INVOICE_DAYS = 184  # 2026-05-01 .. 2026-10-31

    def invoice(self, k):
        """Invoice k as a pure function of (seed, k): number, date, customer, net, tax, status."""
        h = mix64(self.seed * 1_000_003 + k)
        day = self.INVOICE_START + datetime.timedelta(days=k * self.INVOICE_DAYS // self.invoice_count)
        number = f"2644{(k * 7919 + 1_234_567_890_123) % 10**16:016d}"
        customer = h % self.customer_count
        net = 50_000 + (h >> 20) % 4_950_000  # 500.00 .. 50,000.00 yuan in fen
        tax = (net * 13 + 50) // 100
        kind = (h >> 48) % 1000
        status = "作废" if kind < 10 else ("红冲" if kind < 15 else "正常")
        seconds = (h >> 36) % 36000
        return number, day, customer, net, tax, status, 8 * 3600 + seconds

    def write_invoices(self):
        out = Sink(os.path.join(self.outdir, "发票基础信息导出.csv"), "gb18030")
        out.add("序号,发票代码,发票号码,数电发票号码,销方识别号,销方名称,购方识别号,购买方名称,开票日期,金额,税额,"
                "价税合计,发票来源,发票票种,发票状态,是否正数发票,开票人,备注")
        for k in range(self.invoice_count):
            number, day, c, net, tax, status, secs = self.invoice(k)
            name = self.customers[c] + (" " if k % 37 == 0 else "")
            stamp = f"{day.isoformat()} {secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}"
            gross = net + tax
            if status == "红冲" and k > 0:
                # a credit note reversing an earlier invoice of the same customer, in full
                orig = k - 1
                onum, _, oc, onet, otax, _, _ = self.invoice(orig)
                name = self.customers[oc]
                net, tax, gross = -onet, -otax, -(onet + otax)
                note = f"对应蓝字发票号码:{onum}"
                positive = "否"
                shown_status = "正常"
            else:
                note = ""
                positive = "是"
                shown_status = "作废" if status == "作废" else "正常"
            gross_text = f'"{yuan_grouped(gross)}"' if k % 2 else yuan(gross)
            out.add(f"{k + 1},,,{number},{SELLER_ID},{SELLER},914403007XXXXXXXXX,{name},{stamp},{yuan(net)},"
                    f"{yuan(tax)},{gross_text},电子发票服务平台,数电票(增值税专用发票),{shown_status},{positive},陈静,{note}")
        out.close()

    def write_payments(self):
        """A bank statement in date order: incoming payments for invoices, outgoing rows, stray credits."""
        rng = random.Random(self.seed * 977 + 5)
        out = Sink(os.path.join(self.outdir, "回款明细.csv"), "utf-8")
        out.add("账号:4000023209100123456,户名:深圳市联拓线缆有限公司")
        out.add("起止日期:2026-05-01至2026-10-31")
        out.add("交易日期,交易流水号,对方户名,对方账号,借方发生额,贷方发生额,余额,摘要")
        balance = 1_000_000_00
        start = datetime.date(2026, 5, 20)
        span = (datetime.date(2026, 10, 31) - start).days + 1
        for j in range(self.payment_count):
            day = start + datetime.timedelta(days=j * span // self.payment_count)
            ref = f"2026{j + 1:012d}"
            kind = rng.random()
            debit = credit = 0
            if kind < 0.05:
                payee = SUPPLIERS[j % len(SUPPLIERS)]
                debit = 10_000 + int(rng.random() * 2_000_000)
                memo = ("运费", "电费", "物业费", "手续费", "宽带费")[j % 5]
                party = payee
            elif kind < 0.08:
                party = PEOPLE[j % len(PEOPLE)]
                credit = 50_000 + int(rng.random() * 3_000_000)
                memo = "货款"
            else:
                # pay an invoice issued some 15-75 days before this date
                lag = 15 + int(rng.random() * 60)
                target = (day - datetime.timedelta(days=lag) - self.INVOICE_START).days
                k = max(0, min(self.invoice_count - 1, target * self.invoice_count // self.INVOICE_DAYS
                               + int(rng.random() * 40) - 20))
                number, _, c, net, tax, status, _ = self.invoice(k)
                gross = net + tax
                party = self.customer_alias(c) if self.has_alias(c) and j % 4 == 0 else self.customers[c]
                m = rng.random()
                if kind < 0.13 and k + 1 < self.invoice_count:
                    # two invoices in one payment, both named
                    n2, _, c2, net2, tax2, _, _ = self.invoice(k + 1)
                    credit = gross + (net2 + tax2 if c2 == c else 0)
                    memo = f"{number}/{n2}" if c2 == c else f"付{number}货款"
                elif kind < 0.23:
                    credit = gross * (30 + int(rng.random() * 60)) // 100  # a part payment
                    memo = "货款"
                else:
                    credit = gross
                    memo = ("10月货款", "货款", f"付{number}货款", f"货款 发票号{number}", "")[int(m * 5)]
            balance += credit - debit
            debit_text = yuan(debit) if debit else ""
            credit_text = (f'"{yuan_grouped(credit)}"' if j % 3 == 0 else yuan(credit)) if credit else ""
            out.add(f"{day.isoformat()},{ref},{party},6222{(j * 7907) % 10**12:012d},{debit_text},"
                    f"{credit_text},{yuan(balance)},{memo}")
        out.close()

    # ---- stock and orders -----------------------------------------------------------------

    def write_stock(self):
        rng = random.Random(self.seed * 613 + 7)
        out = Sink(os.path.join(self.outdir, "线材胶带盘点表2026年10月.txt"), "utf-16-le", b"\xff\xfe")
        out.add("2026年10月线材胶带盘点表")
        out.add("盘点日期\t2026-10-31\t仓库\t主仓")
        out.add("")
        out.add("序号\t物料编码\t物料名称\t规格型号\t单位\t仓库\t期初数量\t本月入库\t本月出库\t账存数量\t实盘数量\t单价\t备注")
        for k in range(self.item_count):
            name, spec, unit = STOCK_ITEMS[k % len(STOCK_ITEMS)]
            code = f"0{(k * 7 + 100000) % 10**6:06d}" if k < 900_000 else f"{k:07d}"
            location = LOCATIONS[(k // len(STOCK_ITEMS)) % len(LOCATIONS)]
            measured = unit in ("米", "千克")
            scale = 100 if measured else 1  # hundredths for measured units
            opening = int(rng.random() * 500 * scale)
            received = int(rng.random() * 200 * scale)
            issued = int(rng.random() * (opening + received))
            book = opening + received - issued
            cost = 100 + int(rng.random() * 80000)
            r = rng.random()

            def q(v):
                if measured:
                    text = f"{v // 100}.{v % 100:02d}"
                    return f"{v // 100:,}.{v % 100:02d}" if k % 7 == 0 else text
                return str(v)

            counted = book
            note = ""
            if r < 0.05:
                counted = ""
                note = "未盘"
            elif r < 0.15:
                counted = max(0, book + (int(rng.random() * 7) - 3) * (scale if not measured else 37))
            book_text = q(book)
            if 0.15 <= r < 0.16:
                book_text = q(book + scale)  # the book column does not add up
            if r > 0.995:
                # counted but not on the book at all
                out.add(f"{k + 1}\t{code}\t{name}\t{spec}\t{unit}\t{location}\t\t\t\t\t{q(3 * scale)}\t{yuan(cost)}\t盘盈")
                continue
            counted_text = q(counted) if counted != "" else ""
            out.add(f"{k + 1}\t{code}\t{name}\t{spec}\t{unit}\t{location}\t{q(opening)}\t{q(received)}\t{q(issued)}"
                    f"\t{book_text}\t{counted_text}\t{yuan(cost)}\t{note}")
        out.add("合计\t\t\t\t\t\t\t\t\t\t\t\t")
        out.close()

    def write_orders(self):
        rng = random.Random(self.seed * 389 + 11)
        out = Sink(os.path.join(self.outdir, "订单台账.csv"), "utf-8", b"\xef\xbb\xbf")
        out.add("订单编号,下单日期,客户名称,订单金额,订单状态,完成日期")
        start = datetime.date(2026, 8, 1)
        for k in range(self.order_count):
            day = start + datetime.timedelta(days=int(rng.random() * 92))
            c = int(rng.random() * self.customer_count)
            amount = 100_000 + int(rng.random() * 80_000) * 100
            r = rng.random()
            if r < 0.7:
                status = "已完成"
                done = (day + datetime.timedelta(days=3 + int(rng.random() * 30))).isoformat()
            else:
                status = ("生产中", "待发货", "已发货")[k % 3]
                done = ""
            date = day.isoformat() if k % 2 else f"{day.year}/{day.month}/{day.day}"
            out.add(f"SO2610{k:06d},{date},{self.customers[c]},{yuan(amount)},{status},{done}")
        out.close()

    def write_all(self):
        os.makedirs(self.outdir, exist_ok=True)
        self.write_customers()
        self.write_rate_card()
        stats = self.write_courier()
        self.write_invoices()
        self.write_payments()
        self.write_stock()
        self.write_orders()
        stats.update(customers=self.customer_count, invoices=self.invoice_count, payments=self.payment_count,
                     items=self.item_count, orders=self.order_count)
        return stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of courier slips")
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=20261031)
    args = parser.parse_args()
    if args.n < 100:
        parser.error("N must be at least 100")
    stats = Month(args.n, args.outdir, args.seed).write_all()
    print(" ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
