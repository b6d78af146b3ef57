import Foundation
import Testing

@testable import MonthEndWorkbook

/// The per-status table of the courier-by-account sheet must add up to the summary's disputed total,
/// the plain sum of the disputed column (an undercharge disputes 0.00: RECONCILE.md section 1).
@Suite struct CourierByAccountLayoutTests {
    static func placed(_ report: MonthReport, _ language: String = "zh") throws -> WorkbookModel {
        WorkbookLayout(labels: try Fixtures.labels(language)).placedModel(for: report)
    }

    static func money(_ cell: CellValue) -> Money? {
        if case .formula(_, .money(let m)) = cell { return m }
        return nil
    }

    @Test func statusTableAddsUpToTheDisputedColumn() throws {
        let report = Fixtures.report(undercharge: true)
        let model = try Self.placed(report)
        let labels = try Fixtures.labels("zh")

        // The undercharge disputes 0.00 and shows -1.00 as its price difference; the overcharge 2.00.
        let bill = try #require(model.sheets.first { $0.id == .courier })
        let disputedColumn = WorkbookLayout.CourierColumn.disputed
        #expect(bill.rows.first { $0[0] == .text("SF004") }?[disputedColumn] == .money(.zero))
        #expect(
            bill.rows.first { $0[0] == .text("SF004") }?[WorkbookLayout.CourierColumn.disputed - 1]
                == .money(Money(fen: -100)))
        #expect(
            bill.rows.first { $0[0] == .text("SF004") }?[WorkbookLayout.CourierColumn.toPay] == .money(Money(fen: 900)))
        #expect(bill.rows.first { $0[0] == .text("SF005") }?[disputedColumn] == .money(Money(fen: 200)))

        let sheet = try #require(model.sheets.first { $0.id == .courierByAccount })
        let statuses = ["已核对", "重复计费", "未寄件却计费", "到付误计", "重量不符", "价格不符", "已寄未出账"]
        #expect(sheet.trailer.count == 1 + statuses.count + 1)
        var byStatus: [String: Money] = [:]
        for (offset, status) in statuses.enumerated() {
            let row = sheet.trailer[1 + offset]
            #expect(row.cells[0] == .text(status))
            guard case .formula(let formula, .money(let amount)) = row.cells[2] else {
                Issue.record("\(status): disputed cell is not a money formula: \(row.cells[2])")
                continue
            }
            #expect(formula == "SUMIF('快递对账'!P2:P8,\"\(status)\",'快递对账'!M2:M8)")
            byStatus[status] = amount
        }
        // fee_mismatch holds SF004 (0.00 disputed) and SF005 (2.00).
        #expect(byStatus["价格不符"] == Money(fen: 200))
        let tableSum = byStatus.values.reduce(Money.zero, +)
        #expect(tableSum == Money(fen: 3250))

        // The table's total row says the same, and so do the summary and the JSON summary.
        let total = try #require(sheet.trailer.last)
        #expect(total.cells[0] == .text(labels["total"]))
        #expect(total.cells[1] == .formula("COUNTA('快递对账'!P2:P\(bill.rows.count + 1))", .integer(bill.rows.count)))
        #expect(Self.money(total.cells[2]) == tableSum)
        let summary = model.sheets[0]
        let disputedRow = try #require(summary.rows.first { $0[0] == .text(labels["summary.courier.disputed_total"]) })
        #expect(Self.money(disputedRow[1]) == tableSum)
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(SummaryJSON.render(report).utf8)) as? [String: Any])
        #expect((json["courier"] as? [String: Any])?["disputed_total"] as? String == "32.50")
    }

    @Test func sumIfsFormulaAndValueCoverEveryPart() {
        let detail = SheetModel(
            id: .courier, name: "快递对账", columns: [ColumnModel("状态", .text), ColumnModel("争议", .money)],
            rows: [
                [.text("fee_mismatch"), .money(Money(fen: -100))], [.text("fee_mismatch"), .money(Money(fen: 250))],
                [.text("matched"), .money(Money(fen: 400))], [.text("fee_mismatch"), .empty],
                [.text("FEE_MISMATCH"), .money(Money(fen: 5))],
            ])
        let aggregate = Aggregate(
            .courier, .sumIfs(sumColumn: 1, [.init(0, .equals("fee_mismatch")), .init(1, .positive)]))
        let placement = WorkbookPlacement(cutReason: "")
        #expect(
            placement.resolve(aggregate, over: [detail])
                == .formula(
                    "SUMIFS('快递对账'!B2:B6,'快递对账'!A2:A6,\"fee_mismatch\",'快递对账'!B2:B6,\">0\")", .money(Money(fen: 255))))
        var second = detail
        second.name = "快递对账 (2)"
        second.rows = [[.text("fee_mismatch"), .money(Money(fen: 1))]]
        #expect(
            placement.resolve(aggregate, over: [detail, second])
                == .formula(
                    "SUMIFS('快递对账'!B2:B6,'快递对账'!A2:A6,\"fee_mismatch\",'快递对账'!B2:B6,\">0\")"
                        + "+SUMIFS('快递对账 (2)'!B2:B2,'快递对账 (2)'!A2:A2,\"fee_mismatch\",'快递对账 (2)'!B2:B2,\">0\")",
                    .money(Money(fen: 256))))
    }
}
