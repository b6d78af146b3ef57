import Foundation
import Testing

@testable import MonthEndWorkbook

/// Opens the written workbook with LibreOffice headless: it must open, show the stored values finance
/// will see (the JSON summary's figures), and, made to recalculate, compute every formula back to the
/// value stored with it.
@Suite struct LibreOfficeReadBackTests {
    static let epoch: Int64 = 1_793_404_800

    static func write(_ model: WorkbookModel) throws -> String {
        let path = WorkbookCheck.temporaryPath("lo.xlsx")
        try WorkbookExporter.write(model, to: path, createdEpochSeconds: epoch)
        return path
    }

    static func placed(_ labels: WorkbookLabels) -> WorkbookModel {
        WorkbookLayout(labels: labels).placedModel(for: Fixtures.report(undercharge: true))
    }

    /// Summary label -> the JSON summary's value for it, as text ("42.50" or "4").
    static func expectedFigures(_ labels: WorkbookLabels) throws -> [String: String] {
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(SummaryJSON.render(Fixtures.report(undercharge: true)).utf8))
                as? [String: Any])
        func text(_ value: Any?) -> String? {
            if let s = value as? String { return s }
            return (value as? NSNumber).map { $0.stringValue }
        }
        var figures: [String: String] = [:]
        func add(_ area: String, _ pairs: [(key: String, label: String)]) throws {
            let section = try #require(json[area] as? [String: Any], "no \(area) in the JSON summary")
            for pair in pairs {
                guard let value = text(section[pair.key]) else {
                    throw LibreOfficeCSV.Failure(description: "no \(area).\(pair.key) in the JSON summary")
                }
                figures[labels[pair.label]] = value
            }
        }
        try add(
            "courier",
            [
                ("bill_lines", "summary.courier.bill_lines"), ("billed_total", "summary.courier.billed_total"),
                ("not_billed", "summary.courier.not_billed"), ("disputed_total", "summary.courier.disputed_total"),
                ("rebill_total", "summary.courier.rebill_total"),
            ])
        let courier = try #require(json["courier"] as? [String: Any])
        for (status, count) in try #require(courier["status_counts"] as? [String: Int]) {
            let word = try #require(CourierStatus(rawValue: status).map { labels.word(for: $0) })
            figures[labels["summary.courier.status"].replacingPlaceholder("{status}", with: word)] = String(count)
        }
        try add(
            "receivables",
            [
                ("invoices", "summary.receivables.invoices"),
                ("outstanding_total", "summary.receivables.outstanding_total"),
                ("overdue_total", "summary.receivables.overdue_total"), ("payments", "summary.receivables.payments"),
                ("applied_total", "summary.receivables.applied_total"),
                ("unapplied_total", "summary.receivables.unapplied_total"),
                ("unidentified_payments", "summary.receivables.unidentified_payments"),
                ("dunning_reminders", "summary.receivables.dunning_reminders"),
            ])
        let receivables = try #require(json["receivables"] as? [String: Any])
        let bucketWords = Dictionary(
            uniqueKeysWithValues: zip(AgingScheme.standard.labels, labels.bucketWords(.standard)))
        for (bucket, amount) in try #require(receivables["aging"] as? [String: String]) {
            let word = try #require(bucketWords[bucket])
            figures[labels["summary.receivables.aging"].replacingPlaceholder("{bucket}", with: word)] = amount
        }
        try add(
            "stock",
            [
                ("items", "summary.stock.items"), ("not_counted", "summary.stock.not_counted"),
                ("shortage_value", "summary.stock.shortage_value"), ("surplus_value", "summary.stock.surplus_value"),
                ("net_variance_value", "summary.stock.net_variance_value"),
            ])
        try add(
            "orders",
            [
                ("placed", "summary.orders.placed"), ("completed", "summary.orders.completed"),
                ("remaining", "summary.orders.remaining"),
            ])
        return figures
    }

    @Test func opensWithTheStoredValuesOfTheJSONSummary() throws {
        let labels = try Fixtures.labels("zh")
        let path = try Self.write(Self.placed(labels))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sheets = try LibreOfficeCSV.sheets(of: path, recalculate: false)
        #expect(sheets.count == 12)
        #expect(Set(sheets.keys) == Set(SheetID.allCases.filter { $0 != .carriedIn }.map(labels.sheetName)))

        let summary = try #require(sheets[labels.sheetName(.summary)])
        #expect(summary.first?.first == "示例 & 公司 月结对账 2026-10")
        let expected = try Self.expectedFigures(labels)
        #expect(expected.count == 32)
        for (label, value) in expected {
            let row = try #require(summary.first { $0.first == label }, "no summary row \(label)")
            let shown = try #require(Double(row[1]), "\(label): \(row[1]) is not a number")
            #expect(shown == Double(value), "\(label): LibreOffice shows \(row[1]), the JSON summary says \(value)")
        }
        // The undercharge month: fee_mismatch shows 2.00 disputed, not 1.00, on the courier-by-account table.
        let byAccount = try #require(sheets[labels.sheetName(.courierByAccount)])
        #expect(
            byAccount.first { $0.first == "价格不符" }.map { Array($0.prefix(3)) } == ["价格不符", "2", "2"])
        let statusTotal = try #require(byAccount.last { $0.first == labels["total"] })
        #expect(Array(statusTotal.prefix(3)) == [labels["total"], "7", "32.5"])
    }

    @Test func everyFormulaRecomputesToItsStoredValue() throws {
        let labels = try Fixtures.labels("zh")
        let model = Self.placed(labels)
        let path = try Self.write(model)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stored = try LibreOfficeCSV.sheets(of: path, recalculate: false)
        let recalculated = try LibreOfficeCSV.sheets(of: path, recalculate: true)
        #expect(stored.count == 12)
        for sheet in model.sheets {
            let before = try #require(stored[sheet.name], "no CSV of \(sheet.name)")
            let after = try #require(recalculated[sheet.name], "no recalculated CSV of \(sheet.name)")
            #expect(before.count == after.count, "\(sheet.name)")
            for (r, (a, b)) in zip(before, after).enumerated() where a != b {
                Issue.record("\(sheet.name) row \(r + 1): stored \(a), recalculated \(b)")
            }
        }
        // Every summary figure is among the compared cells: 36 formulas on the summary alone.
        let summaryFormulas = model.sheets[0].rows.filter { if case .formula = $0[1] { true } else { false } }
        #expect(summaryFormulas.count == 36)

        // Control: with one stored value made wrong, the recalculating profile must show the computed
        // value, or the comparison above would prove nothing.
        var wrong = model
        let row = try #require(
            wrong.sheets[0].rows.firstIndex { $0[0] == .text(labels["summary.courier.billed_total"]) })
        guard case .formula(let formula, .money(let billed)) = wrong.sheets[0].rows[row][1] else {
            Issue.record("billed total is not a money formula")
            return
        }
        wrong.sheets[0].rows[row][1] = .formula(formula, .money(billed + Money(fen: 100)))
        let wrongPath = try Self.write(wrong)
        defer { try? FileManager.default.removeItem(atPath: wrongPath) }
        let wrongSummary = try #require(
            try LibreOfficeCSV.sheets(of: wrongPath, recalculate: true)[labels.sheetName(.summary)])
        let billedRow = try #require(wrongSummary.first { $0.first == labels["summary.courier.billed_total"] })
        #expect(billedRow[1] == "63.5")
        #expect(billed == Money(fen: 6350))
    }

    @Test func csvParserReadsQuotedFields() throws {
        #expect(
            try LibreOfficeCSV.parse("a,\"b,\"\"c\"\"\",\n\"x\ny\",2\r\n")
                == [["a", "b,\"c\"", ""], ["x\ny", "2"]])
        #expect(throws: LibreOfficeCSV.Failure.self) { try LibreOfficeCSV.parse("\"open") }
    }
}
