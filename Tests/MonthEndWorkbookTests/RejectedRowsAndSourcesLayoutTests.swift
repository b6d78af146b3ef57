import Testing

@testable import MonthEndWorkbook

/// The two sheets that say what was read: rejected rows with numeric line and column and a review
/// column; sources with the delimiter named, since a tab or a comma cannot be seen in a cell.
@Suite struct RejectedRowsAndSourcesLayoutTests {
    static func report() -> MonthReport {
        var report = Fixtures.report()
        report.inputs.append(
            InputFileReport(
                path: "stock.csv", kind: .stockCount, encoding: .utf8, delimiter: ";", headerLine: 1, sha256: "ef56",
                accepted: 3))
        return report
    }

    static func sheet(_ id: SheetID, _ language: String) throws -> SheetModel {
        let model = WorkbookLayout(labels: try Fixtures.labels(language)).placedModel(for: report())
        return try #require(model.sheets.first { $0.id == id })
    }

    @Test(arguments: [("zh", ["逗号", "制表符", "分号"]), ("en", ["comma", "tab", "semicolon"])])
    func sourcesNameTheDelimiter(language: String, names: [String]) throws {
        let sources = try Self.sheet(.sources, language)
        #expect(sources.rows.map { $0[3] } == names.map(CellValue.text))
        #expect(sources.columns[3].kind == .text)
        #expect(sources.rows.map { $0[4] } == [.integer(2), .integer(1), .integer(1)])
    }

    @Test(arguments: [("zh", "金额“x”不是数字"), ("en", "amount \"x\" is not a number")])
    func rejectedRowsHaveIntegerLineAndColumnAndAReviewColumn(language: String, reason: String) throws {
        let rejected = try Self.sheet(.rejectedRows, language)
        #expect(rejected.columns.map(\.kind) == [.text, .integer, .integer, .text, .text, .review])
        #expect(rejected.rows.count == 1)
        #expect(rejected.rows[0][0] == .text("bill.csv"))
        #expect(rejected.rows[0][1] == .integer(6))
        #expect(rejected.rows[0][2] == .integer(3))
        #expect(rejected.rows[0][3] == .text(Fixtures.injection))
        #expect(rejected.rows[0][4] == .text(reason))
        #expect(rejected.rows[0][5] == .empty)
    }
}
