#!/usr/bin/env python3
"""The pandas alternative: what a user would write instead of MonthEnd, for the benchmark.

    pandas_month.py DIR OUT.xlsx

Reads the exports bench/generate_month.py writes (file names by pattern, the right encoding per
file, skiprows for title lines, dtype=str so ids keep their zeros), does the same joins, and writes
the same rows with pandas' XlsxWriter engine (default options, as a user would). Prints a few
figures as JSON on stdout so they can be set beside monthend's summary.

Comparable work, done vectorised:
- courier: both bills to one table (顺丰 one row per fee item, 中通 one row per waybill), ids
  repaired (`.0`, `="..."`), unreadable rows dropped; statuses duplicate / not_shipped /
  collect_billed / weight_mismatch / fee_mismatch / matched against slips and the rate card
  (chargeable weight rounded up to the step), disputed, to pay, weight effect, price difference,
  not-billed slips, re-billing total, per (courier, account) summary with status counts;
- receivables: invoices (void skipped, credit notes netted against their original), customers
  resolved by name or alias, payers by name, alias or a memo invoice number; memo-named invoices
  paid first, the rest first in first out by due date per customer (cumulative sums), unapplied
  credit, aging buckets per invoice and per customer, the next month's dunning plan;
- stock: book (column or opening + received - issued), variance, tolerance by unit, value, flags;
- orders: placed, completed, remaining; one exceptions list; a sources sheet.

What it skips or simplifies (so it does less than MonthEnd, never more): no header detection (file
names and column names are hard-coded), no per-row rejection report with line and column, no
encoding sniffing, floats instead of exact money (rounded at the end), FIFO ignores payment dates
(every payment settles the oldest invoices of its customer, in one pass), credit notes only net
against their original, no exact-amount rule, no formulas or conditional formats or data
validation or print set-up in the workbook, no atomic rename, no SHA-256 of inputs.
"""
import glob
import json
import os
import re
import sys

import numpy as np
import pandas as pd

PERIOD_START = pd.Timestamp("2026-10-01")
PERIOD_END = pd.Timestamp("2026-10-31")
AS_OF = PERIOD_END
COURIERS = {"顺丰": "顺丰", "顺丰速运": "顺丰", "SF": "顺丰", "中通": "中通", "中通快递": "中通", "ZTO": "中通"}
PROVINCE_SUFFIX = r"(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$"
EXCEL_ROWS = 1_048_576
YES = {"是", "Y", "y", "yes", "1", "true", "√"}


def find(folder, pattern):
    paths = sorted(glob.glob(os.path.join(folder, pattern)))
    if not paths:
        sys.exit(f"no file matches {pattern} in {folder}")
    return paths[0]


def money(series):
    s = series.astype(str).str.replace(r"[,¥￥元\s]", "", regex=True)
    return pd.to_numeric(s, errors="coerce")


def dates(series):
    s = series.astype(str).str.replace("年", "-").str.replace("月", "-").str.replace("日", "")
    return pd.to_datetime(s, format="mixed", errors="coerce").dt.normalize()


def province(series):
    s = series.astype(str).str.replace(r"\s", "", regex=True)
    s = s.str.extract(r"^(.*?(?:壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)|.*)")[0]
    return s.str.replace(PROVINCE_SUFFIX, "", regex=True)


def clean_id(series):
    return (series.astype(str).str.strip().str.replace(r'^="?|"$', "", regex=True)
            .str.lstrip("'`").str.replace(r"\.0$", "", regex=True))


def courier_area(folder, sources):
    sf_path = find(folder, "*顺丰*.csv")
    sf = pd.read_csv(sf_path, encoding="gb18030", skiprows=1, dtype=str)
    sources.append((sf_path, "courier_bill", "gb18030", len(sf)))
    sf.columns = [c.replace("\n", "") for c in sf.columns]
    sf = sf[~sf["序号"].astype(str).str.startswith("合计")]
    sf = pd.DataFrame({
        "waybill": clean_id(sf["运单号码"]), "date": dates(sf["日期"]), "courier": "顺丰",
        "account": sf["月结卡号"], "destination": province(sf["到件地区"]), "fee_type": sf["服务"],
        "weight": pd.to_numeric(sf["计费重量(公斤)"], errors="coerce"), "amount": money(sf["应付金额"]),
    })
    sf["freight"] = np.where(sf["fee_type"] == "运费", sf["amount"], np.nan)

    zto_path = find(folder, "*中通*.csv")
    zto = pd.read_csv(zto_path, encoding="utf-8-sig", dtype=str)
    sources.append((zto_path, "courier_bill", "utf-8-bom", len(zto)))
    zto = zto[~zto["运单号"].astype(str).str.contains("E+", regex=False)]
    zto = pd.DataFrame({
        "waybill": clean_id(zto["运单号"]), "date": dates(zto["扫描时间"]), "courier": "中通",
        "account": zto["月结账号"], "destination": province(zto["目的省份"]), "fee_type": "运费",
        "weight": pd.to_numeric(zto["结算重量"], errors="coerce"), "amount": money(zto["合计费用"]),
        "freight": money(zto["运费"]),
    })
    bill = pd.concat([sf, zto], ignore_index=True)
    bill = bill.dropna(subset=["waybill", "date", "amount", "weight"]).reset_index(drop=True)

    slips_path = find(folder, "寄件登记*.csv")
    slips = pd.read_csv(slips_path, encoding="utf-8", skiprows=1, dtype=str)
    sources.append((slips_path, "courier_slips", "utf-8", len(slips)))
    slips = pd.DataFrame({
        "waybill": clean_id(slips["运单号"]), "slip_date": dates(slips["寄件日期"]),
        "slip_courier": slips["快递公司"].map(COURIERS), "slip_account": slips["月结账号"],
        "customer": slips["客户名称"], "slip_weight": pd.to_numeric(slips["重量(kg)"], errors="coerce"),
        "slip_destination": province(slips["目的省份"]), "payment": slips["付款方式"],
        "charge": slips["是否向客户收费"].fillna("").str.strip().isin(YES),
    })
    slips = slips.drop_duplicates("waybill")

    card_path = find(folder, "价格表*.csv")
    card = pd.read_csv(card_path, encoding="utf-8", dtype=str)
    sources.append((card_path, "rate_card", "utf-8", len(card)))
    card = pd.DataFrame({
        "courier": card["快递公司"].map(COURIERS), "destination": province(card["目的省份"]),
        "first": pd.to_numeric(card["首重(kg)"]), "first_price": pd.to_numeric(card["首重价格"]),
        "add_price": pd.to_numeric(card["续重价格(元/kg)"]), "step": pd.to_numeric(card["续重单位(kg)"]),
    }).drop_duplicates(["courier", "destination"])

    bill["duplicate"] = bill.duplicated(["waybill", "fee_type"])
    bill = bill.merge(slips, on="waybill", how="left", indicator=True)
    bill["destination"] = bill["destination"].fillna(bill["slip_destination"])
    bill = bill.merge(card, on=["courier", "destination"], how="left")
    freight_line = bill["fee_type"].isin(["运费", "快递费", "基础运费", "freight"])
    priced = bill["first_price"].notna()
    shipped = bill["_merge"] == "both"

    def chargeable(w):
        return np.maximum(bill["first"], np.ceil(np.round(w / bill["step"], 6)) * bill["step"])

    def rate(c):
        return (bill["first_price"] + (c - bill["first"]) * bill["add_price"]).round(2)

    slip_charge = np.where(priced, chargeable(bill["slip_weight"]), bill["slip_weight"])
    at_billed = rate(chargeable(bill["weight"]))
    at_slip = rate(chargeable(bill["slip_weight"]))
    collect = bill["payment"].isin(["到付", "第三方付"])
    over_weight = freight_line & bill["slip_weight"].notna() & (bill["weight"] - slip_charge > 0.5)
    fee_off = freight_line & priced & ((bill["freight"] - at_billed).abs() > 0.01)
    status = np.select(
        [bill["duplicate"], ~shipped, collect, over_weight, fee_off],
        ["duplicate", "not_shipped", "collect_billed", "weight_mismatch", "fee_mismatch"], "matched")
    bill["status"] = status
    disputed = np.select(
        [np.isin(status, ["duplicate", "not_shipped", "collect_billed"]), status == "weight_mismatch",
         status == "fee_mismatch"],
        [bill["amount"], (bill["freight"] - at_slip).fillna(0), bill["freight"] - at_billed], 0.0)
    bill["disputed"] = np.round(disputed, 2)
    bill["to_pay"] = (bill["amount"] - bill["disputed"].clip(lower=0)).round(2)
    has_contract = freight_line & shipped & priced
    bill["expected"] = np.where(has_contract, at_slip, np.nan)
    bill["weight_effect"] = np.where(has_contract, (at_billed - at_slip).fillna(0), np.nan)
    bill["price_difference"] = np.where(has_contract, bill["freight"] - at_billed, np.nan)
    bill["reason"] = np.where(
        (bill["destination"] != bill["slip_destination"]) & shipped, "目的地与登记不符", "")

    in_period = slips["slip_date"].between(PERIOD_START, PERIOD_END)
    we_pay = ~slips["payment"].isin(["到付", "第三方付"])
    not_billed = slips[in_period & we_pay & ~slips["waybill"].isin(bill["waybill"])].copy()
    not_billed["status"] = "not_billed"

    lines = pd.concat([
        bill[["waybill", "date", "courier", "account", "destination", "fee_type", "weight", "slip_weight",
              "amount", "expected", "weight_effect", "price_difference", "disputed", "to_pay", "status",
              "reason"]],
        not_billed.rename(columns={"slip_date": "date", "slip_courier": "courier", "slip_account": "account",
                                   "slip_destination": "destination"})[
            ["waybill", "date", "courier", "account", "destination", "slip_weight", "status"]],
    ], ignore_index=True)
    lines["review"] = ""

    by_account = bill.groupby(["courier", "account"]).agg(
        lines=("waybill", "size"), billed=("amount", "sum"),
        disputed=("disputed", lambda d: d.clip(lower=0).sum()), to_pay=("to_pay", "sum"))
    by_account = by_account.join(pd.crosstab([bill["courier"], bill["account"]], bill["status"])).reset_index()

    figures = {
        "bill_lines": int(len(bill)), "billed_total": round(float(bill["amount"].sum()), 2),
        "slips": int(in_period.sum()),
        "status_counts": {k: int(v) for k, v in bill["status"].value_counts().items()},
        "not_billed": int(len(not_billed)),
        "disputed_total": round(float(bill["disputed"].clip(lower=0).sum()), 2),
        "rebill_total": round(float(bill.loc[bill["charge"].fillna(False).astype(bool), "to_pay"].sum()), 2),
    }
    exceptions = pd.concat([
        pd.DataFrame({"area": "快递", "key": bill["waybill"], "amount": bill["disputed"],
                      "reason": bill["status"]})[bill["status"] != "matched"],
        pd.DataFrame({"area": "快递", "key": not_billed["waybill"], "amount": 0.0, "reason": "not_billed"}),
    ])
    return lines, by_account, figures, exceptions


def receivables_area(folder, sources):
    cust_path = find(folder, "客户档案*.csv")
    cust = pd.read_csv(cust_path, encoding="utf-8-sig", dtype=str)
    sources.append((cust_path, "customers", "utf-8-bom", len(cust)))
    names = pd.concat([
        pd.DataFrame({"name": cust["客户名称"].str.strip(), "code": cust["客户编码"]}),
        pd.DataFrame({"name": cust["别名"].str.strip(), "code": cust["客户编码"]}).dropna(),
    ]).drop_duplicates("name").set_index("name")["code"]
    terms = pd.to_numeric(cust.set_index("客户编码")["账期(天)"], errors="coerce")
    sales = cust.set_index("客户编码")["业务员"]

    inv_path = find(folder, "发票*.csv")
    inv = pd.read_csv(inv_path, encoding="gb18030", dtype=str)
    sources.append((inv_path, "invoices", "gb18030", len(inv)))
    inv = inv[inv["发票状态"] != "作废"]
    inv = pd.DataFrame({
        "number": inv["数电发票号码"].fillna(inv["发票号码"]), "date": dates(inv["开票日期"]),
        "name": inv["购买方名称"].str.strip(), "gross": money(inv["价税合计"]),
        "original": inv["备注"].fillna("").str.extract(r"(\d{20})")[0],
    })
    inv = inv[inv["date"] <= AS_OF]
    inv["customer"] = inv["name"].map(names).fillna(inv["name"])
    credits = inv[inv["gross"] < 0]
    inv = inv[inv["gross"] >= 0].copy()
    inv["gross"] -= inv["number"].map(-credits.groupby("original")["gross"].sum()).fillna(0)
    inv["due"] = inv["date"] + pd.to_timedelta(inv["customer"].map(terms).fillna(30), unit="D")
    inv["salesperson"] = inv["customer"].map(sales)

    pay_path = find(folder, "回款*.csv")
    pay = pd.read_csv(pay_path, encoding="utf-8", skiprows=2, dtype=str)
    sources.append((pay_path, "payments", "utf-8", len(pay)))
    pay = pay[pay["贷方发生额"].notna()]
    pay = pd.DataFrame({
        "date": dates(pay["交易日期"]), "reference": pay["交易流水号"], "payer": pay["对方户名"].str.strip(),
        "amount": money(pay["贷方发生额"]), "memo": pay["摘要"].fillna(""),
    })
    pay = pay[pay["date"] <= AS_OF].reset_index(drop=True)
    runs = pay["memo"].str.findall(r"[A-Za-z0-9]+").explode().dropna()
    named = runs[runs.isin(set(inv["number"]))]
    inv_customer = inv.set_index("number")["customer"]
    first_named = named.groupby(level=0).first()
    pay["customer"] = pay["payer"].map(names)
    pay["customer"] = pay["customer"].fillna(pay["payer"].where(pay["payer"].isin(set(inv["customer"]))))
    pay["customer"] = pay["customer"].fillna(first_named.map(inv_customer))
    pay["unidentified"] = pay["customer"].isna()

    # step 1: invoices named in the memo, in the order named, each up to its amount
    pairs = pd.DataFrame({"pay": named.index, "number": named.values})
    pairs = pairs.merge(inv[["number", "gross", "customer"]], on="number")
    pairs = pairs[pairs["customer"].values == pay.loc[pairs["pay"], "customer"].values]
    pairs["want"] = np.minimum(pairs["gross"], pay.loc[pairs["pay"], "amount"].values)
    pairs["before"] = pairs.groupby("pay")["want"].cumsum() - pairs["want"]
    pairs["applied"] = np.clip(pay.loc[pairs["pay"], "amount"].values - pairs["before"], 0, pairs["want"])
    pairs["inv_before"] = pairs.groupby("number")["applied"].cumsum() - pairs["applied"]
    pairs["applied"] = np.clip(pairs["gross"] - pairs["inv_before"], 0, pairs["applied"])
    named_paid = pairs.groupby("number")["applied"].sum()
    pay["applied_named"] = pairs.groupby("pay")["applied"].sum().reindex(pay.index, fill_value=0)
    pay["applied_to"] = (pairs["number"] + ": " + pairs["applied"].round(2).astype(str)).groupby(pairs["pay"]).agg(
        ", ".join).reindex(pay.index, fill_value="")

    # step 3: the rest, first in first out over the customer's open invoices by due date
    inv["open0"] = inv["gross"] - inv["number"].map(named_paid).fillna(0)
    inv = inv.sort_values(["customer", "due", "date", "number"])
    rest = (pay[~pay["unidentified"]].assign(rest=lambda p: p["amount"] - p["applied_named"])
            .groupby("customer")["rest"].sum())
    cum = inv.groupby("customer")["open0"].cumsum()
    pool = inv["customer"].map(rest).fillna(0)
    fifo = np.clip(pool - (cum - inv["open0"]), 0, inv["open0"])
    inv["paid"] = inv["gross"] - inv["open0"] + fifo
    inv["open"] = (inv["gross"] - inv["paid"]).round(2)
    unapplied = (rest - inv.groupby("customer")["open0"].sum().reindex(rest.index, fill_value=0)).clip(lower=0)
    unapplied_total = float(unapplied.sum() + pay.loc[pay["unidentified"], "amount"].sum())

    inv["days_past_due"] = (AS_OF - inv["due"]).dt.days
    inv["bucket"] = pd.cut(inv["days_past_due"], [-np.inf, 0, 30, 60, 90, np.inf],
                           labels=["current", "1-30", "31-60", "61-90", "90+"])
    open_inv = inv[inv["open"] > 0]
    aging = open_inv.pivot_table(index=["customer", "salesperson"], columns="bucket", values="open",
                                 aggfunc="sum", fill_value=0, observed=False)
    aging["total"] = aging.sum(axis=1)
    aging = aging.reset_index()

    days = pd.DataFrame({"day": pd.date_range("2026-11-01", "2026-11-30")})
    plan = open_inv[["customer", "salesperson", "number", "open", "due"]].merge(days, how="cross")
    weekday = plan["day"].dt.day_of_week
    before = (plan["day"] <= plan["due"]) & (plan["day"] >= plan["due"] - pd.Timedelta(days=14)) & weekday.isin([0, 3])
    after = (plan["day"] > plan["due"]) & (weekday < 5)
    plan = plan[before | after]
    plan = plan.assign(days=(plan["day"] - plan["due"]).dt.days,
                       item=lambda p: p["number"] + " " + p["open"].round(2).astype(str))
    dunning = plan.groupby(["day", "customer", "salesperson"]).agg(
        invoices=("item", "; ".join), total_open=("open", "sum"), worst=("days", "max")).reset_index()
    dunning["kind"] = np.where(dunning["worst"] > 0, "overdue", "before due")

    applied_total = float(pay["amount"].sum()) - unapplied_total
    figures = {
        "invoices": int(len(inv)),
        "invoiced_in_period": round(float(inv.loc[inv["date"] >= PERIOD_START, "gross"].sum()), 2),
        "payments": int(len(pay)),
        "received_in_period": round(float(pay.loc[pay["date"] >= PERIOD_START, "amount"].sum()), 2),
        "applied_total": round(applied_total, 2), "unapplied_total": round(unapplied_total, 2),
        "unidentified_payments": int(pay["unidentified"].sum()),
        "outstanding_total": round(float(open_inv["open"].sum()), 2),
        "overdue_total": round(float(open_inv.loc[open_inv["days_past_due"] > 0, "open"].sum()), 2),
        "dunning_reminders": int(len(dunning)),
    }
    receivables = inv[["number", "customer", "salesperson", "date", "due", "gross", "paid", "open",
                       "days_past_due", "bucket"]]
    payments = pay[["date", "reference", "payer", "customer", "amount", "applied_to"]]
    exceptions = pd.concat([
        pd.DataFrame({"area": "应收", "key": pay.loc[pay["unidentified"], "reference"],
                      "amount": pay.loc[pay["unidentified"], "amount"], "reason": "unidentified"}),
        pd.DataFrame({"area": "应收", "key": unapplied.index, "amount": unapplied.values, "reason": "overpayment"})[
            unapplied.values > 0],
        pd.DataFrame({"area": "应收", "key": open_inv["number"], "amount": open_inv["open"],
                      "reason": "overdue"})[open_inv["days_past_due"].values > 0],
    ])
    return receivables, payments, aging, dunning, figures, exceptions


def stock_area(folder, sources):
    path = find(folder, "*盘点*.txt")
    st = pd.read_csv(path, encoding="utf-16", sep="\t", skiprows=3, dtype=str)
    sources.append((path, "stock_count", "utf-16le", len(st)))
    st = st[~st["序号"].astype(str).str.startswith("合计")]
    st = st.drop_duplicates(["物料编码", "仓库"])
    num = {c: money(st[c]) for c in ["期初数量", "本月入库", "本月出库", "账存数量", "实盘数量", "单价"]}
    computed = num["期初数量"].fillna(0) + num["本月入库"].fillna(0) - num["本月出库"].fillna(0)
    has_parts = num["期初数量"].notna() | num["本月入库"].notna() | num["本月出库"].notna()
    book = num["账存数量"].fillna(computed.where(has_parts))
    counted = num["实盘数量"]
    variance = (counted - book).round(6)
    measured = st["单位"].isin(["米", "m", "千克", "kg", "公斤", "吨", "t"])
    tolerance = np.where(measured, book.abs() * 0.005, 0)
    cost = num["单价"].fillna(0)
    flag = np.select(
        [counted.isna(), book.isna() & counted.notna(), variance.abs() > tolerance,
         num["账存数量"].notna() & has_parts & ((computed - num["账存数量"]).abs() > 1e-9)],
        ["not_counted", "not_on_book", "variance", "book does not add up"], "")
    out = pd.DataFrame({
        "code": st["物料编码"], "name": st["物料名称"], "spec": st["规格型号"], "unit": st["单位"],
        "location": st["仓库"], "opening": num["期初数量"], "received": num["本月入库"], "issued": num["本月出库"],
        "book": book, "counted": counted, "variance": variance,
        "variance_pct": (variance / book.where(book != 0)).round(4), "unit_cost": num["单价"],
        "value": (variance.fillna(counted.where(book.isna())) * cost).round(2), "flag": flag,
    })
    figures = {
        "items": int(len(out)), "variance_items": int((out["flag"] == "variance").sum()),
        "not_counted": int((out["flag"] == "not_counted").sum()),
        "not_on_book": int((out["flag"] == "not_on_book").sum()),
        "shortage_value": round(float(-out.loc[out["value"] < 0, "value"].sum()), 2),
        "surplus_value": round(float(out.loc[out["value"] > 0, "value"].sum()), 2),
    }
    exceptions = pd.DataFrame({"area": "盘点", "key": out["code"], "amount": out["value"], "reason": out["flag"]})[
        out["flag"] != ""]
    return out, figures, exceptions


def orders_area(folder, sources):
    path = find(folder, "订单*.csv")
    od = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    sources.append((path, "orders", "utf-8-bom", len(od)))
    placed_on = dates(od["下单日期"])
    done_on = dates(od["完成日期"])
    placed = placed_on.between(PERIOD_START, PERIOD_END)
    completed = done_on.between(PERIOD_START, PERIOD_END)
    remaining = (placed_on <= PERIOD_END) & ~(done_on <= PERIOD_END)
    figures = {"placed": int(placed.sum()), "completed": int(completed.sum()), "remaining": int(remaining.sum())}
    table = pd.DataFrame({"figure": list(figures), "count": list(figures.values())})
    return table, figures


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: pandas_month.py DIR OUT.xlsx")
    folder, out = sys.argv[1], sys.argv[2]
    sources = []
    lines, by_account, courier, ex1 = courier_area(folder, sources)
    receivables, payments, aging, dunning, recv, ex2 = receivables_area(folder, sources)
    stock, stock_figures, ex3 = stock_area(folder, sources)
    orders, order_figures = orders_area(folder, sources)
    exceptions = pd.concat([ex1, ex2, ex3], ignore_index=True)
    exceptions["review"] = ""
    figures = {"courier": courier, "receivables": recv, "stock": stock_figures, "orders": order_figures}
    summary = pd.DataFrame([(area, key, json.dumps(value, ensure_ascii=False))
                            for area, items in figures.items() for key, value in items.items()],
                           columns=["area", "figure", "value"])
    src = pd.DataFrame(sources, columns=["path", "kind", "encoding", "rows"])

    with pd.ExcelWriter(out, engine="xlsxwriter", datetime_format="yyyy-mm-dd", date_format="yyyy-mm-dd") as xw:
        for name, frame in [("汇总", summary), ("快递对账", lines), ("快递汇总", by_account),
                            ("应收账款", receivables), ("回款明细", payments), ("账龄", aging),
                            ("催款计划", dunning), ("盘点差异", stock), ("订单统计", orders),
                            ("异常", exceptions), ("数据来源", src)]:
            # Excel stops at 1,048,576 rows: continue on "name (2)", as MonthEnd does
            for part, start in enumerate(range(0, max(len(frame), 1), EXCEL_ROWS - 1)):
                chunk = frame.iloc[start:start + EXCEL_ROWS - 1]
                chunk.to_excel(xw, sheet_name=name if part == 0 else f"{name} ({part + 1})", index=False,
                               freeze_panes=(1, 0))
    json.dump(figures, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
