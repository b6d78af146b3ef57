import Foundation
import Testing

/// Finance reads one figure in three places: a detail sheet's total row, the summary sheet and the
/// JSON summary. Each month is run through the binary, read back with openpyxl, and every column
/// total of every detail sheet is held to the sum of its rows, to the summary's stored value and to
/// the JSON figure, to the fen.
@Suite struct WorkbookTotalsTests {
    static let months = [
        ("fixtures", MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/2026-10").path),
        // A byte-for-byte copy of /work/shared/samples/2026-10.
        (
            "samples",
            MonthEndCLI.packageRoot.appendingPathComponent("Tests/MonthEndImportTests/Mapping/Sample2026-10").path
        ),
    ]

    /// One month's workbook and JSON, written by one run.
    struct Run {
        var workbook: WorkbookReadBack
        var json: [String: Any]
        var labels: [String: String]

        init(month: String, language: String) throws {
            let dir = try MonthEndCLI.temporaryFolder()
            let out = dir.appendingPathComponent("m.xlsx").path
            let jsonPath = dir.appendingPathComponent("m.json").path
            let result = try MonthEndCLI.run(
                ["run", "--period", "2026-10", "--lang", language, "--out", out, "--json", jsonPath, month])
            guard result.status == 0 else { throw WorkbookReadBack.Failure(description: result.stderr) }
            workbook = try WorkbookReadBack(path: out)
            let data = try Data(contentsOf: URL(fileURLWithPath: jsonPath))
            json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            labels = try LabelFile.read(language)
        }

        /// A JSON figure in fen: an amount string ("61.02") or a count.
        func figure(_ path: String...) -> Int? {
            var value: Any? = json
            for key in path { value = (value as? [String: Any])?[key] }
            if let text = value as? String, let amount = Decimal(string: text) {
                return NSDecimalNumber(decimal: amount * 100).intValue
            }
            return (value as? Int).map { $0 * 100 }
        }

        /// Column letter -> stored total, for each `=SUM(X2:Xn)` on the sheet's total row, after
        /// checking it against the sum of the stored values of rows 2...n.
        func columnTotals(_ sheetName: String) -> [String: Int] {
            guard let sheet = workbook.sheets[sheetName],
                let totalRow = sheet.written.firstIndex(where: { ($0.first as? String) == labels["total"] })
            else { return [:] }
            var totals: [String: Int] = [:]
            for (column, cell) in sheet.written[totalRow].enumerated() {
                guard let formula = cell as? String, let range = Self.sumRange(formula), !range.sheet.contains("!")
                else { continue }
                let rows = sheet.stored[(range.first - 1)..<range.last]
                let sum = rows.reduce(0) { $0 + (WorkbookReadBack.fen($1[column]) ?? 0) }
                let stored = WorkbookReadBack.fen(sheet.stored[totalRow][column])
                #expect(
                    stored == sum,
                    "\(sheetName) \(formula): stored \(String(describing: stored)), rows add up to \(sum)")
                totals[range.column] = stored
            }
            return totals
        }

        /// `=SUM(I2:I25)` -> ("", "I", 2, 25); `=SUM('快递对账'!M2:M25)` -> ("快递对账", "M", 2, 25).
        static func sumRange(_ formula: String) -> (sheet: String, column: String, first: Int, last: Int)? {
            guard formula.hasPrefix("=SUM("), formula.hasSuffix(")"), !formula.contains("+") else { return nil }
            var body = String(formula.dropFirst(5).dropLast())
            var sheet = ""
            if let bang = body.lastIndex(of: "!") {
                sheet = String(body[..<bang]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
                body = String(body[body.index(after: bang)...])
            }
            let parts = body.split(separator: ":")
            guard parts.count == 2 else { return nil }
            let column = String(parts[0].prefix(while: \.isLetter))
            guard let first = Int(parts[0].dropFirst(column.count)), let last = Int(parts[1].dropFirst(column.count))
            else { return nil }
            return (sheet, column, first, last)
        }

        /// The stored value of the summary row labelled `label`.
        func summaryValue(_ label: String) -> Int? {
            guard let sheet = workbook.sheets[labels["sheet.summary"] ?? ""],
                let row = sheet.written.firstIndex(where: { ($0.first as? String) == label })
            else { return nil }
            return WorkbookReadBack.fen(sheet.stored[row][1])
        }
    }

    @Test(arguments: months)
    func everyTotalAgreesWithTheSummaryAndTheJSON(name: String, folder: String) throws {
        let run = try Run(month: folder, language: "zh")
        let l = run.labels
        func sheet(_ id: String) -> String { l["sheet." + id] ?? id }

        // 1. Every total row of every detail sheet adds up its rows.
        var totals: [String: [String: Int]] = [:]
        for name in run.workbook.sheetNames where name != sheet("summary") {
            totals[name] = run.columnTotals(name)
        }
        #expect(totals[sheet("courier")]?.count == 5)

        // 2. Every summary figure that sums a detail column holds that column's total.
        let summary = try #require(run.workbook.sheets[sheet("summary")])
        var summarySums = 0
        for (row, cells) in summary.written.enumerated() {
            guard cells.count > 1, let formula = cells[1] as? String, let range = Run.sumRange(formula),
                !range.sheet.isEmpty
            else { continue }
            summarySums += 1
            #expect(
                WorkbookReadBack.fen(summary.stored[row][1]) == totals[range.sheet]?[range.column],
                "\(name): summary \(cells[0]) \(formula)")
        }
        #expect(summarySums >= 12)

        // 3. The summary's figures equal the JSON's.
        let billed = try #require(run.figure("courier", "billed_total"))
        let disputed = try #require(run.figure("courier", "disputed_total"))
        var expected: [(String, Int?)] = [
            ("summary.courier.bill_lines", run.figure("courier", "bill_lines")),
            ("summary.courier.billed_total", billed),
            ("summary.courier.not_billed", run.figure("courier", "not_billed")),
            ("summary.courier.disputed_total", disputed),
            ("summary.courier.to_pay_total", billed - disputed),
            ("summary.courier.rebill_total", run.figure("courier", "rebill_total")),
            ("summary.receivables.invoices", run.figure("receivables", "invoices")),
            ("summary.receivables.outstanding_total", run.figure("receivables", "outstanding_total")),
            ("summary.receivables.overdue_total", run.figure("receivables", "overdue_total")),
            ("summary.receivables.payments", run.figure("receivables", "payments")),
            ("summary.receivables.applied_total", run.figure("receivables", "applied_total")),
            ("summary.receivables.unapplied_total", run.figure("receivables", "unapplied_total")),
            ("summary.receivables.unidentified_payments", run.figure("receivables", "unidentified_payments")),
            ("summary.receivables.dunning_reminders", run.figure("receivables", "dunning_reminders")),
            ("summary.stock.items", run.figure("stock", "items")),
            ("summary.stock.not_counted", run.figure("stock", "not_counted")),
            ("summary.stock.shortage_value", run.figure("stock", "shortage_value")),
            ("summary.stock.surplus_value", run.figure("stock", "surplus_value")),
            ("summary.stock.net_variance_value", run.figure("stock", "net_variance_value")),
            ("summary.orders.placed", run.figure("orders", "placed")),
            ("summary.orders.completed", run.figure("orders", "completed")),
            ("summary.orders.remaining", run.figure("orders", "remaining")),
        ].map { (l[$0.0] ?? $0.0, $0.1) }
        let statusCodes = ["matched", "duplicate", "not_shipped", "collect_billed", "weight_mismatch", "fee_mismatch"]
        for code in statusCodes {
            let label = (l["summary.courier.status"] ?? "").replacingOccurrences(
                of: "{status}", with: l["status." + code] ?? code)
            expected.append((label, run.figure("courier", "status_counts", code)))
        }
        let buckets = ["current", "1-30", "31-60", "61-90", "90+"]
        for code in buckets {
            let label = (l["summary.receivables.aging"] ?? "").replacingOccurrences(
                of: "{bucket}", with: Self.bucketWord(code, l))
            expected.append((label, run.figure("receivables", "aging", code)))
        }
        for (label, figure) in expected {
            #expect(figure != nil, "\(name): no JSON figure for \(label)")
            #expect(run.summaryValue(label) == figure, "\(name): summary \(label)")
        }

        // 4. Totals with a JSON figure and no summary row of their own.
        let byAccount = totals[sheet("courier_by_account")] ?? [:]
        #expect(byAccount["C"] == run.figure("courier", "bill_lines"))
        #expect(byAccount["D"] == billed)
        #expect(byAccount["E"] == disputed)
        #expect(byAccount["F"] == billed - disputed)
        for (offset, code) in statusCodes.enumerated() {
            let column = String(UnicodeScalar(UInt8(ascii: "G") + UInt8(offset)))
            #expect(byAccount[column] == run.figure("courier", "status_counts", code), "\(name): \(code)")
        }
        #expect(byAccount["M"] == run.figure("courier", "not_billed"))
        let aging = totals[sheet("aging")] ?? [:]
        for (offset, code) in buckets.enumerated() {
            let column = String(UnicodeScalar(UInt8(ascii: "D") + UInt8(offset)))
            #expect(aging[column] == run.figure("receivables", "aging", code), "\(name): aging \(code)")
        }
        #expect(aging["I"] == run.figure("receivables", "outstanding_total"))
        let inputs = run.json["inputs"] as? [[String: Any]] ?? []
        let sources = totals[sheet("sources")] ?? [:]
        for (column, key) in [("G", "rows"), ("H", "accepted"), ("I", "skipped"), ("J", "rejected")] {
            #expect(sources[column] == inputs.reduce(0) { $0 + ($1[key] as? Int ?? 0) * 100 }, "\(name): \(key)")
        }

        // 5. The disputed-by-status table on 快递汇总 adds up to the same disputed total.
        let accountSheet = try #require(run.workbook.sheets[sheet("courier_by_account")])
        let tableTotal = try #require(
            accountSheet.written.lastIndex(where: { ($0.first as? String) == l["total"] }))
        #expect(WorkbookReadBack.fen(accountSheet.stored[tableTotal][2]) == disputed)
        let tableRows = accountSheet.stored[(tableTotal - statusCodes.count - 1)..<tableTotal]
        #expect(tableRows.reduce(0) { $0 + (WorkbookReadBack.fen($1[2]) ?? 0) } == disputed)
        #expect(
            tableRows.reduce(0) { $0 + (WorkbookReadBack.fen($1[1]) ?? 0) }
                == (run.figure("courier", "bill_lines") ?? 0) + (run.figure("courier", "not_billed") ?? 0))
    }

    /// The word of an aging bucket in the labels (`bucket.current`, `bucket.range`, `bucket.over`),
    /// or the bucket's code where the labels have none.
    static func bucketWord(_ code: String, _ labels: [String: String]) -> String {
        if code == "current" { return labels["bucket.current"] ?? code }
        if code.hasSuffix("+"), let over = labels["bucket.over"] {
            return over.replacingOccurrences(of: "{from}", with: String(code.dropLast()))
        }
        let bounds = code.split(separator: "-")
        guard bounds.count == 2, let range = labels["bucket.range"] else { return code }
        return range.replacingOccurrences(of: "{from}", with: bounds[0]).replacingOccurrences(
            of: "{to}", with: bounds[1])
    }
}
