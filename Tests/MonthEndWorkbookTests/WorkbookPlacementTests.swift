import Testing

@testable import MonthEndWorkbook

@Suite struct WorkbookPlacementTests {
    static func detail(rows: Int) -> SheetModel {
        SheetModel(
            id: .courier, name: "快递对账", columns: [ColumnModel("单号", .text), ColumnModel("金额", .money)],
            rows: (1...rows).map { [.text("W\($0)"), .money(Money(fen: Int64($0) * 100))] },
            totals: [.label("合计"), .sum], trailer: [TrailerRow([.text("note")])])
    }

    static func summary() -> SheetModel {
        SheetModel(
            id: .summary, name: "汇总", columns: [ColumnModel("项目", .text), ColumnModel("数值", .text)],
            rows: [
                [.text("合计"), .aggregate(Aggregate(.courier, .sum(column: 1)))],
                [.text("行数"), .aggregate(Aggregate(.courier, .count(column: 0)))],
                [.text("W3"), .aggregate(Aggregate(.courier, .countIf(column: 0, .equals("W3"))))],
            ])
    }

    static func model(_ sheets: [SheetModel]) -> WorkbookModel {
        WorkbookModel(
            sheets: sheets, properties: .init(title: "t", subject: "s", company: "c", author: "a"),
            reviewChoices: ["确认", "有疑问", "需调整"], footerLeft: "期间 2026-10", footerPageFormat: "&P")
    }

    @Test func sheetPastTheRowLimitContinuesOnNumberedSheets() {
        // Limit 10: 9 rows under the header; the last part also needs totals, a blank row and a note.
        let placed = WorkbookPlacement(rowLimit: 10, cutReason: "cut").place(
            Self.model([Self.summary(), Self.detail(rows: 20)]))
        #expect(placed.sheets.map(\.name) == ["汇总", "快递对账", "快递对账 (2)", "快递对账 (3)"])
        #expect(placed.sheets[1...].map(\.rows.count) == [9, 9, 2])
        #expect(placed.sheets[1...].map(\.rows.count).reduce(0, +) == 20)
        for part in placed.sheets[1...] { #expect(part.usedRowCount <= 10) }
        #expect(placed.sheets[1].totals == nil && placed.sheets[1].trailer.isEmpty)
        #expect(placed.sheets[3].trailer.count == 1)
        // Totals of the last part cover its own rows, value stored.
        #expect(placed.sheets[3].totalsCells[1] == .formula("SUM(B2:B3)", .money(Money(fen: 3900))))
        // Summary figures read every part.
        #expect(
            placed.sheets[0].rows[0][1]
                == .formula(
                    "SUM('快递对账'!B2:B10)+SUM('快递对账 (2)'!B2:B10)+SUM('快递对账 (3)'!B2:B3)", .money(Money(fen: 21_000))))
        #expect(
            placed.sheets[0].rows[1][1]
                == .formula(
                    "COUNTA('快递对账'!A2:A10)+COUNTA('快递对账 (2)'!A2:A10)+COUNTA('快递对账 (3)'!A2:A3)", .integer(20)))
        #expect(
            placed.sheets[0].rows[2][1]
                == .formula(
                    "COUNTIF('快递对账'!A2:A10,\"W3\")+COUNTIF('快递对账 (2)'!A2:A10,\"W3\")+COUNTIF('快递对账 (3)'!A2:A3,\"W3\")",
                    .integer(1)))
    }

    @Test func sheetWithinTheLimitStaysWhole() {
        let placed = WorkbookPlacement(rowLimit: 10, cutReason: "cut").place(Self.model([Self.detail(rows: 6)]))
        #expect(placed.sheets.map(\.name) == ["快递对账"])
        #expect(placed.sheets[0].usedRowCount == 10)
    }

    @Test func partNamesKeepExcelsLimit() {
        let name = WorkbookPlacement.partName(String(repeating: "x", count: 31), part: 2)
        #expect(name.count == 31)
        #expect(name.hasSuffix(" (2)"))
    }

    @Test func overlongTextIsCutAndNotedOnTheRejectedRowsSheet() {
        var detail = Self.detail(rows: 2)
        let long = String(repeating: "汉", count: 40_000)
        detail.rows[1][0] = .text(long)
        let rejected = SheetModel(
            id: .rejectedRows, name: "拒收行",
            columns: ["文件", "行", "列", "原文", "原因"].map { ColumnModel($0, .text) }, trailer: [TrailerRow([.text("无")])])
        let placed = WorkbookPlacement(rowLimit: 100, cutReason: "长 {length}，已截断").place(
            Self.model([detail, rejected]))
        guard case .text(let cut) = placed.sheets[0].rows[1][0] else {
            Issue.record("not text")
            return
        }
        #expect(cut.utf16.count == 32_767)
        #expect(placed.sheets[1].rows.count == 1)
        #expect(placed.sheets[1].rows[0][0] == .text("快递对账"))
        #expect(placed.sheets[1].rows[0][1] == .integer(3))
        #expect(placed.sheets[1].rows[0][2] == .integer(1))
        #expect(placed.sheets[1].rows[0][4] == .text("长 40000，已截断"))
        #expect(placed.sheets[1].trailer.isEmpty)
        // A scalar outside the BMP is never split in half.
        let emoji = String(repeating: "😀", count: 20_000)
        #expect(WorkbookPlacement(cutReason: "").cut(emoji)?.utf16.count == 32_766)
    }

    @Test func widthsCountWideCharactersTwiceAndAreCapped() {
        var sheet = Self.detail(rows: 1)
        sheet.rows[0][0] = .text("顺丰速运")
        sheet.rows[0][1] = .money(Money(fen: 123_456_789))
        let placed = WorkbookPlacement(cutReason: "").place(Self.model([sheet]))
        // "顺丰速运" = 8, + 2 padding; "1,234,567.89" = 12, + 2.
        #expect(placed.sheets[0].columnWidths == [10, 14])
        sheet.rows[0][0] = .text(String(repeating: "长", count: 100))
        #expect(WorkbookPlacement(cutReason: "").place(Self.model([sheet])).sheets[0].columnWidths[0] == 60)
        #expect(DisplayWidth.of("ＡＢ a") == 6)
    }

    @Test func everySheetExistsWithoutInputAndSaysSo() throws {
        let labels = try Fixtures.labels("zh")
        let report = MonthReport(period: Fixtures.period, asOf: Fixtures.asOf)
        let placed = WorkbookLayout(labels: labels).placedModel(for: report)
        #expect(
            placed.sheets.map(\.name) == [
                "汇总", "快递对账", "快递汇总", "应收账款", "回款明细", "账龄", "催款计划", "盘点差异", "订单统计", "异常", "拒收行", "数据来源",
            ])
        let courier = try #require(placed.sheets.first { $0.id == .courier })
        #expect(courier.rows.isEmpty)
        #expect(courier.trailer.first?.cells.first == .text(labels["no_input"]))
        // Figures over empty sheets are formulas worth 0 (COUNTBLANK over no rows too).
        let summary = placed.sheets[0]
        for row in summary.rows {
            if case .formula(_, let value) = row[1] {
                #expect(value == .integer(0) || value == .money(.zero))
            }
        }
    }
}
