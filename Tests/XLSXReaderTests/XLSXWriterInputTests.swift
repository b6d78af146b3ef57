import Foundation
import Testing
import XLSXWriter

@testable import XLSXReader

/// Workbooks written by libxlsxwriter (the project's own writer): shared strings in the normal
/// mode, inline strings in constant-memory mode, formulas with cached results, dates, merges.
@Suite struct XLSXWriterInputTests {
    /// A courier bill as the portals send it: a 汇总 summary first, the detail on 账单明细.
    static func writeBill(to url: URL, constantMemory: Bool = false) throws {
        var workbook = try XLSXWriter.Workbook(path: url.path, options: .init(constantMemory: constantMemory))
        let summary = try workbook.addWorksheet("汇总")
        try workbook.merge(
            XLSXWriter.CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 4), text: "顺丰速运月结账单汇总",
            sheet: summary)
        try workbook.writeText("月结账号", sheet: summary, row: 2, column: 0)
        try workbook.writeText("0755123456", sheet: summary, row: 2, column: 1)
        try workbook.writeText("费用合计", sheet: summary, row: 3, column: 0)
        try workbook.writeNumber(1234.5, sheet: summary, row: 3, column: 1)
        let detail = try workbook.addWorksheet("账单明细")
        let header = ["运单号码", "寄件日期", "目的省份", "计费重量\n(公斤)", "应付金额"]
        for (column, text) in header.enumerated() {
            try workbook.writeText(text, sheet: detail, row: 0, column: column)
        }
        let money = CellFormat(numberFormat: "#,##0.00")
        try workbook.writeNumber(773_012_345_678, sheet: detail, row: 1, column: 0)
        try workbook.writeDate(year: 2026, month: 10, day: 5, sheet: detail, row: 1, column: 1)
        try workbook.writeText("广东", sheet: detail, row: 1, column: 2)
        try workbook.writeNumber(1.5, sheet: detail, row: 1, column: 3)
        try workbook.writeNumber(12.5, sheet: detail, row: 1, column: 4, format: money)
        try workbook.writeText("SF1234567890123", sheet: detail, row: 2, column: 0)
        try workbook.writeNumber(
            46301, sheet: detail, row: 2, column: 1, format: CellFormat(numberFormat: "yyyy\"年\"m\"月\"d\"日\""))
        try workbook.writeText("广东", sheet: detail, row: 2, column: 2)
        try workbook.writeNumber(0.3, sheet: detail, row: 2, column: 3)
        try workbook.writeNumber(642.23, sheet: detail, row: 2, column: 4, format: money)
        try workbook.writeNumber(1.5e20, sheet: detail, row: 4, column: 0)
        try workbook.writeNumber(
            46302.75, sheet: detail, row: 4, column: 1, format: CellFormat(numberFormat: "m/d/yyyy h:mm"))
        try workbook.writeBoolean(true, sheet: detail, row: 4, column: 2)
        try workbook.writeFormula("=E2+E3", result: .number(654.73), sheet: detail, row: 4, column: 4, format: money)
        try workbook.close()
    }

    @Test func billWithSummaryFirstReadsBothSheetsAndSharedStrings() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("顺丰月结账单_202610.xlsx")
        try Self.writeBill(to: file)
        #expect(try XLSXWorkbook.fileType(at: file) == .xlsx)
        let workbook = try XLSXWorkbook(contentsOf: file, displayName: "顺丰月结账单_202610.xlsx")
        #expect(workbook.structure.sharedStringsPart == "xl/sharedStrings.xml")
        #expect(workbook.sheets.map(\.name) == ["汇总", "账单明细"])
        let summary = try workbook.summaries(of: "汇总")
        #expect(
            summary == [
                SheetRowSummary(1, ["顺丰速运月结账单汇总"]), SheetRowSummary(3, ["月结账号", "0755123456"]),
                SheetRowSummary(4, ["费用合计", "1234.5"]),
            ])
        let merged = try workbook.readRows(of: workbook.sheets[0]) { _ in .next }.mergedRanges
        #expect(merged == [XLSXReader.CellRange(a1: "A1:E1")!])
        let detail = try workbook.summaries(of: "账单明细")
        #expect(
            detail == [
                SheetRowSummary(1, ["运单号码", "寄件日期", "目的省份", "计费重量\n(公斤)", "应付金额"]),
                SheetRowSummary(2, ["773012345678", "2026-10-05", "广东", "1.5", "12.5"]),
                SheetRowSummary(3, ["SF1234567890123", "2026-10-06", "广东", "0.3", "642.23"]),
                SheetRowSummary(5, ["1.5E+20", "2026-10-07 18:00:00", "TRUE", "", "654.73"]),
            ])
        let rows = try workbook.rows(of: workbook.sheets[1])
        #expect(rows[3][5] == .number("654.73"))
        #expect(rows[3].cells.last?.isFormula == true)
        #expect(rows[1][2] == .date(SheetDate(year: 2026, month: 10, day: 5), serial: "46300"))
    }

    @Test func constantMemoryModeWritesInlineStringsReadTheSame() throws {
        let folder = try TemporaryFolder()
        let shared = folder.file("shared.xlsx")
        let inline = folder.file("inline.xlsx")
        try Self.writeBill(to: shared)
        try Self.writeBill(to: inline, constantMemory: true)
        let inlineBook = try XLSXWorkbook(contentsOf: inline)
        #expect(inlineBook.structure.sharedStringsPart == nil)
        let sharedBook = try XLSXWorkbook(contentsOf: shared)
        for name in ["汇总", "账单明细"] {
            #expect(try inlineBook.summaries(of: name) == sharedBook.summaries(of: name))
        }
    }
}
