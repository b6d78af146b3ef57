import Foundation
import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// A table that is not a CSV file (as a workbook's sheet will be) feeds the same mapper through
/// `RowSource` and `RowBuffer`: header and kind detection, the schema's reads and the row fates
/// are those of the same cells read from CSV.
@Suite struct RowSourceTests {
    /// Rows of cells with their sheet row numbers, lent one by one through a `RowBuffer`.
    final class SheetRows: RowSource {
        let path: String
        let rows: [(line: Int, cells: [String])]
        let separator = ","
        let encoding = TextEncoding.utf8
        let sha256 = ""

        init(path: String, rows: [(line: Int, cells: [String])]) {
            self.path = path
            self.rows = rows
        }

        func forEachRow(_ body: (RowView, Int?) throws -> Void) throws {
            let buffer = RowBuffer()
            for row in rows {
                for cell in row.cells { buffer.append(cell) }
                try buffer.lend(line: row.line) { try body($0, nil) }
            }
        }
    }

    @Test func sheetRowsMapAsTheSameCSVDoes() throws {
        let cells = [RowReaderTests.billHeader] + RowReaderTests.trickyBillRows
        // A title row first, and the sheet's rows numbered with a gap (an empty sheet row left out).
        let sheet = SheetRows(
            path: "bill.xlsx",
            rows: [(1, ["顺丰月结账单"])] + cells.enumerated().map { (line: $0.offset + 3, cells: $0.element) })
        let importer = Importer(synonyms: MappingFixture.table)
        let (report, inputs) = try importer.map(
            sheet, path: sheet.path, index: 0, kind: nil, registry: StockRegistry())

        let csv = (["顺丰月结账单", ""] + cells.map { $0.map(Self.quoted).joined(separator: ",") }).joined(separator: "\n")
        let reader = try CSVFileReader(bytes: Array(csv.utf8), name: "bill.xlsx")
        let (csvReport, csvInputs) = try importer.map(
            reader, path: "bill.xlsx", index: 0, kind: nil, registry: StockRegistry())

        #expect(report.kind == .courierBill)
        #expect(report.headerLine == 3)
        #expect(inputs.billLines.count == 5)
        #expect(inputs.billLines == csvInputs.billLines)
        #expect(report.rejections == csvReport.rejections)
        #expect(report.skips == csvReport.skips)
        #expect(report.accepted == csvReport.accepted)
    }

    private static func quoted(_ cell: String) -> String {
        cell.contains(",") || cell.contains("\"")
            ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
