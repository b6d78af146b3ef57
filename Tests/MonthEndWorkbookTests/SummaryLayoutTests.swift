import Testing

@testable import MonthEndWorkbook

/// The summary as a page to sign: title, sections, figures as formulas with links, sign-off block.
@Suite struct SummaryLayoutTests {
    static func summary(_ report: MonthReport, _ language: String = "zh") throws -> SheetModel {
        try #require(WorkbookLayout(labels: try Fixtures.labels(language)).placedModel(for: report).sheets.first)
    }

    @Test func titleNamesTheCompanyWhenOneIsConfigured() throws {
        var report = Fixtures.report()
        #expect(try Self.summary(report).title == "示例 & 公司 月结对账 2026-10")
        #expect(try Self.summary(report, "en").title == "示例 & 公司 — Month-end reconciliation 2026-10")
        report.company.name = "  "
        #expect(try Self.summary(report).title == "月结对账 2026-10")
        #expect(try Self.summary(report, "en").title == "Month-end reconciliation 2026-10")
    }

    @Test func everyFigureIsAFormulaWithItsValueAndALink() throws {
        let labels = try Fixtures.labels("zh")
        let summary = try Self.summary(Fixtures.report())
        #expect(summary.headerRowIndex == 1)
        #expect(!summary.autofilter && !summary.gridlines)
        let sectionTitles = summary.sectionRows.sorted().map { summary.rows[$0][0] }
        #expect(sectionTitles == ["快递", "应收", "盘点", "订单", "异常与数据来源"].map(CellValue.text))
        var figures = 0
        for (index, row) in summary.rows.enumerated().dropFirst(3) where !summary.sectionRows.contains(index) {
            guard case .link(let target, _) = row[2] else {
                Issue.record("row \(index) has no link: \(row)")
                continue
            }
            if target == labels.sheetName(.courierByAccount) {
                #expect(row[1] == .empty)
                continue
            }
            guard case .formula(let formula, _) = row[1] else {
                Issue.record("row \(index) is not a formula: \(row)")
                continue
            }
            #expect(formula.contains("'" + target + "'!"), "\(formula) reads \(target)")
            figures += 1
        }
        // 12 courier (6 statuses), 13 receivables (5 aging buckets), 5 stock, 3 orders, 3 lists.
        #expect(figures == 36)
        // Section rows carry no figure; an area without input says so on its section row.
        let empty = try Self.summary(MonthReport(period: Fixtures.period, asOf: Fixtures.asOf))
        for index in empty.sectionRows.sorted().dropLast() {
            #expect(empty.rows[index][1] == .text(labels["no_input"]))
        }
    }

    @Test func signOffBlockBoxesNamesSignaturesAndDate() throws {
        var report = Fixtures.report()
        report.company.reviewedBy = ""
        let summary = try Self.summary(report)
        #expect(summary.trailer.count == 4)
        #expect(summary.trailer[0].section)
        #expect(summary.trailer[0].cells == [.text("签字确认"), .text("姓名"), .text("签字")])
        #expect(summary.trailer[1].cells == [.text("编制"), .text("张三"), .empty])
        #expect(summary.trailer[2].cells == [.text("审核"), .empty, .empty])
        #expect(summary.trailer[3].cells == [.text("日期"), .empty])
        #expect(summary.trailer[1...].map(\.boxedColumns) == [1...2, 1...2, 1...1])
        #expect(summary.trailer[1...].allSatisfy { $0.height == 30 })
        // Rows: title, header, figures, a blank row, then the block.
        #expect(summary.trailerStartRow == 1 + 1 + summary.rows.count + 1)
    }
}
