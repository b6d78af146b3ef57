import MonthEndCSV
import XLSXReader

/// One sheet of a workbook (.xlsx, .xls, XML Spreadsheet) as a table the mapper reads, as a CSV
/// file is: each row's cells as the CSV path would have read them (`SheetRowText`, the bytes of
/// `CellValue.csvText`: numbers as stored, dates as `2026-10-05`), lent at the sheet's row number,
/// so header and kind detection, value readers, row fates and rejection reasons are the CSV path's.
final class WorkbookSheetSource: RowSource {
    let path: String
    /// How messages show a row's cells as one line.
    let separator = "\t"
    /// A workbook's XML is Unicode: the cells are UTF-8 here whatever the file.
    let encoding = TextEncoding.utf8
    private let workbook: any SpreadsheetWorkbook
    private let sheet: XLSXSheet
    private let digest: BackgroundDigest

    init(workbook: any SpreadsheetWorkbook, sheet: XLSXSheet, path: String, digest: BackgroundDigest) {
        self.workbook = workbook
        self.sheet = sheet
        self.path = path
        self.digest = digest
    }

    /// Empty when the file could not be hashed; `Importer.mapSheet` then throws what hashing threw.
    var sha256: String { (try? digest.value()) ?? "" }

    /// Rows the sheet does not store (empty rows) are lent empty, as Excel writes them into a CSV
    /// file, so a sheet's row fates count what the CSV copy's would.
    func forEachRow(_ body: (RowView, Int?) throws -> Void) throws {
        guard let xlsx = workbook as? XLSXWorkbook else { return try forEachValueRow(body) }
        let buffer = RowBuffer()
        var nextRow = 1
        try xlsx.readRowTexts(of: sheet) { row in
            while nextRow < row.number {
                try buffer.lend(line: nextRow) { try body($0, nil) }
                nextRow += 1
            }
            nextRow = row.number + 1
            for index in 0..<row.count { buffer.append(row.field(index)) }
            try buffer.lend(line: row.number) { try body($0, nil) }
            return .next
        }
    }

    /// The other formats' rows, through each cell's `CellValue.csvText`.
    private func forEachValueRow(_ body: (RowView, Int?) throws -> Void) throws {
        let buffer = RowBuffer()
        var nextRow = 1
        try workbook.readRows(of: sheet) { row in
            while nextRow < row.number {
                try buffer.lend(line: nextRow) { try body($0, nil) }
                nextRow += 1
            }
            nextRow = row.number + 1
            var next = 1
            for cell in row.cells {
                while next < cell.column {
                    buffer.append("")
                    next += 1
                }
                buffer.append(cell.value.csvText)
                next += 1
            }
            try buffer.lend(line: row.number) { try body($0, nil) }
            return .next
        }
    }
}
