import Foundation
import Testing

@testable import XLSXReader

/// Workbooks written by openpyxl (which writes strings inline, never to a shared table) and one
/// written part by part, read back cell by cell.
@Suite struct OpenpyxlInputTests {
    @Test func shuidianExportHasBothSheetsInOrder() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("数电发票导出.xlsx")
        try OpenpyxlWorkbook.write("shuidian", to: file)
        let workbook = try XLSXWorkbook(contentsOf: file)
        #expect(workbook.sheets.map(\.name) == ["信息汇总表", "发票基础信息"])
        #expect(workbook.sheets.map(\.index) == [1, 2])
        #expect(workbook.sheets.allSatisfy { $0.visibility == .visible })
        let lines = try workbook.summaries(of: "信息汇总表")
        #expect(lines.count == 4)
        #expect(
            lines[1]
                == SheetRowSummary(
                    2, ["1", "26442000000123456789", "2026-10-05", "*电线*BV2.5", "100", "3.1", "310", "13%", "40.3"]))
        let basics = try workbook.summaries(of: "发票基础信息")
        #expect(
            basics.map(\.fields) == [
                ["数电发票号码", "开票日期", "购买方名称", "金额", "税额", "价税合计", "发票状态"],
                ["26442000000123456789", "2026-10-05 14:23:01", "华南电子有限公司", "420", "54.6", "474.6", "正常"],
                ["26442000000123456790", "2026-10-09 09:00:00", "远东线缆厂", "60", "7.8", "67.8", "正常"],
            ])
        let dateCell = try workbook.rows(of: workbook.sheets[1])[1][2]
        #expect(
            dateCell
                == .date(
                    SheetDate(year: 2026, month: 10, day: 5, secondsOfDay: 14 * 3600 + 23 * 60 + 1),
                    serial: "46300.59931712963"))
    }

    @Test func sparseCellsEmptyRowsTextFormatsAndHiddenSheets() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("layout.xlsx")
        try OpenpyxlWorkbook.write("layout", to: file)
        let workbook = try XLSXWorkbook(contentsOf: file)
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden])
        let sheet = try #require(workbook.sheet(named: "data"))
        let rows = try workbook.rows(of: sheet)
        #expect(rows.map(\.number) == [1, 2, 5, 7])
        #expect(rows[0].cells.map(\.column) == [1, 3])
        #expect(rows[0].csvFields() == ["运单号码", "", "金额"])
        #expect(rows[1][1] == .text("00123"))
        #expect(rows[2][1] == .number("773012345678"))
        #expect(rows[2][1]?.csvText == "773012345678")
        // A number in a text-formatted cell stays text, as stored.
        #expect(rows[2][2] == .text("7.5"))
        #expect(rows[2][3] == .boolean(true))
        #expect(rows[2][4]?.csvText == "1.5e+20")
        #expect(rows[2].address(column: 4) == "D5")
        let end = try workbook.readRows(of: sheet) { _ in .next }
        #expect(
            end
                == SheetReadEnd(
                    rowsRead: 4, complete: true,
                    mergedRanges: [CellRange(firstRow: 7, firstColumn: 1, lastRow: 7, lastColumn: 3)],
                    dimension: CellRange(a1: "A1:D7")))
        #expect(try workbook.summaries(of: "Notes") == [SheetRowSummary(1, ["R&D <notes>"])])
    }

    @Test func workbookOn1904DateSystem() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("mac.xlsx")
        try OpenpyxlWorkbook.write("mac1904", to: file)
        let workbook = try XLSXWorkbook(contentsOf: file)
        #expect(workbook.dateSystem == .from1904)
        let rows = try workbook.rows(of: workbook.sheets[0])
        #expect(rows.map { $0.csvFields() } == [["2026-10-05"], ["2026-10-31 18:30:00"], ["14:23:01"]])
        guard case .date(_, let serial) = rows[0][1] else { Issue.record("not a date: \(rows[0])"); return }
        #expect(serial == "44838")
    }

    @Test func handWrittenPartsInlineStringsAndCellsWithoutAddresses() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("raw.xlsx")
        try OpenpyxlWorkbook.write("raw", to: file)
        let workbook = try XLSXWorkbook(contentsOf: file)
        #expect(workbook.sheets.map(\.name) == ["明细", "Secret"])
        #expect(workbook.sheets[1].visibility == .veryHidden)
        #expect(!workbook.sheets[1].hasCells)
        let rows = try workbook.rows(of: workbook.sheets[0])
        #expect(rows.map(\.number) == [1, 2, 4, 5])
        #expect(rows[0].csvFields() == ["运单号", "金额", "备注"])
        #expect(rows[1].csvFields() == ["773012345678", "12.2", "line\r\ntwo"])
        #expect(rows[1][2] == .number("12.199999999999999"))
        #expect(rows[2].csvFields() == ["", "#N/A", "FALSE", "", "773012345678x"])
        #expect(rows[2].cells.map(\.isFormula) == [false, false, true])
        #expect(rows[3].csvFields() == ["2026-10-05", "0.001", "-0.3"])
        #expect(try workbook.rows(of: workbook.sheets[1]).isEmpty)
        let end = try workbook.readRows(of: workbook.sheets[0]) { _ in .next }
        #expect(end.mergedRanges == [CellRange(a1: "A1:B1")!])
    }

    @Test func consumerStopsEarlyAndItsErrorsComeBackUnchanged() throws {
        struct Mine: Error, Equatable {}
        let folder = try TemporaryFolder()
        let file = folder.file("数电.xlsx")
        try OpenpyxlWorkbook.write("shuidian", to: file)
        let workbook = try XLSXWorkbook(contentsOf: file)
        var seen: [Int] = []
        let end = try workbook.readRows(of: workbook.sheets[0]) { row in
            seen.append(row.number)
            return row.number == 2 ? .stop : .next
        }
        #expect(seen == [1, 2])
        #expect(!end.complete)
        #expect(throws: Mine()) {
            try workbook.readRows(of: workbook.sheets[0]) { _ in throw Mine() }
        }
    }
}
