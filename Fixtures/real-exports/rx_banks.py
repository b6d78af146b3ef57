"""Bank statements of 13 layouts (10 banks): what each portal's export looks like, with fake data.

Each layout function turns the same kind of month (incoming customer payments, outgoing tax and
supplier payments, an internal transfer from our own account, a zero interest-tax row) into the
bank's own columns, preamble and footer. Evidence per layout: SOURCES.md.
"""

from datetime import datetime, timedelta
from decimal import Decimal

from rx_common import (COMPANY, CUSTOMERS, OWN_ACCOUNTS, PAYEES, Fixture, Row, fmt2, money,
                       rejected, rng, skipped, thousands)


def month(name, n_in=6, n_out=3, internal=True, zero=True):
    """A month of transactions for one account, in date order."""
    r = rng(name)
    txns = []
    customers = r.sample(CUSTOMERS, n_in)
    for c in customers:
        txns.append({"kind": "in", "party": c, "amount": money(r.randint(80000, 4500000) / 100),
                     "memo": r.choice(["货款", "9月货款", "付货款", "往来款", "材料款"])})
    for p in r.sample(PAYEES, n_out):
        txns.append({"kind": "out", "party": p, "amount": money(r.randint(30000, 2500000) / 100),
                     "memo": "税费" if "税务" in p else r.choice(["付款", "运费", "材料款", "代扣"])})
    if internal:
        txns.append({"kind": "internal", "party": COMPANY, "amount": money(r.randint(1000000, 5000000) / 100),
                     "memo": "内部调拨"})
    if zero:
        txns.append({"kind": "zero", "party": "", "amount": Decimal("0.00"), "memo": "利息税"})
    r.shuffle(txns)
    day = datetime(2026, 10, 8, 9, 0, 0)
    for t in txns:
        day += timedelta(days=r.randint(0, 2), hours=r.randint(0, 7), minutes=r.randint(0, 59),
                         seconds=r.randint(0, 59))
        t["at"] = day
        t["account"] = "".join(str(r.randint(0, 9)) for _ in range(r.choice([16, 19])))
    balance = money(r.randint(10000000, 90000000) / 100)
    for t in txns:
        balance += t["amount"] if t["kind"] in ("in", "internal", "zero") else -t["amount"]
        t["balance"] = balance
    return txns


def fate(t, cells):
    """The fate a correct reader gives a transaction row."""
    date = t["at"].strftime("%Y-%m-%d")
    if t["kind"] == "out":
        return skipped(cells, "outgoing", amount=t["amount"], date=date)
    if t["kind"] == "internal":
        return skipped(cells, "internal transfer", amount=t["amount"], date=date, payer=t["party"])
    if t["kind"] == "zero":
        return skipped(cells, "zero amount", amount=t["amount"], date=date)
    return Row(cells, amount=t["amount"], date=date, payer=t["party"])


def incoming(t):
    return t["kind"] != "out"


def pad(text, width=20):
    """ICBC pads every field with spaces and ends it with a TAB."""
    return f"{text:<{width}}\t"


# --------------------------------------------------------------------------------------------
def icbc_web():
    """工商银行 网银 明细查询文件下载 (ICBC web CSV): split 交易金额/记账金额 pairs."""
    f = Fixture("banks/工商银行_明细查询文件下载_202610.csv", "utf-8", newline="\n")
    f.trailing_delimiter = True
    f.preamble = ["明细查询文件下载", "", f'卡号: {OWN_ACCOUNTS["工商银行"]},"卡别名: 基本户"', "",
                  '子账户序号: 00000,子账户类别: 活期,"子账户别名: "', ""]
    f.header = ["交易日期", "摘要", "交易详情", "交易场所", "交易国家或地区简称", "钞/汇", "交易金额(收入)",
                "交易金额(支出)", "交易币种", "记账金额(收入)", "记账金额(支出)", "记账币种", "余额", "对方户名",
                "对方账户"]
    txns = month("icbc_web", n_in=7, n_out=4)
    total_in = Decimal(0)
    total_out = Decimal(0)
    for t in txns:
        inc = incoming(t)
        total_in += t["amount"] if inc else 0
        total_out += 0 if inc else t["amount"]
        cells = [pad(t["at"].strftime("%Y-%m-%d"), 10), pad(t["memo"]), pad(""), pad(""), pad("CHN"),
                 pad("钞", 10), pad("-"), pad("-"), pad("-", 15),
                 pad(thousands(t["amount"]) if inc else ""), pad("" if inc else thousands(t["amount"])),
                 pad("人民币", 15), pad(thousands(t["balance"])), pad(t["party"], 30), pad(t["account"])]
        f.rows.append(fate(t, cells))
    f.rows.append(skipped([" "], "blank"))
    f.rows.append(skipped(["人民币合计", "", "", "", "", "", "", "", "", pad(thousands(total_in)),
                           pad(thousands(total_out))], "total"))
    f.quote_all = False
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易日期",
        "payments.credit_amount": "记账金额(收入)",
        "payments.debit_amount": "记账金额(支出)",
        "payments.payer": "对方户名",
        "payments.memo": "摘要"},
        "notes": ["交易金额(收入)/(支出) hold '-' (not applicable) on every row and 记账金额(收入)/(支出) "
                  "hold the booked CNY amount: the reader must take the 记账金额 pair (issue 14: 11 ICBC rows "
                  "were rejected because 交易金额(收入) was read)",
                  "every cell is right-padded with spaces and ends with a TAB; amounts carry thousands "
                  "separators inside quotes; each record ends with a trailing comma",
                  "the line holding one space and the 人民币合计 line after the data are not data"]}
    return f


def icbc_history():
    """工商银行 企业网银 [HISTORYDETAIL] export: 转入金额/转出金额, payer 对方单位."""
    f = Fixture("banks/工商银行_企业网银_历史明细_202610.csv", "gb18030")
    f.preamble = [["[HISTORYDETAIL]"]]
    f.header = ["凭证号", "交易时间", "对方单位", "对方账号", "转入金额", "转出金额", "余额", "用途", "摘要", "附言"]
    for i, t in enumerate(month("icbc_history", n_in=5, n_out=3)):
        inc = incoming(t)
        cells = [f"ICBC{202610000 + i * 7:011d}", t["at"].strftime("%Y-%m-%d %H:%M:%S"), t["party"],
                 t["account"] if t["party"] else "", fmt2(t["amount"]) if inc else "",
                 "" if inc else fmt2(t["amount"]), fmt2(t["balance"]), t["memo"], t["memo"], ""]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "凭证号", "payments.payment_date": "交易时间",
        "payments.credit_amount": "转入金额", "payments.debit_amount": "转出金额",
        "payments.payer": "对方单位", "payments.memo": "用途"},
        "notes": ["first line is the marker [HISTORYDETAIL]; no footer",
                  "the zero row (利息税) has 转入金额 0.00: skipped as zero amount, not rejected"]}
    return f


def icbc_flag():
    """工商银行 企业网银 明细 with 借贷标志 + 发生额 (unsigned amount and a direction column)."""
    f = Fixture("banks/工商银行_对公明细_借贷标志_202610.csv", "gb18030")
    f.preamble = [["中国工商银行对公账户明细"], [f"账号：{OWN_ACCOUNTS['工商银行']}", "", f"户名：{COMPANY}"],
                  ["查询期间：2026-10-01至2026-10-31"]]
    f.header = ["交易时间", "本方账号", "对方单位", "对方账号", "摘要", "附言", "用途", "借贷标志", "发生额", "余额"]
    for t in month("icbc_flag", n_in=6, n_out=4):
        cells = [t["at"].strftime("%Y-%m-%d %H:%M:%S"), OWN_ACCOUNTS["工商银行"], t["party"], t["account"],
                 t["memo"], "", t["memo"], "贷" if incoming(t) else "借", fmt2(t["amount"]), fmt2(t["balance"])]
        f.rows.append(fate(t, cells))
    f.rows.append(skipped(["合计", "", "", "", "", "", "", "", "", ""], "total"))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易时间", "payments.amount": "发生额", "payments.direction": "借贷标志",
        "payments.payer": "对方单位", "payments.memo": "摘要"},
        "direction_words": {"in": ["贷"], "out": ["借"]},
        "notes": ["发生额 is unsigned: the sign comes only from 借贷标志 (借 = paid out, 贷 = received)",
                  "本方账号 is our own account on every row; 对方单位 is the payer"]}
    return f


def ccb():
    """建设银行 企业网银 账户明细 (CCB02): 借方发生额（支取）/贷方发生额（收入）, full-width brackets."""
    f = Fixture("banks/建设银行_账户明细_202610.csv", "gb18030")
    f.preamble = [["中国建设银行单位账户明细"], ["账　　号：", OWN_ACCOUNTS["建设银行"]], ["账户名称：", COMPANY],
                  ["起始日期：20261001", "结束日期：20261031"], [""]]
    f.header = ["账户明细编号-交易流水号", "交易时间", "账户名称", "账号", "对方户名", "对方账号", "摘要", "备注",
                "借方发生额（支取）", "贷方发生额（收入）", "余额"]
    for i, t in enumerate(month("ccb", n_in=6, n_out=3)):
        inc = incoming(t)
        cells = [f"{i + 1}-3211202610{i:05d}", t["at"].strftime("%Y%m%d %H:%M:%S"), COMPANY,
                 OWN_ACCOUNTS["建设银行"], t["party"], t["account"] if t["party"] else "", t["memo"], "",
                 "0.00" if inc else fmt2(t["amount"]), fmt2(t["amount"]) if inc else "0.00", fmt2(t["balance"])]
        f.rows.append(fate(t, cells))
    f.rows.append(skipped(["以上数据仅供参考，具体内容请以柜台为准"], "footer"))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "账户明细编号-交易流水号", "payments.payment_date": "交易时间",
        "payments.credit_amount": "贷方发生额（收入）", "payments.debit_amount": "借方发生额（支取）",
        "payments.payer": "对方户名", "payments.memo": "摘要"},
        "notes": ["both amount columns are always filled, the unused one with 0.00: a row is incoming when "
                  "its credit amount is non-zero; a row with both 0.00 (利息税) is a zero-amount row",
                  "dates are 20261008 09:12:33 (YYYYMMDD, a space, the time)",
                  "the last line is the disclaimer 以上数据仅供参考，具体内容请以柜台为准, alone in its row: a footer",
                  "账户名称 (our own name) is on every row: it is not the payer (对方户名 is)"]}
    # The same statement as the portal's .xlsx download (sheet name as CCB names it).
    f.xlsx = ("banks/建设银行_账户明细_202610.xlsx", "xlsx_ccb")
    return f


def ccb_two_row():
    """建设银行 对公 账户明细 (CCB01): the amount header is two rows, 发生额/元 merged over 借方 | 贷方."""
    f = Fixture("banks/建设银行_对公_两行表头_202610.csv", "gb18030")
    f.preamble = [["中国建设银行对公账户明细"], ["账　　号：", OWN_ACCOUNTS["建设银行"]], ["户　　名：", COMPANY]]
    f.header = ["账户明细编号-交易流水号", "交易时间", "本方账户名称", "本方账号", "对方户名", "对方账号", "摘要", "备注",
                "发生额/元", "", "余额/元"]
    f.rows.append(skipped(["", "", "", "", "", "", "", "", "借方", "贷方", ""], "repeated header"))
    for i, t in enumerate(month("ccb_two_row", n_in=5, n_out=3)):
        inc = incoming(t)
        cells = [f"{i + 1}-4420202610{i:05d}", t["at"].strftime("%Y-%m-%d %H:%M:%S"), COMPANY,
                 OWN_ACCOUNTS["建设银行"], t["party"], t["account"] if t["party"] else "", t["memo"], "",
                 "" if inc else thousands(t["amount"]), thousands(t["amount"]) if inc else "",
                 thousands(t["balance"])]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "账户明细编号-交易流水号", "payments.payment_date": "交易时间",
        "payments.credit_amount": "贷方发生额/元", "payments.debit_amount": "借方发生额/元",
        "payments.payer": "对方户名", "payments.memo": "摘要"},
        "notes": ["two-row header (notes §3.4, tag_row_quantity=2): 发生额/元 spans two columns, the row below "
                  "names them 借方 and 贷方; the merged cell keeps its text in its first column only",
                  "read alone, the top row would take 发生额/元 for an unsigned amount and count the payments "
                  "out as received: the two rows are one header (借方发生额/元, 贷方发生额/元), the second row "
                  "is skipped as a second header row"]}
    return f


def cmb_time_only():
    """招商银行 交易明细 cut down to 交易时间 (time of day) with no 交易日: a file with no date."""
    f = Fixture("banks/招商银行_交易明细_只有时间_202610.csv", "gb18030")
    f.preamble = [["公司名称", COMPANY], ["银行账号", OWN_ACCOUNTS["招商银行"]]]
    f.header = ["流水号", "交易时间", "收(付)方名称", "收(付)方账号", "业务摘要", "借方金额", "贷方金额", "余额"]
    for i, t in enumerate(month("cmb_time_only", n_in=4, n_out=2, internal=False, zero=False)):
        inc = incoming(t)
        cells = [f"G{int(t['at'].strftime('%m%d%H%M%S')):010d}{i}", t["at"].strftime("%H:%M:%S"), t["party"],
                 t["account"], t["memo"], "" if inc else thousands(t["amount"]),
                 thousands(t["amount"]) if inc else "", thousands(t["balance"])]
        f.rows.append(fate(t, cells))
    f.expect = {"refuse": "no dates: 交易时间 holds a time of day only and the file has no other date column; "
                          "the date of a payment is not guessed",
                "notes": ["SOURCES.md item 8: a file whose only date-like column has no date must stop, not "
                          "reject every row"]}
    return f


def cmb_corporate():
    """招商银行 企业网银 交易明细 (CMB01): 借方金额/贷方金额, payer 收(付)方名称, date 交易日."""
    f = Fixture("banks/招商银行_企业网银_交易明细_202610.csv", "gb18030")
    f.preamble = [["公司名称", COMPANY], ["账号名称", "基本户"], ["银行账号", OWN_ACCOUNTS["招商银行"]],
                  ["币种", "人民币"], ["查询日期", "20261001-20261031"]]
    f.header = ["流水号", "交易日", "交易时间", "收(付)方名称", "收(付)方账号", "交易类型", "业务摘要", "其它摘要",
                "用途", "借方金额", "贷方金额", "余额"]
    for i, t in enumerate(month("cmb_corporate", n_in=7, n_out=4)):
        inc = incoming(t)
        cells = [f"G{int(t['at'].strftime('%m%d%H%M%S')):010d}{i}", t["at"].strftime("%Y%m%d"),
                 t["at"].strftime("%H:%M:%S"), t["party"], t["account"] if t["party"] else "",
                 "汇入汇款" if inc else "汇出汇款", t["memo"], "", t["memo"],
                 "" if inc else thousands(t["amount"]), thousands(t["amount"]) if inc else "",
                 thousands(t["balance"])]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "流水号", "payments.payment_date": "交易日",
        "payments.credit_amount": "贷方金额", "payments.debit_amount": "借方金额",
        "payments.payer": "收(付)方名称", "payments.memo": "业务摘要"},
        "notes": ["交易日 (not 交易日期) is the date word; 交易时间 holds only the time of day here, so it must "
                  "not be taken as the date",
                  "amounts quoted with thousands separators"]}
    return f


def cmb_signed():
    """招商银行 账户交易明细 (一卡通 style): one signed 交易金额, payer 对手信息 (name and account)."""
    f = Fixture("banks/招商银行_交易明细_对手信息_202610.csv", "gb18030")
    f.preamble = [["招商银行交易明细"], [f"账号：{OWN_ACCOUNTS['招商银行']}"],
                  ["时间范围：2026-10-01 -- 2026-10-31"], [""]]
    f.header = ["记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息", "客户摘要"]
    for t in month("cmb_signed", n_in=6, n_out=4):
        sign = "" if incoming(t) else "-"
        party = f"{t['party']} {t['account']}" if t["party"] else ""
        cells = [t["at"].strftime("%Y-%m-%d"), "人民币", sign + thousands(t["amount"]), thousands(t["balance"]),
                 "汇入" if incoming(t) else "代发", party, t["memo"]]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "记账日期", "payments.amount": "交易金额", "payments.payer": "对手信息",
        "payments.memo": "交易摘要"},
        "notes": ["no direction column: the amount is signed (-1,234.00 = paid out)",
                  "对手信息 glues the counterparty name and its account number: '东莞松山湖电子有限公司 "
                  "6222…'; the internal transfer row holds our own name followed by an account, so a reader "
                  "that compares payer names must compare the name part (before the space and digits)"]}
    return f


def abc():
    """农业银行 企业网银 账户明细 (ABC01): 支出金额/收入金额, payer 对方户名, memo 交易用途."""
    f = Fixture("banks/农业银行_账户明细_202610.csv", "gb18030")
    f.preamble = [["账户名称：" + COMPANY, "", "账户号：" + OWN_ACCOUNTS["农业银行"]],
                  ["起止日期：2026-10-01至2026-10-31"]]
    f.header = ["交易时间", "对方户名", "对方账号", "交易用途", "支出金额", "收入金额", "账户余额"]
    txns = month("abc", n_in=5, n_out=3)
    for t in txns:
        inc = incoming(t)
        cells = [t["at"].strftime("%Y-%m-%d %H:%M:%S"), t["party"], t["account"] if t["party"] else "", t["memo"],
                 "" if inc else fmt2(t["amount"]), ("+" + fmt2(t["amount"])) if inc else "", fmt2(t["balance"])]
        f.rows.append(fate(t, cells))
    # A customer payment whose date does not exist (typed over in the sheet): rejected.
    f.rows.append(rejected(["2026-09-31 10:00:00", CUSTOMERS[0], "6228480000000000123", "货款", "", "+1200.00",
                            fmt2(txns[-1]["balance"] + 1200)], "date does not exist (2026-09-31)"))
    f.rows.append(skipped(["合计", "", "", "", "", "", ""], "total"))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易时间", "payments.credit_amount": "收入金额",
        "payments.debit_amount": "支出金额", "payments.payer": "对方户名", "payments.memo": "交易用途"},
        "notes": ["收入金额 carries an explicit plus sign (+12345.00)",
                  "the zero row is 利息税 +0.00 in 收入金额: skipped as zero amount, not rejected"]}
    return f


def abc_web_page():
    """农业银行 账户明细 downloaded as ".xls" that is an HTML page (a portal's Excel download)."""
    f = Fixture("banks/农业银行_账户明细_网页导出_202610.xls", "gb18030", delimiter="\t")
    f.html = True
    f.preamble = [["中国农业银行账户明细"], ["账户名称：" + COMPANY, "", "账户号：" + OWN_ACCOUNTS["农业银行"]]]
    f.header = ["交易时间", "对方户名", "对方账号", "交易用途", "支出金额", "收入金额", "账户余额"]
    for t in month("abc_web_page", n_in=5, n_out=2):
        inc = incoming(t)
        cells = [t["at"].strftime("%Y-%m-%d %H:%M:%S"), t["party"], t["account"] if t["party"] else "", t["memo"],
                 "" if inc else thousands(t["amount"]), thousands(t["amount"]) if inc else "",
                 thousands(t["balance"])]
        f.rows.append(fate(t, cells))
    f.rows.append(skipped(["合计", "", "", "", "", "", ""], "total"))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易时间", "payments.credit_amount": "收入金额",
        "payments.debit_amount": "支出金额", "payments.payer": "对方户名", "payments.memo": "交易用途"},
        "notes": ["an HTML page named .xls (<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">, "
                  "<meta charset=gb2312>, one <tr> per row): what many portals send as their Excel download; "
                  "Excel and WPS open it as a sheet, so it is read as one: each <tr> a row, line numbers are "
                  "row numbers, cells named as A1",
                  "the title row is one cell spanning the table (colspan)"]}
    return f


def bocom():
    """交通银行 账户明细: unsigned 交易金额 with a 借贷 column holding 借 Dr / 贷 Cr."""
    f = Fixture("banks/交通银行_账户明细_202610.csv", "gb18030")
    f.preamble = [["交通银行对公账户交易明细"], ["账号:", "443066285018170012345", "户名:", COMPANY],
                  ["查询时间段:", "2026-10-01至2026-10-31"]]
    f.header = ["序号", "交易日期", "交易时间", "交易类型", "借贷", "交易金额", "余额", "对方账号", "对方户名", "交易地点",
                "摘要"]
    for i, t in enumerate(month("bocom", n_in=6, n_out=4)):
        cells = [str(i + 1), t["at"].strftime("%Y-%m-%d"), t["at"].strftime("%H:%M:%S"),
                 "转账" if t["party"] else "结息", "贷 Cr" if incoming(t) else "借 Dr",
                 fmt2(t["amount"]), fmt2(t["balance"]), t["account"] if t["party"] else "", t["party"], "",
                 t["memo"]]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易日期", "payments.amount": "交易金额", "payments.direction": "借贷",
        "payments.payer": "对方户名", "payments.memo": "摘要"},
        "direction_words": {"in": ["贷 Cr"], "out": ["借 Dr"]},
        "notes": ["issue 14's silent error: 借 Dr rows (tax paid, 国家税务总局…) were counted as received. "
                  "借贷 must be read as the direction column; 借 Dr = out, 贷 Cr = in",
                  "序号 is a running number, never a payment id"]}
    return f


def boc_corporate():
    """中国银行 企业网银 交易明细: bilingual headers, direction only in 交易类型 (来账/往账), the payer in
    付款人名称 on incoming rows and our own name there on outgoing rows. Must be refused."""
    f = Fixture("banks/中国银行_企业网银_交易明细_202610.csv", "gb18030")
    f.header = ["交易类型[ Transaction Type ]", "业务类型[ Business Type ]", "付款人账号[ Debit Account No. ]",
                "付款人名称[ Payer's Name ]", "收款人账号[ Payee's Account No. ]", "收款人名称[ Payee's Name ]",
                "交易日期[ Transaction Date ]", "交易时间[ Transaction Time ]", "交易货币[ Trade Currency ]",
                "交易金额[ Trade Amount ]", "交易后余额[ After-transaction balance ]", "交易流水号[ Transaction reference number ]",
                "用途[ Purpose ]", "附言[ Remark ]"]
    own = "745870123456"
    for i, t in enumerate(month("boc_corporate", n_in=5, n_out=3, zero=False)):
        inc = incoming(t)
        payer, payer_acct = (t["party"], t["account"]) if inc else (COMPANY, own)
        payee, payee_acct = (COMPANY, own) if inc else (t["party"], t["account"])
        cells = ["来账" if inc else "往账", "普通汇兑", payer_acct, payer, payee_acct, payee,
                 t["at"].strftime("%Y%m%d"), t["at"].strftime("%H:%M:%S"), "人民币", fmt2(t["amount"]),
                 fmt2(t["balance"]), f"{260000 + i * 13}", t["memo"], ""]
        f.rows.append(fate(t, cells))
    f.expect = {"refuse": "direction not understood: 交易类型 holds 来账/往账 and 交易金额 is unsigned; the payer "
                          "column depends on the direction (付款人名称 is our own company on 往账 rows)",
                "notes": ["headers are bilingual, `中文[ English ]`: normalisation does not strip the English part, "
                          "so no payments field is recognised except through the bracket-stripping rule "
                          "(which today covers only units)",
                          "a reader that learns 来账 = in / 往账 = out may read it only with --map "
                          "payments.direction=交易类型 and a payer taken from 付款人名称: it must not guess",
                          "if read with those mappings: 5 incoming rows (1 of them from our own company: "
                          "internal transfer) and 3 outgoing rows"]}
    return f


def rural_flag():
    """A rural commercial bank statement whose direction sits in a column headed only 标志."""
    f = Fixture("banks/农村商业银行_对账单_202610.csv", "gb18030")
    f.preamble = [["深圳农村商业银行 对账单"], ["户名：" + COMPANY, "账号：000188990012345678"]]
    f.header = ["日期", "摘要", "发生额", "标志", "余额", "对方户名", "对方账号"]
    for t in month("rural_flag", n_in=4, n_out=3, internal=False):
        cells = [t["at"].strftime("%Y/%m/%d"), t["memo"], fmt2(t["amount"]), "贷" if incoming(t) else "借",
                 fmt2(t["balance"]), t["party"], t["account"] if t["party"] else ""]
        f.rows.append(fate(t, cells))
    f.expect = {"refuse": "column 标志 holds direction words (借/贷) but is not a known direction column; "
                          "发生额 is unsigned, so the sign cannot be decided",
                "notes": ["what to tell the user: map it with --map payments.direction=标志",
                          "with that mapping: 4 incoming rows accepted, 3 outgoing skipped, the zero row skipped"]}
    return f


def psbc():
    """邮储银行 账户交易明细: summary block above the header, 支出金额/收入金额, 序号 first."""
    f = Fixture("banks/邮储银行_账户交易明细_202610.csv", "gb18030")
    txns = month("psbc", n_in=6, n_out=3)
    tin = sum(t["amount"] for t in txns if incoming(t))
    tout = sum(t["amount"] for t in txns if not incoming(t))
    nin = sum(1 for t in txns if incoming(t))
    f.preamble = [["中国邮政储蓄银行账户交易明细", "", "", "", "", "", "", "", "", "", "", ""],
                  ["账号", "944003010012345678", "", "", "户名", COMPANY, "", ""],
                  ["收入总金额", thousands(tin), "", "", "支出总金额", thousands(tout), "", ""],
                  ["收入总笔数", f"{nin}笔", "", "", "支出总笔数", f"{len(txns) - nin}笔", "", ""],
                  ["起止日期", "2026年10月01日-2026年10月31日", "", "", "数据查询导出时间", "2026年11月02日09:13:45"]]
    f.header = ["序号", "交易日期", "交易时间", "记账日期", "支出金额", "收入金额", "余额", "对方账号", "对方户名", "对方行名",
                "用途", "附言", "摘要", "交易流水号"]
    for i, t in enumerate(txns):
        inc = incoming(t)
        cells = [str(i + 1), t["at"].strftime("%Y-%m-%d"), t["at"].strftime("%H:%M:%S"), t["at"].strftime("%Y-%m-%d"),
                 "0.00" if inc else thousands(t["amount"]), thousands(t["amount"]) if inc else "0.00",
                 thousands(t["balance"]), t["account"] if t["party"] else "", t["party"],
                 "中国邮政储蓄银行股份有限公司深圳分行" if t["party"] else "", t["memo"], t["memo"],
                 "行内公到公转账" if t["party"] else "结息", f"{54947000 + i * 17}"]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "交易流水号", "payments.payment_date": "交易日期",
        "payments.credit_amount": "收入金额", "payments.debit_amount": "支出金额",
        "payments.payer": "对方户名", "payments.memo": "用途"},
        "notes": ["the summary block above the header (收入总金额 …, 收入总笔数 6笔) is preamble, not data",
                  "交易日期 and 记账日期 both present: 交易日期 is taken (earlier in the synonym list)"]}
    return f


def cmbc():
    """民生银行 企业网银 交易明细: label/value preamble, payer 对方账号名称."""
    f = Fixture("banks/民生银行_交易明细_202610.csv", "gb18030")
    f.preamble = [["账户名称:", COMPANY], ["账号:", "641979486"], ["币种:", "人民币"]]
    f.header = ["交易时间", "交易流水号", "借方发生额", "贷方发生额", "账户余额", "凭证号", "客户附言", "对方账号",
                "对方账号名称", "对方开户行"]
    for i, t in enumerate(month("cmbc", n_in=5, n_out=3)):
        inc = incoming(t)
        cells = [t["at"].strftime("%Y-%m-%d %H:%M:%S"), f"CMBC{2610000 + i}", "" if inc else fmt2(t["amount"]),
                 fmt2(t["amount"]) if inc else "", fmt2(t["balance"]), f"98000000{i:05d}", t["memo"],
                 t["account"] if t["party"] else "", t["party"], "中国工商银行总行清算中心" if t["party"] else ""]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "交易流水号", "payments.payment_date": "交易时间",
        "payments.credit_amount": "贷方发生额", "payments.debit_amount": "借方发生额",
        "payments.payer": "对方账号名称", "payments.memo": "客户附言"},
        "notes": ["对方账号名称 is the payer word (not yet a synonym)"]}
    return f


def pingan():
    """平安银行 企业网银 交易明细: 收入/支出 pair, UTF-8 with BOM."""
    f = Fixture("banks/平安银行_交易明细_202610.csv", "utf-8-bom")
    f.header = ["交易时间", "账号", "收入", "支出", "账户余额", "对方户名", "对方账号", "对方账号开户行", "摘要",
                "交易流水号", "核心唯一流水号", "交易用途", "币种"]
    for i, t in enumerate(month("pingan", n_in=6, n_out=3)):
        inc = incoming(t)
        cells = [t["at"].strftime("%Y-%m-%d %H:%M:%S"), "\t15000098765432", fmt2(t["amount"]) if inc else "",
                 "" if inc else fmt2(t["amount"]), fmt2(t["balance"]), t["party"],
                 ("\t" + t["account"]) if t["party"] else "", "平安银行深圳分行" if t["party"] else "", t["memo"],
                 f"PA{2610000 + i * 3}", f"PACORE{2610000 + i * 3}", t["memo"], "CNY"]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "交易流水号", "payments.payment_date": "交易时间",
        "payments.credit_amount": "收入", "payments.debit_amount": "支出",
        "payments.payer": "对方户名", "payments.memo": "摘要"},
        "notes": ["account numbers carry a leading TAB (Excel protection): undone",
                  "账号 here is our own account, not the counterparty's"]}
    return f


def spdb():
    """浦发银行 账户明细: one info row, 存入金额/取出金额, payer 交易对手名称, `2026/10/03  14:06:51`."""
    f = Fixture("banks/浦发银行_账户明细_202610.csv", "gb18030")
    f.preamble = [["账号", "9512007880123456", "账户名称", COMPANY, "日期范围", "20261001-20261031"]]
    f.header = ["顺序号", "交易日期", "交易类型", "存入金额", "取出金额", "余额", "交易对手名称", "交易对手账号", "附言"]
    for i, t in enumerate(month("spdb", n_in=5, n_out=3)):
        inc = incoming(t)
        cells = [str(i + 1), t["at"].strftime("%Y/%m/%d  %H:%M:%S"), "转账" if t["party"] else "结息",
                 fmt2(t["amount"]) if inc else "", "" if inc else fmt2(t["amount"]), fmt2(t["balance"]),
                 t["party"], t["account"] if t["party"] else "", t["memo"]]
        f.rows.append(fate(t, cells))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易日期", "payments.credit_amount": "存入金额",
        "payments.debit_amount": "取出金额", "payments.payer": "交易对手名称", "payments.memo": "附言"},
        "notes": ["date and time separated by two spaces", "交易对手名称 is the payer word (not yet a synonym)"]}
    return f


def citic():
    """中信银行 企业网银 明细 saved as Excel 'Unicode text': UTF-16LE, TAB, 借贷标记 with D/C."""
    f = Fixture("banks/中信银行_账户明细_202610.txt", "utf-16le", delimiter="\t")
    f.preamble = [["中信银行账户明细查询"], ["账号", "8110701012345678901"], ["户名", COMPANY]]
    f.header = ["交易日期", "交易时间", "借贷标记", "交易金额", "账户余额", "对方账号", "对方账户名", "摘要", "柜员流水号"]
    for i, t in enumerate(month("citic", n_in=6, n_out=4)):
        cells = [t["at"].strftime("%Y%m%d"), t["at"].strftime("%H%M%S"), "C" if incoming(t) else "D",
                 thousands(t["amount"]), thousands(t["balance"]), t["account"] if t["party"] else "", t["party"],
                 t["memo"], f"{31000000 + i * 11}"]
        f.rows.append(fate(t, cells))
    f.rows.append(skipped(["合计", "", "", "", "", "", "", "", ""], "total"))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易日期", "payments.amount": "交易金额", "payments.direction": "借贷标记",
        "payments.payer": "对方账户名", "payments.memo": "摘要"},
        "direction_words": {"in": ["C"], "out": ["D"]},
        "notes": ["issue 14's second silent error: a 借贷标记 column not understood; D = paid out, C = received",
                  "TAB-separated; amounts contain commas (1,234.00) which are not delimiters here",
                  "交易时间 is HHMMSS without separators (date is in 交易日期)"]}
    return f


def cib():
    """兴业银行 交易明细: unsigned 交易金额 with 收支 = 收/支."""
    f = Fixture("banks/兴业银行_交易明细_202610.csv", "gb18030")
    f.preamble = [["兴业银行交易明细"], ["账户名称：" + COMPANY], ["账号：337010100100123456"]]
    f.header = ["交易日期", "交易时间", "收支", "交易金额", "账户余额", "对方户名", "对方账号", "对方开户行", "用途", "摘要"]
    for t in month("cib", n_in=5, n_out=3):
        cells = [t["at"].strftime("%Y-%m-%d"), t["at"].strftime("%H:%M:%S"), "收" if incoming(t) else "支",
                 fmt2(t["amount"]), fmt2(t["balance"]), t["party"], t["account"] if t["party"] else "",
                 "兴业银行深圳分行" if t["party"] else "", t["memo"], t["memo"]]
        f.rows.append(fate(t, cells))
    f.rows.append(skipped(["以上数据仅供参考，具体内容请以柜台为准"], "footer"))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_date": "交易日期", "payments.amount": "交易金额", "payments.direction": "收支",
        "payments.payer": "对方户名", "payments.memo": "用途"},
        "direction_words": {"in": ["收"], "out": ["支"]},
        "notes": ["收支 (without the slash of 收/支) is the direction header"]}
    return f


def hxb():
    """华夏银行 账户明细: 交易方向 = 收入/支出, payer 对方账户名称 … here 对方单位 is used."""
    f = Fixture("banks/华夏银行_账户明细_202610.csv", "utf-8-bom")
    f.preamble = [["华夏银行单位账户交易明细"], ["账号：10567000000312345", "户名：" + COMPANY],
                  ["起止日期：2026年10月1日至2026年10月31日"], [""]]
    f.header = ["交易日期", "交易方向", "交易金额", "余额", "对方单位", "对方账号", "对方行名", "摘要", "流水号"]
    for i, t in enumerate(month("hxb", n_in=6, n_out=3)):
        cells = [t["at"].strftime("%Y年%m月%d日"), "收入" if incoming(t) else "支出", "¥" + thousands(t["amount"]),
                 thousands(t["balance"]), t["party"], t["account"] if t["party"] else "",
                 "华夏银行深圳分行" if t["party"] else "", t["memo"], f"HX{2610000 + i}"]
        f.rows.append(fate(t, cells))
    f.rows.append(skipped(["", "", "", "", "", "", "", "", ""], "blank"))
    f.rows.append(skipped(["打印日期：2026-11-02"], "footer"))
    f.expect = {"kind": "payments", "roles": {
        "payments.payment_id": "流水号", "payments.payment_date": "交易日期", "payments.amount": "交易金额",
        "payments.direction": "交易方向", "payments.payer": "对方单位", "payments.memo": "摘要"},
        "direction_words": {"in": ["收入"], "out": ["支出"]},
        "notes": ["dates 2026年10月08日; amounts ¥1,234.00",
                  "the row of empty cells and the printed-by line after the data are not data"]}
    return f


ALL = [icbc_web, icbc_history, icbc_flag, ccb, ccb_two_row, cmb_corporate, cmb_time_only, cmb_signed, abc, abc_web_page, bocom, boc_corporate,
       rural_flag, psbc, cmbc, pingan, spdb, citic, cib, hxb]
