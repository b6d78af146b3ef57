import Foundation
import Testing
import XLSXReader

/// `readRowTexts` (the import's way in, bytes written straight from the file for the common
/// cells) gives, row for row, the fields `readRows` gives through `CellValue.csvText`.
@Suite struct RowTextTests {
    @Test(arguments: ["shuidian", "layout", "mac1904", "raw"])
    func openpyxlCasesReadTheSameBothWays(name: String) throws {
        let folder = try TemporaryFolder()
        let file = folder.file("\(name).xlsx")
        try OpenpyxlWorkbook.write(name, to: file)
        try expectSameTexts(try XLSXWorkbook(contentsOf: file))
    }

    @Test func writerBillsReadTheSameBothWays() throws {
        let folder = try TemporaryFolder()
        for constantMemory in [false, true] {
            let file = folder.file("bill-\(constantMemory).xlsx")
            try XLSXWriterInputTests.writeBill(to: file, constantMemory: constantMemory)
            try expectSameTexts(try XLSXWorkbook(contentsOf: file))
        }
    }

    @Test(arguments: [
        "banks/建设银行_账户明细_202610.xlsx", "couriers/百世快递_账单_202610.xlsx",
        "invoices/数电_全量发票查询导出_202610.xlsx",
    ])
    func realExportsReadTheSameBothWays(path: String) throws {
        try expectSameTexts(try XLSXWorkbook(contentsOf: RealExportTests.folder.appendingPathComponent(path)))
    }

    @Test func aConsumerStopEndsTheReadEarly() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("bill.xlsx")
        try XLSXWriterInputTests.writeBill(to: file)
        let workbook = try XLSXWorkbook(contentsOf: file)
        var seen: [Int] = []
        let end = try workbook.readRowTexts(of: workbook.sheets[0]) { row in
            seen.append(row.number)
            return seen.count == 2 ? .stop : .next
        }
        #expect(seen == Array(try workbook.rows(of: workbook.sheets[0]).prefix(2).map(\.number)))
        #expect(end.rowsRead == 2)
        #expect(!end.complete)
    }

    private func expectSameTexts(_ workbook: XLSXWorkbook) throws {
        for sheet in workbook.sheets {
            let expected = try workbook.rows(of: sheet).map(SheetRowSummary.init)
            var texts: [SheetRowSummary] = []
            let end = try workbook.readRowTexts(of: sheet) { row in
                texts.append(
                    SheetRowSummary(row.number, (0..<row.count).map { String(decoding: row.field($0), as: UTF8.self) }))
                return .next
            }
            #expect(texts == expected, "sheet \(sheet.name)")
            #expect(end.rowsRead == expected.count)
            #expect(end.complete)
        }
    }
}
