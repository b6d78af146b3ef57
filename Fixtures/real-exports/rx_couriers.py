"""Courier bills (顺丰, 百世, 中通, 韵达, 中通快运) and a warehouse outbound list, with fake waybills."""

from decimal import Decimal

from rx_common import Fixture, Row, fmt2, money, rejected, rng, skipped, thousands

PROVINCES = ["广东省", "浙江省", "江苏省", "上海市", "北京市", "四川省", "湖北省", "福建省", "山东省", "河南省",
             "湖南省", "安徽省", "新疆维吾尔自治区", "西藏自治区", "海南省"]


def short(province):
    return province.replace("维吾尔自治区", "").replace("自治区", "").replace("省", "").replace("市", "")


def sf_bill():
    """顺丰 月结账单 明细 as CSV: title row, header cells with line breaks, dates without a year
    (10-01), one row per fee item (服务 运费 / 保价), 合计 and an empty 理赔费用 block at the bottom."""
    r = rng("sf_bill")
    f = Fixture("couriers/顺丰_月结账单明细_202610.csv", "gb18030")
    f.preamble = [["顺丰速运月结账单明细  月结卡号:0201234567  账单周期:2026-10-01至2026-10-31"]]
    f.header = ["序号", "日期", "运单号码", "寄件地区", "到件地区", "计费重量\n(公斤)", "产品类型", "服务", "费用\n（元）",
                "折扣/促销", "应付金额", "月结卡号"]
    # A parcel sent on 30 September and billed on this October bill: 09-30 is 2026-09-30.
    n = 1
    total = Decimal("23.00")
    late = f"SF{r.randint(10**12, 10**13 - 1)}"
    f.rows.append(Row(["1", "09-30", late, "广东省深圳市", "江苏省", "2.0", "顺丰标快", "运费", "23.00", "0.00", "23.00",
                       "0201234567"], amount=Decimal("23.00"), date="2026-09-30", raw_date="09-30", waybill=late,
                      fee_type="运费"))
    for i in range(14):
        day = 1 + i * 2
        waybill = f"SF{r.randint(10**12, 10**13 - 1)}"
        weight = Decimal(r.choice(["0.5", "1.0", "1.5", "2.0", "3.0", "4.5", "7.0"]))
        fee = money(12 + weight * 4 + r.randint(0, 5))
        disc = money(fee * Decimal("0.1")) if i % 3 == 0 else Decimal("0.00")
        dest = r.choice(PROVINCES)
        product = r.choice(["顺丰标快", "顺丰特快"])
        items = [("运费", fee, disc)]
        if i in (2, 7, 11):
            items.append(("保价", Decimal("2.00"), Decimal("0.00")))
        for service, fee_, disc_ in items:
            n += 1
            pay = fee_ - disc_
            total += pay
            cells = [str(n), f"10-{day:02d}", waybill, "广东省深圳市", dest, f"{weight}", product, service, fmt2(fee_), fmt2(disc_), fmt2(pay), "0201234567"]
            f.rows.append(Row(cells, amount=pay, date=f"2026-10-{day:02d}", raw_date=f"10-{day:02d}",
                              waybill=waybill, fee_type=service))
    f.rows.append(skipped(["合计", "", "", "", "", "", "", "", "", "", thousands(total), ""], "total"))
    f.rows.append(skipped([""], "blank"))
    f.rows.append(skipped(["理赔费用"], "footer"))
    f.rows.append(skipped(["合 计", "", "", "", "", "", "", "", "", "", "0.00", ""], "total"))
    f.expect = {"kind": "courier_bill", "date_year_from_period": True, "roles": {
        "courier_bill.waybill": "运单号码", "courier_bill.ship_date": "日期",
        "courier_bill.amount": "应付金额", "courier_bill.fee_type": "服务",
        "courier_bill.weight_kg": "计费重量\\n(公斤)", "courier_bill.destination": "到件地区",
        "courier_bill.account": "月结卡号"},
        "notes": ["dates are 09-30, 10-01 … 10-27 without a year: with --period 2026-10 they are 2026-09-30, "
                  "2026-10-01 … 2026-10-27 (September is one month away: same year), and inspect must say the "
                  "year was taken from the period",
                  "three waybills have a second row with 服务 = 保价 (2.00): a fee item of the same waybill, "
                  "not a duplicate",
                  "header cells 计费重量⏎(公斤) and 费用⏎（元） hold line breaks, so the header record spans "
                  "lines 2-4 (header_line is 2)",
                  "at the bottom: 合计 row, a blank row, the title of an empty 理赔费用 block (one text cell) "
                  "and its own total written 合 计 (with a space)"]}
    return f


def best_bill():
    """百世快递 客户账单 明细 (CSV of the 账单明细 sheet) with 入网日期, 增值费用 and a 总费用 line."""
    r = rng("best_bill")
    f = Fixture("couriers/百世快递_账单明细_202610.csv", "gb18030")
    f.preamble = [["百世快递客户对账单", "", "客户名称：深圳市华锐线缆科技有限公司", "", "账单月份：2026年10月"]]
    f.header = ["序号", "运单号", "入网日期", "目的省份", "目的城市", "计费重量", "运费", "增值费用", "结算金额", "备注"]
    total = Decimal(0)
    n = 0
    waybills = []
    for i in range(12):
        n += 1
        waybill = f"55{r.randint(10**10, 10**11 - 1)}"
        waybills.append(waybill)
        weight = Decimal(r.choice(["0.3", "0.8", "1", "1.2", "2", "3.5"]))
        freight = money(r.choice([3.2, 3.5, 4.0, 4.5, 6.0]) + float(max(weight - 1, 0)) * 1.5)
        extra = Decimal("1.00") if i in (3, 8) else Decimal("0.00")
        amount = freight + extra
        total += amount
        when = f"2026-10-{2 + i * 2:02d} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        prov = r.choice(PROVINCES)
        cells = [str(n), waybill, when, prov, "市辖区", f"{weight}", fmt2(freight), fmt2(extra), fmt2(amount),
                 "保价" if extra else ""]
        f.rows.append(Row(cells, amount=amount, date=when[:10], waybill=waybill))
    # Value-added fee items billed on rows of their own: 运费 empty, 增值费用 filled, same waybill.
    for w in (waybills[1], waybills[6]):
        n += 1
        amount = Decimal("3.00")
        total += amount
        cells = [str(n), w, "2026-10-30 00:00:00", "", "", "", "", fmt2(amount), fmt2(amount), "增值服务费"]
        f.rows.append(Row(cells, amount=amount, date="2026-10-30", waybill=w, fee_item="增值费用"))
    total_text = f"{total.normalize():f}"
    f.rows.append(skipped(["总费用", total_text], "total"))
    f.expect = {"kind": "courier_bill", "roles": {
        "courier_bill.waybill": "运单号", "courier_bill.ship_date": "入网日期", "courier_bill.amount": "结算金额",
        "courier_bill.freight": "运费", "courier_bill.weight_kg": "计费重量", "courier_bill.destination": "目的省份"},
        "notes": ["入网日期 (the date the parcel entered the network) is the ship date word",
                  "two waybills have a second row carrying only 增值费用 (3.00, 备注 增值服务费): a fee item of "
                  "their waybill, not a duplicate waybill",
                  f"last line `总费用,{total_text}`: a total (issue 14: it was rejected as a data row)"]}
    f.xlsx = ("couriers/百世快递_账单_202610.xlsx", "xlsx_best")
    return f


def zto_bill():
    """中通 网点 对账单: 扫描时间 as 10月1日 (no year), 保价费 column, weights of 0, a pivot subtotal."""
    r = rng("zto_bill")
    f = Fixture("couriers/中通_网点对账单_202610.csv", "utf-8-bom")
    f.header = ["扫描时间", "运单号", "目的省份", "结算重量", "运费", "保价费", "合计费用", "月结账号"]
    total = Decimal(0)
    fr = Decimal(0)
    ins = Decimal(0)
    for i in range(13):
        day = 1 + i * 2
        waybill = f"7{r.randint(10**10, 10**11 - 1)}"
        weight = "0" if i in (4, 9) else r.choice(["0.5", "1", "1.35", "2", "3.2", "5"])
        freight = money(r.choice([3.5, 4.0, 4.5, 5.5, 7.0, 9.0]))
        insured = Decimal("1.50") if i in (2, 10) else Decimal("0.00")
        amount = freight + insured
        total += amount
        fr += freight
        ins += insured
        cells = [f"10月{day}日", waybill, short(r.choice(PROVINCES)), weight, fmt2(freight), fmt2(insured),
                 fmt2(amount), "ZT8800123"]
        f.rows.append(Row(cells, amount=amount, date=f"2026-10-{day:02d}", raw_date=f"10月{day}日",
                          waybill=waybill, weight="none" if weight == "0" else weight))
    f.rows.append(skipped(["", "", "", "", fmt2(fr), fmt2(ins), fmt2(total), ""], "total"))
    f.rows.append(skipped(["", "", "", "", "", "", "", ""], "blank"))
    f.rows.append(skipped(["", "总计", "", "", fmt2(fr), fmt2(ins), fmt2(total), ""], "total"))
    f.expect = {"kind": "courier_bill", "date_year_from_period": True, "roles": {
        "courier_bill.waybill": "运单号", "courier_bill.ship_date": "扫描时间", "courier_bill.amount": "合计费用",
        "courier_bill.freight": "运费", "courier_bill.weight_kg": "结算重量",
        "courier_bill.destination": "目的省份", "courier_bill.account": "月结账号"},
        "notes": ["dates 10月1日 … 10月25日 take the year 2026 from --period",
                  "two rows have 结算重量 0: no weight (not a 0 kg parcel), accepted",
                  "保价费 is a fee component of the line (合计费用 = 运费 + 保价费), not a separate line",
                  "after the data: an amount-only row with every key cell empty (pivot subtotal), a row of "
                  "empty cells, then 总计 in the waybill column"]}
    return f


def yunda_bill():
    """韵达 网点 账单 re-saved by Excel on a month-first locale: 合计XX元 above the header, 10/1/2026."""
    r = rng("yunda_bill")
    f = Fixture("couriers/韵达_账单_202610.csv", "utf-8-bom")
    rows = []
    total = Decimal(0)
    for i in range(10):
        day = [1, 3, 5, 8, 13, 17, 21, 26, 30, 31][i]
        waybill = f"43{r.randint(10**10, 10**11 - 1)}"
        weight = r.choice(["0.4", "1", "1.6", "2.3"])
        fee = money(r.choice([3.0, 3.3, 3.8, 4.6]))
        total += fee
        rows.append((f"10/{day}/2026", f"2026-10-{day:02d}", waybill, weight, fee))
    # One parcel collected on the 1st of the next month, billed in this file: accepted, dated 2026-11-01.
    w = f"43{r.randint(10**10, 10**11 - 1)}"
    rows.append(("11/1/2026", "2026-11-01", w, "1", Decimal("3.30")))
    total += Decimal("3.30")
    f.preamble = [[f"合计{fmt2(total)}元"]]
    f.header = ["快递单号", "揽收时间", "目的省", "结算重量", "结算费用", "客户名称"]
    for raw, iso, waybill, weight, fee in rows:
        f.rows.append(Row(["`" + waybill, raw, short(r.choice(PROVINCES)), weight, fmt2(fee), "华锐线缆"],
                          amount=fee, date=iso, raw_date=raw, waybill=waybill))
    f.expect = {"kind": "courier_bill", "roles": {
        "courier_bill.waybill": "快递单号", "courier_bill.ship_date": "揽收时间", "courier_bill.amount": "结算费用",
        "courier_bill.weight_kg": "结算重量", "courier_bill.destination": "目的省"},
        "notes": ["the first line `合计NNN.NN元` is above the header: preamble, not a total row of data",
                  "dates are month-first (Excel on an M/D/YYYY locale): 10/13/2026, 10/17/2026, 10/21/2026, "
                  "10/26/2026, 10/30/2026, 10/31/2026 can only be month-first, which decides the order for "
                  "the whole file: 10/1/2026 is 2026-10-01 and 11/1/2026 is 2026-11-01 (accepted; outside "
                  "the period, still a bill line of this file)",
                  "客户名称 is our own short name, not a field of the bill",
                  "every 快递单号 starts with a backtick (`4312…): Excel protection, undone"]}
    return f


def zto_freight_bill():
    """中通快运 对账单: a freight (LTL) bill with slip-like columns (寄件人, 收件单位, 付款方式)."""
    r = rng("zto_freight")
    f = Fixture("couriers/中通快运_对账单_202610.csv", "gb18030")
    f.preamble = [["中通快运客户对账单"], ["客户：深圳市华锐线缆科技有限公司", "", "结算周期：2026.10.01-2026.10.31"]]
    f.header = ["序号", "开单日期", "运单号", "寄件人", "收件单位", "目的地", "件数", "重量(kg)", "体积(m³)", "付款方式",
                "运费", "送货费", "保价费", "应收金额"]
    total = Decimal(0)
    for i in range(8):
        day = 2 + i * 3
        waybill = f"ZY{r.randint(10**11, 10**12 - 1)}"
        weight = r.choice([35, 48, 60, 82, 120, 156])
        freight = money(weight * r.choice([1.1, 1.25, 1.4]))
        deliver = Decimal("20.00") if i % 2 == 0 else Decimal("0.00")
        insured = Decimal("5.00") if i == 5 else Decimal("0.00")
        amount = freight + deliver + insured
        total += amount
        cells = [str(i + 1), f"2026.10.{day:02d}", waybill, r.choice(["陈静", "赵敏"]),
                 r.choice(["佛山南海照明有限公司", "东莞松山湖电子有限公司", "苏州工业园区恒达线缆有限公司"]),
                 r.choice(PROVINCES), str(r.randint(2, 9)), str(weight), f"{weight / 250:.2f}", "月结",
                 fmt2(freight), fmt2(deliver), fmt2(insured), fmt2(amount)]
        f.rows.append(Row(cells, amount=amount, date=f"2026-10-{day:02d}", waybill=waybill))
    f.rows.append(skipped(["合计", "", "", "", "", "", "", "", "", "", "", "", "", fmt2(total)], "total"))
    f.expect = {"kind": "courier_bill", "roles": {
        "courier_bill.waybill": "运单号", "courier_bill.ship_date": "开单日期", "courier_bill.amount": "应收金额",
        "courier_bill.freight": "运费", "courier_bill.weight_kg": "重量(kg)", "courier_bill.destination": "目的地",
        "courier_bill.courier": "(none: 中通快运 from the title)"},
        "notes": ["issue 14: this bill was taken as our own slip register. Its header recognises more slip "
                  "fields (寄件人 = handler, 收件单位 = customer, 付款方式 = payment_mode) than bill fields, "
                  "but it has a billed amount column (应收金额, and 运费): it is a courier_bill",
                  "开单日期 (the date the freight note was made out) is the ship date word; dates 2026.10.02",
                  "中通快运 (ZTO Freight) is a different carrier from 中通快递: it must not be aliased to 中通"]}
    return f


def outbound_list():
    """A warehouse/ERP outbound list (出库单明细): our slips. Courier names in brackets, 自提 rows,
    weights of 0, ="…" protected waybills."""
    r = rng("outbound")
    f = Fixture("couriers/仓库出库单明细_202610.csv", "utf-8-bom")
    f.header = ["出库单号", "订单编号", "店铺", "发货时间", "物流公司", "物流单号", "收件人", "收货省份", "重量", "货品数量",
                "备注"]
    couriers = ["百世快递(拼多多)", "顺丰热敏(线下)", "中通快递", "百世快递(拼多多)", "顺丰热敏(线下)", "自提"]
    for i in range(16):
        day = 1 + i * 2 if i < 15 else 30
        month = "10"
        if i == 15:
            month, day = "09", 30
        courier = couriers[i % len(couriers)]
        if courier == "自提":
            waybill = ""
        elif courier.startswith("顺丰"):
            waybill = f"SF{r.randint(10**12, 10**13 - 1)}"
        elif courier.startswith("百世"):
            waybill = f"55{r.randint(10**10, 10**11 - 1)}"
        else:
            waybill = f"7{r.randint(10**10, 10**11 - 1)}"
        weight = "0" if i in (1, 6, 13) else r.choice(["0.35", "0.8", "1.2", "2.05"])
        when = f"2026-{month}-{day:02d} {r.randint(9, 18):02d}:{r.randint(0, 59):02d}:00"
        cells = [f"CK2610{i + 1:04d}", f'="{r.randint(10**17, 10**18 - 1)}"', "华锐线缆旗舰店", when, courier,
                 f'="{waybill}"' if waybill else "", r.choice(["王先生", "李女士", "张工"]), r.choice(PROVINCES),
                 weight, str(r.randint(1, 6)), "客户自提" if courier == "自提" else ""]
        if courier == "自提":
            f.rows.append(skipped(cells, "self pickup (自提: no parcel we pay for)", date=when[:10]))
        else:
            f.rows.append(Row(cells, date=when[:10], waybill=waybill, courier=courier,
                              weight="none" if weight == "0" else weight))
    f.expect = {"kind": "courier_slips", "roles": {
        "courier_slips.waybill": "物流单号", "courier_slips.ship_date": "发货时间", "courier_slips.courier": "物流公司",
        "courier_slips.weight_kg": "重量", "courier_slips.destination": "收货省份",
        "courier_slips.order_no": "订单编号"},
        "notes": ["物流公司 values in brackets normalise through the courier aliases: 百世快递(拼多多) -> 百世, "
                  "顺丰热敏(线下) -> 顺丰, 中通快递 -> 中通",
                  "自提 rows have no waybill and are no parcel we pay for: skipped with that reason, not "
                  "rejected for the empty waybill",
                  "重量 0 is no weight",
                  "物流单号 and 订单编号 are written =\"…\" (Excel protection): undone",
                  "one row is dated 2026-09-30: accepted, not counted in courier.slips (dated outside the period)",
                  "no amount column: not a bill"]}
    return f


ALL = [sf_bill, best_bill, zto_bill, yunda_bill, zto_freight_bill, outbound_list]
