import Foundation
import Testing

@testable import MonthEndWorkbook

/// Writes the fixture month and reads it back with openpyxl: what finance's other tools will see.
@Suite struct WorkbookExporterTests {
    static let epoch: Int64 = 1_793_404_800  // 2026-10-31T00:00:00Z

    static func written(_ language: String = "zh") throws -> (path: String, json: [String: Any]) {
        let path = WorkbookCheck.temporaryPath("\(language).xlsx")
        try WorkbookExporter.write(
            Fixtures.report(), labels: try Fixtures.labels(language), to: path, createdEpochSeconds: epoch)
        return (path, try WorkbookCheck.read(path))
    }

    static func sheet(_ json: [String: Any], _ name: String) throws -> [String: Any] {
        let detail = try #require(json["detail"] as? [String: Any])
        return try #require(detail[name] as? [String: Any], "no sheet \(name)")
    }

    /// Stored value of the summary row whose label is `label`.
    static func figure(_ summary: [String: Any], _ label: String) throws -> Any? {
        let rows = try #require(summary["rows"] as? [[Any]])
        let stored = try #require(summary["stored"] as? [[Any]])
        let index = try #require(rows.firstIndex { ($0.first as? String) == label }, "no row \(label)")
        return stored[index][1]
    }

    static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

    @Test func sheetsFiguresAndFeaturesReadBack() throws {
        let (path, json) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            json["sheets"] as? [String]
                == ["汇总", "快递对账", "快递汇总", "应收账款", "回款明细", "账龄", "催款计划", "盘点差异", "订单统计", "异常", "拒收行", "数据来源"])
        let properties = try #require(json["properties"] as? [String: Any])
        #expect(properties["title"] as? String == "月结对账 2026-10")
        #expect(properties["created"] as? String == "2026-10-31T00:00:00Z")

        // Summary figures: formulas over the detail sheets whose stored values equal the JSON summary.
        let summary = try Self.sheet(json, "汇总")
        let rows = try #require(summary["rows"] as? [[Any]])
        let billedRow = try #require(rows.first { ($0.first as? String) == "账单金额合计" })
        #expect(billedRow[1] as? String == "=SUM('快递对账'!I2:I6)")
        let summaryJSON = try #require(
            JSONSerialization.jsonObject(with: Data(SummaryJSON.render(Fixtures.report()).utf8)) as? [String: Any])
        let courier = try #require(summaryJSON["courier"] as? [String: Any])
        let counts = try #require(courier["status_counts"] as? [String: Int])
        #expect(Self.number(try Self.figure(summary, "账单行数")) == Double(courier["bill_lines"] as! Int))
        #expect(Self.number(try Self.figure(summary, "账单金额合计")) == Double(courier["billed_total"] as! String))
        #expect(Self.number(try Self.figure(summary, "争议金额合计")) == Double(courier["disputed_total"] as! String))
        #expect(Self.number(try Self.figure(summary, "可向客户收费")) == Double(courier["rebill_total"] as! String))
        #expect(Self.number(try Self.figure(summary, "已寄未出账")) == Double(courier["not_billed"] as! Int))
        // The summary names and counts each status in its word; the JSON keeps the code.
        let words = [
            "matched": "已核对", "duplicate": "重复计费", "not_shipped": "未寄件却计费", "collect_billed": "到付误计",
            "weight_mismatch": "重量不符", "fee_mismatch": "价格不符",
        ]
        #expect(Set(counts.keys) == Set(words.keys))
        for (status, count) in counts {
            let word = try #require(words[status])
            #expect(Self.number(try Self.figure(summary, "状态 \(word)")) == Double(count), "\(status)")
            let formula = try #require(rows.first { ($0.first as? String) == "状态 \(word)" }?[1] as? String)
            #expect(formula == "=COUNTIF('快递对账'!P2:P6,\"\(word)\")")
        }
        let receivables = try #require(summaryJSON["receivables"] as? [String: Any])
        #expect(Self.number(try Self.figure(summary, "未收余额合计")) == Double(receivables["outstanding_total"] as! String))
        #expect(Self.number(try Self.figure(summary, "逾期余额合计")) == Double(receivables["overdue_total"] as! String))
        #expect(Self.number(try Self.figure(summary, "已核销金额")) == Double(receivables["applied_total"] as! String))
        #expect(Self.number(try Self.figure(summary, "未核销金额")) == Double(receivables["unapplied_total"] as! String))
        #expect(
            Self.number(try Self.figure(summary, "无法识别的回款")) == Double(receivables["unidentified_payments"] as! Int))
        #expect(Self.number(try Self.figure(summary, "催款次数")) == Double(receivables["dunning_reminders"] as! Int))
        let aging = try #require(receivables["aging"] as? [String: String])
        let bucketWords = [
            "current": "未到期", "1-30": "逾期1-30天", "31-60": "逾期31-60天", "61-90": "逾期61-90天",
            "90+": "逾期90天以上",
        ]
        #expect(Set(aging.keys) == Set(bucketWords.keys))
        for (bucket, amount) in aging {
            let word = try #require(bucketWords[bucket])
            #expect(Self.number(try Self.figure(summary, "账龄 \(word)")) == Double(amount), "\(bucket)")
        }
        let stock = try #require(summaryJSON["stock"] as? [String: Any])
        #expect(Self.number(try Self.figure(summary, "未盘点")) == Double(stock["not_counted"] as! Int))
        #expect(Self.number(try Self.figure(summary, "盘亏金额")) == Double(stock["shortage_value"] as! String))
        #expect(Self.number(try Self.figure(summary, "盘盈金额")) == Double(stock["surplus_value"] as! String))
        #expect(Self.number(try Self.figure(summary, "净差异金额")) == Double(stock["net_variance_value"] as! String))
        let orders = try #require(summaryJSON["orders"] as? [String: Int])
        #expect(Self.number(try Self.figure(summary, "本期下单")) == Double(orders["placed"]!))
        #expect(Self.number(try Self.figure(summary, "本期完成")) == Double(orders["completed"]!))
        #expect(Self.number(try Self.figure(summary, "期末未完成")) == Double(orders["remaining"]!))
        #expect(try Self.figure(summary, "公司") as? String == "示例 & 公司")
        #expect(try Self.figure(summary, "截止日期") as? String == "2026-10-31")
        // A page to sign: the title above the header, frozen under the header, no filter and no grid,
        // section rows bold on a pale fill, the sign-off block boxed for names, signatures and date.
        #expect(rows[0].first as? String == "示例 & 公司 月结对账 2026-10")
        #expect(rows[1].map { $0 as? String } == ["项目", "数值", "明细"])
        #expect(summary["freeze"] as? String == "A3")
        #expect(summary["autofilter"] is NSNull)
        #expect(summary["gridlines"] as? Bool == false)
        func row(_ label: String) throws -> Int {
            try #require(rows.firstIndex { ($0.first as? String) == label }, "no row \(label)") + 1
        }
        let sections = try ["快递", "应收", "盘点", "订单", "异常与数据来源", "签字确认"].map(row)
        var filled = ["2": "FFD9D9D9"]
        for section in sections { filled[String(section)] = "FFDDEBF7" }
        #expect(summary["filled_rows"] as? [String: String] == filled)
        let bold = Set(try #require(summary["bold_rows"] as? [Int]))
        #expect(bold.isSuperset(of: sections))
        #expect(!bold.contains(try row("账单行数")))
        let (prepared, reviewed, date) = (try row("编制"), try row("审核"), try row("日期"))
        #expect(rows[prepared - 1][1] as? String == "张三")
        #expect(rows[reviewed - 1][1] as? String == "李四")
        #expect(rows[date - 1][1] is NSNull)
        #expect(prepared == sections.last! + 1 && reviewed == prepared + 1 && date == reviewed + 1)
        #expect(
            Set(try #require(summary["boxed_cells"] as? [String]))
                == ["A2", "B2", "C2", "B\(prepared)", "C\(prepared)", "B\(reviewed)", "C\(reviewed)", "B\(date)"])
        #expect(
            summary["row_heights"] as? [String: Double]
                == ["1": 24, String(prepared): 30, String(reviewed): 30, String(date): 30])

        // The courier sheet: frozen bold header, filter over the table, money format, drop-down,
        // highlight, totals equal to the rows, injection text stored as text.
        let bill = try Self.sheet(json, "快递对账")
        #expect(bill["freeze"] as? String == "A2")
        #expect(bill["autofilter"] as? String == "A1:R6")
        #expect((bill["header_bold"] as? [Bool])?.allSatisfy { $0 } == true)
        let formats = try #require(bill["formats_row2"] as? [String])
        #expect(formats[1] == "yyyy-mm-dd")
        #expect(formats[8] == "#,##0.00")
        let validations = try #require(bill["validations"] as? [[String: Any]])
        #expect(validations.count == 1)
        #expect(validations.first?["formula"] as? String == "\"确认,有疑问,需调整\"")
        #expect(validations.first?["range"] as? String == "R2:R6")
        let conditional = try #require(bill["conditional"] as? [[String: Any]])
        #expect(conditional.first?["formulas"] as? [String] == ["AND($P2<>\"\",$P2<>\"已核对\")"])
        let billRows = try #require(bill["rows"] as? [[Any]])
        let billStored = try #require(bill["stored"] as? [[Any]])
        let types = try #require(bill["types"] as? [[String]])
        let injected = try #require(billRows.firstIndex { ($0[4] as? String) == Fixtures.injection })
        #expect(types[injected][4] == "s")
        #expect(billRows[6][0] as? String == "合计")
        #expect(billRows[6][8] as? String == "=SUM(I2:I6)")
        #expect(Self.number(billStored[6][8]) == 42.5)
        #expect(bill["landscape"] as? String == "landscape")
        #expect(bill["print_title_rows"] as? String == "$1:$1")
        #expect((bill["footer"] as? String)?.contains("2026-10") == true)

        // The rejected row keeps its formula-looking raw text as text.
        let rejected = try Self.sheet(json, "拒收行")
        let rejectedRows = try #require(rejected["rows"] as? [[Any]])
        #expect(rejectedRows[1][3] as? String == Fixtures.injection)
        #expect((rejected["types"] as? [[String]])?[1][3] == "s")

        // Charts: aging buckets, stock variances, disputed by status.
        #expect((try Self.sheet(json, "账龄")["charts"] as? [String])?.count == 1)
        #expect((try Self.sheet(json, "盘点差异")["charts"] as? [String]) == ["BarChart"])
        #expect((try Self.sheet(json, "快递汇总")["charts"] as? [String]) == ["BarChart"])
        // Each series is named, so no legend reads "Column C".
        #expect((try Self.sheet(json, "账龄")["chart_series"] as? [[String]]) == [["未收余额"]])
        #expect((try Self.sheet(json, "盘点差异")["chart_series"] as? [[String]]) == [["差异金额"]])
        #expect((try Self.sheet(json, "快递汇总")["chart_series"] as? [[String]]) == [["争议金额"]])

        // Sources: the tab delimiter is named, totals add up.
        let sources = try #require(try Self.sheet(json, "数据来源")["stored"] as? [[Any]])
        #expect(sources[2][3] as? String == "制表符")
        #expect(Self.number(sources[3][6]) == 9)
    }

    @Test func sameInputsAndEpochGiveTheSameBytes() throws {
        let labels = try Fixtures.labels("zh")
        let a = WorkbookCheck.temporaryPath("a.xlsx")
        let b = WorkbookCheck.temporaryPath("b.xlsx")
        defer {
            try? FileManager.default.removeItem(atPath: a)
            try? FileManager.default.removeItem(atPath: b)
        }
        try WorkbookExporter.write(Fixtures.report(), labels: labels, to: a, createdEpochSeconds: Self.epoch)
        Thread.sleep(forTimeInterval: 1.1)
        try WorkbookExporter.write(Fixtures.report(), labels: labels, to: b, createdEpochSeconds: Self.epoch)
        let first = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(first.count > 5_000)
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: b))))
    }

    @Test func constantMemoryModeWritesTheSameValues() throws {
        let labels = try Fixtures.labels("zh")
        let path = WorkbookCheck.temporaryPath("stream.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let model = WorkbookLayout(labels: labels).placedModel(for: Fixtures.report())
        try WorkbookExporter.write(model, to: path, createdEpochSeconds: Self.epoch, constantMemory: true)
        let json = try WorkbookCheck.read(path)
        let summary = try Self.sheet(json, "汇总")
        #expect(Self.number(try Self.figure(summary, "账单金额合计")) == 42.5)
        #expect(try Self.sheet(json, "快递对账")["freeze"] as? String == "A2")
    }

    /// The biggest generated sheet's rows (here the dunning plan; the courier sheet in a big month)
    /// written on a second thread read back exactly as a one-thread write: every value, stored
    /// formula result, number format and style of every sheet.
    @Test func rowsWrittenOnASecondThreadReadTheSame() throws {
        let labels = try Fixtures.labels("zh")
        let model = WorkbookLayout(labels: labels).placedModel(for: Fixtures.report())
        #expect(WorkbookExporter.concurrentSheets(model, above: 1).map(\.name) == ["催款计划"])
        #expect(WorkbookExporter.concurrentSheets(model, above: Int.max).isEmpty)
        var reads: [NSDictionary] = []
        for threshold in [1, Int.max] {
            let path = WorkbookCheck.temporaryPath("threads-\(threshold).xlsx")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try WorkbookExporter.write(
                model, to: path, createdEpochSeconds: Self.epoch, constantMemory: true, concurrentAbove: threshold)
            reads.append(try WorkbookCheck.read(path) as NSDictionary)
        }
        let dunning = try Self.sheet(reads[0] as! [String: Any], "催款计划")
        #expect((dunning["rows"] as? [[Any]])?.count ?? 0 > 3)
        #expect(reads[0] == reads[1])
    }

    @Test func englishWorkbookHasEnglishNamesAndHeaders() throws {
        let (path, json) = try Self.written("en")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            json["sheets"] as? [String]
                == [
                    "Summary", "Courier", "Courier by account", "Receivables", "Payments", "Aging", "Dunning",
                    "Stock-take",
                    "Orders", "Exceptions", "Rejected rows", "Sources",
                ])
        let bill = try Self.sheet(json, "Courier")
        let header = try #require((bill["rows"] as? [[Any]])?.first)
        #expect(header.first as? String == "Waybill")
        #expect((bill["validations"] as? [[String: Any]])?.first?["formula"] as? String == "\"agreed,query,adjust\"")
        let summary = try Self.sheet(json, "Summary")
        #expect(Self.number(try Self.figure(summary, "Billed total")) == 42.5)
        let rows = try #require(summary["rows"] as? [[Any]])
        #expect(rows[0].first as? String == "示例 & 公司 — Month-end reconciliation 2026-10")
        #expect(rows.contains { ($0.first as? String) == "Prepared by" && ($0[1] as? String) == "张三" })
        #expect(rows.contains { $0.map { $0 as? String } == ["Sign-off", "Name", "Signature"] })
        let sources = try #require(try Self.sheet(json, "Sources")["stored"] as? [[Any]])
        #expect(sources[1][3] as? String == "comma")
        #expect(sources[2][3] as? String == "tab")
    }

    @Test func unwritableFolderIsAWriteError() throws {
        do {
            try WorkbookExporter.write(
                Fixtures.report(), labels: try Fixtures.labels("zh"), to: "/nonexistent-folder/x.xlsx",
                createdEpochSeconds: 0)
            Issue.record("wrote into a missing folder")
        } catch let error as MonthEndError {
            #expect(error.code == .writeFailed)
        }
    }
}
