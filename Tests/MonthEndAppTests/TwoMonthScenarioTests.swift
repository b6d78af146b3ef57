import Foundation
import Testing

/// Month after month with the store (issue 16): the bundled October, then November
/// (Tests/MonthEndAppTests/TwoMonths/2026-11), whose bills carry October's three not-billed slips
/// (SF1013, SF1099, 750000000099) and bill SF1007 again (disputed in October as not shipped), and
/// whose bank statement repeats October's receipts B0005 and B0006.
@Suite struct TwoMonthScenarioTests {
    static let november = "Tests/MonthEndAppTests/TwoMonths/2026-11"

    static func at(_ seconds: Int) -> [String: String] { ["SOURCE_DATE_EPOCH": String(seconds)] }

    @Test func octoberThenNovemberCarriesClosesAndRefuses() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let store = ["--store", dir.appendingPathComponent("monthend.db").path]
        let october = dir.appendingPathComponent("monthend-2026-10.xlsx")
        let novemberBook = dir.appendingPathComponent("monthend-2026-11.xlsx")

        // October: recorded; nothing to carry in yet, so its summary has no `carried` block.
        var result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--out", october.path, "--json", "-"] + store + ["Fixtures/2026-10"],
            environment: Self.at(1000))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\"carried\""))

        // Closed: a second October run is refused, and writes nothing.
        result = try MonthEndCLI.run(
            ["close", "--period", "2026-10", "--by", "王芳"] + store, environment: Self.at(2000))
        #expect(result.status == 0, "\(result.stderr)")
        let signed = try Data(contentsOf: october)
        result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--out", october.path] + store + ["Fixtures/2026-10"],
            environment: Self.at(2500))
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: period 2026-10 was closed by 王芳 on 1970-01-01T00:33:20Z"))
        #expect(
            result.stderr.contains(
                "note: if it must change, run `monthend reopen --period 2026-10 --reason \"...\"` first"))
        #expect(try Data(contentsOf: october) == signed)

        // November: carried in, cleared, repeated and dropped, to the fen.
        result = try MonthEndCLI.run(
            ["run", "--period", "2026-11", "--out", novemberBook.path, "--json", "-"] + store + [Self.november],
            environment: Self.at(3000))
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let courier = try #require(summary["courier"] as? [String: Any])
        #expect(courier["bill_lines"] as? Int == 7)
        #expect(courier["billed_total"] as? String == "96.50")
        #expect(courier["not_billed"] as? Int == 1)
        #expect(courier["disputed_total"] as? String == "28.00")
        #expect(
            courier["status_counts"] as? [String: Int] == [
                "matched": 5, "duplicate": 0, "not_shipped": 1, "collect_billed": 0, "weight_mismatch": 1,
                "fee_mismatch": 0,
            ])
        let receivables = try #require(summary["receivables"] as? [String: Any])
        #expect(receivables["payments"] as? Int == 1)  // B0101 only: B0005 and B0006 were October's
        #expect(receivables["received_in_period"] as? String == "3390.00")
        let carried = try #require(summary["carried"] as? [String: Any])
        #expect(carried["from_period"] as? String == "2026-10")
        #expect(carried["carried_in"] as? Int == 16)
        #expect(carried["carried_in_amount"] as? String == "14197.52")
        #expect(carried["cleared"] as? Int == 10)
        #expect(carried["cleared_amount"] as? String == "72.52")
        #expect(carried["repeat_claims"] as? Int == 1)
        #expect(carried["repeat_claim_amount"] as? String == "25.00")
        #expect(carried["duplicate_payments_dropped"] as? Int == 2)
        #expect(carried["duplicate_payments_amount"] as? String == "12000.00")
        let byKind = try #require(carried["by_kind"] as? [String: [String: Any]])
        #expect(byKind["not_billed"]?["carried_in"] as? Int == 3)
        #expect(byKind["not_billed"]?["carried_in_amount"] as? String == "36.50")
        #expect(byKind["not_billed"]?["cleared"] as? Int == 3)
        #expect(byKind["disputed"]?["carried_in_amount"] as? String == "61.02")
        #expect(byKind["disputed"]?["cleared"] as? Int == 7)
        #expect(byKind["disputed"]?["cleared_amount"] as? String == "36.02")
        #expect(byKind["open_invoice"]?["carried_in_amount"] as? String == "10340.00")
        #expect(byKind["unapplied_payment"]?["carried_in_amount"] as? String == "2960.00")
        #expect(
            result.stderr.contains(
                "carried:     16 open items from 2026-10 (14197.52), 10 cleared (72.52); 1 repeat claims; "
                    + "2 duplicate payments dropped (12000.00)"))

        // The 上期未结 sheet, read back by openpyxl.
        let sheet = try SheetRowsReader.rows(novemberBook, sheet: "上期未结")
        #expect(sheet[0] == ["类型", "来源期间", "单号", "日期", "快递公司", "月结账号", "客户/付款人", "金额", "上期原因", "本期结果", "本期说明", "复核"])
        let billFile = Self.november + "/顺丰月结账单_202611.csv"
        #expect(
            Array(sheet[1].prefix(8)) == ["已寄未出账", "2026-10", "SF1013", "2026-10-15", "顺丰", "0201234567", "", "16.5"])
        #expect(Array(sheet[1].suffix(2)) == ["已结清", "本期账单 \(billFile) 第 4 行 计费，状态 matched"])
        let repeatRow = try #require(sheet.first { $0.count > 2 && $0[2] == "SF1007" })
        #expect(Array(repeatRow.suffix(2)) == ["重复索赔", "本期账单 \(billFile) 第 6 行 再次计费 25.00 元，状态 not_shipped"])
        #expect(sheet[17] == ["合计", "", "", "", "", "", "", "14197.52"])
        #expect(sheet.contains(["上期结转", "16", "14197.52"]))
        #expect(sheet.contains(["本期结清", "10", "72.52"]))
        #expect(sheet.contains(["重复索赔（本期再次计费）", "1", "25"]))
        #expect(sheet.contains(["剔除的重复回款", "2", "12000"]))
        #expect(sheet.contains(["2026-10-28", "B0005", "东海照明有限公司", "4000", "与 2026-10 已计入的回款重复（B0005）"]))
        #expect(sheet.contains(["2026-10-30", "B0006", "华南电子有限公司", "8000", "与 2026-10 已计入的回款重复（B0006）"]))
        // The summary sheet's section: formulas over 上期未结, their stored values read back.
        let front = try SheetRowsReader.rows(novemberBook, sheet: "汇总")
        let goTo = "查看 上期未结"
        #expect(front.contains(["上期未结", "结转自 2026-10"]))
        #expect(front.contains(["上期结转笔数", "16", goTo]))
        #expect(front.contains(["上期结转金额", "14197.52", goTo]))
        #expect(front.contains(["本期结清笔数", "10", goTo]))
        #expect(front.contains(["本期结清金额", "72.52", goTo]))
        #expect(front.contains(["重复索赔笔数", "1", goTo]))
        #expect(front.contains(["剔除的重复回款笔数", "2", goTo]))
        let exceptions = try SheetRowsReader.rows(novemberBook, sheet: "异常")
        #expect(
            exceptions.contains([
                "快递", "SF1007", "repeat_claim", "25", "重复索赔：2026-10 已对此运单提出异议（寄件登记中没有此运单：未寄出却被计费），本期再次计费",
            ]))

        // November's dispute statement for 顺丰 0201234567: SF1007 (raised in October too) and SF2002.
        let statement = dir.appendingPathComponent("快递对账异议单-顺丰-0201234567-2026-11.xlsx")
        let lines = try SheetRowsReader.rows(statement, sheet: "异议明细")
        #expect(lines[0] == ["快递对账异议单 顺丰 0201234567 2026-11"])
        #expect(
            lines[2] == ["SF1007", "2026-10-09", "运费", "2", "", "25", "0", "25", "寄件登记中没有此运单：未寄出却被计费", "2026-10 已提出"])
        #expect(
            lines[3] == [
                "SF2002", "2026-11-05", "运费", "3", "2", "18", "15", "3", "计费重量 3 kg 比寄件计费重量 2 kg 多 1 kg，超过容差 0.5 kg",
            ])
        #expect(lines[4] == ["合计", "", "", "", "", "43", "15", "28"])
        #expect(lines.contains(["月结账号", "0201234567"]))
        #expect(
            !FileManager.default.fileExists(
                atPath: dir.appendingPathComponent("快递对账异议单-中通-ZT8800123-2026-11.xlsx").path))

        // Reopened with a reason: October runs again.
        result = try MonthEndCLI.run(
            ["reopen", "--period", "2026-10", "--reason", "补录10月发票", "--by", "王芳"] + store, environment: Self.at(4000))
        #expect(result.status == 0, "\(result.stderr)")
        result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--out", october.path] + store + ["Fixtures/2026-10"],
            environment: Self.at(5000))
        #expect(result.status == 0, "\(result.stderr)")

        result = try MonthEndCLI.run(["history"] + store)
        #expect(result.status == 0, "\(result.stderr)")
        let history = result.stdout.split(separator: "\n").map(String.init)
        #expect(history.count == 5)
        #expect(
            history[0].hasPrefix(
                "2026-10  run     1970-01-01T00:16:40Z  as of 2026-10-31, 9 files, 16 open items; \(october.path) (sha256 "
            ))
        #expect(history[1].hasPrefix("2026-10  close   1970-01-01T00:33:20Z  by 王芳; \(october.path) (sha256 "))
        #expect(
            history[2].hasPrefix(
                "2026-11  run     1970-01-01T00:50:00Z  as of 2026-11-30, 7 files, 8 open items; \(novemberBook.path) (sha256 "
            ))
        #expect(history[3] == "2026-10  reopen  1970-01-01T01:06:40Z  by 王芳: 补录10月发票")
        #expect(
            history[4].hasPrefix("2026-10  run     1970-01-01T01:23:20Z  as of 2026-10-31, 9 files, 16 open items; "))
    }
}
