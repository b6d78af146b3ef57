"""数电 invoice exports (销项, 进项, per-line 信息汇总表), stock-take sheets, a 天猫 order report and a
matrix rate card, with fake names, tax ids and amounts."""

from decimal import ROUND_HALF_UP, Decimal

from rx_common import (COMPANY, COMPANY_TAX_ID, CUSTOMERS, Fixture, Row, fmt2, money, rejected, rng,
                       skipped, thousands)

INVOICE_BASIC = ["序号", "发票代码", "发票号码", "数电发票号码", "销方识别号", "销方名称", "购方识别号", "购买方名称", "开票日期",
                 "金额", "税额", "价税合计", "发票来源", "发票票种", "发票状态", "是否正数发票", "发票风险等级", "开票人", "备注"]
INVOICE_LINES = ["序号", "发票代码", "发票号码", "数电发票号码", "销方识别号", "销方名称", "购方识别号", "购买方名称", "开票日期",
                 "税收分类编码", "特定业务类型", "货物或应税劳务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额",
                 "价税合计", "发票来源", "发票票种", "发票状态", "是否正数发票", "发票风险等级", "开票人", "备注"]
GOODS = [("*电线电缆*RVV护套线", "RVV2*0.75", "卷", Decimal("186.00")),
         ("*电线电缆*网络线", "CAT6 305米", "箱", Decimal("420.00")),
         ("*塑料制品*PVC电工胶带", "18mm*20m", "卷", Decimal("2.80")),
         ("*电线电缆*屏蔽线", "RVVP4*0.5", "卷", Decimal("265.00"))]
SUPPLIERS = ["江门市蓬江区铜材有限公司", "东莞市塘厦胶粘制品有限公司", "广州番禺线缆材料有限公司", "中山市小榄包装材料有限公司"]


def tax_id(r):
    return "9144" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(14))


def invoice_number(r):
    return f"26442{r.randint(10**14, 10**15 - 1)}"


def lines_of(r, n):
    out = []
    for goods, spec, unit, price in r.sample(GOODS, n):
        qty = r.randint(2, 60)
        amount = money(price * qty)
        out.append((goods, spec, unit, qty, price, amount, money(amount * Decimal("0.13"))))
    return out


def sales_invoices():
    """数电 销项 发票基础信息 export (电子税务局 发票查询统计 → 全量发票查询 → 导出)."""
    r = rng("sales_invoices")
    f = Fixture("invoices/数电_销项_发票基础信息_202610.csv", "gb18030")
    f.header = INVOICE_BASIC
    plan = [("2026-08-18", "正常", 1), ("2026-09-03", "正常", 1), ("2026-09-21", "已全额红冲", 1),
            ("2026-10-09", "正常", 1), ("2026-10-12", "正常", 1), ("2026-10-15", "正常", -1),
            ("2026-10-20", "正常", 1), ("2026-10-22", "已作废", 1), ("2026-10-27", "正常", 1),
            ("2026-10-30", "正常", 1), ("2026-11-02", "正常", 1)]
    original = None
    for i, (day, status, sign) in enumerate(plan):
        number = invoice_number(r)
        buyer = r.choice(CUSTOMERS)
        if i in (0, 2):
            # The customer of the reversed original also has an older open invoice, so a reader that
            # misreads 已全额红冲 as a credit note moves money between aging buckets.
            buyer = CUSTOMERS[3]
        lines = lines_of(r, r.randint(1, 3))
        net = sum(l[5] for l in lines)
        tax = sum(l[6] for l in lines)
        remark = ""
        if status == "已全额红冲":
            original = (number, buyer, net, tax)
        if sign < 0:
            number_o, buyer, net, tax = original
            net, tax = -net, -tax
            remark = f"被红冲蓝字数电发票号码：{number_o} 红字发票信息确认单编号：44030026101500000{i:03d}"
        gross = net + tax
        when = f"{day} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        cells = [str(i + 1), "", "", number, COMPANY_TAX_ID, COMPANY, tax_id(r), buyer, when, fmt2(net), fmt2(tax),
                 thousands(gross) if i % 4 == 1 else fmt2(gross), "电子发票服务平台", "数电发票（增值税专用发票）",
                 status, "否" if sign < 0 else "是", "正常", "陈静", remark]
        facts = dict(amount=gross, date=day, invoice_no=number, customer=buyer)
        if status == "已作废":
            f.rows.append(skipped(cells, "void invoice", **facts))
        elif sign < 0:
            f.rows.append(Row(cells, credit_note=True, **facts))
        else:
            f.rows.append(Row(cells, **facts))
    f.expect = {"kind": "invoices", "roles": {
        "invoices.invoice_no": "数电发票号码", "invoices.invoice_date": "开票日期", "invoices.customer": "购买方名称",
        "invoices.amount": "价税合计", "invoices.tax": "税额", "invoices.status": "发票状态"},
        "notes": ["发票代码 and 发票号码 are empty on 数电 invoices; 数电发票号码 (20 digits) is the number",
                  "已全额红冲 marks an original reversed by a separate negative invoice: it stays as issued. "
                  "Careful: 已全额红冲 does not contain 已红冲 (the characters 全额 sit between), but it does "
                  "contain 红冲, so today's rule would turn the original into a credit note. The negative row "
                  "(是否正数发票 否, 备注 names the original) is the credit note",
                  "已作废 is void: skipped",
                  "the invoice dated 2026-11-02 is after --as-of 2026-10-31: accepted, not counted",
                  "receivables.invoices counts the 9 accepted invoices dated on or before the as-of date, "
                  "the credit note included, as the reconciler counts them; invoiced_in_period sums the "
                  "October 价税合计 with the credit note negative; outstanding_total is then the plain sum "
                  "(the credit equals its original's open balance, same customer). A reader that takes "
                  "已全额红冲 for a credit note gets a different outstanding_total",
                  "销方名称 is our own company on every row: this is a sales (销项) export"]}
    f.xlsx = ("invoices/数电_全量发票查询导出_202610.xlsx", "xlsx_invoices")
    return f


def invoice_lines():
    """数电 全量发票查询 导出, sheet 信息汇总表 saved as CSV: one row per invoice line."""
    r = rng("invoice_lines")
    f = Fixture("invoices/数电_信息汇总表_202610.csv", "gb18030")
    f.header = INVOICE_LINES
    n = 0
    for day in ["2026-10-08", "2026-10-13", "2026-10-19", "2026-10-24", "2026-10-29"]:
        number = invoice_number(r)
        buyer = r.choice(CUSTOMERS)
        when = f"{day} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        for goods, spec, unit, qty, price, amount, tax in lines_of(r, r.randint(1, 3)):
            n += 1
            cells = [str(n), "", "", number, COMPANY_TAX_ID, COMPANY, tax_id(r), buyer, when, "1090514010000000000", "",
                     goods, spec, unit, str(qty), fmt2(price), fmt2(amount), "13%", fmt2(tax), fmt2(amount + tax),
                     "电子发票服务平台", "数电发票（增值税专用发票）", "正常", "是", "正常", "陈静", ""]
            f.rows.append(Row(cells, amount=amount + tax, date=day, invoice_no=number, customer=buyer))
    f.expect = {"kind": "invoices", "per_line": True, "roles": {
        "invoices.invoice_no": "数电发票号码", "invoices.invoice_date": "开票日期", "invoices.customer": "购买方名称",
        "invoices.amount": "价税合计", "invoices.tax": "税额"},
        "alternative": {"refuse": "per-line export (信息汇总表): invoice numbers repeat on consecutive rows "
                                  "with 货物或应税劳务名称/数量/单价; export 发票基础信息 instead, or let the lines be "
                                  "folded by invoice number"},
        "notes": ["one row per invoice LINE: 数电发票号码 repeats on the lines of one invoice. A reader folds "
                  "the lines by invoice number (the invoice's gross = sum of its lines' 价税合计) or refuses "
                  "with the reason above; taking each line as an invoice, or rejecting the repeats as "
                  "duplicates, is wrong",
                  "税收分类编码 (19 digits) must stay text"]}
    return f


def purchase_invoices():
    """数电 进项 (purchase) export: the same 发票基础信息 columns, our company as the buyer."""
    r = rng("purchase_invoices")
    f = Fixture("invoices/数电_进项_发票基础信息_202610.csv", "gb18030")
    f.header = INVOICE_BASIC
    for i in range(7):
        lines = lines_of(r, 1)
        net, tax = lines[0][5], lines[0][6]
        day = f"2026-10-{3 + i * 4:02d} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        cells = [str(i + 1), "", "", invoice_number(r), tax_id(r), r.choice(SUPPLIERS), COMPANY_TAX_ID, COMPANY, day,
                 fmt2(net), fmt2(tax), fmt2(net + tax), "电子发票服务平台", "数电发票（增值税专用发票）", "正常", "是", "正常",
                 r.choice(["李娜", "黄强"]), ""]
        f.rows.append(skipped(cells, "purchase invoice"))
    # Issue 14: "warn and skip the file, or --kind to force": the file is reported with every row
    # skipped and a warning; it adds nothing to receivables.
    f.expect = {"kind": "invoices", "roles": {
        "invoices.invoice_no": "数电发票号码", "invoices.invoice_date": "开票日期", "invoices.customer": "购买方名称",
        "invoices.amount": "价税合计", "invoices.tax": "税额", "invoices.status": "发票状态"},
                "notes": ["purchase (进项) export: 购买方名称 is our own company (company.name) on every row, so "
                          "these are invoices we received, not receivables: skipped with a warning (--kind "
                          "invoices=FILE forces it as sales)",
                          "header identical to the sales export: only the values tell it apart (our name in "
                          "购买方名称 / our tax id in 购方识别号, suppliers in 销方名称)",
                          "needs company.name (see monthend.yaml in this folder); without a company name the "
                          "reader cannot tell and should say so rather than count supplier invoices as sales"]}
    return f


def stock_wire_tape():
    """A hand-made 线材、胶带 盘点表: 品名+规格, no item code, 序号 restarting per section, numbered blank
    template rows, 上月剩余/本月申购/本次领用 giving the book quantity."""
    f = Fixture("stock/线材胶带盘点表_2026年10月.csv", "gb18030")
    f.preamble = [["华锐线缆 线材、胶带月末盘点表（2026年10月）"], ["盘点日期：2026-10-31", "", "仓库：一楼材料仓"]]
    f.header = ["序号", "品名", "规格", "单位", "上月剩余", "本月申购", "本次领用", "实盘数量", "备注"]
    wire = [("电源线", "RVV2*0.75", "米", 1500, 1000, 1320, "1180"),
            ("电源线", "RVV2*1.0", "米", 800, 0, 230, "570"),
            ("网络线", "CAT6", "箱", 12, 10, 15, "7"),
            ("屏蔽线", "RVVP4*0.5", "米", 620, 305, 410, "512"),
            ("电话线", "2芯", "卷", 9, 0, 3, "6"),
            ("同轴线", "SYV75-5", "米", 300, 0, 0, "")]
    tape = [("PVC电工胶带", "18mm*20m", "卷", 240, 200, 310, "128"),
            ("PVC电工胶带", "18mm*10m", "卷", 60, 0, 22, "38"),
            ("封箱胶带", "48mm*100m", "卷", 36, 24, 40, "20"),
            ("双面胶", "12mm", "卷", 50, 0, 12, "40"),
            ("警示胶带", "48mm黄黑", "卷", 10, 5, 6, "9")]
    items = []
    f.rows.append(skipped(["一、线材", "", "", "", "", "", "", "", ""], "section title (one text cell)"))
    for i, (name, spec, unit, opening, bought, used, counted) in enumerate(wire):
        f.rows.append(Row([str(i + 1), name, spec, unit, str(opening), str(bought) if bought else "",
                           str(used) if used else "", counted, "未盘" if not counted else ""]))
        items.append((name, spec, unit, opening + bought - used, counted))
    f.rows.append(skipped(["二、胶带", "", "", "", "", "", "", "", ""], "section title (one text cell)"))
    for i, (name, spec, unit, opening, bought, used, counted) in enumerate(tape):
        f.rows.append(Row([str(i + 1), name, spec, unit, str(opening), str(bought) if bought else "",
                           str(used) if used else "", counted, ""]))
        items.append((name, spec, unit, opening + bought - used, counted))
    for n in range(len(tape) + 1, len(tape) + 4):
        f.rows.append(skipped([str(n), "", "", "", "", "", "", "", ""], "blank"))
    f.rows.append(skipped(["盘点人：陈静    复核人：王磊    2026年10月31日"], "footer"))
    f.expect = {"kind": "stock_count", "items": items, "roles": {
        "stock_count.item_name": "品名", "stock_count.spec": "规格", "stock_count.unit": "单位",
        "stock_count.opening_qty": "上月剩余", "stock_count.received_qty": "本月申购",
        "stock_count.issued_qty": "本次领用", "stock_count.counted_qty": "实盘数量"},
        "notes": ["no item-code column: an item is keyed by 品名 + 规格 + 单位 (电源线 and PVC电工胶带 appear "
                  "twice with different 规格: different items)",
                  "序号 restarts at 1 in the 胶带 section: not a duplicate, 序号 is never a key",
                  "rows 6-8 of the 胶带 section hold only their 序号 (a numbered blank template row): blank",
                  "the section titles 一、线材 / 二、胶带 are one text cell alone: not data",
                  "book quantity = 上月剩余 + 本月申购 - 本次领用 (an empty component is 0)",
                  "同轴线 SYV75-5 has no count (备注 未盘): not counted, never 0",
                  "the sign-off line 盘点人：… 复核人： after the data is a footer"]}
    return f


def stock_ledger():
    """进销存 汇总 saved as Excel 'Unicode text' (UTF-16LE, TAB): 期初/本期入库/本期出库/期末 + 盘点数量."""
    f = Fixture("stock/进销存汇总_盘点_202610.txt", "utf-16le", delimiter="\t")
    f.preamble = [["存货收发存汇总表"], ["期间：2026年10月", "", "单位：深圳市华锐线缆科技有限公司"]]
    f.header = ["存货名称", "规格型号", "计量单位", "期初数量", "本期入库", "本期出库", "期末数量", "盘点数量", "单价"]
    data = [("RVV护套线", "RVV2*0.75", "卷", "120", "40", "55", "105", "105", "186.00"),
            ("RVV护套线", "RVV3*1.5", "卷", "48", "", "6", "42", "41", "352.00"),
            ("网络线", "CAT6 305米", "箱", "30", "10", "18", "22", "22", "420.00"),
            ("屏蔽线", "RVVP4*0.5", "卷", "16", "8", "9", "15", "15", "265.00"),
            ("PVC电工胶带", "18mm*20m", "卷", "1,200", "600", "850", "950", "946", "2.80"),
            ("铜芯线", "BV2.5", "米", "5,000", "2,000", "3,100", "3,900", "3,880", "1.65"),
            ("热缩管", "Φ6", "米", "800", "", "120", "700", "700", "0.42")]
    items = []
    for name, spec, unit, o, rcv, iss, book, counted, cost in data:
        f.rows.append(Row([name, spec, unit, o, rcv, iss, book, counted, cost]))
        items.append((name, spec, unit, int(book.replace(",", "")), counted.replace(",", "")))
    f.rows.append(skipped(["合计", "", "", "", "", "", "", "", ""], "total"))
    f.expect = {"kind": "stock_count", "items": items, "costs": {d[0] + "|" + d[1]: d[8] for d in data},
                "roles": {"stock_count.item_name": "存货名称", "stock_count.spec": "规格型号",
                          "stock_count.unit": "计量单位", "stock_count.opening_qty": "期初数量",
                          "stock_count.received_qty": "本期入库", "stock_count.issued_qty": "本期出库",
                          "stock_count.book_qty": "期末数量", "stock_count.counted_qty": "盘点数量",
                          "stock_count.unit_cost": "单价"},
                "notes": ["热缩管 Φ6: 期初 800 + 入库 0 - 出库 120 = 680 but 期末数量 says 700: the book column is "
                          "used (700) and the row is an exception 'book does not add up', not rejected",
                          "quantities with thousands separators (1,200)",
                          "UTF-16LE with BOM, TAB-separated (Excel 'Unicode text')"]}
    return f


def tmall_orders():
    """天猫/淘宝 已卖出的宝贝 订单报表 (ExportOrderList) without its 订单状态 column."""
    r = rng("tmall_orders")
    f = Fixture("orders/天猫_订单报表_202610.csv", "gb18030")
    f.header = ["订单编号", "买家会员名", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "收货人姓名", "收货地址",
                "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝总数量", "物流单号", "物流公司", "订单备注"]
    days = ["2026-09-29", "2026-10-01", "2026-10-03", "2026-10-08", "2026-10-11", "2026-10-16", "2026-10-19",
            "2026-10-24", "2026-10-28", "2026-10-31", "2026-11-01"]
    for i, day in enumerate(days):
        goods = money(r.choice([39.9, 59, 89, 128, 216, 399]))
        post = Decimal("0.00") if goods > 50 else Decimal("6.00")
        created = f"{day} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        cells = [f'="{r.randint(10**18, 10**19 - 1)}"', f"tb{r.randint(1000000, 9999999)}", fmt2(goods), fmt2(post),
                 fmt2(goods + post), fmt2(goods + post), r.choice(["王**", "李**", "张**"]),
                 r.choice(["广东省 深圳市 南山区 ***", "浙江省 杭州市 西湖区 ***"]),
                 f"'1{r.randint(3, 8)}{r.randint(0, 9)}****{r.randint(1000, 9999)}", created, created,
                 r.choice(["RVV护套线 2芯0.75平方 100米", "超五类网线 305米箱装", "PVC电工胶带 10卷装"]),
                 str(r.randint(1, 3)), f"SF{r.randint(10**12, 10**13 - 1)}" if i % 3 else "", "顺丰速运" if i % 3 else "",
                 ""]
        f.rows.append(Row(cells, date=day))
    f.expect = {"kind": "orders", "roles": {
        "orders.order_no": "订单编号", "orders.order_date": "订单创建时间", "orders.amount": "总金额",
        "orders.customer": "买家会员名"},
        "notes": ["no 订单状态 and no completion-date column: completion is unknown. orders.completed and "
                  "orders.remaining must be reported as unknown, not 0 completed / all remaining",
                  "订单编号 is written =\"…\" (19 digits): undone, kept as text",
                  "联系手机 starts with ' (Excel protection) and is masked",
                  "orders dated 2026-09-29 and 2026-11-01 are accepted, not placed in the period"]}
    return f


def rate_matrix():
    """A contract price list in matrix form: provinces down, weight bands across, dated title."""
    f = Fixture("ratecards/顺丰_价格表_10月.csv", "gb18030")
    f.preamble = [["顺丰标快 10月1日-31日价格（深圳发）"]]
    f.header = ["目的地", "0-0.5kg", "0.5-1kg", "1-2kg", "续重(元/kg)"]
    rows = [("广东", "8", "10", "13", "2"), ("江苏、浙江、上海", "11", "13", "18", "5"), ("福建", "10", "12", "16", "4"),
            ("北京", "13", "15", "21", "7"), ("四川", "12", "14", "20", "6"), ("湖北", "11", "13", "18", "5"),
            ("新疆", "18", "22", "34", "16"), ("西藏", "20", "24", "38", "18")]
    for dest, a, b, c, add in rows:
        f.rows.append(Row([dest, a, b, c, add], destination=dest))
    f.rows.append(skipped(["备注：2kg以上每公斤加收续重，不足1公斤按1公斤计；偏远地区另议"], "footer"))
    f.expect = {"kind": "rate_card", "form": "matrix", "roles": {
        "rate_card.destination": "目的地", "rate_card.bands": "0-0.5kg | 0.5-1kg | 1-2kg",
        "rate_card.additional_price": "续重(元/kg)"},
        "notes": ["matrix form: a weight w up to 0.5 kg costs the 0-0.5kg column, up to 1 kg the 0.5-1kg "
                  "column, up to 2 kg the 1-2kg column; above 2 kg the 1-2kg price plus 续重 per started kg "
                  "(广东 3.2 kg: 13 + 2 x 2 = 17.00) [the band reading is the usual one; the footer says so]",
                  "江苏、浙江、上海 is one row for three provinces (江苏 and 浙江 and 上海 each get these prices)",
                  "no courier column: 顺丰 appears only in the title. The card's courier is not a column value; "
                  "a reader must not guess it from the title silently (ask for it, or say so in inspect)",
                  "the title 10月1日-31日价格 dates the card to 2026-10-01..2026-10-31 with the year from --period"]}
    return f


ALL = [sales_invoices, invoice_lines, purchase_invoices, stock_wire_tape, stock_ledger, tmall_orders, rate_matrix]
